//! A class's records summed up: per participant, per question, per recommendation.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::Error;
use crate::record::{Kind, Record};
use crate::scenario::{QuestionIx, RecommendationIx, Scenario};
use crate::walk::Walk;

/// One participant's line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    /// The name given, or the record file's name.
    pub name: String,
    /// Play or quiz.
    pub kind: Kind,
    /// Whether the record is complete.
    pub finished: bool,
    /// For quizzes: right, and asked.
    pub score: Option<(usize, usize)>,
    /// For walks that ended: the ending's id and the recommendation ids reached.
    pub stance: Option<(String, Vec<String>)>,
}

/// The class summed up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassReport {
    /// In the order the records were given.
    pub participants: Vec<Participant>,
    /// How many walks took each choice, by question and choice.
    pub answers: BTreeMap<(QuestionIx, usize), usize>,
    /// Per recommendation: how often quiz items asked for it, and how often it was missed.
    pub asked: BTreeMap<RecommendationIx, (usize, usize)>,
    /// Notes per question, with who wrote them, in record order.
    pub notes: BTreeMap<QuestionIx, Vec<(String, String)>>,
}

impl ClassReport {
    /// Sums up `records` (with the paths they came from) of `scenario`.
    pub fn new(scenario: &Scenario, records: &[(String, Record)]) -> Result<Self, Error> {
        let mut report = Self::default();
        for (path, record) in records {
            if record.scenario.id != scenario.id {
                return Err(Error::StaleRecord {
                    path: path.clone(),
                    reason: format!(
                        "it was made with scenario `{}`, not `{}`",
                        record.scenario.id, scenario.id
                    ),
                });
            }
            let name = record.name.clone().unwrap_or_else(|| {
                Path::new(path)
                    .file_stem()
                    .map_or_else(|| path.clone(), |s| s.to_string_lossy().into_owned())
            });
            let mut walk = Walk::new(scenario);
            for step in &record.steps {
                let resolved = scenario.question_ix(&step.question).and_then(|q| {
                    scenario.questions[q]
                        .choice_ix(&step.choice)
                        .map(|c| (q, c))
                });
                let Some((q, c)) = resolved else {
                    return Err(Error::StaleRecord {
                        path: path.clone(),
                        reason: format!(
                            "`{}={}` is no longer in the scenario",
                            step.question, step.choice
                        ),
                    });
                };
                walk.answer(c);
                if record.kind == Kind::Play {
                    *report.answers.entry((q, c)).or_default() += 1;
                }
                if let Some(note) = &step.note {
                    report
                        .notes
                        .entry(q)
                        .or_default()
                        .push((name.clone(), note.clone()));
                }
            }
            let stance = walk.stance(Vec::new()).map(|stance| {
                (
                    stance.ending().id.clone(),
                    stance.recommendation_ids().map(str::to_owned).collect(),
                )
            });
            let score = record.quiz.as_ref().map(|quiz| {
                for item in &quiz.items {
                    if let Some(r) = scenario
                        .recommendations
                        .iter()
                        .position(|x| x.id == item.answer)
                    {
                        let entry = report.asked.entry(r).or_default();
                        entry.0 += 1;
                        if !item.correct() {
                            entry.1 += 1;
                        }
                    }
                }
                (
                    quiz.items.iter().filter(|i| i.correct()).count(),
                    quiz.items.len(),
                )
            });
            report.participants.push(Participant {
                name,
                kind: record.kind,
                finished: record.finished,
                score,
                stance: if record.kind == Kind::Play {
                    stance
                } else {
                    None
                },
            });
        }
        Ok(report)
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
