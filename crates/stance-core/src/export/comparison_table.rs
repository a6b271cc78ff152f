//! `stance compare` output: each point of a record beside the author's stance and reasons.

use std::fmt::Write;

use serde::Serialize;

use crate::export::stance_markdown::escape;
use crate::scenario::{Recommendation, Scenario};
use crate::text::citation;
use crate::text::printable::{one_line, printable};

/// One point of comparison: a question answered or a quiz item.
#[derive(Debug, Serialize)]
pub struct Entry {
    /// What was asked.
    pub heading: String,
    /// What the participant answered or picked.
    pub answer: Option<String>,
    /// For quiz items: whether the pick was the author's.
    pub correct: Option<bool>,
    /// The participant's own note.
    pub note: Option<String>,
    /// What the author recommends here.
    pub author: Vec<AuthorView>,
}

/// A recommendation as the author's reasons show it.
#[derive(Debug, Serialize)]
pub struct AuthorView {
    /// Its id.
    pub id: String,
    /// What to do.
    pub text: String,
    /// Stated or inferred.
    pub basis: &'static str,
    /// Why.
    pub rationale: String,
    /// Where the essay says so.
    pub cites: Vec<CiteView>,
}

/// A citation.
#[derive(Debug, Serialize)]
pub struct CiteView {
    /// The paragraph.
    pub paragraph: u32,
    /// The quote.
    pub quote: String,
}

impl AuthorView {
    /// The view of one recommendation.
    pub fn of(recommendation: &Recommendation) -> Self {
        Self {
            id: recommendation.id.clone(),
            text: recommendation.text.clone(),
            basis: recommendation.basis.as_str(),
            rationale: recommendation.rationale.clone(),
            cites: recommendation
                .cites
                .iter()
                .map(|c| CiteView {
                    paragraph: c.paragraph,
                    quote: c.quote.clone(),
                })
                .collect(),
        }
    }
}

/// The whole comparison.
#[derive(Debug, Serialize)]
pub struct Comparison {
    /// The scenario's id.
    pub scenario: String,
    /// Who, if named.
    pub name: Option<String>,
    /// `play` or `quiz`.
    pub kind: &'static str,
    /// Whether the record is complete.
    pub finished: bool,
    /// The points, in order.
    pub entries: Vec<Entry>,
    /// For quiz records: items right, and items in all.
    pub score: Option<(usize, usize)>,
}

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
