//! One line of standard input read as a command, as hostile as it may be: too long, not
//! UTF-8, not JSON, not an object, an unknown type or the wrong fields are each refused
//! with a [`ProtocolError`] that says which.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::protocol::protocol_error::ProtocolError;
use crate::text::suggest;

/// The longest command line taken, in bytes, its newline aside: room for the longest note
/// (10,000 characters, each escaped as a surrogate pair at worst), and a bound on what one
/// line can make the process hold.
pub const MAX_LINE_BYTES: usize = 256 * 1024;

/// The commands one kind of session takes, tagged by `type`.
pub trait CommandSet: DeserializeOwned {
    /// Every `type` the set has, in the order the documentation lists them.
    const TYPES: &'static [&'static str];
}

/// The error for a line longer than [`MAX_LINE_BYTES`].
pub fn too_long() -> ProtocolError {
    ProtocolError::new(
        "line_too_long",
        format!(
            "the line is longer than {MAX_LINE_BYTES} bytes; a command is one short JSON object"
        ),
    )
}

/// Reads one line (without its newline) as a command of `C`.
pub fn parse<C: CommandSet>(line: &[u8]) -> Result<C, ProtocolError> {
    if line.len() > MAX_LINE_BYTES {
        return Err(too_long());
    }
    let text = std::str::from_utf8(line)
        .map_err(|_| ProtocolError::new("bad_json", "the line is not UTF-8 text"))?;
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ProtocolError::new("bad_json", format!("the line is not JSON: {e}")))?;
    let Some(kind) = value.get("type").and_then(Value::as_str) else {
        return Err(ProtocolError::new(
            "bad_command",
            "a command is a JSON object with a `type`, such as {\"type\":\"back\"}",
        ));
    };
    if !C::TYPES.contains(&kind) {
        let suggestion = suggest::nearest(kind, C::TYPES.iter().copied());
        let hint = suggestion.map_or_else(
            || {
                format!(
                    "; the commands are {}",
                    suggest::list(C::TYPES.iter().copied())
                )
            },
            |s| format!("; did you mean `{s}`?"),
        );
        return Err(ProtocolError::new(
            "unknown_command",
            format!("there is no command `{}`{hint}", short(kind)),
        )
        .suggesting(suggestion));
    }
    let kind = kind.to_owned();
    serde_json::from_value(value)
        .map_err(|e| ProtocolError::new("bad_command", format!("the `{kind}` command: {e}")))
}

/// A name as a message quotes it: its first 40 characters.
fn short(name: &str) -> String {
    let mut chars = name.chars();
    let head: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_LINE_BYTES, parse};
    use crate::protocol::play_command::PlayCommand;

    #[test]
    fn every_bad_line_has_its_code() {
        let long = format!(
            r#"{{"type":"note","note":"{}"}}"#,
            "x".repeat(MAX_LINE_BYTES)
        );
        // (the line, the code, words of the message)
        let cases: [(&[u8], &str, &str); 8] = [
            (b"{", "bad_json", "not JSON"),
            (b"\xff\xfe", "bad_json", "not UTF-8"),
            (b"[1,2]", "bad_command", "with a `type`"),
            (br#"{"type":7}"#, "bad_command", "with a `type`"),
            (
                br#"{"type":"anser","choice":"x"}"#,
                "unknown_command",
                "did you mean `answer`?",
            ),
            (
                br#"{"type":"zzz"}"#,
                "unknown_command",
                "the commands are `answer`, `back`",
            ),
            (
                br#"{"type":"answer"}"#,
                "bad_command",
                "the `answer` command: missing field `choice`",
            ),
            (long.as_bytes(), "line_too_long", "longer than"),
        ];
        for (line, code, words) in cases {
            let error = parse::<PlayCommand>(line).expect_err("refused");
            assert_eq!(error.code, code, "{line:?}");
            assert!(error.message.contains(words), "{}", error.message);
        }
        let error = parse::<PlayCommand>(br#"{"type":"anser"}"#).expect_err("refused");
        assert_eq!(error.suggestion.as_deref(), Some("answer"));
        assert_eq!(
            parse::<PlayCommand>(br#"{"type":"back"}"#),
            Ok(PlayCommand::Back {})
        );
    }
}
