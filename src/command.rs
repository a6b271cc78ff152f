//! The subcommands: each reads its arguments, calls the core, and writes the result.

pub mod analyze;
pub mod brief;
pub mod check;
pub mod compare;
pub mod graph;
pub mod html;
pub mod list;
pub mod new;
pub mod paths;
pub mod play;
pub mod quiz;
pub mod rehearse;
pub mod report;
pub mod schema;
pub mod serve;
pub mod shell;
pub mod show;
pub mod source;
pub mod test;

use std::path::Path;

use stance_core::check::{analyser, translation_check};
use stance_core::classroom::record::{Kind, Record};
use stance_core::classroom::resolved_record::ResolvedRecord;
use stance_core::diagnostic::{Diagnostic, Severity};
use stance_core::export::findings;
use stance_core::load::catalog::{self, DEFAULT_SCENARIO};
use stance_core::load::limits::Limits;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::scenario::Scenario;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::phrase::Phrase;
use stance_core::walk::answers::{self, Answers};
use stance_core::walk::step::Notes;
use stance_core::walk::walk_error::{AnswerError, AnswerOrigin};

use crate::cli::args::{OutputArg, ScenarioArg};
use crate::cli::color::{Colors, Target};
use crate::cli::error::{EXIT_INTERRUPTED, Error, Saved};
use crate::cli::language::{Language, Origin};
use crate::cli::output;
use crate::cli::output::Output;
use crate::cli::record_file::RecordFile;
use crate::cli::stderr;

/// What every command is given besides its own arguments: where scenarios are looked for,
/// how much is read of a file, and whether each stream is coloured. Decided once, in `run`.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The scenario folder named with `--dir`; `None` for the default folder, if there.
    pub dir: Option<&'a Path>,
    /// How much is read (`--max-bytes`).
    pub limits: Limits,
    /// Colour for each stream.
    pub colors: Colors,
    /// The language asked for (`--lang`, `STANCE_LANG`, the locale).
    pub language: &'a Language,
    /// stance's own words, in that language if stance speaks it, else English.
    pub messages: Messages,
    /// The subcommand's name, for hints that show a command to run.
    pub command: &'static str,
}

impl Context<'_> {
    /// What a warning or a note on standard error is said with: its colour and its words.
    pub fn voice(&self) -> (Colors, Messages) {
        (self.colors, self.messages)
    }
}

/// The one scenario a command reads, checked, and the output it writes to; `inputs` are the
/// other files it reads. Standard input may be read once, and the output may be none of them.
pub fn load_with_output(
    scenario: &ScenarioArg,
    output: &OutputArg,
    inputs: &[(&str, Option<&Path>)],
    context: Context<'_>,
) -> Result<(ScenarioFile, Scenario, Output), Error> {
    let mut readers = vec![("the scenario", is_stdin(&scenario.name))];
    readers.extend(
        inputs
            .iter()
            .map(|&(what, path)| (what, path.is_some_and(is_stdin))),
    );
    stdin_once(&readers)?;
    let (file, scenario) = load(&scenario.name, context)?;
    let path = output.file.as_deref();
    refuse_clobbering(&[("the output", path)], Some(&file), inputs)?;
    Ok((file, scenario, Output::new(path)))
}

/// The record `--resume` names, if any, read and checked on its own.
pub fn read_resumed(path: Option<&Path>, limits: Limits) -> Result<Option<Record>, Error> {
    Ok(path.map(|path| Record::read(path, limits)).transpose()?)
}

/// Finds a scenario by id or path (`-` for stdin) and checks it; prints its errors and
/// refuses it if it has any. Every command that reads one scenario comes through here.
/// The scenario is shown in the language asked for, when it has a translation to it.
pub fn load(name: &str, context: Context<'_>) -> Result<(ScenarioFile, Scenario), Error> {
    let (file, scenario) = load_as_written(name, context)?;
    let scenario = translate(&file, scenario, context)?;
    Ok((file, scenario))
}

/// A scenario found and translated as [`load`] does it, with the translation file used, if
/// one was: for a live session, which keeps both.
#[derive(Debug)]
pub struct Loaded {
    /// The scenario file, as written.
    pub file: ScenarioFile,
    /// The checked scenario, translated.
    pub scenario: Scenario,
    /// The translation applied to it.
    pub translation: Option<ScenarioFile>,
}

/// Finds, checks and translates a scenario as [`load`] does, keeping the translation file.
pub fn load_with_translation(name: &str, context: Context<'_>) -> Result<Loaded, Error> {
    let (file, scenario) = load_as_written(name, context)?;
    let (scenario, translation) = translation_of(&file, scenario, context)?;
    Ok(Loaded {
        file,
        scenario,
        translation,
    })
}

/// Finds and checks a scenario as [`load`] does, in its own language whatever was asked:
/// for golden tests, which hold its own texts.
pub fn load_as_written(
    name: &str,
    context: Context<'_>,
) -> Result<(ScenarioFile, Scenario), Error> {
    let file = catalog::resolve(name, context.dir, context.limits)?;
    warn_if_shadowing(&file, context);
    check_loaded_in(file, context.colors, context.messages)
}

/// The scenario in the language asked for, when a translation to it stands beside `file`;
/// as written otherwise, with a warning when the language was asked for by name. A
/// translation with errors is refused, its errors printed; one that leaves texts as written
/// (missing or out of date) says so once.
pub fn translate(
    file: &ScenarioFile,
    scenario: Scenario,
    context: Context<'_>,
) -> Result<Scenario, Error> {
    translation_of(file, scenario, context).map(|(scenario, _)| scenario)
}

/// [`translate`], with the translation file it applied, if it applied one.
fn translation_of(
    file: &ScenarioFile,
    scenario: Scenario,
    context: Context<'_>,
) -> Result<(Scenario, Option<ScenarioFile>), Error> {
    let language = context.language;
    if language.origin == Origin::Default {
        return Ok((scenario, None));
    }
    let mut found = None;
    for tag in language.lookup_tags() {
        found = catalog::translation(file, tag, context.limits)?;
        if found.is_some() {
            break;
        }
    }
    let Some(translation_file) = found else {
        // Scenarios are written in English unless a translation says otherwise.
        if language.is_explicit() && language.lookup_tags().last() != Some(&"en") {
            stderr::warn(
                context.voice(),
                &context.messages.text_with(
                    "warn-no-translation",
                    &[
                        ("scenario", Arg::from(scenario.id.as_str())),
                        ("lang", Arg::from(language.tag.as_str())),
                    ],
                ),
            );
        }
        return Ok((scenario, None));
    };
    let analysis = translation_check::check_translation(&translation_file.text, &scenario);
    let Some(translation) = analysis.translation else {
        return Err(refuse(
            &translation_file,
            analysis.diagnostics,
            context.colors,
            context.messages,
        ));
    };
    let (missing, stale) = (translation.missing, translation.stale);
    if missing + stale > 0 {
        let m = context.messages;
        let mut parts = Vec::new();
        if missing > 0 {
            parts.push(m.text_with("warn-not-translated", &[("n", Arg::from(missing))]));
        }
        if stale > 0 {
            parts.push(m.text_with("warn-changed-since", &[("n", Arg::from(stale))]));
        }
        let scenario_name = if file.name.starts_with("built-in:") {
            &scenario.id
        } else {
            &file.name
        };
        stderr::warn(
            context.voice(),
            &m.text_with(
                "warn-translation-partial",
                &[
                    ("file", Arg::from(translation_file.name.as_str())),
                    ("count", Arg::from(missing + stale)),
                    ("parts", Arg::from(parts.join(", "))),
                    ("scenario", Arg::from(scenario_name.as_str())),
                ],
            ),
        );
    }
    Ok((translation.apply(&scenario), Some(translation_file)))
}

/// Warns when `file`, a built-in scenario found by its id, hides a file in the scenario
/// folder with the same id and another text: a teacher who edited a copy would otherwise
/// walk the built-in one without a word.
pub fn warn_if_shadowing(file: &ScenarioFile, context: Context<'_>) {
    let Some(id) = file
        .name
        .strip_prefix("built-in:")
        .and_then(|name| name.strip_suffix(".yaml"))
    else {
        return;
    };
    for shadowed in catalog::shadowed_by_built_in(id, context.dir, context.limits) {
        warn_shadowed(id, &shadowed, context);
    }
}

/// The warning for a file of the scenario folder that is passed over, and why.
pub fn warn_skipped(path: &Path, reason: &str, context: Context<'_>) {
    stderr::warn(
        context.voice(),
        &context.messages.text_with(
            "warn-skipped",
            &[
                ("path", Arg::from(path.display().to_string())),
                ("reason", Arg::from(reason)),
            ],
        ),
    );
}

/// The warning for a folder's file that a built-in id hides, and how to use the file.
pub fn warn_shadowed(id: &str, file: &str, context: Context<'_>) {
    let m = context.messages;
    stderr::warn(
        context.voice(),
        &m.text_with(
            "warn-shadowed",
            &[("file", Arg::from(file)), ("id", Arg::from(id))],
        ),
    );
    stderr::help(
        context.voice(),
        &m.text_with(
            "help-shadowed",
            &[
                ("command", Arg::from(context.command)),
                ("file", Arg::from(file)),
            ],
        ),
    );
}

/// Checks a scenario found by [`load`] or [`load_for_record`], or read from a folder; its
/// errors, if it has any, are printed in `messages`' language.
pub fn check_loaded_in(
    file: ScenarioFile,
    colors: Colors,
    messages: Messages,
) -> Result<(ScenarioFile, Scenario), Error> {
    let analysis = analyser::check_file(&file, None);
    match analysis.scenario {
        Some(scenario) => Ok((file, scenario)),
        None => Err(refuse(&file, analysis.diagnostics, colors, messages)),
    }
}

/// Prints the errors among `diagnostics` of `file`, a scenario or a translation, in
/// `messages`' language, and the error that refuses it.
fn refuse(
    file: &ScenarioFile,
    diagnostics: Vec<Diagnostic>,
    colors: Colors,
    messages: Messages,
) -> Error {
    let errors: Vec<_> = diagnostics
        .into_iter()
        .filter(|d| d.severity() == Severity::Error)
        .collect();
    stderr::write(&findings::render_human(
        file,
        &errors,
        colors.enabled(Target::Stderr),
        messages,
    ));
    Error::InvalidScenario {
        name: file.name.clone(),
        count: errors.len(),
    }
}

/// Reads the answers given by `--answer` flags and an `--answers` file and checks them
/// against the scenario, reporting every problem together.
pub fn answers(
    scenario: &Scenario,
    flags: &[String],
    file: Option<&Path>,
    limits: Limits,
) -> Result<Answers, Error> {
    let mut raw = Vec::new();
    let mut problems = Vec::new();
    if let Some(path) = file {
        let file = ScenarioFile::read(path, limits)?;
        match answers::parse_file(&file.name, &file.text) {
            Ok(found) => raw.extend(found),
            Err(problem) => problems.push(problem),
        }
    }
    for flag in flags {
        match answers::parse_given(flag, AnswerOrigin::Given(format!("`--answer {flag}`"))) {
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
        let origin = AnswerOrigin::Given(format!("`--note {flag}`"));
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

/// The scenario a command works on: the one the person named (`SCENARIO` or `--scenario`,
/// an id or a path), else the record's own id, looked up among the built-in scenarios and
/// the scenario folder only, else the default. A record's id is never read as a path: a
/// record comes from someone else.
pub fn load_for_record(
    named: Option<&str>,
    record: Option<&Record>,
    context: Context<'_>,
) -> Result<(ScenarioFile, Scenario), Error> {
    match (named, record) {
        (Some(name), _) => load(name, context),
        (None, Some(record)) => {
            let file = catalog::resolve_id(&record.scenario.id, context.dir, context.limits)?;
            warn_if_shadowing(&file, context);
            let (file, scenario) = check_loaded_in(file, context.colors, context.messages)?;
            let scenario = translate(&file, scenario, context)?;
            Ok((file, scenario))
        }
        (None, None) => load(DEFAULT_SCENARIO, context),
    }
}

/// A record set against its scenario, refused if it is of another kind or does not fit;
/// a record that fits a changed scenario is used, with a warning.
pub fn resolve_record(
    scenario: &Scenario,
    file: &ScenarioFile,
    record: &Record,
    path: &Path,
    kind: Option<Kind>,
    voice: (Colors, Messages),
) -> Result<ResolvedRecord, Error> {
    let shown = path.display().to_string();
    if let Some(wanted) = kind.filter(|&k| k != record.kind) {
        return Err(Error::WrongKind {
            path: shown,
            found: record.kind,
            wanted,
        });
    }
    let resolved = ResolvedRecord::new(scenario, &file.text, record, &shown)?;
    if resolved.changed {
        stderr::warn(
            voice,
            &voice.1.text_with(
                "warn-record-changed",
                &[("record", Arg::from(shown.as_str()))],
            ),
        );
    }
    Ok(resolved)
}

/// Whether a path or name given on the command line means standard input.
pub fn is_stdin(name: impl AsRef<std::ffi::OsStr>) -> bool {
    name.as_ref() == "-"
}

/// Refuses a command that would read standard input twice: `-` may stand for one of its
/// inputs only. Each input is named and says whether it is `-`.
pub fn stdin_once(inputs: &[(&str, bool)]) -> Result<(), Error> {
    // Each kind of input once, with how many times `-` stands for it.
    let mut named: Vec<(&str, usize)> = Vec::new();
    for (what, _) in inputs.iter().filter(|(_, stdin)| *stdin) {
        match named.iter_mut().find(|(kind, _)| kind == what) {
            Some((_, times)) => *times += 1,
            None => named.push((what, 1)),
        }
    }
    if named.iter().map(|(_, times)| times).sum::<usize>() < 2 {
        return Ok(());
    }
    let said: Vec<String> = named
        .iter()
        .map(|&(what, times)| match times {
            1 => what.to_owned(),
            2 => format!("{what} twice"),
            n => format!("{what} {n} times"),
        })
        .collect();
    let list = match said.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, first)) => format!("{} and {last}", first.join(", ")),
        None => String::new(),
    };
    // The roles are named in English where they are made.
    Err(Error::Usage(Phrase::verbatim(format!(
        "standard input can be read only once, but `-` stands for {list}"
    ))))
}

/// The record a session writes, taken for it before anything reads it: another session may
/// be writing it. `--resume FILE` saves to FILE unless `--record` names another; `-` cannot
/// hold a record.
pub fn take_record(
    record: Option<&Path>,
    resume: Option<&Path>,
    (colors, messages): (Colors, Messages),
) -> Result<Option<RecordFile>, Error> {
    let path = record.or(resume);
    if path.is_some_and(is_stdin) {
        return Err(Error::Usage(Phrase::text("usage-record-on-stdin")));
    }
    // A class's records usually go in a folder of their own: made here, and said.
    if let Some(Error::MissingFolder { folder, .. }) = path.and_then(output::missing_folder) {
        std::fs::create_dir_all(&folder).map_err(|e| Error::write(&folder, &e))?;
        stderr::note(
            colors,
            &messages.text_with(
                "note-record-folder",
                &[("folder", Arg::from(folder.as_str()))],
            ),
        );
    }
    path.map(RecordFile::take).transpose()
}

/// Refuses outputs that would overwrite an input, or each other: the paths given with
/// `--output`, `--record` and the like beside the scenario's file and the other files read.
pub fn refuse_clobbering(
    outputs: &[(&str, Option<&Path>)],
    scenario: Option<&ScenarioFile>,
    inputs: &[(&str, Option<&Path>)],
) -> Result<(), Error> {
    fn roles<'a>(list: &[(&'a str, Option<&'a Path>)]) -> Vec<output::Role<'a>> {
        list.iter()
            .filter_map(|&(what, path)| path.map(|path| output::Role { what, path }))
            .collect()
    }
    let mut read = roles(inputs);
    if let Some(path) = scenario.and_then(|file| file.path.as_deref()) {
        read.push(output::Role {
            what: "the scenario",
            path,
        });
    }
    output::refuse_clobbering(&roles(outputs), &read)
}

/// [`refuse_clobbering`] for a session that may record (`play`, `quiz`): the output and the
/// record (`--record`, else `--resume`) against the scenario and the file of given answers,
/// and the output against the resumed record. The record may be written over the one
/// resumed: that is how a session goes on.
pub fn refuse_clobbering_session(
    output: Option<&Path>,
    (record, resume): (Option<&Path>, Option<&Path>),
    scenario: &ScenarioFile,
    given: (&str, Option<&Path>),
) -> Result<(), Error> {
    refuse_clobbering(
        &[("the output", output), ("the record", record.or(resume))],
        Some(scenario),
        &[given],
    )?;
    refuse_clobbering(
        &[("the output", output)],
        None,
        &[("the resumed record", resume)],
    )
}

/// What a session that may record (`play`, `quiz`) opens with.
#[derive(Debug)]
pub struct Opened {
    /// The record it writes, taken for this session.
    pub record_file: Option<RecordFile>,
    /// The record it goes on from, read and checked on its own.
    pub resumed: Option<Record>,
    /// The scenario's file.
    pub file: ScenarioFile,
    /// The scenario: the one named, or the resumed record's.
    pub scenario: Scenario,
}

/// Opens a session that may record: standard input read once at most (by the scenario, the
/// `input` file or the resumed record), the record taken before anything is read, the
/// resumed record read, the scenario named or the record's loaded, and the output none of
/// the files read.
pub fn open_session(
    scenario: Option<&str>,
    (record, resume): (Option<&Path>, Option<&Path>),
    output: Option<&Path>,
    input: (&str, Option<&Path>),
    context: Context<'_>,
) -> Result<Opened, Error> {
    stdin_once(&[
        ("the scenario", scenario.is_some_and(is_stdin)),
        (input.0, input.1.is_some_and(is_stdin)),
        ("the resumed record", resume.is_some_and(is_stdin)),
    ])?;
    let record_file = take_record(record, resume, context.voice())?;
    let resumed = read_resumed(resume, context.limits)?;
    let (file, scenario) = load_for_record(scenario, resumed.as_ref(), context)?;
    refuse_clobbering_session(output, (record, resume), &file, input)?;
    Ok(Opened {
        record_file,
        resumed,
        file,
        scenario,
    })
}

/// Ctrl-C while a menu is open (console restores the terminal mode and raises SIGINT), or
/// SIGTERM or SIGHUP at any time: we show the cursor a menu hid, remove the session's lock
/// beside its record (`record`, when there is one), say that the session stopped and where
/// its answers are (`saved`: the record as named, which `stance COMMAND --resume` goes on
/// from), and exit 130. The record itself was saved after the last step.
pub fn install_interrupt_handler(
    record: Option<&RecordFile>,
    saved: Option<&Saved>,
    messages: Messages,
) {
    install_handler(record, saved, true, messages);
}

/// [`install_interrupt_handler`] for the plain walk, which never hides the cursor and so
/// writes no sequence to show it again.
pub fn install_plain_interrupt_handler(
    record: Option<&RecordFile>,
    saved: Option<&Saved>,
    messages: Messages,
) {
    install_handler(record, saved, false, messages);
}

fn install_handler(
    record: Option<&RecordFile>,
    saved: Option<&Saved>,
    menus: bool,
    messages: Messages,
) {
    let lock = record
        .and_then(RecordFile::lock_file)
        .map(Path::to_path_buf);
    let lines = crate::cli::error::stopped_lines(saved, messages);
    let _ = ctrlc::set_handler(move || {
        if menus {
            let _ = console::Term::stderr().show_cursor();
        }
        if let Some(lock) = &lock {
            let _ = std::fs::remove_file(lock);
        }
        stderr::line("");
        for line in &lines {
            stderr::said(line);
        }
        std::process::exit(EXIT_INTERRUPTED);
    });
}

/// Where a session of `command` that records to `record` (if anywhere) keeps its answers,
/// for the words said when it stops.
pub fn saved(record: Option<&Path>, command: &'static str) -> Saved {
    Saved {
        command,
        record: record.map(|record| record.display().to_string()),
    }
}
