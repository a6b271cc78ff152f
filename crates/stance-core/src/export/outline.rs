//! A scenario's outline for reading (`stance show`), its emphasis marked for the front end.

use std::fmt::Write;

use crate::export::source_line;
use crate::scenario::condition::Condition;
use crate::scenario::{Basis, Cite, Next, Question, Recommends, Scenario};
use crate::text::citation;
use crate::text::messages::{Arg, Messages};
use crate::text::printable::printable;
use crate::text::style::{Style, Styler};
use crate::text::wrap::wrap;

/// Renders the outline, wrapped to `width` when given; with `facilitator`, the facilitator
/// notes too; its labels in the words of `messages`. Ids and conditions are shown as
/// written, since they are what the scenario file holds.
pub fn render(
    scenario: &Scenario,
    (width, facilitator): (Option<usize>, bool),
    styler: &dyn Styler,
    messages: Messages,
) -> String {
    let s = scenario;
    let m = messages;
    let paint = |style: Style, text: &str| styler.paint(style, text);
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let target = |next: Next| target(s, next, styler, m);
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
        "{}: {}",
        m.text("outline-start"),
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
        if let Some(line) = grounding(question.basis, &question.cites, m) {
            let _ = writeln!(out, "{}", paint(Style::Muted, &fill(&line, "  ", "    ")));
        }
        let discuss = format!("  {}: ", m.text("outline-discuss"));
        for prompt in &question.discussion {
            let _ = writeln!(
                out,
                "{}",
                paint(Style::Muted, &fill(prompt, &discuss, "    "))
            );
        }
        if let Some(notes) = question.facilitator_notes.as_ref().filter(|_| facilitator) {
            let lead = format!("  {}: ", m.text("outline-facilitator"));
            let _ = writeln!(out, "{}", paint(Style::Muted, &fill(notes, &lead, "    ")));
        }
        if let Some(gate) = &question.gate {
            let _ = writeln!(
                out,
                "  {} {}, {} {} {}",
                paint(Style::Muted, &m.text("outline-asked-when")),
                s.describe(&gate.when),
                m.text("outline-otherwise"),
                paint(Style::Muted, "\u{2192}"),
                target(gate.otherwise)
            );
        }
        choices(s, question, (width, styler), m, &mut out);
    }
    endings(s, (width, styler), m, &mut out);
    let _ = writeln!(out);
    recommendations(s, (width, styler), m, &mut out);
    out
}

/// Each ending: its headlines, with the conditions they depend on, and what it adds.
fn endings(
    s: &Scenario,
    (width, styler): (Option<usize>, &dyn Styler),
    m: Messages,
    out: &mut String,
) {
    let paint = |style: Style, text: &str| styler.paint(style, text);
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    for ending in &s.endings {
        let _ = writeln!(*out);
        let first = format!(
            "{} {}: ",
            m.text("outline-ending"),
            paint(Style::EndingHeading, &ending.id)
        );
        match ending.headlines.as_slice() {
            [] => {
                let _ = writeln!(
                    out,
                    "{}",
                    fill(&m.text("outline-no-headline"), &first, "    ")
                );
            }
            [only] if only.when.is_none() => {
                let _ = writeln!(*out, "{}", fill(&only.text, &first, "    "));
            }
            // Headlines that depend on the walk: one line each, in the order they are tried.
            headlines => {
                let _ = writeln!(*out, "{}", first.trim_end());
                for headline in headlines {
                    let _ = writeln!(*out, "{}", fill(&headline.text, "    ", "      "));
                    let when = headline
                        .when
                        .as_ref()
                        .map_or_else(|| m.text("outline-otherwise"), |w| when(s, w, m));
                    let _ = writeln!(
                        out,
                        "      {}",
                        paint(Style::Muted, &fill(&when, "", "        "))
                    );
                }
            }
        }
        let added = adds(s, &ending.recommends, m);
        if !added.is_empty() {
            let _ = writeln!(*out, "      {}", paint(Style::Added, &added));
        }
    }
}

/// `when CONDITION`, the condition as written.
fn when(s: &Scenario, condition: &Condition, m: Messages) -> String {
    m.text_with(
        "outline-when",
        &[("condition", Arg::from(s.describe(condition)))],
    )
}

/// A question's choices: label, condition, where each leads and what it adds.
fn choices(
    s: &Scenario,
    question: &Question,
    (width, styler): (Option<usize>, &dyn Styler),
    m: Messages,
    out: &mut String,
) {
    let paint = |style: Style, text: &str| styler.paint(style, text);
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let target = |next: Next| target(s, next, styler, m);
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
        if let Some(line) = grounding(choice.basis, &choice.cites, m) {
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
                paint(Style::Muted, &m.text("outline-offered-when")),
                s.describe(when)
            );
        }
        let added = adds(s, &choice.recommends, m);
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
fn grounding(basis: Option<Basis>, cites: &[Cite], m: Messages) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(basis) = basis {
        parts.push(format!(
            "{}: {}",
            m.text("outline-basis"),
            basis_word(basis, m)
        ));
    }
    if !cites.is_empty() {
        let shown: Vec<String> = cites.iter().map(|c| citation::of(c, m)).collect();
        parts.push(format!("{} {}", m.text("outline-cites"), shown.join("; ")));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Where a choice or gate leads: a question's id, or `ending ID`.
fn target(s: &Scenario, next: Next, styler: &dyn Styler, m: Messages) -> String {
    match next {
        Next::Question(q) => styler.paint(Style::Question, &s.questions[q].id),
        Next::Ending(e) => format!(
            "{} {}",
            m.text("outline-ending"),
            styler.paint(Style::Ending, &s.endings[e].id)
        ),
    }
}

/// `explicit` or `inferred`, in the interface's words.
fn basis_word(basis: Basis, m: Messages) -> String {
    match basis {
        Basis::Explicit => m.text("outline-explicit"),
        Basis::Inferred => m.text("outline-inferred"),
    }
}

/// `+id` for each recommendation added, with its condition.
fn adds(s: &Scenario, items: &[Recommends], m: Messages) -> String {
    items
        .iter()
        .map(|item| {
            let id = &s.recommendations[item.recommendation].id;
            match &item.when {
                Some(condition) => format!("+{id} ({})", when(s, condition, m)),
                None => format!("+{id}"),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The recommendations, one line each with basis and cited paragraphs.
fn recommendations(
    s: &Scenario,
    (width, styler): (Option<usize>, &dyn Styler),
    m: Messages,
    out: &mut String,
) {
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let heading = format!("{}:", m.text("outline-recommendations"));
    let _ = writeln!(out, "{}", styler.paint(Style::Strong, &heading));
    for recommendation in &s.recommendations {
        let cites = citation::paragraphs(&recommendation.cites);
        let first = format!(
            "  {} [{}{}{}] ",
            styler.paint(Style::Added, &recommendation.id),
            basis_word(recommendation.basis, m),
            if cites.is_empty() { "" } else { " " },
            cites.join(" ")
        );
        let _ = writeln!(out, "{}", fill(&recommendation.text, &first, "      "));
    }
}
