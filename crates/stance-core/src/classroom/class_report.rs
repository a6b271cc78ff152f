//! A class's records summed up: per participant, per question, per recommendation.

use std::collections::BTreeMap;
use std::path::Path;

use crate::classroom::record::Kind;
use crate::classroom::resolved_record::ResolvedRecord;
use crate::scenario::Scenario;
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx, RecommendationIx};
use crate::walk::Walk;

/// One participant's line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    /// The name given, or the record file's name.
    pub name: String,
    /// Play or quiz.
    pub kind: Kind,
    /// Whether the record is complete, as the scenario says.
    pub finished: bool,
    /// For quizzes: right, and asked.
    pub score: Option<(usize, usize)>,
    /// For walks that ended: the ending and the recommendations reached, in walk order.
    pub stance: Option<(EndingIx, Vec<RecommendationIx>)>,
    /// For walks that ended: the headline the walk reached, if any.
    pub headline: Option<String>,
    /// The language of the translation they saw, if any.
    pub language: Option<String>,
}

/// The class summed up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassReport {
    /// In the order the records were given.
    pub participants: Vec<Participant>,
    /// How many walks took each choice, by question and choice.
    pub answers: BTreeMap<(QuestionIx, ChoiceIx), usize>,
    /// Per recommendation: how often quiz items asked for it, and how often it was missed.
    pub asked: BTreeMap<RecommendationIx, (usize, usize)>,
    /// Notes per question, with who wrote them, in record order.
    pub notes: BTreeMap<QuestionIx, Vec<(String, String)>>,
}

impl ClassReport {
    /// Sums up `records` of `scenario`, each resolved against it, with the paths they came
    /// from (which name a participant who gave no name).
    pub fn new(scenario: &Scenario, records: &[(String, ResolvedRecord)]) -> Self {
        let mut report = Self::default();
        for (path, record) in records {
            let name = record.name.clone().unwrap_or_else(|| {
                Path::new(path)
                    .file_stem()
                    .map_or_else(|| path.clone(), |s| s.to_string_lossy().into_owned())
            });
            for (&q, note) in &record.notes {
                report
                    .notes
                    .entry(q)
                    .or_default()
                    .push((name.clone(), note.clone()));
            }
            let mut stance = None;
            let mut headline = None;
            if record.kind == Kind::Play {
                let mut walk = Walk::new(scenario);
                for step in &record.steps {
                    walk.answer(step.choice);
                    *report
                        .answers
                        .entry((step.question, step.choice))
                        .or_default() += 1;
                }
                if let Some(reached) = walk.stance(Vec::new()) {
                    headline = reached.headline().map(str::to_owned);
                    stance = Some((reached.ending, reached.recommendations));
                }
            }
            let score = record.quiz.as_ref().map(|quiz| {
                for answered in &quiz.answered {
                    let entry = report.asked.entry(answered.item.answer).or_default();
                    entry.0 += 1;
                    if !answered.correct() {
                        entry.1 += 1;
                    }
                }
                quiz.score()
            });
            report.participants.push(Participant {
                name,
                kind: record.kind,
                finished: record.finished,
                score,
                stance,
                headline,
                language: record.language.clone(),
            });
        }
        report
    }

    /// How many participants saw each language, by tag, sorted; `None` for the scenario's
    /// own. Empty when every one saw the scenario as written.
    pub fn languages(&self) -> Vec<(Option<&str>, usize)> {
        let mut counts: BTreeMap<Option<&str>, usize> = BTreeMap::new();
        for p in &self.participants {
            *counts.entry(p.language.as_deref()).or_default() += 1;
        }
        if counts.keys().all(Option::is_none) {
            return Vec::new();
        }
        counts.into_iter().collect()
    }

    /// Recommendations missed at least once, most missed first (ties in author order).
    pub fn most_missed(&self) -> Vec<(RecommendationIx, usize, usize)> {
        let mut missed: Vec<(RecommendationIx, usize, usize)> = self
            .asked
            .iter()
            .filter(|(_, (_, missed))| *missed > 0)
            .map(|(&r, &(asked, missed))| (r, missed, asked))
            .collect();
        missed.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        missed
    }
}
