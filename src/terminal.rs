//! The terminal the interactive modes draw on: standard error, a theme, and what a failed
//! read or write becomes.

use std::fmt::Write;

use colored::Colorize;
use console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use crate::error::Error;
use crate::layout::{stderr_width, wrap};
use crate::printable::printable;
use crate::scenario::Scenario;
use crate::walk::Step;

/// Standard error with the menu theme chosen by the colour decision.
pub struct Terminal {
    /// Where menus are drawn; keys come from the controlling terminal.
    pub term: Term,
    theme: Box<dyn Theme>,
}

impl std::fmt::Debug for Terminal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Terminal").finish_non_exhaustive()
    }
}

impl Terminal {
    /// Standard error, with coloured menus or plain ones.
    pub fn new(color: bool) -> Self {
        let theme: Box<dyn Theme> = if color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Self {
            term: Term::stderr(),
            theme,
        }
    }

    /// The menu theme.
    pub fn theme(&self) -> &dyn Theme {
        self.theme.as_ref()
    }

    /// Writes a line.
    pub fn write(&self, text: &str) -> Result<(), Error> {
        self.term
            .write_line(text)
            .map_err(|e| Error::Terminal(e.to_string()))
    }
}

/// A situation for the terminal: each question, and the answer under it.
pub fn situation_lines(scenario: &Scenario, path: &[Step]) -> String {
    let width = stderr_width();
    let mut out = String::new();
    for step in path {
        let question = &scenario.questions[step.question];
        let _ = writeln!(
            out,
            "{}",
            wrap(&printable(&question.prompt), width, "  ", "  ")
        );
        let label = &question.choices[step.choice].label;
        let answer = wrap(&printable(label), width, "    \u{2192} ", "      ");
        let _ = writeln!(out, "{}", answer.cyan());
    }
    out
}

/// Ctrl-C surfaces as an interrupted read (console raises SIGINT too, which the handler in
/// `command` answers the same way); a menu hides the cursor and does not show it again on
/// error, so show it here.
pub fn terminal_error(error: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(error) = error;
    let _ = Term::stderr().show_cursor();
    if error.kind() == std::io::ErrorKind::Interrupted {
        Error::Interrupted
    } else {
        Error::Terminal(error.to_string())
    }
}
