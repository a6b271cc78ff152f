//! The interactive prompter: arrow-key menus on the terminal, via dialoguer.

use std::collections::HashMap;
use std::fmt::Write;

use console::Key;
use dialoguer::{Confirm, Select};
use stance_core::classroom::role::Role;
use stance_core::scenario::index::{ChoiceIx, QuestionIx};
use stance_core::scenario::{Question, Scenario};
use stance_core::text::citation;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::printable::{one_line, printable};
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap::{fit, shorten, wrap};
use stance_core::walk::prompter::{Action, Prompter};
use stance_core::walk::step::Step;
use stance_core::walk::stop::Stop;

use crate::cli::color::Painter;
use crate::terminal::width::stderr_width;
use crate::terminal::{ANSWERED, BETWEEN, Terminal, UNDONE, io_stop, terminal_error};

/// Menu entries after the choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Extra {
    Background,
    Note,
    Back,
    Quit,
}

impl Extra {
    fn label(self, messages: Messages) -> String {
        messages.text(match self {
            Self::Background => "menu-background",
            Self::Note => "menu-note",
            Self::Back => "menu-back",
            Self::Quit => "menu-quit",
        })
    }
}

/// Asks on the terminal (stderr for drawing, the controlling terminal for keys).
///
/// Each question is drawn in full above its menu, and once answered is replaced by one
/// line that confirms the answer; going back replaces that line with one that says the
/// answer is undone.
#[derive(Debug)]
pub struct InteractivePrompter {
    ui: Terminal,
    role: Role,
    /// stance's own words, in the interface's language.
    messages: Messages,
    /// For each answer still standing, the number of steps it made and the row its line
    /// starts on.
    confirmed: Vec<(usize, usize)>,
    /// The notes taken here, shown with their question.
    notes: HashMap<QuestionIx, String>,
}

impl InteractivePrompter {
    /// A prompter drawing on stderr, coloured or not, showing what `role` may see, in the
    /// words of `messages`.
    pub fn new(color: bool, role: Role, messages: Messages) -> Self {
        Self {
            ui: Terminal::new(color, messages),
            role,
            messages,
            confirmed: Vec::new(),
            notes: HashMap::new(),
        }
    }

    fn confirm_quit(&self) -> Result<bool, Stop> {
        // Not reported: a walk that goes on leaves no trace of the question.
        Confirm::with_theme(self.ui.theme())
            .with_prompt(self.messages.text("menu-quit-confirm"))
            .default(false)
            .report(false)
            .interact_on_opt(&self.ui.term)
            .map(|answer| answer.unwrap_or(false))
            .map_err(terminal_error)
    }

    /// The note taken on `question`, if any, as its line.
    fn note_line(&self, question: QuestionIx) -> Option<String> {
        let note = self.notes.get(&question)?;
        let label = self.messages.text_with(
            "stance-your-note",
            &[("note", Arg::from(one_line(note).into_owned()))],
        );
        let note = wrap(&label, stderr_width(), "  ", "    ");
        Some(self.ui.paint.paint(Style::Note, &note))
    }

    /// A note typed on one line that wraps as it grows, at word breaks like every other
    /// line; Enter takes it, Esc gives it up.
    fn read_note(&self) -> Result<String, Stop> {
        let start = self.ui.mark();
        // A column short of the edge, so that the cursor never waits past it to wrap.
        let width = stderr_width().map(|w| w - 1);
        let prompt = self.messages.text("menu-note-prompt");
        let mut note = String::new();
        loop {
            let typed = printable(&note);
            let mut shown = wrap(&format!("{prompt} {typed}"), width, "", "  ");
            if note.ends_with(' ') && !shown.ends_with(' ') {
                shown.push(' ');
            }
            let shown = match shown.strip_prefix(prompt.as_str()) {
                Some(rest) => format!("{}{rest}", self.ui.paint.paint(Style::Strong, &prompt)),
                None => shown,
            };
            self.ui.write_partial(&shown)?;
            let key = self.ui.term.read_key().map_err(io_stop)?;
            self.ui.clear_to(start)?;
            match key {
                Key::Enter => return Ok(note),
                Key::Escape => return Ok(String::new()),
                Key::Backspace => {
                    note.pop();
                }
                Key::Char(c) if !c.is_control() => note.push(c),
                _ => {}
            }
        }
    }

    /// Takes back the last of `steps`: its line, and all under it, cleared when still on
    /// the screen (else the current question's), then a line that says it is undone.
    fn undo(&mut self, scenario: &Scenario, steps: &[Step], start: usize) -> Result<(), Stop> {
        let Some(step) = steps.last() else {
            return Ok(());
        };
        let number = steps.len();
        let row = self
            .confirmed
            .iter()
            .find(|&&(n, _)| n == number)
            .map(|&(_, row)| row);
        self.confirmed.retain(|&(n, _)| n < number);
        let cleared = match row {
            Some(row) => self.ui.clear_to(row)?,
            None => false,
        };
        if !cleared {
            self.ui.clear_to(start)?;
        }
        let question = &scenario.questions[step.question];
        let undone = format!("{UNDONE} {}", self.messages.text("menu-undone"));
        let body = format!(
            "{number}. {}{BETWEEN}{}",
            printable(&question.prompt),
            printable(&question.choices[step.choice].label)
        );
        self.ui.write(
            &self
                .ui
                .marked((&undone, Style::Removed), &body, Some(Style::Undone)),
        )
    }
}

impl Prompter for InteractivePrompter {
    fn ask(
        &mut self,
        scenario: &Scenario,
        question_ix: QuestionIx,
        available: &[ChoiceIx],
        steps: &[Step],
    ) -> Result<Action, Stop> {
        let question = &scenario.questions[question_ix];
        let mut extras = Vec::new();
        if question.context.is_some() || !question.cites.is_empty() {
            extras.push(Extra::Background);
        }
        extras.push(Extra::Note);
        if !steps.is_empty() {
            extras.push(Extra::Back);
        }
        extras.push(Extra::Quit);
        let width = stderr_width();
        // Menu lines that fit: a line the terminal wrapped would break the menu's redrawing.
        let items: Vec<String> = available
            .iter()
            .map(|&c| fit(&printable(&question.choices[c].label), width))
            .chain(extras.iter().map(|e| e.label(self.messages)))
            .collect();
        let full = format!("{}. {}", steps.len() + 1, printable(&question.prompt));
        let start = self.ui.mark();
        // The question in full above a menu of its own, not as the menu's prompt, which
        // would have to be cut to one line.
        self.ui.write(
            &self
                .ui
                .paint
                .paint(Style::Strong, &wrap(&full, width, "", "   ")),
        )?;
        if let Some(line) = self.note_line(question_ix) {
            self.ui.write(&line)?;
        }
        if self.role.is_facilitator() {
            self.ui.write(&facilitator_view(
                scenario,
                question,
                available,
                steps,
                self.ui.paint,
                self.messages,
            ))?;
        }
        let mut cursor = 0;
        loop {
            let picked = Select::with_theme(self.ui.theme())
                .items(&items)
                .default(cursor)
                .report(false)
                .interact_on_opt(&self.ui.term)
                .map_err(terminal_error)?;
            let extra = match picked {
                Some(i) if i < available.len() => {
                    let choice = available[i];
                    self.ui.clear_to(start)?;
                    let row = self.ui.mark();
                    let label = printable(&question.choices[choice].label);
                    let body = format!("{full}{BETWEEN}{label}");
                    self.ui
                        .write(&self.ui.marked((ANSWERED, Style::Success), &body, None))?;
                    if let Some(line) = self.note_line(question_ix) {
                        self.ui.write(&line)?;
                    }
                    self.confirmed.push((steps.len() + 1, row));
                    return Ok(Action::Choose(choice));
                }
                Some(i) => extras[i - available.len()],
                None => Extra::Quit,
            };
            cursor = picked.unwrap_or(cursor);
            match extra {
                Extra::Background => {
                    let mut shown = String::from("\n");
                    if let Some(context) = &question.context {
                        let _ = writeln!(shown, "{}", wrap(&printable(context), width, "  ", "  "));
                    }
                    // Where the essay grounds the question, quieter than the background.
                    for cite in &question.cites {
                        let line = citation::of(cite, self.messages);
                        let line = wrap(&printable(&line), width, "  ", "    ");
                        let _ = writeln!(shown, "{}", self.ui.paint.paint(Style::Muted, &line));
                    }
                    self.ui.write(&shown)?;
                    cursor = 0;
                }
                Extra::Note => {
                    let note = self.read_note()?;
                    let note = note.trim();
                    if !note.is_empty() {
                        // Asked again, the question is drawn anew with the note under it.
                        self.ui.clear_to(start)?;
                        self.notes.insert(question_ix, note.to_owned());
                        return Ok(Action::Note(note.to_owned()));
                    }
                }
                Extra::Back => {
                    self.undo(scenario, steps, start)?;
                    return Ok(Action::Back);
                }
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
    messages: Messages,
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
                &wrap(
                    &messages.text_with(
                        "menu-facilitator-notes",
                        &[("notes", Arg::from(printable(notes).into_owned()))]
                    ),
                    width,
                    "  ",
                    "    "
                )
            )
        );
    }
    for prompt in &question.discussion {
        let _ = writeln!(
            out,
            "{}",
            paint.paint(
                Style::Muted,
                &wrap(
                    &messages.text_with(
                        "menu-discuss",
                        &[("prompt", Arg::from(printable(prompt).into_owned()))]
                    ),
                    width,
                    "  ",
                    "    "
                )
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
            messages.text("menu-adds-nothing")
        } else {
            messages.text_with("menu-adds", &[("adds", Arg::from(adds.join("; ")))])
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
