//! `stance play`: walk a scenario and print the stance; optionally record every step.

use std::fmt::Write;
use std::io::IsTerminal;
use std::path::Path;

use stance_core::classroom::clock::SystemClock;
use stance_core::classroom::record::{Kind, Record};
use stance_core::classroom::record_store::RecordStore;
use stance_core::export;
use stance_core::load::catalog::DEFAULT_SCENARIO;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::protocol::event::Told;
use stance_core::scenario::Scenario;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::printable::printable;
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap;
use stance_core::walk::answers::Answers;
use stance_core::walk::prompter::Prompter;
use stance_core::walk::stance::Stance;
use stance_core::walk::{self, Progress, Session};

use crate::cli::args::{PlayArgs, PlayFormat};
use crate::cli::color::{Colors, Target};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;
use crate::cli::stderr;
use crate::command::{self, Context};
use crate::protocol::event_channel::EventChannel;
use crate::protocol::event_prompter::EventPrompter;
use crate::terminal::interactive_prompter::InteractivePrompter;
use crate::terminal::plain_lines;
use crate::terminal::plain_prompter::PlainPrompter;
use crate::terminal::{self, width};

/// Runs `stance play`.
pub fn run(args: &PlayArgs, context: Context<'_>) -> Result<i32, Error> {
    let Context { limits, colors, .. } = context;
    let command::Opened {
        mut record_file,
        resumed,
        file,
        scenario,
    } = command::open_session(
        args.scenario.as_deref(),
        (args.record.as_deref(), args.resume.as_deref()),
        args.output.as_deref(),
        ("the answers file", args.answers_file.as_deref()),
        context,
    )?;
    let name = replay_name(args.scenario.as_deref(), resumed.as_ref());
    let record_path = args.record.as_deref().or(args.resume.as_deref());
    let saved = command::saved(record_path, "play");
    // A resumed record's answers come first; flags may add to them.
    let mut answers = command::answers(
        &scenario,
        &args.answers,
        args.answers_file.as_deref(),
        limits,
    )?;
    let mut notes = command::notes(&scenario, &args.notes)?;
    let mut record = match resumed {
        Some(record) => {
            let path = args.resume.as_deref().unwrap_or(Path::new("-"));
            let voice = context.voice();
            let resolved =
                command::resolve_record(&scenario, &file, &record, path, Some(Kind::Play), voice)?;
            let given = Answers::from_pairs(resolved.steps.iter().map(|s| (s.question, s.choice)));
            answers = merge(&scenario, given, &answers, voice);
            for (question, note) in resolved.notes {
                notes.entry(question).or_insert(note);
            }
            Some(record.continued(&file, &scenario, args.name.clone()))
        }
        None => record_path.map(|_| new_record(args, &file, &scenario)),
    };

    // The plain walk reads lines, so it asks wherever they come from; the menus need a
    // terminal.
    let plain = plain_lines::wanted(args.plain.plain);
    let messages = context.messages;
    let interactive = !args.no_input
        && (plain || (std::io::stdin().is_terminal() && std::io::stderr().is_terminal()));
    let must_ask = !walk::unanswered(&scenario, &answers).is_empty();
    let mut channel = args.events.then(EventChannel::stdio);
    let mut menus;
    let mut lines;
    let mut events;
    let prompter: Option<&mut dyn Prompter> = if let Some(channel) = channel.as_mut() {
        command::install_plain_interrupt_handler(record_file.as_ref(), Some(&saved), messages);
        events = EventPrompter::start(channel, &scenario)?;
        must_ask.then_some(&mut events as &mut dyn Prompter)
    } else if !(interactive && must_ask) {
        None
    } else if plain {
        command::install_plain_interrupt_handler(record_file.as_ref(), Some(&saved), messages);
        stderr::write(&header(&scenario, Colors::none(), false, context.messages));
        lines = PlainPrompter::new(std::io::stdin().lock(), std::io::stderr(), context.messages);
        Some(&mut lines)
    } else {
        command::install_interrupt_handler(record_file.as_ref(), Some(&saved), context.messages);
        stderr::write(&header(&scenario, colors, true, context.messages));
        menus = InteractivePrompter::new(
            colors.enabled(Target::Stderr),
            args.role.into(),
            context.messages,
        );
        Some(&mut menus)
    };
    let asked = prompter.is_some();
    let mut store = record_file
        .as_mut()
        .map(|f| f as &mut dyn RecordStore<Error = Error>);
    let mut save = |progress: Progress<'_>| -> Result<(), Error> {
        if let (Some(record), Some(store)) = (record.as_mut(), store.as_mut()) {
            record.follow(&scenario, progress);
            store.save(record)?;
        }
        Ok(())
    };
    let walked = walk::run(
        &scenario,
        Session {
            answers,
            notes,
            prompter,
            observer: Some(&mut save),
        },
    )
    .map_err(|error: Error| error.saved_in(&saved));
    if let Some(channel) = channel.as_mut() {
        return channel.finish(walked, |stance| Told::stance(&stance), &saved);
    }
    let stance = walked?;
    if asked {
        // The stance is set apart from the last answer.
        stderr::write("\n");
    }

    // The plain walk's stance is plain text too, wherever it is written.
    let colors = if plain { Colors::none() } else { colors };
    write_stance(args, &name, &stance, Context { colors, ..context })?;
    Ok(EXIT_OK)
}

/// A new record of the walk.
fn new_record(args: &PlayArgs, file: &ScenarioFile, scenario: &Scenario) -> Record {
    Record::new(Kind::Play, file, scenario, args.name.clone(), &SystemClock)
}

/// The scenario as the person would name it again, for the replay line.
fn replay_name(named: Option<&str>, resumed: Option<&Record>) -> String {
    match (named, resumed) {
        (Some(name), _) => name.to_owned(),
        (None, Some(record)) => record.scenario.id.clone(),
        (None, None) => DEFAULT_SCENARIO.to_owned(),
    }
}

/// Warns about unused answers, then writes the stance in the format asked for.
fn write_stance(
    args: &PlayArgs,
    name: &str,
    stance: &Stance<'_>,
    context: Context<'_>,
) -> Result<(), Error> {
    let colors = context.colors;
    for (question, choice, _) in stance.unused() {
        stderr::warn(
            context.voice(),
            &context.messages.text_with(
                "warn-answer-unused",
                &[
                    ("question", Arg::from(question)),
                    ("choice", Arg::from(choice)),
                ],
            ),
        );
    }

    let output = Output::new(args.output.as_deref());
    let paint = colors.painter(output.target());
    let rendered = match args.format {
        PlayFormat::Text => {
            let width = (output == Output::Stdout)
                .then(width::stdout_width)
                .flatten();
            export::stance_text::render(stance, name, width, &paint, context.messages)
        }
        PlayFormat::Json => export::stance_json::render(stance),
        PlayFormat::Markdown => export::stance_markdown::render(stance, name, context.messages),
    };
    output.write(&rendered)
}

/// A record's answers, then the flags' for questions it leaves open; a flag that
/// contradicts the record is warned about.
fn merge(
    scenario: &Scenario,
    recorded: Answers,
    flags: &Answers,
    voice: (Colors, Messages),
) -> Answers {
    for q in flags.questions() {
        if recorded.get(q).is_some_and(|c| Some(c) != flags.get(q)) {
            stderr::warn(
                voice,
                &voice.1.text_with(
                    "warn-record-answers",
                    &[("question", Arg::from(scenario.questions[q].id.as_str()))],
                ),
            );
        }
    }
    recorded.merged_with(flags)
}

/// The walk's steps by id, with notes.
fn header(scenario: &Scenario, colors: Colors, menus: bool, messages: Messages) -> String {
    let paint = colors.painter(Target::Stderr);
    let mut out = String::new();
    let width = width::stderr_width();
    let fill = |text: &str| wrap::wrap(&printable(text), width, "", "");
    let _ = writeln!(
        out,
        "\n{}",
        paint.paint(Style::Strong, &fill(&scenario.title))
    );
    let source = export::source_line(&scenario.source);
    let _ = writeln!(out, "{}", paint.paint(Style::Muted, &fill(&source)));
    if let Some(summary) = &scenario.summary {
        let _ = writeln!(out, "\n{}", fill(summary));
    }
    // The plain walk says its keys with its first question.
    if menus {
        let _ = writeln!(out, "\n{}\n", terminal::key_hint(paint, messages));
    }
    out
}
