//! A scenario's outline for reading (`stance show`), its emphasis marked for the front end.

use std::fmt::Write;

use crate::export::source_line;
use crate::scenario::{Basis, Cite, Next, Question, Recommends, Scenario};
use crate::text::citation;
use crate::text::messages::Messages;
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
        if let Some(line) = grounding(question.basis, &question.cites) {
            let _ = writeln!(out, "{}", paint(Style::Muted, &fill(&line, "  ", "    ")));
        }
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
        let first = format!("ending {}: ", paint(Style::EndingHeading, &ending.id));
        match ending.headlines.as_slice() {
            [] => {
                let _ = writeln!(out, "{}", fill("(no headline)", &first, "    "));
            }
            [only] if only.when.is_none() => {
                let _ = writeln!(out, "{}", fill(&only.text, &first, "    "));
            }
            // Headlines that depend on the walk: one line each, in the order they are tried.
            headlines => {
                let _ = writeln!(out, "{}", first.trim_end());
                for headline in headlines {
                    let _ = writeln!(out, "{}", fill(&headline.text, "    ", "      "));
                    let when = headline.when.as_ref().map_or_else(
                        || "otherwise".to_owned(),
                        |w| format!("when {}", s.describe(w)),
                    );
                    let _ = writeln!(
                        out,
                        "      {}",
                        paint(Style::Muted, &fill(&when, "", "        "))
                    );
                }
            }
        }
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
        if let Some(line) = grounding(choice.basis, &choice.cites) {
            let _ = writeln!(
                out,
                "{}",
                paint(Style::Muted, &fill(&line, "      ", "        "))
            );
        }
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

/// A question's or choice's grounding in the essay: `basis: B; cites ¶N “quote”; ...`,
/// or nothing when it has neither.
fn grounding(basis: Option<Basis>, cites: &[Cite]) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(basis) = basis {
        parts.push(format!("basis: {}", basis.as_str()));
    }
    if !cites.is_empty() {
        let shown: Vec<String> = cites
            .iter()
            .map(|c| citation::of(c, Messages::english()))
            .collect();
        parts.push(format!("cites {}", shown.join("; ")));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
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
