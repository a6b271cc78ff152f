//! `stance paths` output, one path at a time so that long lists stream.

use std::fmt::Write;

use serde_json::json;

use crate::export::csv_field;
use crate::export::stance_markdown::escape;
use crate::text::citation;
use crate::text::messages::{Arg, Messages};
use crate::walk::stance::Stance;

/// The formats paths can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A few lines per path.
    Text,
    /// One row per path.
    Csv,
    /// A JSON list.
    Json,
    /// A Markdown table with texts and citations.
    Markdown,
}

/// What comes before the first path; text and Markdown in the words of `messages`, CSV and
/// JSON, for programs, always the same.
pub fn header(format: Format, title: &str, messages: Messages) -> String {
    match format {
        Format::Text => String::new(),
        Format::Csv => "path,answers,ending,headline,recommendations\n".to_owned(),
        Format::Json => "[".to_owned(),
        Format::Markdown => format!(
            "# {}\n\n| # | {} | {} |\n| --- | --- | --- |\n",
            messages.text_with("paths-heading", &[("title", Arg::from(escape(title)))]),
            messages.text("paths-situation"),
            messages.text("paths-stance"),
        ),
    }
}

/// Path number `n` (from 1).
pub fn item(format: Format, n: u64, stance: &Stance<'_>, messages: Messages) -> String {
    let m = messages;
    let answers: Vec<String> = stance.steps().map(|(q, c, _)| format!("{q}={c}")).collect();
    let ids: Vec<&str> = stance.recommendation_ids().collect();
    let ending = stance.ending();
    let headline = stance.headline().unwrap_or_default();
    match format {
        Format::Text => {
            let mut out = format!(
                "{}: {}\n",
                m.text_with("paths-path", &[("n", Arg::from(n.to_string()))]),
                answers.join(" ")
            );
            if !headline.is_empty() {
                let _ = writeln!(
                    out,
                    "  {}: {}",
                    m.text("paths-headline"),
                    crate::text::printable::printable(headline)
                );
            }
            let _ = writeln!(out, "  {}: {}", m.text("paths-ending"), ending.id);
            let _ = writeln!(
                out,
                "  {}:{}{}\n",
                m.text("paths-recommends"),
                if ids.is_empty() { "" } else { " " },
                ids.join(", ")
            );
            out
        }
        Format::Csv => {
            let fields = [
                n.to_string(),
                answers.join(";"),
                ending.id.clone(),
                headline.to_owned(),
                ids.join(";"),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            format!("{}\n", row.join(","))
        }
        Format::Json => {
            let value = json!({
                "path": n,
                "answers": stance.steps().map(|(q, c, _)| json!({"question": q, "choice": c})).collect::<Vec<_>>(),
                "ending": ending.id,
                "headline": stance.headline(),
                "recommendations": ids,
            });
            let text = crate::export::to_json(&value);
            let indented = text.trim_end().replace('\n', "\n  ");
            format!("{}\n  {indented}", if n == 1 { "" } else { "," })
        }
        Format::Markdown => {
            let situation: Vec<String> = stance
                .path
                .iter()
                .map(|step| {
                    let question = &stance.scenario.questions[step.question];
                    format!(
                        "{} \u{2192} **{}**",
                        escape(&question.prompt),
                        escape(&question.choices[step.choice].label)
                    )
                })
                .collect();
            let mut lines: Vec<String> = Vec::new();
            if !headline.is_empty() {
                lines.push(format!("**{}**", escape(headline)));
            }
            for (i, recommendation) in stance.recommendations().enumerate() {
                let cites = citation::paragraphs(&recommendation.cites);
                let basis = match recommendation.basis {
                    crate::scenario::Basis::Explicit => m.text("outline-explicit"),
                    crate::scenario::Basis::Inferred => m.text("outline-inferred"),
                };
                lines.push(format!(
                    "{}. {} ({basis}; {})",
                    i + 1,
                    escape(&recommendation.text),
                    cites.join(", ")
                ));
            }
            let cell = lines.join("<br>");
            format!("| {n} | {} | {cell} |\n", situation.join("<br>"))
        }
    }
}

/// What comes after the last path; `count` is how many there were.
pub fn footer(format: Format, count: u64) -> String {
    match format {
        Format::Json if count == 0 => "]\n".to_owned(),
        Format::Json => "\n]\n".to_owned(),
        _ => String::new(),
    }
}
