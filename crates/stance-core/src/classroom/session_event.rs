//! What a participant does in a live session, by id: the events a classroom server stores,
//! in order, and replays to know where everyone stands.

use serde::{Deserialize, Serialize};

/// One event of one participant, by id, as it is stored and streamed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum SessionEvent {
    /// The participant joined under this display name.
    Joined {
        /// The name, as given.
        name: String,
    },
    /// The participant answered a question.
    Answered {
        /// The question's id.
        question: String,
        /// The choice's id.
        choice: String,
    },
    /// The participant went back, keeping this many answers (0 starts over).
    WentBack {
        /// How many answers are kept.
        keep: usize,
    },
    /// The participant wrote (or, when empty, cleared) a note on a question.
    Noted {
        /// The question's id.
        question: String,
        /// The note; empty when cleared.
        note: String,
    },
    /// The participant's walk reached this ending.
    Finished {
        /// The ending's id.
        ending: String,
    },
}

impl SessionEvent {
    /// The event's type, as stored: `joined`, `answered`, `went_back`, `noted` or `finished`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Joined { .. } => "joined",
            Self::Answered { .. } => "answered",
            Self::WentBack { .. } => "went_back",
            Self::Noted { .. } => "noted",
            Self::Finished { .. } => "finished",
        }
    }
}

/// What a participant's page asks for, by id; the server turns it into events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Command {
    /// Take `choice` at `question`, where the walk stands.
    Answer {
        /// The question's id.
        question: String,
        /// The choice's id.
        choice: String,
    },
    /// Undo the last answer.
    Back {},
    /// Undo every answer.
    Restart {},
    /// Write, replace or (with an empty note) clear the note on `question`.
    Note {
        /// The question's id.
        question: String,
        /// The note.
        note: String,
    },
}
