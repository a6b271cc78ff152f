//! Fitting text to a width: cutting a menu line short, and wrapping with hanging indents.
//! Widths are terminal columns, so that Korean, two columns a character, fits as English does.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The columns `text` takes in a terminal: one for most characters, two for East Asian
/// wide ones (Korean, Chinese, Japanese), none for combining marks.
pub fn columns(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` followed by spaces to take `width` columns: a left-aligned cell.
pub fn pad_end(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(columns(text))))
}

/// Spaces, then `text`, to take `width` columns: a right-aligned cell.
pub fn pad_start(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(columns(text))))
}

/// The longest start of `text` that takes at most `room` columns.
fn within(text: &str, room: usize) -> &str {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += UnicodeWidthChar::width(c).unwrap_or(0);
        if used > room {
            return &text[..i];
        }
    }
    text
}

/// The text cut to fit one line of `width` columns, ending in `…` when cut, so that menus
/// that redraw line by line never wrap.
pub fn fit(text: &str, width: Option<usize>) -> String {
    let Some(width) = width else {
        return text.to_owned();
    };
    // Room for the menu's own marker and a margin.
    let room = width.saturating_sub(6).max(10);
    if columns(text) <= room {
        return text.to_owned();
    }
    let mut cut = within(text, room - 1).to_owned();
    cut.push('\u{2026}');
    cut
}

/// The text cut at a word boundary to at most `max` columns, ending in `…` when cut: a
/// recommendation's text as a short label in a report's list. A first word longer than
/// `max` is cut inside.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if columns(&text) <= max {
        return text;
    }
    let room = max.saturating_sub(1).max(1);
    // One column more than the room, to see whether a word ends right at its edge.
    let cut = within(&text, room + 1);
    let head = match cut.rfind(' ') {
        Some(space) if space > 0 => &cut[..space],
        _ => within(cut, room),
    };
    let head = head.trim_end_matches([',', ';', ':', ' ']);
    format!("{head}\u{2026}")
}

/// Wraps `text` to `width` with the first line after `first` and the rest after `rest`;
/// without a width, just prefixes `first`.
pub fn wrap(text: &str, width: Option<usize>, first: &str, rest: &str) -> String {
    match width {
        Some(width) => textwrap::fill(
            text,
            textwrap::Options::new(width)
                .initial_indent(first)
                .subsequent_indent(rest),
        ),
        None => format!("{first}{text}"),
    }
}

/// A shell command's `words` after `first`, on lines of at most `width` columns broken only
/// between words, each broken line ending in ` \` and the next starting with `rest`, so
/// that a shell pasted the lines reads one command; without a width, one line. A word wider
/// than a line stays whole on a line of its own.
pub fn wrap_command(words: &[String], width: Option<usize>, first: &str, rest: &str) -> String {
    let Some(width) = width else {
        return format!("{first}{}", words.join(" "));
    };
    let columns = textwrap::core::display_width;
    let mut out = String::new();
    let mut line = first.to_owned();
    let mut empty = true;
    for (i, word) in words.iter().enumerate() {
        // Room for ` \` unless this word ends the command.
        let tail = if i + 1 == words.len() { 0 } else { 2 };
        // A first word that does not fit after the lead, but would on a line of its own,
        // starts the next line, the lead alone on its own (a wide lead, such as Korean's,
        // leaves less room).
        if i == 0
            && columns(&line) + columns(word) + tail > width
            && columns(rest) + columns(word) + tail <= width
            && !first.trim().is_empty()
        {
            out.push_str(first.trim_end());
            out.push('\n');
            line.clear();
            line.push_str(rest);
        }
        if !empty && columns(&line) + 1 + columns(word) + tail > width {
            out.push_str(&line);
            out.push_str(" \\\n");
            line.clear();
            line.push_str(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn cells_are_padded_in_columns() {
        for (text, width, end, start) in [
            ("paths", 7, "paths  ", "  paths"),
            ("경로", 7, "경로   ", "   경로"),
            ("toolong", 3, "toolong", "toolong"),
        ] {
            assert_eq!(super::pad_end(text, width), end);
            assert_eq!(super::pad_start(text, width), start);
        }
    }

    #[test]
    fn fitting() {
        assert_eq!(super::fit("short", Some(80)), "short");
        assert_eq!(
            super::fit("x".repeat(100).as_str(), Some(40))
                .chars()
                .count(),
            34
        );
        assert!(super::fit("x".repeat(100).as_str(), Some(40)).ends_with('\u{2026}'));
        assert_eq!(super::fit("long text", None), "long text");
    }

    #[test]
    fn shortening() {
        let cases = [
            ("Short enough.", 20, "Short enough."),
            (
                "Respond to the challenges broadly",
                20,
                "Respond to the\u{2026}",
            ),
            ("Keep it, whatever happens", 10, "Keep it\u{2026}"),
            ("Unbreakableword here", 5, "Unbr\u{2026}"),
            ("  spaced\n  out  ", 20, "spaced out"),
            // Korean takes two columns a character.
            ("한미동맹을 올바른 궤도로", 12, "한미동맹을\u{2026}"),
            ("동맹동맹동맹동맹", 9, "동맹동맹\u{2026}"),
        ];
        for (text, max, expected) in cases {
            assert_eq!(super::shorten(text, max), expected, "{text}");
            assert!(super::columns(&super::shorten(text, max)) <= max);
        }
    }

    #[test]
    fn a_menu_line_fits_its_columns_whatever_the_script() {
        let korean = "가".repeat(40);
        let fitted = super::fit(&korean, Some(40));
        assert!(super::columns(&fitted) <= 34, "{fitted}");
        assert!(fitted.ends_with('\u{2026}'));
        assert_eq!(super::fit("short", Some(40)), "short");
        // Wrapping counts columns too: 20 Korean characters are 40 columns.
        let wrapped = wrap(&"가나 ".repeat(10), Some(20), "", "");
        assert!(
            wrapped.lines().all(|l| super::columns(l) <= 20),
            "{wrapped}"
        );
    }

    #[test]
    fn commands_break_between_words() {
        let words: Vec<String> = ["stance play x", "--answer a=b", "--answer cc=dd"]
            .map(str::to_owned)
            .into();
        assert_eq!(
            super::wrap_command(&words, None, "Run: ", "  "),
            "Run: stance play x --answer a=b --answer cc=dd"
        );
        assert_eq!(
            super::wrap_command(&words, Some(34), "Run: ", "  "),
            "Run: stance play x --answer a=b \\\n  --answer cc=dd"
        );
        // The last word needs no room for a continuation.
        assert_eq!(
            super::wrap_command(&words, Some(46), "Run: ", "  "),
            "Run: stance play x --answer a=b --answer cc=dd"
        );
        // A lead and a first word too wide for one line are put on two.
        assert_eq!(
            super::wrap_command(&words, Some(20), "다시 실행: ", "  "),
            "다시 실행:\n  stance play x \\\n  --answer a=b \\\n  --answer cc=dd"
        );
        // A word wider than the line is kept whole.
        assert_eq!(
            super::wrap_command(&words, Some(8), "Run: ", "  "),
            "Run: stance play x \\\n  --answer a=b \\\n  --answer cc=dd"
        );
    }

    #[test]
    fn hanging_indent() {
        assert_eq!(
            wrap("one two three four", Some(12), "1. ", "   "),
            "1. one two\n   three\n   four"
        );
        assert_eq!(wrap("one two", None, "- ", "  "), "- one two");
    }
}
