//! `stance rehearse`: drill the stance for situations until each comes without notes.

use std::fmt::Write;
use std::io::IsTerminal;
use std::time::Duration;

use serde_json::json;
use stance_core::classroom::drill_session::CardResult;
use stance_core::classroom::rehearsal::{self, Coach, ScriptedCoach};
use stance_core::scenario::Scenario;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::phrase::Phrase;

use crate::cli::args::{RehearseArgs, ReportFormat};
use crate::cli::color::{Colors, Target};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;
use crate::cli::stderr;
use crate::command::{self, Context};
use crate::terminal::interactive_coach::InteractiveCoach;
use crate::terminal::plain_coach::PlainCoach;
use crate::terminal::plain_lines;

/// Runs `stance rehearse`.
pub fn run(args: &RehearseArgs, context: Context<'_>) -> Result<i32, Error> {
    // The plain drill, for a screen reader or a script, reads its lines from anywhere.
    let plain = plain_lines::wanted(args.plain.plain) && args.grades.is_empty();
    let colors = if plain {
        Colors::none()
    } else {
        context.colors
    };
    let context = Context { colors, ..context };
    let (_, scenario) = command::load(&args.scenario.name, context)?;
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if args.grades.is_empty() && !interactive && !plain {
        return Err(Error::Usage(Phrase::text("usage-drill-needs-terminal")));
    }
    let seed = args.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| {
                (u64::from(d.subsec_nanos()) ^ d.as_secs()) & ((1 << 53) - 1)
            })
    });
    if args.seed.is_none() {
        stderr::note(
            colors,
            &context.messages.text_with(
                "note-rehearse-seed",
                &[("seed", Arg::from(seed.to_string()))],
            ),
        );
    }
    let cards = rehearsal::cards(&scenario, seed, args.cards);
    let mut scripted;
    let mut live;
    let mut lines;
    let coach: &mut dyn Coach = if plain {
        command::install_plain_interrupt_handler(None, None, context.messages);
        lines = PlainCoach::new(
            std::io::stdin().lock(),
            std::io::stderr(),
            args.time_limit.map(Duration::from_secs),
            context.messages,
        );
        &mut lines
    } else if args.grades.is_empty() {
        command::install_interrupt_handler(None, None, context.messages);
        live = InteractiveCoach::new(
            colors.enabled(Target::Stderr),
            args.time_limit.map(Duration::from_secs),
            context.messages,
        );
        &mut live
    } else {
        let grades = args
            .grades
            .iter()
            .map(|g| match g.trim().to_lowercase().as_str() {
                "y" | "yes" => Ok(true),
                "n" | "no" => Ok(false),
                other => Err(Error::Usage(Phrase::text_with(
                    "usage-grades",
                    &[("grade", Arg::from(other))],
                ))),
            })
            .collect::<Result<Vec<bool>, Error>>()?;
        scripted = ScriptedCoach::new(grades, "`--grades`".to_owned());
        &mut scripted
    };
    let results = rehearsal::drill(&scenario, &cards, coach)?;
    let text = match args.format {
        ReportFormat::Text => summary(&scenario, seed, &results, context.messages),
        ReportFormat::Json => {
            let value = json!({
                "scenario": scenario.id,
                "seed": seed,
                "cards": results.iter().map(|r| json!({
                    "path": r.path.iter().map(|s| {
                        let q = &scenario.questions[s.question];
                        json!({"question": q.id, "choice": q.choices[s.choice].id})
                    }).collect::<Vec<_>>(),
                    "attempts": r.attempts,
                })).collect::<Vec<_>>(),
                "first_try": results.iter().filter(|r| r.attempts == 1).count(),
                "attempts": results.iter().map(|r| r.attempts).sum::<usize>(),
            });
            stance_core::export::to_json(&value)
        }
    };
    Output::Stdout.write(&text)?;
    Ok(EXIT_OK)
}

fn summary(scenario: &Scenario, seed: u64, results: &[CardResult], messages: Messages) -> String {
    let first = results.iter().filter(|r| r.attempts == 1).count();
    let attempts: usize = results.iter().map(|r| r.attempts).sum();
    let head = messages.text_with(
        "drill-summary",
        &[
            ("seed", Arg::from(seed.to_string())),
            ("cards", Arg::from(results.len())),
            ("first", Arg::from(first)),
            ("attempts", Arg::from(attempts)),
        ],
    );
    let mut out = format!("{head}\n");
    for (i, result) in results.iter().enumerate().filter(|(_, r)| r.attempts > 1) {
        let answers: Vec<String> = result.path.iter().map(|s| s.as_answer(scenario)).collect();
        let line = messages.text_with(
            "drill-card-took",
            &[
                ("number", Arg::from(i + 1)),
                ("attempts", Arg::from(result.attempts)),
                ("answers", Arg::from(answers.join(" "))),
            ],
        );
        let _ = writeln!(out, "  {line}");
    }
    out
}
