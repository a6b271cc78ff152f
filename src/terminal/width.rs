//! The width a terminal front end wraps at: the terminal's, or none for a pipe or file.

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
