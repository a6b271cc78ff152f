//! Fitting text to the terminal: the width to wrap at, and wrapping with hanging indents.

use std::io::IsTerminal;

/// The widest a wrapped line gets, even on a wide terminal, for readability.
const MAX_WIDTH: usize = 100;

/// The width to wrap stdout at: the terminal's (at most 100 columns), or `None` when stdout
/// is not a terminal, so that pipes and files get one line per paragraph.
pub fn stdout_width() -> Option<usize> {
    std::io::stdout()
        .is_terminal()
        .then(|| width_of(&console::Term::stdout()))
}

/// The width to wrap stderr at, where prompts and background are drawn.
pub fn stderr_width() -> Option<usize> {
    std::io::stderr()
        .is_terminal()
        .then(|| width_of(&console::Term::stderr()))
}

fn width_of(term: &console::Term) -> usize {
    usize::from(term.size().1).clamp(40, MAX_WIDTH)
}

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
