//! Neutralising control characters in scenario text bound for a terminal.

use std::borrow::Cow;

/// The text with every control character except newline and tab replaced by `U+FFFD`, so
/// that a scenario cannot move the cursor, clear the screen or retitle the window.
pub fn printable(text: &str) -> Cow<'_, str> {
    if text
        .chars()
        .all(|c| !c.is_control() || c == '\n' || c == '\t')
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if c.is_control() && c != '\n' && c != '\t' {
                    '\u{fffd}'
                } else {
                    c
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn strips_escapes() {
        assert_eq!(printable("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(
            printable("a\u{1b}]0;title\u{7}b"),
            "a\u{fffd}]0;title\u{fffd}b"
        );
        assert_eq!(printable("\u{9b}2J"), "\u{fffd}2J");
    }
}
