//! The interactive quiz: items as arrow-key menus, feedback after each pick.

use std::fmt::Write;

use dialoguer::{Confirm, Select};
use stance_core::classroom::examiner::Examiner;
use stance_core::classroom::quiz_items::{Item, Situation};
use stance_core::classroom::role::Role;
use stance_core::scenario::Scenario;
use stance_core::scenario::index::RecommendationIx;
use stance_core::text::citation;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::printable::printable;
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap::{columns, fit, shorten, wrap};
use stance_core::walk::step::Step;
use stance_core::walk::stop::Stop;

use crate::terminal::width::stderr_width;
use crate::terminal::{ANSWERED, BETWEEN, Terminal, situation_lines, terminal_error};

/// Asks quiz items on the terminal (stderr for drawing, the controlling terminal for keys).
#[derive(Debug)]
pub struct InteractiveExaminer {
    ui: Terminal,
    role: Role,
    /// stance's own words, in the interface's language.
    messages: Messages,
    /// The number of the situation shown last, for the reminder with each item.
    situation: usize,
}

impl InteractiveExaminer {
    /// An examiner drawing on stderr, in the words of `messages`; a facilitator sees the
    /// answer marked.
    pub fn new(color: bool, role: Role, messages: Messages) -> Self {
        Self {
            ui: Terminal::new(color, messages),
            role,
            messages,
            situation: 1,
        }
    }
}

/// The situation on one line, its answers cut to share the width: the situation itself
/// has scrolled away by the later items.
fn reminder(
    scenario: &Scenario,
    (number, path): (usize, &[Step]),
    width: Option<usize>,
    messages: Messages,
) -> String {
    let lead = format!(
        "  {} ",
        messages.text_with("quiz-in-situation", &[("number", Arg::from(number))])
    );
    let labels: Vec<String> = path
        .iter()
        .map(|step| {
            let question = &scenario.questions[step.question];
            printable(&question.choices[step.choice].label).into_owned()
        })
        .collect();
    let separator = " \u{b7} ";
    let Some(width) = width else {
        return format!("{lead}{}", labels.join(separator));
    };
    let room =
        width.saturating_sub(columns(&lead) + columns(separator) * labels.len().saturating_sub(1));
    // Shorter answers are kept whole, and leave their share to the longer ones.
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by_key(|&i| columns(&labels[i]));
    let mut shares = vec![0; labels.len()];
    let mut left = room;
    for (k, &i) in order.iter().enumerate() {
        let share = (left / (labels.len() - k)).min(columns(&labels[i]));
        shares[i] = share;
        left -= share;
    }
    let short: Vec<String> = labels
        .iter()
        .zip(shares)
        .map(|(label, share)| shorten(label, share.max(2)))
        .collect();
    format!("{lead}{}", short.join(separator))
}

impl Examiner for InteractiveExaminer {
    fn situation(
        &mut self,
        scenario: &Scenario,
        number: usize,
        total: usize,
        situation: &Situation,
    ) -> Result<(), Stop> {
        self.situation = number;
        let mut out = format!(
            "\n{}\n",
            self.ui.paint.paint(
                Style::Strong,
                &self.messages.text_with(
                    "quiz-situation-of",
                    &[("number", Arg::from(number)), ("total", Arg::from(total))]
                )
            )
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
        let width = stderr_width();
        let m = self.messages;
        let reminder = reminder(scenario, (self.situation, &situation.path), width, m);
        let given = printable(&item.about(scenario, &situation.path, m)).into_owned();
        let about = wrap(
            &m.text_with("quiz-given", &[("situation", Arg::from(given))]),
            width,
            "  ",
            "    ",
        );
        let mut full = format!(
            "\n{}\n{}\n",
            self.ui.paint.paint(Style::Muted, &reminder),
            self.ui.paint.paint(Style::Strong, &about)
        );
        // The options in full, then a menu of lines that fit the terminal.
        let mut texts: Vec<String> = Vec::with_capacity(item.options.len());
        let mut items: Vec<String> = Vec::with_capacity(item.options.len());
        for (i, &r) in item.options.iter().enumerate() {
            let letter = char::from(b'a' + u8::try_from(i).unwrap_or(25));
            let mut text = printable(&scenario.recommendations[r].text).into_owned();
            if self.role.is_facilitator() && r == item.answer {
                let _ = write!(text, " {}", m.text("plain-option-authors"));
            }
            let _ = writeln!(
                full,
                "{}",
                wrap(&text, width, &format!("  {letter}) "), "     ")
            );
            let text = format!("{letter}) {text}");
            items.push(fit(&text, width));
            texts.push(text);
        }
        self.ui.write(&full)?;
        let prompt = format!("{number}. {}", m.text("quiz-which"));
        let start = self.ui.mark();
        self.ui.write(
            &self
                .ui
                .paint
                .paint(Style::Strong, &wrap(&prompt, width, "", "   ")),
        )?;
        loop {
            let picked = Select::with_theme(self.ui.theme())
                .items(&items)
                .default(0)
                .report(false)
                .interact_on_opt(&self.ui.term)
                .map_err(terminal_error)?;
            if let Some(i) = picked {
                self.ui.clear_to(start)?;
                let body = format!("{prompt}{BETWEEN}{}", texts[i]);
                self.ui
                    .write(&self.ui.marked((ANSWERED, Style::Success), &body, None))?;
                return Ok(Some(item.options[i]));
            }
            // Not reported: a quiz that goes on leaves no trace of the question.
            let quit = Confirm::with_theme(self.ui.theme())
                .with_prompt(m.text("quiz-stop-confirm"))
                .default(false)
                .report(false)
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
        let m = self.messages;
        let answer = &scenario.recommendations[item.answer];
        let width = stderr_width();
        let mut out = String::new();
        if picked == Some(item.answer) {
            let right = m.text("plain-right");
            let _ = writeln!(out, "  {}", self.ui.paint.paint(Style::Success, &right));
        } else {
            let wrong = m.text("quiz-not-quite");
            let _ = writeln!(out, "  {}", self.ui.paint.paint(Style::Failure, &wrong));
            let _ = writeln!(
                out,
                "{}",
                wrap(&printable(&answer.text), width, "    ", "    ")
            );
        }
        let why = m.text_with(
            "stance-why",
            &[("rationale", Arg::from(answer.rationale.as_str()))],
        );
        let _ = writeln!(
            out,
            "{}",
            self.ui
                .paint
                .paint(Style::Muted, &wrap(&printable(&why), width, "    ", "    "))
        );
        for cite in &answer.cites {
            let cite = citation::of(cite, m);
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
