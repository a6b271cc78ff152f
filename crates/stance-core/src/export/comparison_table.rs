//! A comparison as text or Markdown (`stance compare`; its types serialise as the JSON).

use std::fmt::Write;

use crate::classroom::comparison::Comparison;
use crate::export::stance_markdown::escape;
use crate::scenario::Scenario;
use crate::text::citation;
use crate::text::messages::{Arg, Messages};
use crate::text::printable::{one_line, printable};

/// Renders as text (`markdown` false) or Markdown.
pub fn render(
    scenario: &Scenario,
    comparison: &Comparison,
    markdown: bool,
    messages: Messages,
) -> String {
    let m = |key: &str| messages.text(key);
    let t = |s: &str| {
        if markdown {
            escape(s)
        } else {
            printable(s).into_owned()
        }
    };
    // Markdown needs list items to keep lines apart; text indents them.
    let (item, sub) = if markdown {
        ("- ", "  - ")
    } else {
        ("   ", "     ")
    };
    let mut out = String::new();
    let title = Arg::from(t(&scenario.title));
    let title = match comparison.name.as_deref() {
        Some(n) => messages.text_with(
            "compare-title-for",
            &[("name", Arg::from(t(&one_line(n)))), ("title", title)],
        ),
        None => messages.text_with("compare-title", &[("title", title)]),
    };
    let _ = writeln!(out, "{}{title}\n", if markdown { "# " } else { "" });
    if !comparison.finished {
        let _ = writeln!(out, "{}\n", m("compare-not-finished"));
    }
    if let Some((right, total)) = comparison.score {
        let score = messages.text_with(
            "compare-score",
            &[("right", Arg::from(right)), ("total", Arg::from(total))],
        );
        let _ = writeln!(out, "{score}\n");
    }
    for (i, entry) in comparison.entries.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}{}. {}",
            if markdown { "## " } else { "" },
            i + 1,
            t(&entry.heading)
        );
        if markdown {
            out.push('\n');
        }
        if let Some(answer) = &entry.answer {
            let verdict = match entry.correct {
                Some(true) => format!(" {}", m("compare-the-authors")),
                Some(false) => format!(" {}", m("compare-not-the-authors")),
                None => String::new(),
            };
            let key = if entry.correct.is_some() {
                "compare-picked"
            } else {
                "compare-answered"
            };
            let answer = messages.text_with(key, &[("answer", Arg::from(t(answer)))]);
            let _ = writeln!(out, "{item}{answer}{verdict}");
        }
        if let Some(note) = &entry.note {
            let note = messages.text_with(
                "compare-your-note",
                &[("note", Arg::from(t(&one_line(note))))],
            );
            let _ = writeln!(out, "{item}{note}");
        }
        if entry.author.is_empty() {
            let _ = writeln!(out, "{item}{}", m("compare-adds-nothing"));
        }
        for view in &entry.author {
            let basis = m(if view.basis == "explicit" {
                "basis-explicit"
            } else {
                "basis-inferred"
            });
            let _ = writeln!(
                out,
                "{item}{} [{basis}]",
                messages.text_with("quiz-recommends", &[("text", Arg::from(t(&view.text)))])
            );
            let why =
                messages.text_with("quiz-why", &[("rationale", Arg::from(t(&view.rationale)))]);
            let _ = writeln!(out, "{sub}{why}");
            for cite in &view.cites {
                let _ = writeln!(
                    out,
                    "{sub}{}",
                    citation::cite(cite.paragraph, &t(&cite.quote))
                );
            }
        }
        let _ = writeln!(out);
    }
    out
}
