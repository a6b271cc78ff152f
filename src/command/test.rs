//! `stance test`: run the golden-path tests scenarios carry.

use std::fmt::Write;
use std::path::Path;

use colored::Colorize;
use serde_json::{Value, json};

use crate::catalog::{self, DEFAULT_DIR, Found};
use crate::cli::{ReportFormat, TestArgs};
use crate::color::Colors;
use crate::command;
use crate::error::{EXIT_INVALID, EXIT_OK, Error};
use crate::golden;
use crate::output::Output;
use crate::printable::printable;
use crate::scenario::{RecommendationIx, Scenario};
use crate::stderr;

/// Runs `stance test`.
pub fn run(args: &TestArgs, dir: Option<&Path>, colors: Colors) -> Result<i32, Error> {
    let inputs: Vec<(&str, bool)> = args
        .scenarios
        .iter()
        .map(|name| ("a scenario", command::is_stdin(name)))
        .collect();
    command::stdin_once(&inputs)?;
    let names = if args.scenarios.is_empty() {
        let folder = dir.unwrap_or(Path::new(DEFAULT_DIR));
        if dir.is_some() && !folder.is_dir() {
            return Err(catalog::no_such_folder(folder));
        }
        let mut names: Vec<String> = catalog::built_in_ids().map(str::to_owned).collect();
        if folder.is_dir() {
            for found in catalog::scenario_paths(folder)? {
                match found {
                    Found::File(path) => names.push(path.display().to_string()),
                    Found::Skipped { path, reason } => {
                        stderr::warn(colors, &format!("skipped `{}`: {reason}", path.display()));
                    }
                }
            }
        }
        names
    } else {
        args.scenarios.clone()
    };
    colors.paint_for(crate::color::Target::Stdout);
    let (mut passed, mut failed) = (0usize, 0usize);
    let mut text = String::new();
    let mut results: Vec<Value> = Vec::new();
    for name in &names {
        let (file, scenario) = match command::load(name, dir, colors) {
            Ok(loaded) => loaded,
            Err(Error::InvalidScenario { name, count }) => {
                failed += 1;
                let _ = writeln!(
                    text,
                    "{} {}: the scenario has {count} error(s)",
                    "FAIL".red().bold(),
                    printable(&name)
                );
                results.push(json!({"scenario": name, "test": null, "passed": false, "problem": "the scenario has errors"}));
                continue;
            }
            Err(other) => return Err(other),
        };
        let (ok, bad) = run_scenario(&scenario, &file.name, &mut text, &mut results);

        passed += ok;
        failed += bad;
    }
    let _ = writeln!(text, "{passed} passed, {failed} failed");
    let out = match args.format {
        ReportFormat::Text => text,
        ReportFormat::Json => crate::export::to_json(&results),
    };
    Output::Stdout.write(&out)?;
    Ok(if failed > 0 { EXIT_INVALID } else { EXIT_OK })
}

/// Runs one scenario's tests; returns how many passed and failed.
fn run_scenario(
    scenario: &Scenario,
    file: &str,
    text: &mut String,
    results: &mut Vec<Value>,
) -> (usize, usize) {
    let ids = |list: &[RecommendationIx]| -> Vec<&str> {
        list.iter()
            .map(|&r| scenario.recommendations[r].id.as_str())
            .collect()
    };
    // The file's name as it may be shown; JSON keeps it exact.
    let shown = printable(file);
    let (mut passed, mut failed) = (0, 0);
    for test in &scenario.tests {
        let outcome = golden::run(scenario, test);
        let ok = outcome.passed(test);
        results.push(json!({
            "scenario": scenario.id,
            "file": file,
            "test": test.name,
            "line": test.line,
            "passed": ok,
            "expected": ids(&test.expect),
            "actual": ids(&outcome.actual),
            "expected_headline": test.headline,
            "actual_headline": outcome.headline,
            "problem": outcome.problem,
        }));
        if ok {
            passed += 1;
            continue;
        }
        failed += 1;
        let _ = writeln!(
            text,
            "{} {} \u{203a} {} ({shown}:{})",
            "FAIL".red().bold(),
            scenario.id,
            printable(&test.name),
            test.line
        );
        if let Some(problem) = &outcome.problem {
            let _ = writeln!(text, "  {}", printable(problem));
        }
        let (expected, actual) = (ids(&test.expect), ids(&outcome.actual));
        // A walk that could not finish has no stance to compare; the problem says why.
        let finished = outcome.headline.is_some() || !outcome.actual.is_empty();
        if finished && expected != actual {
            let _ = writeln!(text, "  expected: {}", expected.join(", "));
            let _ = writeln!(text, "  actual:   {}", actual.join(", "));
            let (missing, extra) = (surplus(&expected, &actual), surplus(&actual, &expected));
            for id in &missing {
                let _ = writeln!(text, "    {}", format!("- {id}").red());
            }
            for id in &extra {
                let _ = writeln!(text, "    {}", format!("+ {id}").green());
            }
            if missing.is_empty() && extra.is_empty() {
                let _ = writeln!(text, "    the same recommendations, in another order");
            }
        }
        if let Some(headline) = test
            .headline
            .as_ref()
            .filter(|h| finished && Some(*h) != outcome.headline.as_ref())
        {
            let _ = writeln!(text, "  expected headline: {}", printable(headline));
            let _ = writeln!(
                text,
                "  actual headline:   {}",
                printable(outcome.headline.as_deref().unwrap_or("(none)"))
            );
        }
    }
    let summary = if scenario.tests.is_empty() {
        "no tests".dimmed().to_string()
    } else {
        format!("{passed} passed, {failed} failed")
    };
    let _ = writeln!(text, "{} ({shown}): {summary}", scenario.id.bold());
    (passed, failed)
}

/// The ids in `a` that `b` lacks, counting repeats.
fn surplus<'a>(a: &[&'a str], b: &[&str]) -> Vec<&'a str> {
    let mut rest: Vec<&str> = b.to_vec();
    let mut out = Vec::new();
    for id in a {
        if let Some(i) = rest.iter().position(|r| r == id) {
            rest.swap_remove(i);
        } else {
            out.push(*id);
        }
    }
    out
}
