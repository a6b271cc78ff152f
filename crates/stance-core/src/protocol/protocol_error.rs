//! A command line the event protocol cannot take: told back as an `error` event, after
//! which the session goes on.

use serde::{Deserialize, Serialize};

use crate::classroom::live_error::LiveError;

/// Why a command was refused: a stable code to act on, a message to show, and the name
/// meant, when one is near the one given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtocolError {
    /// Snake-case and stable: `bad_json`, `bad_command`, `unknown_command`, `line_too_long`,
    /// or one of [`LiveError::code`]'s and the quiz's (`not_an_option`, `wrong_item`).
    pub code: String,
    /// What went wrong, in a lower-case sentence naming things in backticks.
    pub message: String,
    /// The name probably meant (a command type, question or choice id), if any.
    pub suggestion: Option<String>,
}

impl ProtocolError {
    /// An error with no suggestion.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Self {
            code: code.to_owned(),
            message: message.into(),
            suggestion: None,
        }
    }

    /// The same error, suggesting `suggestion`.
    #[must_use]
    pub fn suggesting(mut self, suggestion: Option<&str>) -> Self {
        self.suggestion = suggestion.map(str::to_owned);
        self
    }
}

impl From<&LiveError> for ProtocolError {
    fn from(error: &LiveError) -> Self {
        Self::new(error.code(), error.to_string()).suggesting(error.suggestion())
    }
}

#[cfg(test)]
mod tests {
    use super::ProtocolError;
    use crate::classroom::live_error::LiveError;

    #[test]
    fn a_walk_error_keeps_its_code_message_and_suggestion() {
        let live = LiveError::UnknownChoice {
            question: "q".into(),
            choice: "yess".into(),
            suggestion: Some("yes".into()),
        };
        let error = ProtocolError::from(&live);
        assert_eq!(error.code, "unknown_choice");
        assert_eq!(
            error.message,
            "question `q` has no choice `yess`; did you mean `yes`?"
        );
        assert_eq!(error.suggestion.as_deref(), Some("yes"));
        let json = serde_json::to_string(&ProtocolError::new("bad_json", "x")).expect("writes");
        assert_eq!(
            json,
            r#"{"code":"bad_json","message":"x","suggestion":null}"#
        );
    }
}
