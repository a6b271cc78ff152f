//! Fitting text to a width: cutting a menu line short, and wrapping with hanging indents.

/// The text cut to fit one line of `width` columns, ending in `…` when cut, so that menus
/// that redraw line by line never wrap.
pub fn fit(text: &str, width: Option<usize>) -> String {
    let Some(width) = width else {
        return text.to_owned();
    };
    // Room for the menu's own marker and a margin.
    let room = width.saturating_sub(6).max(10);
    if text.chars().count() <= room {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(room - 1).collect();
    cut.push('\u{2026}');
    cut
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

#[cfg(test)]
mod tests {
    use super::wrap;

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
    fn hanging_indent() {
        assert_eq!(
            wrap("one two three four", Some(12), "1. ", "   "),
            "1. one two\n   three\n   four"
        );
        assert_eq!(wrap("one two", None, "- ", "  "), "- one two");
    }
}
