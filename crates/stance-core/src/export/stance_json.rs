//! The JSON form of a stance: a contract, documented in `docs/output.md`.

use serde::Serialize;

use crate::scenario::Source;
use crate::walk::stance::Stance;

#[derive(Serialize)]
struct Document<'a> {
    scenario: ScenarioInfo<'a>,
    path: Vec<PathStep<'a>>,
    ending: &'a str,
    headline: Option<&'a str>,
    recommendations: Vec<Recommendation<'a>>,
    unused_answers: Vec<Answer<'a>>,
    notes: Vec<Note<'a>>,
}

#[derive(Serialize)]
struct Note<'a> {
    question: &'a str,
    note: &'a str,
}

#[derive(Serialize)]
struct ScenarioInfo<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    source: SourceInfo<'a>,
}

#[derive(Serialize)]
struct SourceInfo<'a> {
    author: &'a str,
    title: &'a str,
    publisher: Option<&'a str>,
    date: Option<&'a str>,
    url: Option<&'a str>,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct PathStep<'a> {
    question: &'a str,
    prompt: &'a str,
    choice: &'a str,
    label: &'a str,
}

#[derive(Serialize)]
struct Recommendation<'a> {
    id: &'a str,
    text: &'a str,
    rationale: &'a str,
    basis: &'a str,
    cites: Vec<Cite<'a>>,
}

#[derive(Serialize)]
struct Cite<'a> {
    paragraph: u32,
    quote: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    gloss: Option<&'a str>,
}

#[derive(Serialize)]
struct Answer<'a> {
    question: &'a str,
    choice: &'a str,
}

/// Renders the stance as pretty-printed JSON, ending in a newline.
pub fn render(stance: &Stance<'_>) -> String {
    crate::export::to_json(&document(stance))
}

/// The stance as a JSON value, as [`render`] writes it: the event protocol's `stance`.
pub fn value(stance: &Stance<'_>) -> serde_json::Value {
    serde_json::to_value(document(stance))
        .unwrap_or_else(|_| unreachable!("stance serialises only plain data"))
}

fn document<'a>(stance: &'a Stance<'_>) -> Document<'a> {
    let scenario = stance.scenario;
    Document {
        scenario: ScenarioInfo {
            id: &scenario.id,
            title: &scenario.title,
            language: scenario.language.as_deref(),
            source: source_info(&scenario.source),
        },
        path: stance
            .path
            .iter()
            .map(|step| {
                let question = &scenario.questions[step.question];
                let choice = &question.choices[step.choice];
                PathStep {
                    question: &question.id,
                    prompt: &question.prompt,
                    choice: &choice.id,
                    label: &choice.label,
                }
            })
            .collect(),
        ending: &stance.ending().id,
        headline: stance.headline(),
        recommendations: stance
            .recommendations()
            .map(|r| Recommendation {
                id: &r.id,
                text: &r.text,
                rationale: &r.rationale,
                basis: r.basis.as_str(),
                cites: r
                    .cites
                    .iter()
                    .map(|c| Cite {
                        paragraph: c.paragraph,
                        quote: &c.quote,
                        gloss: c.gloss.as_deref(),
                    })
                    .collect(),
            })
            .collect(),
        unused_answers: stance
            .unused()
            .map(|(question, choice, _)| Answer { question, choice })
            .collect(),
        notes: stance
            .notes
            .iter()
            .map(|(&q, note)| Note {
                question: &scenario.questions[q].id,
                note,
            })
            .collect(),
    }
}

fn source_info(source: &Source) -> SourceInfo<'_> {
    SourceInfo {
        author: &source.author,
        title: &source.title,
        publisher: source.publisher.as_deref(),
        date: source.date.as_deref(),
        url: source.url.as_deref(),
        note: source.note.as_deref(),
    }
}
