//! `stance quiz`: situations, items, feedback, a score; a sheet; or graded responses.

use std::io::IsTerminal;
use std::path::Path;

use stance_core::classroom::clock::SystemClock;
use stance_core::classroom::examiner::{Examiner, ScriptedExaminer};
use stance_core::classroom::quiz_items::{self, Answered, Situation};
use stance_core::classroom::quiz_session::{QuizPrompt, QuizSession};
use stance_core::classroom::record::{ItemRecord, Kind, QuizRecord, Record, StepRecord};
use stance_core::classroom::record_store::RecordStore;
use stance_core::classroom::responses::{Responses, parse_responses};
use stance_core::classroom::role::Role;
use stance_core::export::quiz_sheet::{self as render, Format};
use stance_core::load::limits::Limits;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::protocol::event::Told;
use stance_core::scenario::Scenario;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::phrase::Phrase;
use stance_core::walk;
use stance_core::walk::answers::Answers;
use stance_core::walk::prompter::Prompter;
use stance_core::walk::step::{Notes, Step};

use crate::cli::args::{PlayFormat, QuizArgs};
use crate::cli::color::{Colors, Target};
use crate::cli::error::{EXIT_OK, Error, Saved};
use crate::cli::output::Output;
use crate::cli::record_file::RecordFile;
use crate::cli::stderr;
use crate::command::{self, Context};
use crate::protocol::event_channel::{EventChannel, Stdio};
use crate::protocol::event_examiner::EventExaminer;
use crate::protocol::event_prompter::EventPrompter;
use crate::terminal::interactive_examiner::InteractiveExaminer;
use crate::terminal::interactive_prompter::InteractivePrompter;
use crate::terminal::plain_examiner::PlainExaminer;
use crate::terminal::plain_lines;
use crate::terminal::plain_prompter::PlainPrompter;
use crate::terminal::{self, width};

/// What the quiz holds: its seed, its situations, items answered before (when resumed),
/// and the participant's own walk (when the situation is theirs).
struct Plan {
    seed: u64,
    situations: Vec<Situation>,
    done: Vec<Answered>,
    walked: Vec<Step>,
}

/// Whether the quiz asks in plain prompts (`--plain` or `ACCESSIBLE`, unless nobody is
/// asked), and the context to ask in: uncoloured when it does, since a screen reader reads
/// a colour's codes too.
fn plain_or_not<'a>(args: &QuizArgs, context: Context<'a>) -> (bool, Context<'a>) {
    let accessible = plain_lines::wanted(args.plain.plain)
        && !args.no_input
        && !args.events
        && args.responses.is_none();
    let colors = if accessible {
        Colors::none()
    } else {
        context.colors
    };
    (accessible, Context { colors, ..context })
}

/// Runs `stance quiz`.
pub fn run(args: &QuizArgs, context: Context<'_>) -> Result<i32, Error> {
    let (accessible, context) = plain_or_not(args, context);
    let Context {
        limits,
        colors,
        messages,
        ..
    } = context;
    let command::Opened {
        mut record_file,
        resumed,
        file,
        scenario,
    } = command::open_session(
        args.scenario.as_deref(),
        (args.record.as_deref(), args.resume.as_deref()),
        args.output.as_deref(),
        ("the responses file", args.responses.as_deref()),
        context,
    )?;
    let format = format_of(args.format);
    let output = Output::new(args.output.as_deref());
    let interactive = asks_someone(args, accessible);
    needs_seed(args, resumed.is_some())?;
    // A participant who walks first has seen the key hint before the walk.
    let walks_first = args.walk && resumed.is_none();
    let saved = command::saved(args.record.as_deref().or(args.resume.as_deref()), "quiz");
    let mut channel = open_channel(args, record_file.as_ref(), &saved, messages);
    let plan = match plan(
        args,
        (&scenario, &file),
        resumed.as_ref(),
        interactive,
        record_file.as_ref(),
        (context, accessible, channel.as_mut()),
    ) {
        Ok(plan) => plan,
        Err(error) => return not_begun(error, channel.as_mut()),
    };

    if args.responses.is_none() && !interactive {
        // No one to ask: print the sheet for the lesson.
        return print_sheet(args, &scenario, &plan, (&output, format), messages);
    }

    let record = record_of(args, &scenario, &file, &plan, resumed);
    let mut scripted = ScriptedExaminer::default();
    let mut live;
    let mut lines;
    let mut events;
    let examiner: &mut dyn Examiner = if let Some(channel) = channel.as_mut() {
        let key = Role::from(args.role).is_facilitator();
        // A quiz on the participant's own walk said `started` before the walk.
        events = if walks_first {
            EventExaminer::new(channel, key)
        } else {
            let started = Told::quiz_started(&scenario, plan.seed, &plan.situations);
            EventExaminer::start(channel, started, key)?
        };
        &mut events
    } else if let Some(path) = &args.responses {
        scripted = ScriptedExaminer::new(
            read_responses(&scenario, path, limits)?,
            path.display().to_string(),
        );
        &mut scripted
    } else if accessible {
        command::install_plain_interrupt_handler(record_file.as_ref(), Some(&saved), messages);
        lines = PlainExaminer::new(
            std::io::stdin().lock(),
            std::io::stderr(),
            args.role.into(),
            context.messages,
        );
        &mut lines
    } else {
        command::install_interrupt_handler(record_file.as_ref(), Some(&saved), context.messages);
        if !walks_first {
            stderr::write(&key_hint(colors, context.messages));
        }
        live = InteractiveExaminer::new(
            colors.enabled(Target::Stderr),
            args.role.into(),
            context.messages,
        );
        &mut live
    };
    let participant = participant(record.as_ref(), args);
    let store = record_file
        .as_mut()
        .map(|file| file as &mut dyn RecordStore<Error = Error>);
    let answered =
        examine(&scenario, &plan, examiner, record, store).map_err(|e| e.saved_in(&saved));
    if let Some(channel) = channel.as_mut() {
        let name = participant.as_deref();
        let told = |done: Vec<Answered>| Told::result(&scenario, plan.seed, name, &done);
        return channel.finish(answered, told, &saved);
    }
    let answered = answered?;
    if args.responses.is_some() {
        warn_left_over(context.voice(), &scripted, answered.len(), plan.done.len());
    }
    let result = (participant.as_deref(), answered.as_slice());
    write_result(&scenario, plan.seed, result, (&output, format), context)
}

/// Whether someone answers the quiz as it goes: a program, a plain-mode reader, or a
/// person at a terminal.
fn asks_someone(args: &QuizArgs, accessible: bool) -> bool {
    args.events
        || accessible
        || (!args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal())
}

/// The channel of `--events`, its interrupt handler installed: as in the terminal, nothing
/// is recorded before the quiz itself begins, so a walk first saves nothing.
fn open_channel(
    args: &QuizArgs,
    record_file: Option<&RecordFile>,
    saved: &Saved,
    messages: Messages,
) -> Option<Stdio> {
    let channel = args.events.then(EventChannel::stdio)?;
    let kept = (!args.walk || args.resume.is_some()).then_some(saved);
    command::install_plain_interrupt_handler(record_file, kept, messages);
    Some(channel)
}

/// A quiz that could not begin: a walk through the protocol that stopped ends the
/// protocol's way, with nothing saved; anything else is the error it is.
fn not_begun(error: Error, channel: Option<&mut Stdio>) -> Result<i32, Error> {
    match (error, channel) {
        (Error::Stopped { .. }, Some(channel)) => channel.stop(&command::saved(None, "quiz")),
        (error, _) => Err(error),
    }
}

/// The quiz sheet, with the key for a facilitator.
fn print_sheet(
    args: &QuizArgs,
    scenario: &Scenario,
    plan: &Plan,
    (output, format): (&Output, Format),
    messages: Messages,
) -> Result<i32, Error> {
    let key = Role::from(args.role).is_facilitator();
    let sheet = render::sheet(scenario, plan.seed, &plan.situations, key, format, messages);
    output.write(&sheet)?;
    Ok(EXIT_OK)
}

/// The participant's name: the record's, else the one given with `--name`.
fn participant(record: Option<&Record>, args: &QuizArgs) -> Option<String> {
    record
        .and_then(|r| r.name.clone())
        .or_else(|| args.name.clone())
}

/// Writes the graded result, wrapped to the terminal when it goes there.
fn write_result(
    scenario: &Scenario,
    seed: u64,
    (participant, answered): (Option<&str>, &[Answered]),
    (output, format): (&Output, Format),
    context: Context<'_>,
) -> Result<i32, Error> {
    let width = (*output == Output::Stdout)
        .then(width::stdout_width)
        .flatten();
    output.write(&render::result(
        scenario,
        seed,
        participant,
        answered,
        format,
        width,
        context.messages,
    ))?;
    Ok(EXIT_OK)
}

/// Refuses to grade `--responses` without the quiz's seed (or a walk, or a record).
fn needs_seed(args: &QuizArgs, resumed: bool) -> Result<(), Error> {
    if args.responses.is_some() && args.seed.is_none() && !resumed && args.answers.is_empty() {
        return Err(Error::Usage(Phrase::text("usage-responses-need-seed")));
    }
    Ok(())
}

/// The record to keep: the resumed one, continued, or a new one when `--record` asks.
fn record_of(
    args: &QuizArgs,
    scenario: &Scenario,
    file: &ScenarioFile,
    plan: &Plan,
    resumed: Option<Record>,
) -> Option<Record> {
    match resumed {
        Some(record) => Some(record.continued(file, scenario, args.name.clone())),
        None => args.record.as_ref().map(|_| {
            let mut record =
                Record::new(Kind::Quiz, file, scenario, args.name.clone(), &SystemClock);
            record.steps = StepRecord::of_walk(scenario, &plan.walked, &Notes::new());
            record.quiz = Some(QuizRecord {
                seed: plan.seed,
                situations: plan.situations.len(),
                items: Vec::new(),
            });
            record
        }),
    }
}

/// The quiz: from a record, a given walk, the participant's own walk, or the seed.
fn plan(
    args: &QuizArgs,
    (scenario, file): (&Scenario, &ScenarioFile),
    resumed: Option<&Record>,
    interactive: bool,
    record_file: Option<&RecordFile>,
    (context, plain, channel): (Context<'_>, bool, Option<&mut Stdio>),
) -> Result<Plan, Error> {
    let colors = context.colors;
    if let Some(record) = resumed {
        let path = args.resume.as_deref().unwrap_or(Path::new("-"));
        return from_record(scenario, file, record, path, context.voice());
    }
    let seed = args.seed.unwrap_or_else(clock_seed);
    if args.seed.is_none() && interactive && !args.events {
        stderr::note(
            colors,
            &context
                .messages
                .text_with("note-quiz-seed", &[("seed", Arg::from(seed.to_string()))]),
        );
    }
    if args.answers.is_empty() && !args.walk {
        return Ok(Plan {
            seed,
            situations: quiz_items::draw(scenario, seed, args.situations),
            done: Vec::new(),
            walked: Vec::new(),
        });
    }
    let walked = if args.walk {
        if !interactive {
            return Err(Error::Usage(Phrase::text("usage-walk-needs-terminal")));
        }
        match channel {
            Some(channel) => {
                // The quiz begins, its items to be drawn from the walk that follows.
                channel.send(Told::quiz_walk_started(scenario, seed))?;
                walk::play(
                    scenario,
                    Answers::default(),
                    Some(&mut EventPrompter::new(channel) as &mut dyn Prompter),
                )?
                .path
            }
            None => own_walk(scenario, record_file, context, plain)?,
        }
    } else {
        given_walk(scenario, &args.answers)?
    };
    Ok(Plan {
        seed,
        situations: vec![
            quiz_items::for_walk(scenario, seed, walked.clone())
                .ok_or_else(|| Error::Usage(Phrase::text("usage-quiz-walk-off-scenario")))?,
        ],
        done: Vec::new(),
        walked,
    })
}

/// The sheet's and result's format for `--format`.
fn format_of(format: PlayFormat) -> Format {
    match format {
        PlayFormat::Text => Format::Text,
        PlayFormat::Json => Format::Json,
        PlayFormat::Markdown => Format::Markdown,
    }
}

/// Puts every item not yet answered, saving the record after each.
fn examine(
    scenario: &Scenario,
    plan: &Plan,
    examiner: &mut dyn Examiner,
    mut record: Option<Record>,
    mut store: Option<&mut dyn RecordStore<Error = Error>>,
) -> Result<Vec<Answered>, Error> {
    let mut save = |record: &mut Option<Record>, finished: bool| -> Result<(), Error> {
        if let (Some(record), Some(store)) = (record.as_mut(), store.as_mut()) {
            record.finished = finished;
            store.save(record)?;
        }
        Ok(())
    };
    save(&mut record, false)?;
    let mut session = QuizSession::new(plan.seed, plan.situations.clone(), plan.done.clone());
    while let QuizPrompt::Item {
        situation_number,
        situations,
        situation,
        opens_situation,
        item,
        number,
    } = session.next()
    {
        if opens_situation {
            examiner.situation(scenario, situation_number, situations, situation)?;
        }
        let picked = examiner.ask(scenario, situation, item, number)?;
        let situation = situation.clone();
        let answered = session.answer(picked).map_err(Error::from)?;
        examiner.feedback(scenario, &answered.item, answered.picked)?;
        if let Some(quiz) = record.as_mut().and_then(|r| r.quiz.as_mut()) {
            quiz.items
                .push(ItemRecord::of(scenario, &situation, answered));
        }
        save(&mut record, false)?;
    }
    save(&mut record, true)?;
    Ok(session.into_answered())
}

/// Warns about prepared responses no item took: a list longer than the quiz, a mapping's
/// numbers beyond its last item, and, for a resumed quiz, a mapping's numbers for items the
/// record had answered already (the first `before`), which keep their answers.
fn warn_left_over(
    voice: (Colors, Messages),
    scripted: &ScriptedExaminer,
    items: usize,
    before: usize,
) {
    let m = voice.1;
    let (in_order, by_item) = scripted.unused();
    if in_order > 0 {
        stderr::warn(
            voice,
            &m.text_with(
                "warn-responses-left",
                &[("left", Arg::from(in_order)), ("items", Arg::from(items))],
            ),
        );
    }
    let list = |numbers: &[usize]| {
        numbers
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (answered, beyond): (Vec<usize>, Vec<usize>) =
        by_item.into_iter().partition(|&n| n <= before);
    if !answered.is_empty() {
        stderr::warn(
            voice,
            &m.text_with(
                "warn-responses-answered",
                &[("numbers", Arg::from(list(&answered)))],
            ),
        );
    }
    if !beyond.is_empty() {
        stderr::warn(
            voice,
            &m.text_with(
                "warn-responses-beyond",
                &[
                    ("left", Arg::from(beyond.len())),
                    ("numbers", Arg::from(list(&beyond))),
                    ("items", Arg::from(items)),
                ],
            ),
        );
    }
}

/// The key hint `stance play` shows too, set apart by blank lines.
fn key_hint(colors: Colors, messages: Messages) -> String {
    format!(
        "\n{}\n",
        terminal::key_hint(colors.painter(Target::Stderr), messages)
    )
}

/// A seed when none is given: the clock's nanoseconds.
fn clock_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        // 53 bits: plenty of variety, and exact as a number in any JSON reader.
        .map_or(0, |d| {
            u64::try_from(d.as_nanos() & ((1 << 53) - 1)).unwrap_or_default()
        })
}

/// The participant walks the situation themselves.
fn own_walk(
    scenario: &Scenario,
    record_file: Option<&RecordFile>,
    context: Context<'_>,
    plain: bool,
) -> Result<Vec<Step>, Error> {
    let colors = context.colors;
    // Nothing is recorded before the quiz itself begins.
    let stance = if plain {
        command::install_plain_interrupt_handler(record_file, None, context.messages);
        let mut prompter =
            PlainPrompter::new(std::io::stdin().lock(), std::io::stderr(), context.messages);
        walk::play(
            scenario,
            Answers::default(),
            Some(&mut prompter as &mut dyn Prompter),
        )?
    } else {
        command::install_interrupt_handler(record_file, None, context.messages);
        stderr::write(&key_hint(colors, context.messages));
        let mut prompter = InteractivePrompter::new(
            colors.enabled(Target::Stderr),
            Role::Participant,
            context.messages,
        );
        walk::play(
            scenario,
            Answers::default(),
            Some(&mut prompter as &mut dyn Prompter),
        )?
    };
    Ok(stance.path)
}

/// The walk given with `--answer`, which must be complete.
fn given_walk(scenario: &Scenario, flags: &[String]) -> Result<Vec<Step>, Error> {
    // Flags only: no file is read, so no limit applies.
    let answers = command::answers(scenario, flags, None, Limits::default())?;
    Ok(walk::play(scenario, answers, None)?.path)
}

/// Prepared responses: letters of the sheet or recommendation ids, listed in item order or
/// mapped from item numbers (see [`parse_responses`]).
fn read_responses(scenario: &Scenario, path: &Path, limits: Limits) -> Result<Responses, Error> {
    let file = ScenarioFile::read(path, limits)?;
    Ok(parse_responses(scenario, &file.name, &file.text)?)
}

/// A recorded quiz, drawn again from its seed (or walk) and checked item by item.
fn from_record(
    scenario: &Scenario,
    file: &ScenarioFile,
    record: &Record,
    path: &Path,
    voice: (Colors, Messages),
) -> Result<Plan, Error> {
    let resolved = command::resolve_record(scenario, file, record, path, Some(Kind::Quiz), voice)?;
    let quiz = resolved
        .quiz
        .unwrap_or_else(|| unreachable!("a quiz record resolves with its quiz"));
    Ok(Plan {
        seed: quiz.seed,
        situations: quiz.situations,
        done: quiz.answered,
        walked: resolved.steps,
    })
}
