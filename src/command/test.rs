//! `stance test`: run the golden-path tests scenarios carry.

use std::fmt::Write;
use std::path::Path;

use serde_json::{Value, json};
use stance_core::analysis::golden::{self, Outcome};
use stance_core::load::catalog::{self, DEFAULT_DIR, Found};
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::load::translation_document::is_translation;
use stance_core::scenario::index::RecommendationIx;
use stance_core::scenario::{GoldenTest, Scenario};
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::printable::one_line;
use stance_core::text::style::{Style, Styler};

use crate::cli::args::{ReportFormat, TestArgs};
use crate::cli::color::{Colors, Painter};
use crate::cli::error::{EXIT_INVALID, EXIT_OK, Error};
use crate::cli::output::Output;
use crate::cli::stderr;
use crate::command::{self, Context};

/// Runs `stance test`.
pub fn run(args: &TestArgs, context: Context<'_>) -> Result<i32, Error> {
    let Context {
        dir,
        limits,
        colors,
        ..
    } = context;
    let m = context.messages;
    let inputs: Vec<(&str, bool)> = args
        .scenarios
        .iter()
        .map(|name| ("a scenario", command::is_stdin(name)))
        .collect();
    command::stdin_once(&inputs)?;
    let targets: Vec<Target> = if args.scenarios.is_empty() {
        let folder = dir.unwrap_or(Path::new(DEFAULT_DIR));
        if dir.is_some() && !folder.is_dir() {
            return Err(catalog::no_such_folder(folder).into());
        }
        // Every file is tested, the built-in ones and the folder's, whatever their ids.
        let mut targets: Vec<Target> = catalog::built_in_files()
            .into_iter()
            .map(Target::BuiltIn)
            .collect();
        if folder.is_dir() {
            for found in catalog::scenario_paths(folder)? {
                if let Found::Skipped { path, reason } = &found {
                    command::warn_skipped(path, reason, context);
                } else {
                    targets.push(Target::Found(found));
                }
            }
        }
        targets
    } else {
        args.scenarios.iter().cloned().map(Target::Named).collect()
    };
    let paint = colors.painter(crate::cli::color::Target::Stdout);
    let (mut passed, mut failed) = (0usize, 0usize);
    let mut text = String::new();
    let mut results: Vec<Value> = Vec::new();
    for target in &targets {
        let loaded = match target {
            Target::Named(name) => command::load_as_written(name, context),
            Target::BuiltIn(file) => command::check_loaded_in(file.clone(), colors, m),
            // A file of the folder: read as found, and one that cannot be read fails alone.
            Target::Found(found) => match found.read(limits) {
                // A translation has no tests of its own; `check` checks it.
                Ok(file) if is_translation(&file.text) => continue,
                Ok(file) => command::check_loaded_in(file, colors, m),
                Err(error) => {
                    failed += 1;
                    fail_line(&mut text, paint, m, &one_line(&error.message(m)));
                    results.push(json!({"scenario": found.path().display().to_string(), "test": null, "passed": false, "problem": error.to_string()}));
                    continue;
                }
            },
        };
        let (file, scenario) = match loaded {
            Ok(loaded) => loaded,
            Err(Error::InvalidScenario { name, count }) => {
                failed += 1;
                let invalid = m.text_with(
                    "test-invalid",
                    &[
                        ("scenario", Arg::from(one_line(&name).into_owned())),
                        ("count", Arg::from(count)),
                    ],
                );
                fail_line(&mut text, paint, m, &invalid);
                results.push(json!({"scenario": name, "test": null, "passed": false, "problem": "the scenario has errors"}));
                continue;
            }
            Err(other) => return Err(other),
        };
        let (ok, bad) = run_scenario(
            &scenario,
            &file.name,
            (colors, context.messages),
            paint,
            &mut text,
            &mut results,
        );
        passed += ok;
        failed += bad;
    }
    let _ = writeln!(text, "{}", counts(passed, failed, m));
    let out = match args.format {
        ReportFormat::Text => text,
        ReportFormat::Json => stance_core::export::to_json(&results),
    };
    Output::Stdout.write(&out)?;
    Ok(if failed > 0 { EXIT_INVALID } else { EXIT_OK })
}

/// A scenario to test: named on the command line (an id or a path), or found in the folder.
enum Target {
    /// An id or a path, as named.
    Named(String),
    /// A built-in scenario.
    BuiltIn(ScenarioFile),
    /// A file of the scenario folder.
    Found(Found),
}

/// Why a test failed: the recommendations expected and those reached, and the headlines.
fn explain(
    out: &mut String,
    test: &GoldenTest,
    outcome: &Outcome,
    (expected, actual): (Vec<&str>, Vec<&str>),
    (paint, m): (Painter, Messages),
) {
    // A walk that could not finish has no stance to compare; the problem says why.
    let finished = outcome.headline.is_some() || !outcome.actual.is_empty();
    if finished && expected != actual {
        let _ = writeln!(
            out,
            "  {}",
            m.text_with("test-expected", &[("ids", Arg::from(expected.join(", ")))])
        );
        let _ = writeln!(
            out,
            "  {}",
            m.text_with("test-actual", &[("ids", Arg::from(actual.join(", ")))])
        );
        let (missing, extra) = (surplus(&expected, &actual), surplus(&actual, &expected));
        for id in &missing {
            let _ = writeln!(
                out,
                "    {}",
                paint.paint(Style::Removed, &format!("- {id}"))
            );
        }
        for id in &extra {
            let _ = writeln!(out, "    {}", paint.paint(Style::Added, &format!("+ {id}")));
        }
        if missing.is_empty() && extra.is_empty() {
            let _ = writeln!(out, "    {}", m.text("test-reordered"));
        }
    }
    if let Some(headline) = test
        .headline
        .as_ref()
        .filter(|h| finished && Some(*h) != outcome.headline.as_ref())
    {
        let none = m.text("test-no-headline");
        let _ = writeln!(
            out,
            "  {}",
            m.text_with(
                "test-expected-headline",
                &[("headline", Arg::from(one_line(headline).into_owned()))]
            )
        );
        let _ = writeln!(
            out,
            "  {}",
            m.text_with(
                "test-actual-headline",
                &[(
                    "headline",
                    Arg::from(one_line(outcome.headline.as_deref().unwrap_or(&none)).into_owned())
                )]
            )
        );
    }
}

/// `FAIL WHAT`, a line of its own.
fn fail_line(text: &mut String, paint: Painter, m: Messages, what: &str) {
    let _ = writeln!(
        text,
        "{} {what}",
        paint.paint(Style::Failure, &m.text("test-fail"))
    );
}

/// `N passed, M failed`.
fn counts(passed: usize, failed: usize, m: Messages) -> String {
    m.text_with(
        "test-counts",
        &[("passed", Arg::from(passed)), ("failed", Arg::from(failed))],
    )
}

/// The warning for a test's answer to `question`, which its walk never asks.
fn warn_unasked(
    scenario: &Scenario,
    test: &GoldenTest,
    (file, question): (&str, &str),
    voice: (Colors, Messages),
) {
    stderr::warn(
        voice,
        &voice.1.text_with(
            "warn-test-unasked",
            &[
                ("scenario", Arg::from(scenario.id.as_str())),
                ("test", Arg::from(test.name.as_str())),
                ("file", Arg::from(file)),
                ("line", Arg::from(test.line.to_string())),
                ("question", Arg::from(question)),
            ],
        ),
    );
}

/// Runs one scenario's tests; returns how many passed and failed.
fn run_scenario(
    scenario: &Scenario,
    file: &str,
    voice: (Colors, Messages),
    paint: Painter,
    text: &mut String,
    results: &mut Vec<Value>,
) -> (usize, usize) {
    let m = voice.1;
    let ids = |list: &[RecommendationIx]| -> Vec<&str> {
        list.iter()
            .map(|&r| scenario.recommendations[r].id.as_str())
            .collect()
    };
    // The file's name as it may be shown; JSON keeps it exact.
    let shown = one_line(file);
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
            "skipped": outcome.skipped.iter().map(|&q| scenario.questions[q].id.as_str()).collect::<Vec<_>>(),
        }));
        for &q in &outcome.skipped {
            warn_unasked(scenario, test, (&shown, &scenario.questions[q].id), voice);
        }
        if ok {
            passed += 1;
            continue;
        }
        failed += 1;
        let _ = writeln!(
            text,
            "{} {} \u{203a} {} ({shown}:{})",
            paint.paint(Style::Failure, &m.text("test-fail")),
            scenario.id,
            one_line(&test.name),
            test.line
        );
        if let Some(problem) = &outcome.problem {
            let _ = writeln!(text, "  {}", one_line(problem));
        }
        explain(
            text,
            test,
            &outcome,
            (ids(&test.expect), ids(&outcome.actual)),
            (paint, m),
        );
    }
    let summary = if scenario.tests.is_empty() {
        paint.paint(Style::Muted, &m.text("test-none"))
    } else {
        counts(passed, failed, m)
    };
    let _ = writeln!(
        text,
        "{} ({shown}): {summary}",
        paint.paint(Style::Strong, &scenario.id)
    );
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
