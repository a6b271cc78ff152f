//! Why a conversation with a person, or with its scripted twin, ended before its end.

use thiserror::Error;

/// What a prompter, examiner or coach says instead of an answer.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Stop {
    /// The person quit.
    #[error("stopped before the end")]
    Quit,
    /// The person interrupted (Ctrl-C, or a signal to stop).
    #[error("interrupted")]
    Interrupted,
    /// The front end could not go on: a terminal that cannot be read or drawn on.
    #[error("cannot prompt on this terminal: {0}")]
    Failed(String),
    /// A scripted twin's script does not fit: too few grades, a response that is not an option.
    #[error("{0}")]
    Script(String),
}
