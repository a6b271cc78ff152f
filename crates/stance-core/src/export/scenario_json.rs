//! The whole checked scenario as JSON, with ids in place of indices (`stance show --format json`).

use serde::Serialize;
use serde_json::{Value, json};

use crate::scenario::condition::Condition;
use crate::scenario::{Basis, Cite, Ending, Next, Recommends, Scenario};

#[derive(Serialize)]
struct Document<'a> {
    id: &'a str,
    title: &'a str,
    summary: Option<&'a str>,
    source: Value,
    start: &'a str,
    questions: Vec<Value>,
    recommendations: Vec<Value>,
    endings: Vec<Value>,
    tests: Vec<Value>,
}

/// Renders the scenario as pretty-printed JSON, ending in a newline; facilitator notes only
/// for a facilitator.
pub fn render(scenario: &Scenario, facilitator: bool) -> String {
    let s = scenario;
    let next = |next: Next| match next {
        Next::Question(q) => json!({"question": s.questions[q].id}),
        Next::Ending(e) => json!({"ending": s.endings[e].id}),
    };
    let recommends = |items: &[Recommends]| -> Vec<Value> {
        items
            .iter()
            .map(|item| {
                json!({
                    "id": s.recommendations[item.recommendation].id,
                    "when": item.when.as_ref().map(|c| condition(s, c)),
                })
            })
            .collect()
    };
    let document = Document {
        id: &s.id,
        title: &s.title,
        summary: s.summary.as_deref(),
        source: json!({
            "author": s.source.author,
            "title": s.source.title,
            "publisher": s.source.publisher,
            "date": s.source.date,
            "url": s.source.url,
            "note": s.source.note,
            "file": s.source.file,
        }),
        start: &s.questions[s.start].id,
        questions: s
            .questions
            .iter()
            .map(|q| {
                json!({
                    "id": q.id,
                    "prompt": q.prompt,
                    "context": q.context,
                    "discussion": q.discussion,
                    "facilitator_notes": if facilitator { q.facilitator_notes.as_deref() } else { None },
                    "when": q.gate.as_ref().map(|g| condition(s, &g.when)),
                    "otherwise": q.gate.as_ref().map(|g| next(g.otherwise)),
                    "basis": q.basis.map(Basis::as_str),
                    "cites": cites(&q.cites),
                    "choices": q.choices.iter().map(|c| json!({
                        "id": c.id,
                        "label": c.label,
                        "when": c.when.as_ref().map(|w| condition(s, w)),
                        "recommends": recommends(&c.recommends),
                        "basis": c.basis.map(Basis::as_str),
                        "cites": cites(&c.cites),
                        "next": next(c.next),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect(),
        recommendations: s
            .recommendations
            .iter()
            .map(|r| {
                json!({
                    "id": r.id,
                    "text": r.text,
                    "rationale": r.rationale,
                    "basis": r.basis.as_str(),
                    "talking_points": r.talking_points,
                    "cites": cites(&r.cites),
                })
            })
            .collect(),
        endings: s
            .endings
            .iter()
            .map(|e| {
                json!({
                    "id": e.id,
                    "headline": headline(e),
                    "headlines": headlines(s, e),
                    "recommends": recommends(&e.recommends),
                })
            })
            .collect(),
        tests: s
            .tests
            .iter()
            .map(|t| {
                json!({
                    "name": t.name,
                    "answers": t.answers.iter().map(|&(q, c)| json!({
                        "question": s.questions[q].id,
                        "choice": s.questions[q].choices[c].id,
                    })).collect::<Vec<_>>(),
                    "expect": t.expect.iter().map(|&r| &s.recommendations[r].id).collect::<Vec<_>>(),
                    "headline": t.headline,
                })
            })
            .collect(),
    };
    crate::export::to_json(&document)
}

/// The headline every walk that ends at `ending` gets, when it does not depend on the walk.
fn headline(ending: &Ending) -> Option<&str> {
    ending
        .headlines
        .first()
        .filter(|h| h.when.is_none())
        .map(|h| h.text.as_str())
}

/// An ending's headlines as JSON: `[{"text", "when"}]`, in the order they are tried.
fn headlines(scenario: &Scenario, ending: &Ending) -> Vec<Value> {
    ending
        .headlines
        .iter()
        .map(|h| {
            json!({
                "text": h.text,
                "when": h.when.as_ref().map(|w| condition(scenario, w)),
            })
        })
        .collect()
}

/// Citations as JSON: `[{"paragraph", "quote"}]`.
fn cites(cites: &[Cite]) -> Vec<Value> {
    cites
        .iter()
        .map(|c| match &c.gloss {
            Some(gloss) => json!({"paragraph": c.paragraph, "quote": c.quote, "gloss": gloss}),
            None => json!({"paragraph": c.paragraph, "quote": c.quote}),
        })
        .collect()
}

/// A condition as JSON: `{"question": q, "choices": [...]}`, `{"all": [...]}`,
/// `{"any": [...]}` or `{"not": ...}`.
pub fn condition(scenario: &Scenario, condition: &Condition) -> Value {
    match condition {
        Condition::Answer { question, choices } => {
            let question = &scenario.questions[*question];
            json!({
                "question": question.id,
                "choices": choices.iter().map(|&c| &question.choices[c].id).collect::<Vec<_>>(),
            })
        }
        Condition::All(items) => {
            json!({"all": items.iter().map(|c| self::condition(scenario, c)).collect::<Vec<_>>()})
        }
        Condition::Any(items) => {
            json!({"any": items.iter().map(|c| self::condition(scenario, c)).collect::<Vec<_>>()})
        }
        Condition::Not(inner) => json!({"not": self::condition(scenario, inner)}),
    }
}
