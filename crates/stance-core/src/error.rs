//! Everything that can stop a command, and the exit code each one gives.

use std::fmt::{self, Write};

use thiserror::Error;

use crate::text::suggest;

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
    /// A file could not be read.
    #[error("cannot read `{path}`: {reason}")]
    Read { path: String, reason: String },
    /// A file is not UTF-8.
    #[error("`{path}` is not valid UTF-8: bad byte at offset {offset}")]
    NotUtf8 { path: String, offset: usize },
    /// A file is larger than `--max-bytes`.
    #[error("`{path}` is larger than {max} bytes, the most stance reads")]
    TooLarge { path: String, max: u64 },
    /// A file could not be written.
    #[error("cannot write `{path}`: {reason}")]
    Write { path: String, reason: String },
    /// No scenario has the id given.
    #[error("no scenario has the id `{name}`")]
    UnknownScenario { name: String, known: Vec<String> },
    /// Several scenario files share the id given.
    #[error("several scenarios have the id `{name}`: {}", suggest::list(files.iter().map(String::as_str)))]
    AmbiguousScenario { name: String, files: Vec<String> },
    /// A scenario has errors; its diagnostics were already printed.
    #[error("`{name}` has {count} error{}", plural(*count))]
    InvalidScenario { name: String, count: usize },
    /// `check` found errors (or warnings under `--deny-warnings`) in some files.
    #[error(
        "{failed} of {files} scenario file{} did not pass ({errors} error{}, {warnings} warning{})",
        plural(*files), plural(*errors), plural(*warnings)
    )]
    CheckFailed {
        failed: usize,
        files: usize,
        errors: usize,
        warnings: usize,
    },
    /// Answers that name no question or choice.
    #[error("{}", render_answer_errors(.0))]
    Answers(Vec<AnswerError>),
    /// Questions on the path have no answer and there is no terminal to ask.
    #[error("{}", render_missing(.0))]
    MissingAnswers(Vec<MissingAnswer>),
    /// A record file that cannot be used.
    #[error("`{path}` is not a stance record: {reason}")]
    BadRecord { path: String, reason: String },
    /// A record whose answers no longer fit its scenario.
    #[error("the record `{path}` no longer fits the scenario: {reason}")]
    StaleRecord { path: String, reason: String },
    /// Another session is writing the record.
    #[error("the record `{path}` is being written by another stance session")]
    RecordInUse { path: String },
    /// A usage problem clap cannot see, such as two inputs from stdin.
    #[error("{0}")]
    Usage(String),
    /// The terminal failed while prompting.
    #[error("cannot prompt on this terminal: {0}")]
    Terminal(String),
    /// The person quit the walk.
    #[error("stopped before the end")]
    Quit,
    /// Ctrl-C while prompting.
    #[error("interrupted")]
    Interrupted,
}

impl Error {
    /// The process exit code for this error; the one place exit codes are decided.
    pub fn exit_code(&self) -> i32 {
        match self {
            Self::InvalidScenario { .. } | Self::CheckFailed { .. } => EXIT_INVALID,
            Self::Quit | Self::Interrupted => EXIT_INTERRUPTED,
            Self::Read { .. }
            | Self::NotUtf8 { .. }
            | Self::TooLarge { .. }
            | Self::Write { .. }
            | Self::UnknownScenario { .. }
            | Self::AmbiguousScenario { .. }
            | Self::Answers(_)
            | Self::MissingAnswers(_)
            | Self::Usage(_)
            | Self::BadRecord { .. }
            | Self::StaleRecord { .. }
            | Self::RecordInUse { .. }
            | Self::Terminal(_) => EXIT_USAGE,
        }
    }

    /// A hint on what to do instead, printed after the message.
    pub fn help(&self) -> Option<String> {
        match self {
            Self::UnknownScenario { name, known } => Some(format!(
                "{}; `stance list` shows them all, or give a path to a `.yaml` file",
                suggest::help(name, "scenarios", known.iter().map(String::as_str))
            )),
            Self::TooLarge { .. } => {
                Some("raise the limit with `--max-bytes BYTES` if the file is trusted".to_owned())
            }
            Self::AmbiguousScenario { .. } => Some("give the path of the file you mean".to_owned()),
            Self::InvalidScenario { name, .. } => {
                Some(format!("`stance check {name}` lists every finding"))
            }
            Self::Quit => Some(
                "with `--record FILE`, the record keeps every answer so far and `--resume FILE` goes on"
                    .to_owned(),
            ),
            Self::RecordInUse { .. } => Some(
                "wait for that session to end, or record to another file".to_owned(),
            ),
            Self::MissingAnswers(_) => Some(
                "give each with `--answer QUESTION=CHOICE`, or run in a terminal to be asked"
                    .to_owned(),
            ),
            _ => None,
        }
    }

    /// Builds a read error from an I/O error.
    pub fn read(path: impl fmt::Display, error: &std::io::Error) -> Self {
        Self::Read {
            path: path.to_string(),
            reason: io_reason(error),
        }
    }

    /// Builds a write error from an I/O error.
    pub fn write(path: impl fmt::Display, error: &std::io::Error) -> Self {
        Self::Write {
            path: path.to_string(),
            reason: io_reason(error),
        }
    }
}

/// Where an answer came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerOrigin {
    /// `--answer QUESTION=CHOICE` as typed.
    Flag(String),
    /// `--note QUESTION=TEXT` as typed.
    NoteFlag(String),
    /// A key in an answers file.
    File {
        path: String,
        line: usize,
        column: usize,
    },
}

impl fmt::Display for AnswerOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Flag(text) => write!(f, "`--answer {text}`"),
            Self::NoteFlag(text) => write!(f, "`--note {text}`"),
            Self::File { path, line, column } => write!(f, "{path}:{line}:{column}"),
        }
    }
}

/// One answer that cannot be used.
#[derive(Debug, Error)]
pub enum AnswerError {
    /// `--note` without `=`.
    #[error("{origin}: expected QUESTION=TEXT")]
    NoteSyntax { origin: AnswerOrigin },
    /// `--answer` without `=`.
    #[error("{origin}: expected QUESTION=CHOICE")]
    Syntax { origin: AnswerOrigin },
    /// An answers file that cannot be parsed.
    #[error("{path}:{line}:{column}: {message}")]
    File {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// The question does not exist.
    #[error("{origin}: unknown question `{question}`")]
    UnknownQuestion {
        origin: AnswerOrigin,
        question: String,
        valid: Vec<String>,
    },
    /// The question exists, but not the choice.
    #[error("{origin}: question `{question}` has no choice `{choice}`")]
    UnknownChoice {
        origin: AnswerOrigin,
        question: String,
        choice: String,
        valid: Vec<String>,
    },
    /// The choice exists but is not offered where the walk reaches the question.
    #[error("question `{question}` does not offer `{choice}` after the answers before it")]
    Unavailable {
        question: String,
        choice: String,
        offered: Vec<String>,
    },
    /// The same question answered twice, differently.
    #[error("{origin}: question `{question}` is answered twice (`{first}`, then `{second}`)")]
    Conflict {
        origin: AnswerOrigin,
        question: String,
        first: String,
        second: String,
    },
}

impl AnswerError {
    /// A hint: the valid names and a did-you-mean.
    pub fn help(&self) -> Option<String> {
        match self {
            Self::Syntax { .. } => Some("for example `--answer sma=inside_sofa`".to_owned()),
            Self::NoteSyntax { .. } => {
                Some("for example `--note sma=\"I would pay more\"`".to_owned())
            }
            Self::File { .. } => Some(
                "an answers file maps question ids to choice ids, like `sma: inside_sofa`"
                    .to_owned(),
            ),
            Self::UnknownQuestion {
                question, valid, ..
            } => Some(suggest::help(
                question,
                "questions",
                valid.iter().map(String::as_str),
            )),
            Self::UnknownChoice { choice, valid, .. } => Some(suggest::help(
                choice,
                "choices",
                valid.iter().map(String::as_str),
            )),
            Self::Conflict { .. } => Some("keep one answer per question".to_owned()),
            Self::Unavailable { offered, .. } => Some(format!(
                "the choices offered there: {}",
                suggest::list(offered.iter().map(String::as_str))
            )),
        }
    }
}

/// A question the walk reaches that has no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingAnswer {
    /// The question's id.
    pub question: String,
    /// Its choices' ids.
    pub choices: Vec<String>,
}

fn render_answer_errors(errors: &[AnswerError]) -> String {
    let mut out = String::new();
    for (i, error) in errors.iter().enumerate() {
        if i > 0 {
            out.push_str("\nerror: ");
        }
        out.push_str(&error.to_string());
        if let Some(help) = error.help() {
            out.push_str("\n  help: ");
            out.push_str(&help);
        }
    }
    out
}

fn render_missing(missing: &[MissingAnswer]) -> String {
    let mut out = format!(
        "no answer for {} question{} the walk may reach:",
        missing.len(),
        plural(missing.len())
    );
    for item in missing {
        let _ = write!(
            out,
            "\n  `{}`: choices {}",
            item.question,
            suggest::list(item.choices.iter().map(String::as_str))
        );
    }
    out
}

fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    // The OS text reads "No such file or directory (os error 2)": drop the number, lower-case.
    let text = text.split(" (os error").next().unwrap_or(&text);
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
