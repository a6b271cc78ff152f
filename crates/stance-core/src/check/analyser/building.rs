//! Building the checked scenario once nothing stands in the way: the texts moved in, trimmed.

use crate::load::document::Document;
use crate::load::yaml::Spanned;
use crate::scenario::index::QuestionIx;
use crate::scenario::{Ending, GoldenTest, Question, Recommendation, Scenario, Source};

/// Moves the document's question, choice and ending texts into the checked scenario.
pub(super) fn with_texts(mut scenario: Scenario, doc: Document) -> Scenario {
    for (question, text) in scenario.questions.iter_mut().zip(doc.questions) {
        question.id = text.id.value;
        question.prompt = trimmed(text.prompt.value);
        question.context = text.context.map(|c| trimmed(c.value));
        question.discussion = text
            .discussion
            .into_vec()
            .into_iter()
            .map(|d| trimmed(d.value))
            .collect();
        question.facilitator_notes = text.facilitator_notes.map(|n| trimmed(n.value));
        for (choice, text) in question
            .choices
            .iter_mut()
            .zip(text.choices.value.into_vec())
        {
            choice.id = text.id.value;
            choice.label = trimmed(text.label.value);
        }
    }
    for (ending, text) in scenario.endings.iter_mut().zip(doc.endings) {
        ending.id = text.id.value;
        let texts = text.headline.map(Spanned::into_texts).unwrap_or_default();
        for (headline, text) in ending.headlines.iter_mut().zip(texts) {
            headline.text = trimmed(text);
        }
    }
    scenario.index_ids();
    scenario
}

/// The text without surrounding whitespace, reusing its buffer when there is none.
pub(super) fn trimmed(text: String) -> String {
    if text.trim().len() == text.len() {
        text
    } else {
        text.trim().to_owned()
    }
}

pub(super) fn build(
    doc: &Document,
    start: usize,
    questions: Vec<Question>,
    endings: Vec<Ending>,
    recommendations: Vec<Recommendation>,
    tests: Vec<GoldenTest>,
) -> Scenario {
    let text = |s: &Spanned<String>| s.value.trim().to_owned();
    let optional = |s: &Option<Spanned<String>>| s.as_ref().map(text);
    Scenario {
        id: doc.id.value.clone(),
        title: text(&doc.title),
        summary: optional(&doc.summary),
        source: Source {
            author: text(&doc.source.author),
            title: text(&doc.source.title),
            publisher: optional(&doc.source.publisher),
            date: optional(&doc.source.date),
            url: optional(&doc.source.url),
            note: optional(&doc.source.note),
            file: optional(&doc.source.file),
        },
        start: QuestionIx::new(start),
        questions,
        recommendations,
        endings,
        tests,
        language: None,
        questions_by_id: Box::default(),
        recommendations_by_id: Box::default(),
    }
}
