//! The stance as text for reading, its emphasis marked for the front end.

use std::fmt::Write;

use crate::export::{replay_stance_words, source_line};
use crate::scenario::Basis;
use crate::text::citation;
use crate::text::printable::{one_line, printable};
use crate::text::style::{Style, Styler};
use crate::text::wrap::{wrap, wrap_command};
use crate::walk::stance::Stance;

/// Renders the stance for reading, wrapped to `width` when given (a terminal); the replay
/// line names the scenario as `scenario_ref`.
pub fn render(
    stance: &Stance<'_>,
    scenario_ref: &str,
    width: Option<usize>,
    styler: &dyn Styler,
) -> String {
    let paint = |style: Style, text: &str| styler.paint(style, text);
    let scenario = stance.scenario;
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        paint(Style::Strong, &fill(&scenario.title, "", ""))
    );
    let _ = writeln!(
        out,
        "{}",
        paint(Style::Muted, &fill(&source_line(&scenario.source), "", ""))
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", paint(Style::Section, "Situation"));
    for (i, step) in stance.path.iter().enumerate() {
        let question = &scenario.questions[step.question];
        let choice = &question.choices[step.choice];
        let number = format!("  {}. ", i + 1);
        let _ = writeln!(out, "{}", fill(&question.prompt, &number, "     "));
        let _ = writeln!(
            out,
            "{}",
            paint(
                Style::Answer,
                &fill(&choice.label, "     \u{2192} ", "       ")
            )
        );
        if let Some(note) = stance.notes.get(&step.question) {
            let _ = writeln!(
                out,
                "{}",
                paint(
                    Style::Note,
                    &fill(&one_line(note), "       Your note: ", "         ")
                )
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", paint(Style::Section, "The author's stance"));
    if let Some(headline) = stance.headline() {
        let _ = writeln!(out, "{}", paint(Style::Strong, &fill(headline, "  ", "  ")));
    }
    for (i, recommendation) in stance.recommendations().enumerate() {
        let number = format!("  {}. ", i + 1);
        let indent = " ".repeat(number.chars().count());
        let (mark, style) = basis_mark(recommendation.basis);
        let text = fill(&format!("{} {mark}", recommendation.text), &number, &indent);
        // The mark ends the wrapped text whole, having no space to break at.
        let text = match text.strip_suffix(mark) {
            Some(head) => format!("{head}{}", paint(style, mark)),
            None => text,
        };
        let _ = writeln!(out);
        let _ = writeln!(out, "{text}");
        let why = format!("Why: {}", recommendation.rationale);
        let _ = writeln!(
            out,
            "{}",
            paint(Style::Muted, &fill(&why, &indent, &indent))
        );
        for cite in &recommendation.cites {
            let cite = citation::of(cite);
            let _ = writeln!(
                out,
                "{}",
                paint(
                    Style::Citation,
                    &fill(&cite, &indent, &format!("{indent}  "))
                )
            );
        }
    }
    let _ = writeln!(out);
    let replay = wrap_command(
        &replay_stance_words(scenario_ref, stance),
        width,
        "Replay: ",
        "  ",
    );
    let _ = writeln!(out, "{}", paint(Style::Muted, &replay));
    out
}

/// How a recommendation's basis is marked: an explicit one in brackets, an inferred one
/// in parentheses and its own style, so that the two differ without colour too.
fn basis_mark(basis: Basis) -> (&'static str, Style) {
    match basis {
        Basis::Explicit => ("[explicit]", Style::Muted),
        Basis::Inferred => ("(inferred)", Style::Inferred),
    }
}
