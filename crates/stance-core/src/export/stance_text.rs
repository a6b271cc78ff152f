//! The stance as text for reading, its emphasis marked for the front end.

use std::fmt::Write;

use crate::export::{replay_stance_words, source_line};
use crate::scenario::Basis;
use crate::text::citation;
use crate::text::messages::{Arg, Messages};
use crate::text::printable::{one_line, printable};
use crate::text::style::{Style, Styler};
use crate::text::wrap::{wrap, wrap_command};
use crate::walk::stance::Stance;

/// Renders the stance for reading in the words of `messages`, wrapped to `width` when given
/// (a terminal); the replay line names the scenario as `scenario_ref`.
pub fn render(
    stance: &Stance<'_>,
    scenario_ref: &str,
    width: Option<usize>,
    styler: &dyn Styler,
    messages: Messages,
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
    let _ = writeln!(
        out,
        "{}",
        paint(Style::Section, &messages.text("stance-situation"))
    );
    situation(&mut out, stance, &fill, &paint, messages);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        paint(Style::Section, &messages.text("stance-heading"))
    );
    if let Some(headline) = stance.headline() {
        let _ = writeln!(out, "{}", paint(Style::Strong, &fill(headline, "  ", "  ")));
    }
    for (i, recommendation) in stance.recommendations().enumerate() {
        let number = format!("  {}. ", i + 1);
        let indent = " ".repeat(number.chars().count());
        let (mark, style) = basis_mark(recommendation.basis, messages);
        let text = fill(&format!("{} {mark}", recommendation.text), &number, &indent);
        // The mark ends the wrapped text whole, having no space to break at.
        let text = match text.strip_suffix(mark.as_str()) {
            Some(head) => format!("{head}{}", paint(style, &mark)),
            None => text,
        };
        let _ = writeln!(out);
        let _ = writeln!(out, "{text}");
        let why = messages.text_with(
            "stance-why",
            &[("rationale", Arg::from(recommendation.rationale.as_str()))],
        );
        let _ = writeln!(
            out,
            "{}",
            paint(Style::Muted, &fill(&why, &indent, &indent))
        );
        for cite in &recommendation.cites {
            let cite = citation::of(cite, messages);
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
        &messages.text("stance-replay"),
        "  ",
    );
    let _ = writeln!(out, "{}", paint(Style::Muted, &replay));
    out
}

/// The situation: each question answered, its answer, and the note written there.
fn situation(
    out: &mut String,
    stance: &Stance<'_>,
    fill: &dyn Fn(&str, &str, &str) -> String,
    paint: &dyn Fn(Style, &str) -> String,
    messages: Messages,
) {
    let scenario = stance.scenario;
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
                    &fill(
                        &messages.text_with(
                            "stance-your-note",
                            &[("note", Arg::from(one_line(note).into_owned()))]
                        ),
                        "       ",
                        "         "
                    )
                )
            );
        }
    }
}

/// How a recommendation's basis is marked: an explicit one in brackets, an inferred one
/// in parentheses and its own style, so that the two differ without colour too.
fn basis_mark(basis: Basis, messages: Messages) -> (String, Style) {
    match basis {
        Basis::Explicit => (messages.text("stance-explicit"), Style::Muted),
        Basis::Inferred => (messages.text("stance-inferred"), Style::Inferred),
    }
}
