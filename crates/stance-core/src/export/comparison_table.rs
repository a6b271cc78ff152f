//! A comparison as text or Markdown (`stance compare`; its types serialise as the JSON).

use std::fmt::Write;

use crate::classroom::comparison::Comparison;
use crate::export::stance_markdown::escape;
use crate::scenario::Scenario;
use crate::text::citation;
use crate::text::printable::{one_line, printable};

/// Renders as text (`markdown` false) or Markdown.
pub fn render(scenario: &Scenario, comparison: &Comparison, markdown: bool) -> String {
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
    let who = comparison
        .name
        .as_deref()
        .map(|n| format!(" for {}", t(&one_line(n))))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}Compared with the author{who}: {}\n",
        if markdown { "# " } else { "" },
        t(&scenario.title)
    );
    if !comparison.finished {
        let _ = writeln!(
            out,
            "The record is not finished; this covers what it holds.\n"
        );
    }
    if let Some((right, total)) = comparison.score {
        let _ = writeln!(out, "Score: {right} of {total}\n");
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
                Some(true) => " (the author's)",
                Some(false) => " (not the author's)",
                None => "",
            };
            let _ = writeln!(
                out,
                "{item}{}: {}{verdict}",
                if entry.correct.is_some() {
                    "picked"
                } else {
                    "answered"
                },
                t(answer)
            );
        }
        if let Some(note) = &entry.note {
            let _ = writeln!(out, "{item}your note: {}", t(&one_line(note)));
        }
        if entry.author.is_empty() {
            let _ = writeln!(out, "{item}the author adds nothing here");
        }
        for view in &entry.author {
            let _ = writeln!(
                out,
                "{item}the author recommends: {} [{}]",
                t(&view.text),
                view.basis
            );
            let _ = writeln!(out, "{sub}why: {}", t(&view.rationale));
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
