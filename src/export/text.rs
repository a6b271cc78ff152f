//! The stance as text for a terminal; coloured when `colored` is told to paint.

use std::fmt::Write;

use colored::Colorize;

use crate::export::{replay_command, source_line};
use crate::layout::wrap;
use crate::printable::{one_line, printable};
use crate::stance::Stance;

/// Renders the stance for reading, wrapped to `width` when given (a terminal); the replay
/// line names the scenario as `scenario_ref`.
pub fn render(stance: &Stance<'_>, scenario_ref: &str, width: Option<usize>) -> String {
    let scenario = stance.scenario;
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let mut out = String::new();
    let _ = writeln!(out, "{}", fill(&scenario.title, "", "").bold());
    let _ = writeln!(
        out,
        "{}",
        fill(&source_line(&scenario.source), "", "").dimmed()
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", "Situation".bold().underline());
    for (i, step) in stance.path.iter().enumerate() {
        let question = &scenario.questions[step.question];
        let choice = &question.choices[step.choice];
        let number = format!("  {}. ", i + 1);
        let _ = writeln!(out, "{}", fill(&question.prompt, &number, "     "));
        let _ = writeln!(
            out,
            "{}",
            fill(&choice.label, "     \u{2192} ", "       ").cyan()
        );
        if let Some(note) = stance.notes.get(&step.question) {
            let _ = writeln!(
                out,
                "{}",
                fill(&one_line(note), "       Your note: ", "         ").italic()
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", "The author's stance".bold().underline());
    if let Some(headline) = &stance.ending().headline {
        let _ = writeln!(out, "{}", fill(headline, "  ", "  ").bold());
    }
    for (i, recommendation) in stance.recommendations().enumerate() {
        let number = format!("  {}. ", i + 1);
        let indent = " ".repeat(number.chars().count());
        let text = format!(
            "{} [{}]",
            recommendation.text,
            recommendation.basis.as_str()
        );
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", fill(&text, &number, &indent));
        let why = format!("Why: {}", recommendation.rationale);
        let _ = writeln!(out, "{}", fill(&why, &indent, &indent).dimmed());
        for cite in &recommendation.cites {
            let cite = format!("\u{b6}{} \u{201c}{}\u{201d}", cite.paragraph, cite.quote);
            let _ = writeln!(
                out,
                "{}",
                fill(&cite, &indent, &format!("{indent}  ")).yellow()
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        format!("Replay: {}", replay_command(scenario_ref, stance.steps())).dimmed()
    );
    out
}
