//! The subcommands: each reads its arguments, calls the core, and writes the result.

pub mod analyze;
pub mod brief;
pub mod check;
pub mod compare;
pub mod graph;
pub mod list;
pub mod new;
pub mod paths;
pub mod play;
pub mod quiz;
pub mod rehearse;
pub mod report;
pub mod schema;
pub mod shell;
pub mod show;
pub mod test;

use std::path::Path;

use crate::answers::{self, Answers};
use crate::catalog;
use crate::color::{Colors, Target};
use crate::diagnostic::Severity;
use colored::Colorize;

use crate::error::{AnswerError, AnswerOrigin, EXIT_INTERRUPTED, Error};
use crate::findings;
use crate::record::{self, Kind, Record};
use crate::scenario::Scenario;
use crate::scenario_file::ScenarioFile;
use crate::walk::Notes;

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
        findings::render_human(&file, &errors, colors.enabled(Target::Stderr))
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

/// Reads `--note QUESTION=TEXT` flags.
pub fn notes(scenario: &Scenario, flags: &[String]) -> Result<Notes, Error> {
    let mut notes = Notes::new();
    let mut problems = Vec::new();
    for flag in flags {
        let origin = AnswerOrigin::NoteFlag(flag.clone());
        let Some((question, text)) = flag
            .split_once('=')
            .filter(|(q, t)| !q.trim().is_empty() && !t.trim().is_empty())
        else {
            problems.push(AnswerError::NoteSyntax { origin });
            continue;
        };
        match scenario.question_ix(question.trim()) {
            Some(q) => {
                notes.insert(q, text.trim().to_owned());
            }
            None => problems.push(AnswerError::UnknownQuestion {
                origin,
                question: question.trim().to_owned(),
                valid: scenario.question_ids().map(str::to_owned).collect(),
            }),
        }
    }
    if problems.is_empty() {
        Ok(notes)
    } else {
        Err(Error::Answers(problems))
    }
}

/// A record's answers and notes, resolved against the scenario by id. A record made with
/// another version of the scenario still works if every answer resolves (with a warning);
/// otherwise the first that does not is named.
pub fn resume(
    scenario: &Scenario,
    file: &ScenarioFile,
    record: &Record,
    path: &Path,
    kind: Kind,
    colors: Colors,
) -> Result<(Answers, Notes), Error> {
    let shown = path.display().to_string();
    if record.kind != kind {
        return Err(Error::BadRecord {
            path: shown,
            reason: format!(
                "it records a {}, not a {}",
                kind_name(record.kind),
                kind_name(kind)
            ),
        });
    }
    if record.scenario.id != scenario.id {
        return Err(Error::StaleRecord {
            path: shown,
            reason: format!(
                "it was made with scenario `{}`, not `{}`",
                record.scenario.id, scenario.id
            ),
        });
    }
    let mut pairs = Vec::with_capacity(record.steps.len());
    let mut notes = Notes::new();
    for step in &record.steps {
        let Some(q) = scenario.question_ix(&step.question) else {
            return Err(Error::StaleRecord {
                path: shown,
                reason: format!("question `{}` is no longer in the scenario", step.question),
            });
        };
        let Some(c) = scenario.questions[q].choice_ix(&step.choice) else {
            return Err(Error::StaleRecord {
                path: shown,
                reason: format!(
                    "question `{}` no longer has the choice `{}`",
                    step.question, step.choice
                ),
            });
        };
        pairs.push((q, c));
        if let Some(note) = &step.note {
            notes.insert(q, note.clone());
        }
    }
    for kept in &record.notes {
        let Some(q) = scenario.question_ix(&kept.question) else {
            return Err(Error::StaleRecord {
                path: shown,
                reason: format!("question `{}` is no longer in the scenario", kept.question),
            });
        };
        notes.entry(q).or_insert_with(|| kept.note.clone());
    }
    if record.scenario.hash != record::content_hash(&file.text) {
        colors.paint_for(Target::Stderr);
        eprintln!(
            "{}: the scenario has changed since `{shown}` was made; its answers still fit, so the walk goes on",
            "warning".yellow().bold()
        );
    }
    Ok((Answers::from_pairs(pairs), notes))
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Play => "walk (`stance play`)",
        Kind::Quiz => "quiz (`stance quiz`)",
    }
}

/// Ctrl-C while a menu is open: console restores the terminal mode and raises SIGINT; we
/// show the cursor it hid and exit 130. A record was saved after the last step.
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        let _ = console::Term::stderr().show_cursor();
        eprintln!();
        std::process::exit(EXIT_INTERRUPTED);
    });
}
