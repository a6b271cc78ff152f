//! What a program driving `stance play --events` sends, one JSON object a line.

use serde::{Deserialize, Serialize};

use crate::classroom::session_event::Command;
use crate::protocol::command_line::CommandSet;

/// A command of the walk, tagged by `type`. Where the classroom server's [`Command`] must
/// name the question (a page may be behind the walk), the protocol is one turn at a time:
/// the question is the one the last `question` event asked, and naming it is a check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum PlayCommand {
    /// Take `choice` (its id) at the question asked.
    Answer {
        /// The question's id, checked against the one asked when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        question: Option<String>,
        /// The choice's id.
        choice: String,
    },
    /// Undo the last answer and ask its question again.
    Back {},
    /// Keep `note` on the question asked, or clear it with an empty note; the question is
    /// asked again.
    Note {
        /// The question's id, checked against the one asked when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        question: Option<String>,
        /// The note.
        note: String,
    },
    /// Stop the walk before its end.
    Quit {},
}

impl CommandSet for PlayCommand {
    const TYPES: &'static [&'static str] = &["answer", "back", "note", "quit"];
}

impl PlayCommand {
    /// The server's command this one is, asked at question `at` (its id); `None` for
    /// `quit`, which the server has no need of.
    pub fn to_session(&self, at: &str) -> Option<Command> {
        let question = |named: &Option<String>| named.clone().unwrap_or_else(|| at.to_owned());
        match self {
            Self::Answer {
                question: q,
                choice,
            } => Some(Command::Answer {
                question: question(q),
                choice: choice.clone(),
            }),
            Self::Back {} => Some(Command::Back {}),
            Self::Note { question: q, note } => Some(Command::Note {
                question: question(q),
                note: note.clone(),
            }),
            Self::Quit {} => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PlayCommand;
    use crate::classroom::session_event::Command;

    #[test]
    fn commands_read_as_the_issue_writes_them_and_become_the_servers() {
        let read = |json: &str| serde_json::from_str::<PlayCommand>(json).expect(json);
        let answer = read(r#"{"type":"answer","choice":"yes"}"#);
        assert_eq!(
            answer.to_session("first"),
            Some(Command::Answer {
                question: "first".into(),
                choice: "yes".into()
            })
        );
        let named = read(r#"{"type":"note","question":"other","note":"mine"}"#);
        assert_eq!(
            named.to_session("first"),
            Some(Command::Note {
                question: "other".into(),
                note: "mine".into()
            })
        );
        assert_eq!(
            read(r#"{"type":"back"}"#).to_session("first"),
            Some(Command::Back {})
        );
        assert_eq!(read(r#"{"type":"quit"}"#).to_session("first"), None);
        assert!(serde_json::from_str::<PlayCommand>(r#"{"type":"quit","now":true}"#).is_err());
    }
}
