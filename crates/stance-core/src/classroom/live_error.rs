//! Why a live session's command or stored event does not fit a participant's walk.

use thiserror::Error;

/// A command (or stored event) that does not fit the walk where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LiveError {
    /// No question has this id.
    #[error("the scenario has no question `{question}`{}", hint(.suggestion.as_ref()))]
    UnknownQuestion {
        question: String,
        suggestion: Option<String>,
    },
    /// The question has no choice with this id.
    #[error("question `{question}` has no choice `{choice}`{}", hint(.suggestion.as_ref()))]
    UnknownChoice {
        question: String,
        choice: String,
        suggestion: Option<String>,
    },
    /// The walk stands at another question.
    #[error("the walk stands at question `{at}`, not `{question}`")]
    NotHere { question: String, at: String },
    /// The choice exists but the answers so far do not offer it.
    #[error("choice `{choice}` is not offered at question `{question}` after the answers so far")]
    NotOffered { question: String, choice: String },
    /// The walk is over; only going back changes it.
    #[error("the walk has ended at `{ending}`; go back to answer again")]
    Ended { ending: String },
    /// Going back with no answer to undo, or keeping more answers than there are.
    #[error("there is no answer to undo: the walk has {steps} and would keep {keep}")]
    NothingToUndo { steps: usize, keep: usize },
    /// A note longer than a note may be.
    #[error("the note has {chars} characters; a note has at most {limit}")]
    NoteTooLong { chars: usize, limit: usize },
    /// A `finished` event that does not match where the walk stands.
    #[error("a `finished` event names ending `{ending}`, but the walk {at}")]
    NotFinished { ending: String, at: String },
    /// A second `joined`, or one that is not first.
    #[error("`joined` may only be a participant's first event")]
    JoinedAgain,
}

impl LiveError {
    /// A stable, snake-case name for the error, for a program to act on: the event
    /// protocol's `error` events carry it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownQuestion { .. } => "unknown_question",
            Self::UnknownChoice { .. } => "unknown_choice",
            Self::NotHere { .. } => "not_here",
            Self::NotOffered { .. } => "not_offered",
            Self::Ended { .. } => "ended",
            Self::NothingToUndo { .. } => "nothing_to_undo",
            Self::NoteTooLong { .. } => "note_too_long",
            Self::NotFinished { .. } => "not_finished",
            Self::JoinedAgain => "joined_again",
        }
    }

    /// The name the error suggests instead of the one given, if any.
    pub fn suggestion(&self) -> Option<&str> {
        match self {
            Self::UnknownQuestion { suggestion, .. } | Self::UnknownChoice { suggestion, .. } => {
                suggestion.as_deref()
            }
            _ => None,
        }
    }
}

fn hint(suggestion: Option<&String>) -> String {
    suggestion.map_or_else(String::new, |s| format!("; did you mean `{s}`?"))
}
