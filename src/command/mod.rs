//! The subcommands: each reads its arguments, calls the core, and writes the result.

pub mod analyze;
pub mod check;
pub mod graph;
pub mod list;
pub mod new;
pub mod paths;
pub mod play;
pub mod schema;
pub mod shell;
pub mod show;
pub mod test;

use std::path::Path;

use crate::answers::{self, Answers};
use crate::catalog;
use crate::color::{Colors, Target};
use crate::diagnostic::Severity;
use crate::error::Error;
use crate::report;
use crate::scenario::Scenario;
use crate::scenario_file::ScenarioFile;

/// Finds a scenario by id or path (`-` for stdin) and checks it; prints its errors and
/// refuses it if it has any. Every command that reads one scenario comes through here.
pub fn load(
    name: &str,
    dir: Option<&Path>,
    colors: Colors,
) -> Result<(ScenarioFile, Scenario), Error> {
    let file = catalog::resolve(name, dir)?;
    let analysis = file.check(None);
    if let Some(scenario) = analysis.scenario {
        return Ok((file, scenario));
    }
    let errors: Vec<_> = analysis
        .diagnostics
        .into_iter()
        .filter(|d| d.severity() == Severity::Error)
        .collect();
    eprint!(
        "{}",
        report::render_human(&file, &errors, colors.enabled(Target::Stderr))
    );
    Err(Error::InvalidScenario {
        name: file.name.clone(),
        count: errors.len(),
    })
}

/// Reads the answers given by `--answer` flags and an `--answers` file and checks them
/// against the scenario, reporting every problem together.
pub fn answers(
    scenario: &Scenario,
    flags: &[String],
    file: Option<&Path>,
) -> Result<Answers, Error> {
    let mut raw = Vec::new();
    let mut problems = Vec::new();
    if let Some(path) = file {
        let file = ScenarioFile::read(path)?;
        match answers::parse_file(&file.name, &file.text) {
            Ok(found) => raw.extend(found),
            Err(problem) => problems.push(problem),
        }
    }
    for flag in flags {
        match answers::parse_flag(flag) {
            Ok(answer) => raw.push(answer),
            Err(problem) => problems.push(problem),
        }
    }
    match Answers::resolve(scenario, &raw) {
        Ok(answers) if problems.is_empty() => Ok(answers),
        Ok(_) => Err(Error::Answers(problems)),
        Err(more) => {
            problems.extend(more);
            Err(Error::Answers(problems))
        }
    }
}
