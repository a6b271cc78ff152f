//! Quiz output: the sheet for preparation, and the graded result.

use std::fmt::Write;

use serde_json::{Value, json};

use crate::classroom::quiz_items::{Answered, Situation};
use crate::classroom::responses::letter;
use crate::export::stance_markdown::escape;
use crate::scenario::Scenario;
use crate::scenario::index::RecommendationIx;
use crate::text::citation;
use crate::text::messages::{Arg, Messages};
use crate::text::printable::{one_line, printable};
use crate::text::wrap::wrap;

/// The quiz's output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// JSON.
    Json,
    /// Markdown.
    Markdown,
}

/// The quiz sheet: situations, items and options; with `key`, the answers.
pub fn sheet(
    scenario: &Scenario,
    seed: u64,
    situations: &[Situation],
    key: bool,
    format: Format,
    messages: Messages,
) -> String {
    let m = |key: &str| messages.text(key);
    let mut out = String::new();
    let md = format == Format::Markdown;
    if format == Format::Json {
        let value = json!({
            "scenario": scenario.id,
            "seed": seed,
            "situations": situations.iter().map(|s| json!({
                "path": s.path.iter().map(|step| {
                    let q = &scenario.questions[step.question];
                    json!({"question": q.id, "choice": q.choices[step.choice].id, "prompt": q.prompt, "label": q.choices[step.choice].label})
                }).collect::<Vec<_>>(),
        "items": s.items.iter().map(|item| json!({
                    "given": item.about(scenario, &s.path, messages),
                    "options": item.options.iter().map(|&r| json!({"id": scenario.recommendations[r].id, "text": scenario.recommendations[r].text})).collect::<Vec<_>>(),
                    "answer": key.then(|| &scenario.recommendations[item.answer].id),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        });
        return pretty(&value);
    }
    let text = |t: &str| {
        if md {
            escape(t)
        } else {
            printable(t).into_owned()
        }
    };
    let title = messages.text_with(
        "quiz-sheet-title",
        &[
            ("title", Arg::from(text(&scenario.title))),
            ("seed", Arg::from(seed.to_string())),
        ],
    );
    let _ = writeln!(out, "{}{title}\n", if md { "# " } else { "" });
    let mut number = 0;
    for (s, situation) in situations.iter().enumerate() {
        let heading = messages.text_with("quiz-situation", &[("number", Arg::from(s + 1))]);
        let _ = writeln!(out, "{}{heading}\n", if md { "## " } else { "" });
        for step in &situation.path {
            let question = &scenario.questions[step.question];
            let _ = writeln!(
                out,
                "- {} \u{2192} {}",
                text(&question.prompt),
                text(&question.choices[step.choice].label)
            );
        }
        let _ = writeln!(out);
        for item in &situation.items {
            number += 1;
            let _ = writeln!(
                out,
                "{}{number}. {}\n",
                if md { "### " } else { "" },
                m("quiz-which")
            );
            let given = messages.text_with(
                "quiz-given",
                &[(
                    "situation",
                    Arg::from(text(&item.about(scenario, &situation.path, messages))),
                )],
            );
            let _ = writeln!(out, "{}{given}\n", if md { "" } else { "   " });
            for (i, &r) in item.options.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "{}{}) {}",
                    if md { "- " } else { "   " },
                    letter(i),
                    text(&scenario.recommendations[r].text)
                );
            }
            if key {
                let i = item
                    .options
                    .iter()
                    .position(|&r| r == item.answer)
                    .unwrap_or_default();
                let answer = messages.text_with(
                    "quiz-answer",
                    &[
                        ("letter", Arg::from(letter(i).to_string())),
                        (
                            "id",
                            Arg::from(scenario.recommendations[item.answer].id.as_str()),
                        ),
                    ],
                );
                let _ = writeln!(out, "\n{}{answer}", if md { "> " } else { "   " });
            }
            let _ = writeln!(out);
        }
    }
    out
}

/// The graded result: score, then every missed item with the author's reasons; as text,
/// wrapped to `width` when given (a terminal).
pub fn result(
    scenario: &Scenario,
    seed: u64,
    name: Option<&str>,
    answered: &[Answered],
    format: Format,
    width: Option<usize>,
    messages: Messages,
) -> String {
    if format == Format::Json {
        return pretty(&result_value(scenario, seed, name, answered));
    }
    let score = answered.iter().filter(|a| a.correct()).count();
    let total = answered.len();
    let md = format == Format::Markdown;
    let text = |t: &str| {
        if md {
            escape(t)
        } else {
            printable(t).into_owned()
        }
    };
    // Markdown is left to its reader to wrap.
    let width = width.filter(|_| !md);
    let fill = |t: &str, first: &str, rest: &str| wrap(t, width, first, rest);
    let mut out = String::new();
    let counts = [("score", Arg::from(score)), ("total", Arg::from(total))];
    let title = match name {
        Some(n) => {
            let mut args = counts.to_vec();
            args.push(("name", Arg::from(text(&one_line(n)))));
            messages.text_with("quiz-result-for", &args)
        }
        None => messages.text_with("quiz-result", &counts),
    };
    let _ = writeln!(out, "{}\n", fill(&title, if md { "# " } else { "" }, ""));
    let missed: Vec<(usize, &Answered)> = answered
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.correct())
        .collect();
    if missed.is_empty() {
        let _ = writeln!(out, "{}", messages.text("quiz-all-right"));
        return out;
    }
    let _ = writeln!(
        out,
        "{}{}\n",
        if md { "## " } else { "" },
        messages.text("quiz-missed")
    );
    for (n, a) in missed {
        let answer = &scenario.recommendations[a.item.answer];
        let picked = a.picked.map_or_else(
            || messages.text("quiz-no-response"),
            |r| text(&scenario.recommendations[r].text),
        );
        let item = messages.text_with(
            "quiz-picked",
            &[
                ("number", Arg::from(n + 1)),
                ("situation", Arg::from(a.situation)),
                ("picked", Arg::from(picked)),
            ],
        );
        let _ = writeln!(out, "{}", fill(&item, "", "   "));
        let recommends = messages.text_with(
            "quiz-recommends",
            &[("text", Arg::from(text(&answer.text)))],
        );
        let _ = writeln!(out, "{}", fill(&recommends, "   ", "     "));
        let why = messages.text_with(
            "quiz-why",
            &[("rationale", Arg::from(text(&answer.rationale)))],
        );
        let _ = writeln!(out, "{}", fill(&why, "   ", "     "));
        for cite in &answer.cites {
            let cite = citation::cite(cite.paragraph, &text(&cite.quote));
            let _ = writeln!(out, "{}", fill(&cite, "   ", "     "));
        }
        let _ = writeln!(out);
    }
    out
}

/// The result as a JSON value, as [`result`] writes it with [`Format::Json`]: the event
/// protocol's `result`.
pub fn result_value(
    scenario: &Scenario,
    seed: u64,
    name: Option<&str>,
    answered: &[Answered],
) -> Value {
    let score = answered.iter().filter(|a| a.correct()).count();
    let total = answered.len();
    let id = |r: RecommendationIx| scenario.recommendations[r].id.as_str();
    json!({
        "scenario": scenario.id,
        "seed": seed,
        "name": name,
        "score": score,
        "total": total,
        "items": answered.iter().enumerate().map(|(n, a)| json!({
            "number": n + 1,
            "situation": a.situation,
            "answer": id(a.item.answer),
            "options": a.item.options.iter().map(|&r| id(r)).collect::<Vec<_>>(),
            "picked": a.picked.map(id),
            "correct": a.correct(),
        })).collect::<Vec<Value>>(),
    })
}

fn pretty(value: &Value) -> String {
    crate::export::to_json(value)
}
