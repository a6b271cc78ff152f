//! A scenario's outline for reading (`stance show`): coloured when `colored` paints.

use std::fmt::Write;

use colored::Colorize;

use crate::export::source_line;
use crate::layout::wrap;
use crate::printable::printable;
use crate::scenario::{Next, Recommends, Scenario};

/// Renders the outline, wrapped to `width` when given; with `facilitator`, the facilitator
/// notes too.
pub fn render(scenario: &Scenario, width: Option<usize>, facilitator: bool) -> String {
    let s = scenario;
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let target = |next: Next| match next {
        Next::Question(q) => s.questions[q].id.cyan().to_string(),
        Next::Ending(e) => format!("ending {}", s.endings[e].id.magenta()),
    };
    let adds = |items: &[Recommends]| -> String {
        items
            .iter()
            .map(|item| {
                let id = &s.recommendations[item.recommendation].id;
                match &item.when {
                    Some(when) => format!("+{id} (when {})", when.describe(s)),
                    None => format!("+{id}"),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = String::new();
    let _ = writeln!(out, "{} ({})", fill(&s.title, "", "").bold(), s.id);
    let _ = writeln!(out, "{}", fill(&source_line(&s.source), "", "").dimmed());
    let _ = writeln!(out, "start: {}", s.questions[s.start].id.cyan());
    for question in &s.questions {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            fill(
                &question.prompt,
                &format!("{}: ", question.id.cyan().bold()),
                "    "
            )
        );
        for prompt in &question.discussion {
            let _ = writeln!(out, "{}", fill(prompt, "  discuss: ", "    ").dimmed());
        }
        if let Some(notes) = question.facilitator_notes.as_ref().filter(|_| facilitator) {
            let _ = writeln!(out, "{}", fill(notes, "  facilitator: ", "    ").dimmed());
        }
        if let Some(gate) = &question.gate {
            let _ = writeln!(
                out,
                "  {} {}, otherwise {} {}",
                "asked when".dimmed(),
                gate.when.describe(s),
                "\u{2192}".dimmed(),
                target(gate.otherwise)
            );
        }
        for choice in &question.choices {
            let _ = writeln!(
                out,
                "{}",
                fill(
                    &choice.label,
                    &format!("  {}: ", choice.id.bold()),
                    "      "
                )
            );
            if let Some(when) = &choice.when {
                let _ = writeln!(
                    out,
                    "      {} {}",
                    "offered when".dimmed(),
                    when.describe(s)
                );
            }
            let added = adds(&choice.recommends);
            let _ = writeln!(
                out,
                "      {} {}{}{}",
                "\u{2192}".dimmed(),
                target(choice.next),
                if added.is_empty() { "" } else { "  " },
                added.green()
            );
        }
    }
    for ending in &s.endings {
        let _ = writeln!(out);
        let headline = ending.headline.as_deref().unwrap_or("(no headline)");
        let first = format!("ending {}: ", ending.id.magenta().bold());
        let _ = writeln!(out, "{}", fill(headline, &first, "    "));
        let added = adds(&ending.recommends);
        if !added.is_empty() {
            let _ = writeln!(out, "      {}", added.green());
        }
    }
    let _ = writeln!(out);
    recommendations(s, width, &mut out);
    out
}

/// The recommendations, one line each with basis and cited paragraphs.
fn recommendations(s: &Scenario, width: Option<usize>, out: &mut String) {
    let fill = |text: &str, first: &str, rest: &str| wrap(&printable(text), width, first, rest);
    let _ = writeln!(out, "{}", "recommendations:".bold());
    for recommendation in &s.recommendations {
        let mut cites: Vec<String> = recommendation
            .cites
            .iter()
            .map(|c| format!("\u{b6}{}", c.paragraph))
            .collect();
        cites.dedup();
        let first = format!(
            "  {} [{}{}{}] ",
            recommendation.id.green(),
            recommendation.basis.as_str(),
            if cites.is_empty() { "" } else { " " },
            cites.join(" ")
        );
        let _ = writeln!(out, "{}", fill(&recommendation.text, &first, "      "));
    }
}
