//! The terminal the interactive modes draw on: standard error, a theme, and what a failed
//! read or write becomes.

pub mod interactive_coach;
pub mod interactive_examiner;
pub mod interactive_prompter;
pub mod menu_theme;
pub mod plain_coach;
pub mod plain_examiner;
pub mod plain_lines;
pub mod plain_prompter;
pub mod width;

use std::cell::Cell;
use std::fmt::Write;

use console::{Term, measure_text_width};
use dialoguer::theme::{ColorfulTheme, Theme};
use stance_core::scenario::Scenario;
use stance_core::text::messages::Messages;
use stance_core::text::printable::printable;
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap::wrap;
use stance_core::walk::step::Step;
use stance_core::walk::stop::Stop;

use crate::cli::color::Painter;
use crate::terminal::menu_theme::MenuTheme;
use crate::terminal::width::stderr_width;

/// What marks an answer once taken.
pub const ANSWERED: &str = "\u{2714}";

/// What marks an answer that going back took back, before the word that says so.
pub const UNDONE: &str = "\u{2718}";

/// Between a question and its answer on one line: the no-break space keeps the dot on the
/// question's line when the line wraps.
pub const BETWEEN: &str = "\u{a0}\u{b7} ";

/// Standard error with the menu theme chosen by the colour decision.
pub struct Terminal {
    /// Where menus are drawn; keys come from the controlling terminal.
    pub term: Term,
    /// What paints the text drawn around the menus.
    pub paint: Painter,
    theme: MenuTheme,
    /// The rows written through [`Terminal::write`] so far, wrapped lines counted as the
    /// terminal shows them: where to move back to, to clear what is no longer current.
    row: Cell<usize>,
}

impl std::fmt::Debug for Terminal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Terminal").finish_non_exhaustive()
    }
}

impl Terminal {
    /// Standard error, with coloured menus or plain ones, their yes and no in the words of
    /// `messages`.
    pub fn new(color: bool, messages: Messages) -> Self {
        let theme = MenuTheme::new(color.then(colorful), messages);
        Self {
            term: Term::stderr(),
            paint: Painter::new(color),
            theme,
            row: Cell::new(0),
        }
    }

    /// The menu theme.
    pub fn theme(&self) -> &dyn Theme {
        &self.theme
    }

    /// Writes a line.
    pub fn write(&self, text: &str) -> Result<(), Stop> {
        self.term.write_line(text).map_err(io_stop)?;
        self.row.set(self.row.get() + self.rows(text));
        Ok(())
    }

    /// Writes text that the next key read edits, leaving the cursor at its end.
    pub fn write_partial(&self, text: &str) -> Result<(), Stop> {
        self.term.write_str(text).map_err(io_stop)?;
        self.term.flush().map_err(io_stop)?;
        self.row.set(self.row.get() + self.rows(text) - 1);
        Ok(())
    }

    /// Where the next line goes, to clear back to with [`Terminal::clear_to`]. The menus,
    /// asked not to report, leave the cursor where they began; nothing else writes while
    /// a mark is kept.
    pub fn mark(&self) -> usize {
        self.row.get()
    }

    /// Clears everything from `mark` on, the cursor put there; `false`, and nothing done,
    /// when that row has scrolled off the screen.
    pub fn clear_to(&self, mark: usize) -> Result<bool, Stop> {
        let up = self.row.get().saturating_sub(mark);
        if up >= usize::from(self.term.size().0) {
            return Ok(false);
        }
        self.term.move_cursor_up(up).map_err(io_stop)?;
        self.term.clear_to_end_of_screen().map_err(io_stop)?;
        self.row.set(mark);
        Ok(true)
    }

    /// The rows `text` takes on the screen, a line wider than it taking more than one.
    fn rows(&self, text: &str) -> usize {
        let columns = usize::from(self.term.size().1).max(1);
        text.split('\n')
            .map(|line| measure_text_width(line).div_ceil(columns).max(1))
            .sum()
    }

    /// `body` after `marker`, wrapped, each line's text painted `style`: a line that
    /// reports an answer.
    pub fn marked(
        &self,
        (marker, marker_style): (&str, Style),
        body: &str,
        style: Option<Style>,
    ) -> String {
        let first = " ".repeat(measure_text_width(marker) + 1);
        let rest = "  ";
        let wrapped = wrap(body, stderr_width(), &first, rest);
        let mut out = String::new();
        for (i, line) in wrapped.lines().enumerate() {
            let indent = if i == 0 { first.as_str() } else { rest };
            let text = line.strip_prefix(indent).unwrap_or(line);
            let text = style.map_or_else(|| text.to_owned(), |style| self.paint.paint(style, text));
            if i == 0 {
                let _ = write!(out, "{} {text}", self.paint.paint(marker_style, marker));
            } else {
                let _ = write!(out, "\n{rest}{text}");
            }
        }
        out
    }
}

/// The keys the menus take, shown before the first of them, dimmed and wrapped to the
/// terminal like every other line.
pub fn key_hint(paint: Painter, messages: Messages) -> String {
    let hint = wrap(&messages.text("menu-key-hint"), stderr_width(), "", "");
    paint.paint(Style::Muted, &hint)
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

/// A failed read or write of the terminal, as [`terminal_error`] says.
pub fn io_stop(error: std::io::Error) -> Stop {
    terminal_error(dialoguer::Error::IO(error))
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
