//! The interactive prompter: arrow-key menus on the terminal, via dialoguer.

use std::borrow::Cow;
use std::fmt::Write;

use dialoguer::{Confirm, Input, Select};
use stance_core::classroom::role::Role;
use stance_core::scenario::index::{ChoiceIx, QuestionIx};
use stance_core::scenario::{Question, Scenario};
use stance_core::text::printable::printable;
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap::{fit, shorten, wrap};
use stance_core::walk::prompter::{Action, Prompter};
use stance_core::walk::step::Step;
use stance_core::walk::stop::Stop;

use crate::cli::color::Painter;
use crate::terminal::width::stderr_width;
use crate::terminal::{Terminal, terminal_error};

/// Menu entries after the choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Extra {
    Background,
    Note,
    Back,
    Quit,
}

impl Extra {
    fn label(self) -> &'static str {
        match self {
            Self::Background => "(show background)",
            Self::Note => "(add a note: your own view)",
            Self::Back => "(back to the previous question)",
            Self::Quit => "(quit)",
        }
    }
}

/// Asks on the terminal (stderr for drawing, the controlling terminal for keys).
#[derive(Debug)]
pub struct InteractivePrompter {
    ui: Terminal,
    role: Role,
}

impl InteractivePrompter {
    /// A prompter drawing on stderr, coloured or not, showing what `role` may see.
    pub fn new(color: bool, role: Role) -> Self {
        Self {
            ui: Terminal::new(color),
            role,
        }
    }

    fn confirm_quit(&self) -> Result<bool, Stop> {
        Confirm::with_theme(self.ui.theme())
            .with_prompt("Quit this walk?")
            .default(false)
            .interact_on_opt(&self.ui.term)
            .map(|answer| answer.unwrap_or(false))
            .map_err(terminal_error)
    }
}

impl Prompter for InteractivePrompter {
    fn ask(
        &mut self,
        scenario: &Scenario,
        question: QuestionIx,
        available: &[ChoiceIx],
        steps: &[Step],
    ) -> Result<Action, Stop> {
        let question = &scenario.questions[question];
        let mut extras = Vec::new();
        if question.context.is_some() {
            extras.push(Extra::Background);
        }
        extras.push(Extra::Note);
        if !steps.is_empty() {
            extras.push(Extra::Back);
        }
        extras.push(Extra::Quit);
        let items: Vec<Cow<'_, str>> = available
            .iter()
            .map(|&c| Cow::Owned(fit(&printable(&question.choices[c].label), stderr_width())))
            .chain(extras.iter().map(|e| Cow::Borrowed(e.label())))
            .collect();
        let full = format!("{}. {}", steps.len() + 1, printable(&question.prompt));
        // A prompt wider than the terminal would break the menu's redrawing: show it whole
        // above, and the menu a line that fits.
        let width = stderr_width();
        let prompt = fit(&full, width);
        if prompt != full {
            self.ui.write(
                &self
                    .ui
                    .paint
                    .paint(Style::Strong, &wrap(&full, width, "", "   ")),
            )?;
        }
        if self.role.is_facilitator() {
            self.ui.write(&facilitator_view(
                scenario,
                question,
                available,
                steps,
                self.ui.paint,
            ))?;
        }
        let mut cursor = 0;
        loop {
            let picked = Select::with_theme(self.ui.theme())
                .with_prompt(&prompt)
                .items(&items)
                .default(cursor)
                .report(false)
                .interact_on_opt(&self.ui.term)
                .map_err(terminal_error)?;
            let extra = match picked {
                Some(i) if i < available.len() => {
                    let mut line = String::new();
                    let _ = self
                        .ui
                        .theme()
                        .format_select_prompt_selection(&mut line, &prompt, &items[i]);
                    self.ui.write(&line)?;
                    return Ok(Action::Choose(available[i]));
                }
                Some(i) => extras[i - available.len()],
                None => Extra::Quit,
            };
            cursor = picked.unwrap_or(cursor);
            match extra {
                Extra::Background => {
                    let context = question.context.as_deref().unwrap_or_default();
                    let context = wrap(&printable(context), stderr_width(), "  ", "  ");
                    self.ui.write(&format!("\n{context}\n"))?;
                    cursor = 0;
                }
                Extra::Note => {
                    let note: String = Input::with_theme(self.ui.theme())
                        .with_prompt("Your note on this question (Enter for none)")
                        .allow_empty(true)
                        .interact_text_on(&self.ui.term)
                        .map_err(terminal_error)?;
                    let note = note.trim();
                    if !note.is_empty() {
                        return Ok(Action::Note(note.to_owned()));
                    }
                }
                Extra::Back => return Ok(Action::Back),
                Extra::Quit => {
                    if self.confirm_quit()? {
                        return Ok(Action::Quit);
                    }
                }
            }
        }
    }
}

/// What a facilitator sees before a question: notes, discussion prompts, and what the
/// author recommends on each offered choice.
fn facilitator_view(
    scenario: &Scenario,
    question: &Question,
    available: &[ChoiceIx],
    steps: &[Step],
    paint: Painter,
) -> String {
    let answer = |q| steps.iter().find(|s| s.question == q).map(|s| s.choice);
    let width = stderr_width();
    let mut out = String::new();
    if let Some(notes) = &question.facilitator_notes {
        let _ = writeln!(
            out,
            "{}",
            paint.paint(
                Style::Muted,
                &wrap(&printable(notes), width, "  Facilitator notes: ", "    ")
            )
        );
    }
    for prompt in &question.discussion {
        let _ = writeln!(
            out,
            "{}",
            paint.paint(
                Style::Muted,
                &wrap(&printable(prompt), width, "  Discuss: ", "    ")
            )
        );
    }
    for &c in available {
        let choice = &question.choices[c];
        // What a facilitator reads aloud from: short texts, not ids.
        let adds: Vec<String> = choice
            .recommends
            .iter()
            .filter(|r| r.when.as_ref().is_none_or(|w| w.holds(&answer)))
            .map(|r| shorten(&scenario.recommendations[r.recommendation].text, 48))
            .collect();
        let adds = if adds.is_empty() {
            "adds nothing".to_owned()
        } else {
            format!("adds: {}", adds.join("; "))
        };
        let line = format!("{} \u{2192} {adds}", printable(&choice.label));
        let _ = writeln!(
            out,
            "{}",
            paint.paint(Style::Muted, &wrap(&line, width, "  ", "    "))
        );
    }
    out
}
