//! `stance play`: walk a scenario and print the stance; optionally record every step.

use std::fmt::Write;
use std::io::IsTerminal;
use std::path::Path;

use colored::Colorize;

use crate::answers::Answers;
use crate::catalog::DEFAULT_SCENARIO;
use crate::cli::{PlayArgs, PlayFormat};
use crate::color::{Colors, Target};
use crate::command;
use crate::error::{EXIT_OK, Error};
use crate::export;
use crate::interactive::InteractivePrompter;
use crate::layout;
use crate::output::Output;
use crate::printable::printable;
use crate::prompter::Prompter;
use crate::record::{Kind, NoteRecord, Record, StepRecord};
use crate::scenario::Scenario;
use crate::stance::Stance;
use crate::stderr;
use crate::walk::{self, Notes, Progress, Session};

/// Runs `stance play`.
pub fn run(args: &PlayArgs, dir: Option<&Path>, colors: Colors) -> Result<i32, Error> {
    command::stdin_once(&[
        (
            "the scenario",
            args.scenario.as_deref().is_some_and(command::is_stdin),
        ),
        (
            "the answers file",
            args.answers_file.as_deref().is_some_and(command::is_stdin),
        ),
        (
            "the resumed record",
            args.resume.as_deref().is_some_and(command::is_stdin),
        ),
    ])?;
    let record_file = command::take_record(args.record.as_deref(), args.resume.as_deref())?;
    let resumed = args.resume.as_deref().map(Record::read).transpose()?;
    let (file, scenario) =
        command::load_for_record(args.scenario.as_deref(), resumed.as_ref(), dir, colors)?;
    // The scenario as the person would name it again, for the replay line.
    let name = match (&args.scenario, &resumed) {
        (Some(name), _) => name.clone(),
        (None, Some(record)) => record.scenario.id.clone(),
        (None, None) => DEFAULT_SCENARIO.to_owned(),
    };

    let record_path = args.record.as_deref().or(args.resume.as_deref());
    command::refuse_clobbering_session(
        args.output.as_deref(),
        (args.record.as_deref(), args.resume.as_deref()),
        &file,
        ("the answers file", args.answers_file.as_deref()),
    )?;
    // A resumed record's answers come first; flags may add to them.
    let mut answers = command::answers(&scenario, &args.answers, args.answers_file.as_deref())?;
    let mut notes = command::notes(&scenario, &args.notes)?;
    let mut record = match resumed {
        Some(record) => {
            let path = args.resume.as_deref().unwrap_or(Path::new("-"));
            let resolved =
                command::resolve_record(&scenario, &file, &record, path, Some(Kind::Play), colors)?;
            let given = Answers::from_pairs(resolved.steps.iter().map(|s| (s.question, s.choice)));
            answers = merge(&scenario, given, &answers, colors);
            for (question, note) in resolved.notes {
                notes.entry(question).or_insert(note);
            }
            Some(record.continued(&file, args.name.clone()))
        }
        None => record_path.map(|_| {
            Record::new(
                Kind::Play,
                &file,
                &scenario.id,
                &scenario.title,
                args.name.clone(),
            )
        }),
    };

    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let must_ask = !walk::unanswered(&scenario, &answers).is_empty();
    let mut prompter = if interactive && must_ask {
        command::install_interrupt_handler(record_file.as_ref());
        stderr::write(&header(&scenario, colors));
        Some(InteractivePrompter::new(
            colors.enabled(Target::Stderr),
            args.role,
        ))
    } else {
        None
    };
    let mut save = |progress: Progress<'_>| -> Result<(), Error> {
        if let (Some(record), Some(file)) = (record.as_mut(), &record_file) {
            record.steps = steps_of(&scenario, progress.steps, progress.notes);
            record.notes = progress
                .notes
                .iter()
                .filter(|(q, _)| !progress.steps.iter().any(|s| s.question == **q))
                .map(|(&q, note)| NoteRecord {
                    question: scenario.questions[q].id.clone(),
                    note: note.clone(),
                })
                .collect();
            record.finished = progress.finished;
            file.save(record)?;
        }
        Ok(())
    };
    let stance = walk::run(
        &scenario,
        Session {
            answers,
            notes,
            prompter: prompter.as_mut().map(|p| p as &mut dyn Prompter),
            observer: Some(&mut save),
        },
    )?;

    write_stance(args, &name, &stance, colors)?;
    Ok(EXIT_OK)
}

/// Warns about unused answers, then writes the stance in the format asked for.
fn write_stance(
    args: &PlayArgs,
    name: &str,
    stance: &Stance<'_>,
    colors: Colors,
) -> Result<(), Error> {
    for (question, choice, _) in stance.unused() {
        stderr::warn(
            colors,
            &format!("the walk never reached `{question}`, so `{question}={choice}` was not used"),
        );
    }

    let output = Output::new(args.output.as_deref());
    colors.paint_for(output.target());
    let rendered = match args.format {
        PlayFormat::Text => {
            let width = (output == Output::Stdout)
                .then(layout::stdout_width)
                .flatten();
            export::text::render(stance, name, width)
        }
        PlayFormat::Json => export::json::render(stance),
        PlayFormat::Markdown => export::markdown::render(stance, name),
    };
    output.write(&rendered)
}

/// A record's answers, then the flags' for questions it leaves open; a flag that
/// contradicts the record is warned about.
fn merge(scenario: &Scenario, recorded: Answers, flags: &Answers, colors: Colors) -> Answers {
    for q in flags.questions() {
        if recorded.get(q).is_some_and(|c| Some(c) != flags.get(q)) {
            stderr::warn(
                colors,
                &format!(
                    "the record already answers `{}`; its answer stands",
                    scenario.questions[q].id
                ),
            );
        }
    }
    recorded.merged_with(flags)
}

/// The walk's steps by id, with notes.
fn steps_of(scenario: &Scenario, steps: &[walk::Step], notes: &Notes) -> Vec<StepRecord> {
    steps
        .iter()
        .map(|step| {
            let question = &scenario.questions[step.question];
            StepRecord {
                question: question.id.clone(),
                choice: question.choices[step.choice].id.clone(),
                note: notes.get(&step.question).cloned(),
            }
        })
        .collect()
}

fn header(scenario: &Scenario, colors: Colors) -> String {
    colors.paint_for(Target::Stderr);
    let mut out = String::new();
    let _ = writeln!(out, "\n{}", printable(&scenario.title).bold());
    let _ = writeln!(
        out,
        "{}",
        printable(&export::source_line(&scenario.source)).dimmed()
    );
    if let Some(summary) = &scenario.summary {
        let summary = layout::wrap(&printable(summary), layout::stderr_width(), "", "");
        let _ = writeln!(out, "\n{summary}");
    }
    let _ = writeln!(
        out,
        "\n{}\n",
        "Use \u{2191}/\u{2193} and Enter to answer; Esc or q to quit.".dimmed()
    );
    out
}
