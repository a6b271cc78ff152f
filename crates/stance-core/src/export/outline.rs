//! A scenario's outline for reading (`stance show`), its emphasis marked for the front end.

use std::fmt::Write;

use crate::export::source_line;
use crate::scenario::{Next, Question, Recommends, Scenario};
use crate::text::citation;
use crate::text::printable::printable;
use crate::text::style::{Style, Styler};
use crate::text::wrap::wrap;

/// Renders the outline, wrapped to `width` when given; with `facilitator`, the facilitator
/// notes too.
pub fn render(
    scenario: &Scenario,
    width: Option<usize>,
    facilitator: bool,
    styler: &dyn Styler,
) -> String {
    let s = scenario;
    let paint = |style: Style, text: &str| styler.paint(style, text);
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let target = |next: Next| target(s, next, styler);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({})",
        paint(Style::Strong, &fill(&s.title, "", "")),
        s.id
    );
    let _ = writeln!(
        out,
        "{}",
        paint(Style::Muted, &fill(&source_line(&s.source), "", ""))
    );
    let _ = writeln!(
        out,
        "start: {}",
        paint(Style::Question, &s.questions[s.start].id)
    );
    for question in &s.questions {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            fill(
                &question.prompt,
                &format!("{}: ", paint(Style::QuestionHeading, &question.id)),
                "    "
            )
        );
        for prompt in &question.discussion {
            let _ = writeln!(
                out,
                "{}",
                paint(Style::Muted, &fill(prompt, "  discuss: ", "    "))
            );
        }
        if let Some(notes) = question.facilitator_notes.as_ref().filter(|_| facilitator) {
            let _ = writeln!(
                out,
                "{}",
                paint(Style::Muted, &fill(notes, "  facilitator: ", "    "))
            );
        }
        if let Some(gate) = &question.gate {
            let _ = writeln!(
                out,
                "  {} {}, otherwise {} {}",
                paint(Style::Muted, "asked when"),
                s.describe(&gate.when),
                paint(Style::Muted, "\u{2192}"),
                target(gate.otherwise)
            );
        }
        choices(s, question, width, styler, &mut out);
    }
    for ending in &s.endings {
        let _ = writeln!(out);
        let headline = ending.headline.as_deref().unwrap_or("(no headline)");
        let first = format!("ending {}: ", paint(Style::EndingHeading, &ending.id));
        let _ = writeln!(out, "{}", fill(headline, &first, "    "));
        let added = adds(s, &ending.recommends);
        if !added.is_empty() {
            let _ = writeln!(out, "      {}", paint(Style::Added, &added));
        }
    }
    let _ = writeln!(out);
    recommendations(s, width, styler, &mut out);
    out
}

/// A question's choices: label, condition, where each leads and what it adds.
fn choices(
    s: &Scenario,
    question: &Question,
    width: Option<usize>,
    styler: &dyn Styler,
    out: &mut String,
) {
    let paint = |style: Style, text: &str| styler.paint(style, text);
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let target = |next: Next| target(s, next, styler);
    for choice in &question.choices {
        let _ = writeln!(
            out,
            "{}",
            fill(
                &choice.label,
                &format!("  {}: ", paint(Style::Strong, &choice.id)),
                "      "
            )
        );
        if let Some(when) = &choice.when {
            let _ = writeln!(
                out,
                "      {} {}",
                paint(Style::Muted, "offered when"),
                s.describe(when)
            );
        }
        let added = adds(s, &choice.recommends);
        let _ = writeln!(
            out,
            "      {} {}{}{}",
            paint(Style::Muted, "\u{2192}"),
            target(choice.next),
            if added.is_empty() { "" } else { "  " },
            paint(Style::Added, &added)
        );
    }
}

/// Where a choice or gate leads: a question's id, or `ending ID`.
fn target(s: &Scenario, next: Next, styler: &dyn Styler) -> String {
    match next {
        Next::Question(q) => styler.paint(Style::Question, &s.questions[q].id),
        Next::Ending(e) => format!("ending {}", styler.paint(Style::Ending, &s.endings[e].id)),
    }
}

/// `+id` for each recommendation added, with its condition.
fn adds(s: &Scenario, items: &[Recommends]) -> String {
    items
        .iter()
        .map(|item| {
            let id = &s.recommendations[item.recommendation].id;
            match &item.when {
                Some(when) => format!("+{id} (when {})", s.describe(when)),
                None => format!("+{id}"),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The recommendations, one line each with basis and cited paragraphs.
fn recommendations(s: &Scenario, width: Option<usize>, styler: &dyn Styler, out: &mut String) {
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let _ = writeln!(out, "{}", styler.paint(Style::Strong, "recommendations:"));
    for recommendation in &s.recommendations {
        let cites = citation::paragraphs(&recommendation.cites);
        let first = format!(
            "  {} [{}{}{}] ",
            styler.paint(Style::Added, &recommendation.id),
            recommendation.basis.as_str(),
            if cites.is_empty() { "" } else { " " },
            cites.join(" ")
        );
        let _ = writeln!(out, "{}", fill(&recommendation.text, &first, "      "));
    }
}
