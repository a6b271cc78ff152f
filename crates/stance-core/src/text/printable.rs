//! The one neutraliser: what a text from a scenario, a record, a file name or an argument
//! becomes before it reaches a person's screen or a document meant for people.
//!
//! Control characters (except newline and tab) become `U+FFFD`, so that no text can move the
//! cursor, clear the screen or retitle the window. Characters that are not seen but change
//! how the text around them is shown (bidirectional controls, zero-width characters, line and
//! paragraph separators, a byte-order mark inside text, tag characters) are named visibly as
//! `<U+202E>`, so that no text can reorder what a reviewer reads (Trojan Source) or hide
//! words from them.

use std::borrow::Cow;
use std::fmt::Write;

/// The symbol that stands for a line break in a text kept on one line.
pub const LINE_BREAK: char = '\u{23ce}';

/// How one character is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// As itself.
    Kept(char),
    /// As `U+FFFD`: a control character.
    Replaced,
    /// By its code point, `<U+202E>`: an invisible character that changes the text around it.
    Named(char),
}

/// How `c` is shown; newline and tab are kept, for the caller to place.
pub fn show(c: char) -> Shown {
    if is_invisible(c) {
        Shown::Named(c)
    } else if c.is_control() && c != '\n' && c != '\t' {
        Shown::Replaced
    } else {
        Shown::Kept(c)
    }
}

/// Whether `c` is invisible and changes how the text around it is shown: the bidirectional
/// controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), zero-width and other
/// invisible characters (U+00AD, U+180E, U+200B–U+200D, U+2060–U+2064, U+FEFF), the line
/// and paragraph separators (U+2028–U+2029) and the tag characters (U+E0000–U+E007F).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
            | '\u{e0000}'..='\u{e007f}'
    )
}

/// Appends how `c` is shown to `out`; newline and tab as themselves.
pub fn push_shown(out: &mut String, c: char) {
    match show(c) {
        Shown::Kept(c) => out.push(c),
        Shown::Replaced => out.push('\u{fffd}'),
        Shown::Named(c) => {
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
        }
    }
}

/// The text as it may be shown: control characters but newline and tab become `U+FFFD`,
/// invisible characters are named (`<U+202E>`).
pub fn printable(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| matches!(show(c), Shown::Kept(_))) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_shown(&mut out, c);
    }
    Cow::Owned(out)
}

/// The text as [`printable`] shows it, a tab shown as `U+FFFD` too: for a format in which a
/// tab is not whitespace, such as a graph's label or comment.
pub fn printable_in_label(text: &str) -> Cow<'_, str> {
    match printable(text) {
        Cow::Borrowed(text) if !text.contains('\t') => Cow::Borrowed(text),
        shown => Cow::Owned(shown.replace('\t', "\u{fffd}")),
    }
}

/// The text as [`printable`] shows it, on one line: each line break becomes `⏎`, so that a
/// name or a note from a record cannot start a line of its own in a report.
pub fn one_line(text: &str) -> Cow<'_, str> {
    let shown = printable(text);
    if !shown.contains('\n') {
        return shown;
    }
    Cow::Owned(
        shown
            .chars()
            .map(|c| if c == '\n' { LINE_BREAK } else { c })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::{one_line, printable};

    #[test]
    fn neutralises_and_names() {
        let cases = [
            ("plain\ttext\n", "plain\ttext\n"),
            ("a\u{1b}]0;title\u{7}b", "a\u{fffd}]0;title\u{fffd}b"),
            ("\u{9b}2J", "\u{fffd}2J"),
            ("\r", "\u{fffd}"),
            // Trojan Source: the reordering is named, not applied.
            (
                "access\u{202e} \u{2066}// admin\u{2069}",
                "access<U+202E> <U+2066>// admin<U+2069>",
            ),
            ("zero\u{200b}width\u{feff}", "zero<U+200B>width<U+FEFF>"),
            ("tag\u{e0041}", "tag<U+E0041>"),
            ("line\u{2028}sep", "line<U+2028>sep"),
            ("한국어 텍스트", "한국어 텍스트"),
        ];
        for (text, shown) in cases {
            assert_eq!(printable(text), shown, "{text:?}");
        }
    }

    #[test]
    fn keeps_one_line() {
        let cases = [
            ("Eve", "Eve"),
            ("Eve\n- Mallory", "Eve\u{23ce}- Mallory"),
            ("a\r\nb", "a\u{fffd}\u{23ce}b"),
            ("trailing\n", "trailing\u{23ce}"),
            ("e\u{1b}[2Jx\u{202e}", "e\u{fffd}[2Jx<U+202E>"),
        ];
        for (text, shown) in cases {
            assert_eq!(one_line(text), shown, "{text:?}");
        }
    }
}
