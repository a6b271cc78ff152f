//! The interactive quiz: items as arrow-key menus, feedback after each pick.

use std::fmt::Write;

use dialoguer::{Confirm, Select};
use stance_core::classroom::examiner::Examiner;
use stance_core::classroom::quiz_items::{Item, Situation};
use stance_core::classroom::role::Role;
use stance_core::scenario::Scenario;
use stance_core::scenario::index::RecommendationIx;
use stance_core::text::citation;
use stance_core::text::printable::printable;
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap::{fit, wrap};
use stance_core::walk::stop::Stop;

use crate::terminal::width::stderr_width;
use crate::terminal::{Terminal, situation_lines, terminal_error};

/// Asks quiz items on the terminal (stderr for drawing, the controlling terminal for keys).
#[derive(Debug)]
pub struct InteractiveExaminer {
    ui: Terminal,
    role: Role,
}

impl InteractiveExaminer {
    /// An examiner drawing on stderr; a facilitator sees the answer marked.
    pub fn new(color: bool, role: Role) -> Self {
        Self {
            ui: Terminal::new(color),
            role,
        }
    }
}

impl Examiner for InteractiveExaminer {
    fn situation(
        &mut self,
        scenario: &Scenario,
        number: usize,
        total: usize,
        situation: &Situation,
    ) -> Result<(), Stop> {
        let mut out = format!(
            "\n{}\n",
            self.ui
                .paint
                .paint(Style::Strong, &format!("Situation {number} of {total}"))
        );
        out.push_str(&situation_lines(scenario, &situation.path, self.ui.paint));
        self.ui.write(&out)
    }

    fn ask(
        &mut self,
        scenario: &Scenario,
        situation: &Situation,
        item: &Item,
        number: usize,
    ) -> Result<Option<RecommendationIx>, Stop> {
        let about = wrap(
            &printable(&item.about(scenario, &situation.path)),
            stderr_width(),
            "\n  Given: ",
            "    ",
        );
        self.ui.write(&self.ui.paint.paint(Style::Strong, &about))?;
        // The options in full, then a menu of lines that fit the terminal.
        let width = stderr_width();
        let mut full = String::new();
        let mut items: Vec<String> = Vec::with_capacity(item.options.len());
        for (i, &r) in item.options.iter().enumerate() {
            let letter = char::from(b'a' + u8::try_from(i).unwrap_or(25));
            let mut text = printable(&scenario.recommendations[r].text).into_owned();
            if self.role.is_facilitator() && r == item.answer {
                text.push_str(" (the author's)");
            }
            let _ = writeln!(
                full,
                "{}",
                wrap(&text, width, &format!("  {letter}) "), "     ")
            );
            items.push(fit(&format!("{letter}) {text}"), width));
        }
        self.ui.write(&full)?;
        let prompt = format!("{number}. Which response does the author recommend?");
        loop {
            let picked = Select::with_theme(self.ui.theme())
                .with_prompt(&prompt)
                .items(&items)
                .default(0)
                .interact_on_opt(&self.ui.term)
                .map_err(terminal_error)?;
            if let Some(i) = picked {
                return Ok(Some(item.options[i]));
            }
            let quit = Confirm::with_theme(self.ui.theme())
                .with_prompt("Stop the quiz?")
                .default(false)
                .interact_on_opt(&self.ui.term)
                .map_err(terminal_error)?
                .unwrap_or(false);
            if quit {
                return Err(Stop::Quit);
            }
        }
    }

    fn feedback(
        &mut self,
        scenario: &Scenario,
        item: &Item,
        picked: Option<RecommendationIx>,
    ) -> Result<(), Stop> {
        let answer = &scenario.recommendations[item.answer];
        let width = stderr_width();
        let mut out = String::new();
        if picked == Some(item.answer) {
            let _ = writeln!(out, "  {}", self.ui.paint.paint(Style::Success, "Right."));
        } else {
            let _ = writeln!(
                out,
                "  {}",
                self.ui
                    .paint
                    .paint(Style::Failure, "Not quite. The author recommends:")
            );
            let _ = writeln!(
                out,
                "{}",
                wrap(&printable(&answer.text), width, "    ", "    ")
            );
        }
        let why = format!("Why: {}", answer.rationale);
        let _ = writeln!(
            out,
            "{}",
            self.ui
                .paint
                .paint(Style::Muted, &wrap(&printable(&why), width, "    ", "    "))
        );
        for cite in &answer.cites {
            let cite = citation::cite(cite.paragraph, &cite.quote);
            let _ = writeln!(
                out,
                "{}",
                self.ui.paint.paint(
                    Style::Citation,
                    &wrap(&printable(&cite), width, "    ", "      ")
                )
            );
        }
        self.ui.write(&out)
    }
}
