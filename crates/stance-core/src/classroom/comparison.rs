//! A record beside the author's stance, point by point: at each answer what the author
//! recommends for it and why, or at each quiz item the pick beside the author's answer.

use serde::Serialize;

use crate::classroom::resolved_record::{ResolvedQuiz, ResolvedRecord};
use crate::scenario::index::QuestionIx;
use crate::scenario::{Recommendation, Scenario};
use crate::text::messages::{Arg, Messages};
use crate::walk::Walk;

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

impl Comparison {
    /// The comparison of a record set against its scenario, its headings in the words of
    /// `messages`.
    pub fn of(scenario: &Scenario, record: &ResolvedRecord, messages: Messages) -> Self {
        match &record.quiz {
            None => play(scenario, record, messages),
            Some(quiz) => self::quiz(scenario, record, quiz, messages),
        }
    }
}

/// A walk: at each answer, what the author recommends for it; at the end, what every walk
/// ending there gets.
fn play(scenario: &Scenario, record: &ResolvedRecord, messages: Messages) -> Comparison {
    let mut walk = Walk::new(scenario);
    for step in &record.steps {
        walk.answer(step.choice);
    }
    let stance = walk.stance(Vec::new());
    // What each step adds, found once: a finished walk's stance says which step added what.
    let mut added: Vec<Vec<AuthorView>> = (0..record.steps.len()).map(|_| Vec::new()).collect();
    let mut standing = Vec::new();
    if let Some(stance) = &stance {
        for (&r, source) in stance.recommendations.iter().zip(&stance.sources) {
            let view = AuthorView::of(&scenario.recommendations[r]);
            match source {
                Some(i) => added[*i].push(view),
                None => standing.push(view),
            }
        }
    } else {
        // An unfinished walk: what each answer adds given the answers before it.
        let mut answers = vec![None; scenario.questions.len()];
        for (i, step) in record.steps.iter().enumerate() {
            let answer = |q: QuestionIx| answers[q.index()];
            added[i] = scenario.questions[step.question].choices[step.choice]
                .recommends
                .iter()
                .filter(|r| r.when.as_ref().is_none_or(|w| w.holds(&answer)))
                .map(|r| AuthorView::of(&scenario.recommendations[r.recommendation]))
                .collect();
            answers[step.question.index()] = Some(step.choice);
        }
    }
    let mut entries: Vec<Entry> = record
        .steps
        .iter()
        .zip(added)
        .map(|(step, author)| {
            let question = &scenario.questions[step.question];
            Entry {
                heading: question.prompt.clone(),
                answer: Some(question.choices[step.choice].label.clone()),
                correct: None,
                note: record.notes.get(&step.question).cloned(),
                author,
            }
        })
        .collect();
    if let Some(stance) = &stance {
        entries.push(Entry {
            heading: stance
                .headline()
                .map_or_else(|| messages.text("compare-end-of-walk"), str::to_owned),
            answer: None,
            correct: None,
            note: None,
            author: standing,
        });
    }
    Comparison {
        scenario: scenario.id.clone(),
        name: record.name.clone(),
        kind: "play",
        finished: record.finished,
        entries,
        score: None,
    }
}

/// A quiz: each item's pick beside the author's recommendation and reasons.
fn quiz(
    scenario: &Scenario,
    record: &ResolvedRecord,
    quiz: &ResolvedQuiz,
    messages: Messages,
) -> Comparison {
    let entries = quiz
        .answered
        .iter()
        .map(|answered| {
            let situation = &quiz.situations[answered.situation - 1];
            let about = match answered.item.source {
                Some(_) => answered.item.about(scenario, &situation.path, messages),
                None => messages.text("compare-the-end"),
            };
            Entry {
                heading: messages.text_with(
                    "compare-situation",
                    &[
                        ("number", Arg::from(answered.situation)),
                        ("about", Arg::from(about)),
                    ],
                ),
                answer: Some(answered.picked.map_or_else(
                    || messages.text("quiz-no-response"),
                    |r| scenario.recommendations[r].text.clone(),
                )),
                correct: Some(answered.correct()),
                note: None,
                author: vec![AuthorView::of(
                    &scenario.recommendations[answered.item.answer],
                )],
            }
        })
        .collect();
    Comparison {
        scenario: scenario.id.clone(),
        name: record.name.clone(),
        kind: "quiz",
        finished: record.finished,
        entries,
        score: Some(quiz.score()),
    }
}
