//! What a program driving `stance quiz --events` sends, one JSON object a line.

use serde::{Deserialize, Serialize};

use crate::protocol::command_line::CommandSet;

/// A command of the quiz, tagged by `type`; each answers the item the last `item` event put.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum QuizCommand {
    /// Pick an option: its letter (`a`, either case) or its recommendation's id.
    Answer {
        /// The item's number, checked against the one put when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<usize>,
        /// The option's letter or id.
        choice: String,
    },
    /// Give no response to the item: it counts as missed.
    Skip {},
    /// Stop the quiz before its end.
    Quit {},
}

impl CommandSet for QuizCommand {
    const TYPES: &'static [&'static str] = &["answer", "skip", "quit"];
}
