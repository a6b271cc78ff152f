//! Everything that can stop a command: the engine's errors, and the command line's own; the
//! hint each gives, worded for the command line; and the exit code each gives.

use std::fmt;

use stance_core::analysis::analysis_error::AnalysisError;
use stance_core::classroom::record::Kind;
use stance_core::classroom::record_error::RecordError;
use stance_core::classroom::responses::ResponsesError;
use stance_core::load::load_error::{LoadError, io_reason};
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::suggest;
use stance_core::walk::stop::Stop;
use stance_core::walk::walk_error::{AnswerError, MissingAnswer, WalkError, describe_missing};
use stance_web::live_session::ServeError;
use stance_web::session_db::SessionDbError;
use thiserror::Error;

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: a scenario has errors.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: bad usage or input: a flag, an answer, a file that cannot be read or written.
pub const EXIT_USAGE: i32 = 2;
/// Exit code: interrupted by Ctrl-C or by quitting a walk.
pub const EXIT_INTERRUPTED: i32 = 130;

/// Why a command stopped.
#[derive(Debug, Error)]
pub enum Error {
    /// A file could not be read, or a scenario found.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// A file could not be written.
    #[error("cannot write `{path}`: {reason}")]
    Write { path: String, reason: String },
    /// A file to be written is in a folder that does not exist.
    #[error("cannot write `{path}`: the folder `{folder}` does not exist")]
    MissingFolder { path: String, folder: String },
    /// A scenario has errors; its diagnostics were already printed.
    #[error("`{name}` has {count} error{}", plural(*count))]
    InvalidScenario { name: String, count: usize },
    /// `check` found errors (or warnings under `--deny-warnings`) in some files.
    #[error(
        "{failed} of {files} scenario file{}{} did not pass ({errors} error{}, {warnings} warning{})",
        plural(*files), and_translations(*translations), plural(*errors), plural(*warnings)
    )]
    CheckFailed {
        failed: usize,
        files: usize,
        translations: usize,
        errors: usize,
        warnings: usize,
    },
    /// Answers that name no question or choice.
    #[error("{}", render_answer_errors(.0))]
    Answers(Vec<AnswerError>),
    /// Questions on the path have no answer and there is no terminal to ask.
    #[error("{}", describe_missing(.0))]
    MissingAnswers(Vec<MissingAnswer>),
    /// A record that cannot be used.
    #[error(transparent)]
    Record(#[from] RecordError),
    /// Prepared quiz responses that cannot be used.
    #[error(transparent)]
    Responses(#[from] ResponsesError),
    /// A record of the other kind of session: a quiz given to `play`, or a walk to `quiz`.
    #[error("`{path}` records a {}, not a {}", kind_name(*found), kind_name(*wanted))]
    WrongKind {
        path: String,
        found: Kind,
        wanted: Kind,
    },
    /// Another session is writing the record.
    #[error("the record `{path}` is being written by another stance session")]
    RecordInUse { path: String },
    /// The classroom server could not start, or had to stop.
    #[error(transparent)]
    Serve(#[from] ServeError),
    /// A usage problem clap cannot see, such as two inputs from stdin.
    #[error("{0}")]
    Usage(String),
    /// The terminal failed while prompting.
    #[error("cannot prompt on this terminal: {0}")]
    Terminal(String),
    /// The person stopped a session before its end: quit from a menu, or Ctrl-C. Not an
    /// error of theirs: said in plain lines, with where the answers so far are.
    #[error("{}", stopped_lines(.saved.as_ref(), Messages::english()).join("; "))]
    Stopped {
        /// The record that keeps the answers so far, when there is one.
        saved: Option<Saved>,
    },
}

/// For a session that can record (`play`, `quiz`): the command that goes on from a record,
/// and the record that keeps the answers so far, if one was named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The subcommand that resumes it.
    pub command: &'static str,
    /// The record, as named on the command line; `None` when the session records nothing.
    pub record: Option<String>,
}

/// ` and N translation(s)`, when translations were checked too.
fn and_translations(count: usize) -> String {
    match count {
        0 => String::new(),
        1 => " and 1 translation".to_owned(),
        n => format!(" and {n} translations"),
    }
}

/// What is said when a person stops a session: that it stopped, and, for one that can
/// record, where its answers are kept and how to go on, or that nothing was kept.
pub fn stopped_lines(saved: Option<&Saved>, messages: Messages) -> Vec<String> {
    let mut lines = vec![messages.text("stopped")];
    match saved {
        Some(Saved {
            command,
            record: Some(record),
        }) => lines.push(messages.text_with(
            "stopped-saved",
            &[
                ("record", Arg::from(record.as_str())),
                ("command", Arg::from(*command)),
            ],
        )),
        Some(Saved {
            command,
            record: None,
        }) => {
            lines
                .push(messages.text_with("stopped-not-saved", &[("command", Arg::from(*command))]));
        }
        None => {}
    }
    lines
}

impl Error {
    /// The process exit code for this error; the one place exit codes are decided.
    pub fn exit_code(&self) -> i32 {
        match self {
            Self::InvalidScenario { .. } | Self::CheckFailed { .. } => EXIT_INVALID,
            Self::Stopped { .. } => EXIT_INTERRUPTED,
            Self::Load(_)
            | Self::Write { .. }
            | Self::MissingFolder { .. }
            | Self::Answers(_)
            | Self::MissingAnswers(_)
            | Self::Usage(_)
            | Self::Serve(_)
            | Self::Record(_)
            | Self::Responses(_)
            | Self::RecordInUse { .. }
            | Self::WrongKind { .. }
            | Self::Terminal(_) => EXIT_USAGE,
        }
    }

    /// A hint on what to do instead, printed after the message.
    pub fn help(&self) -> Option<String> {
        match self {
            Self::Load(LoadError::UnknownScenario { name, known }) => Some(format!(
                "{}; `stance list` shows them all, or give a path to a `.yaml` file",
                suggest::help(name, "scenarios", known.iter().map(String::as_str))
            )),
            Self::Load(LoadError::TooLarge { .. })
            | Self::Record(RecordError::Load(LoadError::TooLarge { .. })) => {
                Some("raise the limit with `--max-bytes BYTES` if the file is trusted".to_owned())
            }
            Self::Load(LoadError::AmbiguousScenario { .. }) => {
                Some("give the path of the file you mean".to_owned())
            }
            Self::InvalidScenario { name, .. } => {
                Some(format!("`stance check {name}` lists every finding"))
            }
            Self::MissingFolder { folder, .. } => Some(format!(
                "create it first (`mkdir -p {folder}`), or name a file in a folder that exists"
            )),
            Self::WrongKind { path, found, .. } => Some(format!(
                "to go on with it, run `stance {} --resume {path}`",
                match found {
                    Kind::Play => "play",
                    Kind::Quiz => "quiz",
                }
            )),
            Self::RecordInUse { .. } => Some(
                "wait for that session to end, or record to another file".to_owned(),
            ),
            Self::Serve(ServeError::Bind { address, .. }) => Some(format!(
                "another program may have port {}: choose another with `--port PORT`, or `--port 0` for any free one",
                address.port()
            )),
            Self::Serve(ServeError::Db(SessionDbError::Exists { .. })) => Some(
                "to continue that session, run `stance serve --db FILE` with no scenario; to start a new one, name a new file"
                    .to_owned(),
            ),
            Self::MissingAnswers(_) => Some(
                "give each with `--answer QUESTION=CHOICE`, or run with standard input from a terminal to be asked"
                    .to_owned(),
            ),
            _ => None,
        }
    }

    /// A stopped session's error, saying where its answers are kept (`saved`); other
    /// errors are returned as they are.
    #[must_use]
    pub fn saved_in(self, saved: &Saved) -> Self {
        match self {
            Self::Stopped { saved: None } => Self::Stopped {
                saved: Some(saved.clone()),
            },
            other => other,
        }
    }

    /// Builds a read error from an I/O error.
    pub fn read(path: impl fmt::Display, error: &std::io::Error) -> Self {
        Self::Load(LoadError::read(path, error))
    }

    /// Builds a write error from an I/O error.
    pub fn write(path: impl fmt::Display, error: &std::io::Error) -> Self {
        Self::Write {
            path: path.to_string(),
            reason: io_reason(error),
        }
    }
}

/// A hint for an answer that cannot be used: the valid names and a did-you-mean, and how
/// answers are written on the command line.
pub fn answer_help(error: &AnswerError) -> Option<String> {
    {
        match error {
            AnswerError::Syntax { .. } => Some("for example `--answer sma=inside_sofa`".to_owned()),
            AnswerError::NoteSyntax { .. } => {
                Some("for example `--note sma=\"I would pay more\"`".to_owned())
            }
            AnswerError::File { .. } => Some(
                "an answers file maps question ids to choice ids, like `sma: inside_sofa`"
                    .to_owned(),
            ),
            AnswerError::UnknownQuestion {
                question, valid, ..
            } => Some(suggest::help(
                question,
                "questions",
                valid.iter().map(String::as_str),
            )),
            AnswerError::UnknownChoice { choice, valid, .. } => Some(suggest::help(
                choice,
                "choices",
                valid.iter().map(String::as_str),
            )),
            AnswerError::Conflict { .. } => Some("keep one answer per question".to_owned()),
            AnswerError::Unavailable { offered, .. } => Some(format!(
                "the choices offered there: {}",
                suggest::list(offered.iter().map(String::as_str))
            )),
        }
    }
}

fn render_answer_errors(errors: &[AnswerError]) -> String {
    let mut out = String::new();
    for (i, error) in errors.iter().enumerate() {
        if i > 0 {
            out.push_str("\nerror: ");
        }
        out.push_str(&error.to_string());
        if let Some(help) = answer_help(error) {
            out.push_str("\n  help: ");
            out.push_str(&help);
        }
    }
    out
}

/// A kind of session, as a person would call it.
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Play => "walk (`stance play`)",
        Kind::Quiz => "quiz (`stance quiz`)",
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl From<Stop> for Error {
    fn from(stop: Stop) -> Self {
        match stop {
            Stop::Quit | Stop::Interrupted => Self::Stopped { saved: None },
            Stop::Failed(reason) => Self::Terminal(reason),
            Stop::Script(message) => Self::Usage(message),
        }
    }
}

impl From<WalkError> for Error {
    fn from(error: WalkError) -> Self {
        match error {
            WalkError::Answers(problems) => Self::Answers(problems),
            WalkError::MissingAnswers(missing) => Self::MissingAnswers(missing),
            WalkError::Stopped(stop) => stop.into(),
        }
    }
}

impl From<AnalysisError> for Error {
    fn from(error: AnalysisError) -> Self {
        match error {
            AnalysisError::TooLarge { .. } => {
                Self::Usage(format!("{error}; `stance paths --count` counts its paths"))
            }
            AnalysisError::TooManyStates { .. } => Self::Usage(error.to_string()),
            AnalysisError::Walk(error) => error.into(),
        }
    }
}
