//! The stance as text for a terminal; coloured when `colored` is told to paint.

use std::fmt::Write;

use colored::Colorize;

use crate::export::{replay_command, source_line};
use crate::stance::Stance;

/// Renders the stance for reading in a terminal.
pub fn render(stance: &Stance<'_>) -> String {
    let scenario = stance.scenario;
    let mut out = String::new();
    let _ = writeln!(out, "{}", scenario.title.bold());
    let _ = writeln!(out, "{}", source_line(&scenario.source).dimmed());
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", "Situation".bold().underline());
    for (i, step) in stance.path.iter().enumerate() {
        let question = &scenario.questions[step.question];
        let choice = &question.choices[step.choice];
        let _ = writeln!(out, "  {}. {}", i + 1, question.prompt);
        let _ = writeln!(out, "     {} {}", "\u{2192}".cyan(), choice.label.cyan());
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", "The author's stance".bold().underline());
    if let Some(headline) = &stance.ending().headline {
        let _ = writeln!(out, "  {}", headline.bold());
    }
    for (i, recommendation) in stance.recommendations().enumerate() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "  {}. {} {}",
            i + 1,
            recommendation.text,
            format!("[{}]", recommendation.basis.as_str()).dimmed()
        );
        let _ = writeln!(out, "     {} {}", "Why:".italic(), recommendation.rationale);
        for cite in &recommendation.cites {
            let _ = writeln!(
                out,
                "     {} {}",
                format!("\u{b6}{}", cite.paragraph).yellow(),
                format!("\u{201c}{}\u{201d}", cite.quote).italic()
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{} {}",
        "Replay:".dimmed(),
        replay_command(&scenario.id, stance.steps()).dimmed()
    );
    out
}
