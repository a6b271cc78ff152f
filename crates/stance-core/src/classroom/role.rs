//! Who is at the screen, and so what they may see.

use serde::{Deserialize, Serialize};

/// A participant, or the facilitator who runs the session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Sees the questions and, at the end, the stance; never the facilitator's notes.
    #[default]
    Participant,
    /// Also sees facilitator notes, discussion prompts and the author's stance up front.
    Facilitator,
}

impl Role {
    /// Whether this is the facilitator.
    pub fn is_facilitator(self) -> bool {
        self == Self::Facilitator
    }
}
