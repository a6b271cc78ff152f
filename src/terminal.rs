//! The terminal the interactive modes draw on: standard error, a theme, and what a failed
//! read or write becomes.

pub mod interactive_coach;
pub mod interactive_examiner;
pub mod interactive_prompter;
pub mod width;

use std::fmt::Write;

use console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use stance_core::scenario::Scenario;
use stance_core::text::printable::printable;
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap::wrap;
use stance_core::walk::step::Step;
use stance_core::walk::stop::Stop;

use crate::cli::color::Painter;
use crate::terminal::width::stderr_width;

/// Standard error with the menu theme chosen by the colour decision.
pub struct Terminal {
    /// Where menus are drawn; keys come from the controlling terminal.
    pub term: Term,
    /// What paints the text drawn around the menus.
    pub paint: Painter,
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
            Box::new(colorful())
        } else {
            Box::new(SimpleTheme)
        };
        Self {
            term: Term::stderr(),
            paint: Painter::new(color),
            theme,
        }
    }

    /// The menu theme.
    pub fn theme(&self) -> &dyn Theme {
        self.theme.as_ref()
    }

    /// Writes a line.
    pub fn write(&self, text: &str) -> Result<(), Stop> {
        self.term
            .write_line(text)
            .map_err(|e| Stop::Failed(e.to_string()))
    }
}

/// A situation for the terminal: each question, and the answer under it.
pub fn situation_lines(scenario: &Scenario, path: &[Step], paint: Painter) -> String {
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
        let _ = writeln!(out, "{}", paint.paint(Style::Answer, &answer));
    }
    out
}

/// Ctrl-C surfaces as an interrupted read (console raises SIGINT too, which the handler in
/// `command` answers the same way); a menu hides the cursor and does not show it again on
/// error, so show it here.
pub fn terminal_error(error: dialoguer::Error) -> Stop {
    let dialoguer::Error::IO(error) = error;
    let _ = Term::stderr().show_cursor();
    if error.kind() == std::io::ErrorKind::Interrupted {
        Stop::Interrupted
    } else {
        Stop::Failed(error.to_string())
    }
}

/// dialoguer's colourful theme, painting whatever console would guess of the terminal: the
/// colour decision was made once, and this theme is chosen only when it says yes.
fn colorful() -> ColorfulTheme {
    let theme = ColorfulTheme::default();
    ColorfulTheme {
        defaults_style: theme.defaults_style.force_styling(true),
        prompt_style: theme.prompt_style.force_styling(true),
        prompt_prefix: theme.prompt_prefix.force_styling(true),
        prompt_suffix: theme.prompt_suffix.force_styling(true),
        success_prefix: theme.success_prefix.force_styling(true),
        success_suffix: theme.success_suffix.force_styling(true),
        error_prefix: theme.error_prefix.force_styling(true),
        error_style: theme.error_style.force_styling(true),
        hint_style: theme.hint_style.force_styling(true),
        values_style: theme.values_style.force_styling(true),
        active_item_style: theme.active_item_style.force_styling(true),
        inactive_item_style: theme.inactive_item_style.force_styling(true),
        active_item_prefix: theme.active_item_prefix.force_styling(true),
        inactive_item_prefix: theme.inactive_item_prefix.force_styling(true),
        checked_item_prefix: theme.checked_item_prefix.force_styling(true),
        unchecked_item_prefix: theme.unchecked_item_prefix.force_styling(true),
        picked_item_prefix: theme.picked_item_prefix.force_styling(true),
        unpicked_item_prefix: theme.unpicked_item_prefix.force_styling(true),
    }
}
