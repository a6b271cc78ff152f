//! A record set against its scenario: every id resolved, the walk replayed step by step, the
//! quiz drawn again from its seed and compared item by item.
//!
//! A record comes from a participant's machine and may have been edited on the way. What it
//! says of scores and of being finished is never believed: both are recomputed here, from
//! the scenario, and every command that reads a record (`compare`, `report`, `play
//! --resume`, `quiz --resume`) reads it through here.

use std::collections::btree_map::Entry;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::classroom::quiz_items::{self, Answered, Situation};
use crate::classroom::record::{Kind, QuizRecord, Record, content_hash};
use crate::classroom::record_error::RecordError;
use crate::scenario::Scenario;
use crate::scenario::index::{ChoiceIx, QuestionIx, RecommendationIx};
use crate::scenario::translation::is_language_tag;
use crate::text::printable;
use crate::walk::step::{Notes, Step};
use crate::walk::{Position, Walk};

/// A record whose every part fits its scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedRecord {
    /// Play or quiz.
    pub kind: Kind,
    /// Who, if named.
    pub name: Option<String>,
    /// The answers, in the order the walk asks them: a walk of the scenario.
    pub steps: Vec<Step>,
    /// Every note, on answered questions or not.
    pub notes: Notes,
    /// Whether the walk reached an ending, or the quiz has every item answered.
    pub finished: bool,
    /// Whether the scenario's text is not the one the record was made with.
    pub changed: bool,
    /// The language of the translation the participant saw, if any.
    pub language: Option<String>,
    /// The quiz, for quiz records.
    pub quiz: Option<ResolvedQuiz>,
}

/// A recorded quiz, drawn again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedQuiz {
    /// Its seed.
    pub seed: u64,
    /// Its situations, as the seed (or the participant's own walk) gives them.
    pub situations: Vec<Situation>,
    /// The items answered, in order; each is the item the quiz puts at that place.
    pub answered: Vec<Answered>,
}

impl ResolvedQuiz {
    /// Items answered right, and items answered.
    pub fn score(&self) -> (usize, usize) {
        let right = self.answered.iter().filter(|a| a.correct()).count();
        (right, self.answered.len())
    }

    /// How many items the whole quiz has.
    pub fn items(&self) -> usize {
        self.situations.iter().map(|s| s.items.len()).sum()
    }
}

impl ResolvedRecord {
    /// Resolves `record` (read from the file shown as `shown`) against `scenario`, whose
    /// file text is `text`. A record of another scenario, or one that names what the
    /// scenario lacks, is refused: as stale when the scenario's text has changed since the
    /// record was made, as edited otherwise.
    pub fn new(
        scenario: &Scenario,
        text: &str,
        record: &Record,
        shown: &str,
    ) -> Result<Self, RecordError> {
        if record.scenario.id != scenario.id {
            return Err(RecordError::OtherScenario {
                path: shown.to_owned(),
                found: record.scenario.id.clone(),
                expected: scenario.id.clone(),
            });
        }
        let changed = record.scenario.hash != content_hash(text);
        let fault = |reason: String| {
            if changed {
                RecordError::Stale {
                    path: shown.to_owned(),
                    reason,
                }
            } else {
                RecordError::Bad {
                    path: shown.to_owned(),
                    reason,
                }
            }
        };
        if let Some(language) = &record.scenario.language
            && !is_language_tag(language)
        {
            return Err(RecordError::Bad {
                path: shown.to_owned(),
                reason: format!(
                    "its `language`, `{}`, is not a language tag such as `ko`",
                    printable::one_line(language)
                ),
            });
        }
        let (steps, mut notes) = replay(scenario, record, changed).map_err(fault)?;
        for kept in &record.notes {
            let Some(q) = scenario.question_ix(&kept.question) else {
                return Err(fault(format!(
                    "`notes` names question `{}`, which the scenario does not have",
                    kept.question
                )));
            };
            match notes.entry(q) {
                Entry::Vacant(entry) => {
                    entry.insert(kept.note.clone());
                }
                Entry::Occupied(_) => {
                    return Err(fault(format!(
                        "`notes` holds a second note on question `{}`",
                        kept.question
                    )));
                }
            }
        }
        let ended = {
            let mut walk = Walk::new(scenario);
            for step in &steps {
                walk.answer(step.choice);
            }
            matches!(walk.position(), Position::Ended(_))
        };
        let quiz = match &record.quiz {
            Some(recorded) => Some(redraw(scenario, recorded, &steps, ended).map_err(fault)?),
            None => None,
        };
        let finished = match &quiz {
            Some(quiz) => quiz.answered.len() == quiz.items(),
            None => ended,
        };
        Ok(Self {
            kind: record.kind,
            name: record.name.clone(),
            steps,
            notes,
            finished,
            changed,
            language: record.scenario.language.clone(),
            quiz,
        })
    }
}

/// The record's steps as a walk, with the notes they carry. Each step must name a question
/// and choice of the scenario, each question once, and the walk must take every step where
/// it stands; while the scenario is unchanged, in the record's order too.
fn replay(
    scenario: &Scenario,
    record: &Record,
    changed: bool,
) -> Result<(Vec<Step>, Notes), String> {
    // Question to (place in the record, choice).
    let mut given: FxHashMap<QuestionIx, (usize, ChoiceIx)> = FxHashMap::default();
    let mut notes = Notes::new();
    for (i, step) in record.steps.iter().enumerate() {
        let Some(q) = scenario.question_ix(&step.question) else {
            return Err(format!(
                "step {}: question `{}` is not in the scenario",
                i + 1,
                step.question
            ));
        };
        let Some(c) = scenario.questions[q].choice_ix(&step.choice) else {
            return Err(format!(
                "step {}: question `{}` has no choice `{}`",
                i + 1,
                step.question,
                step.choice
            ));
        };
        if given.insert(q, (i, c)).is_some() {
            return Err(format!(
                "step {}: question `{}` is answered twice",
                i + 1,
                step.question
            ));
        }
        if let Some(note) = &step.note {
            notes.insert(q, note.clone());
        }
    }
    let mut walk = Walk::new(scenario);
    // The first step the walk takes at another place than the record's.
    let mut misplaced = None;
    while let Position::Question(q) = walk.position() {
        let Some(&(i, c)) = given.get(&q) else {
            break;
        };
        let question = &scenario.questions[q];
        let at = walk.steps().len();
        if i != at && misplaced.is_none() {
            misplaced = Some(format!(
                "step {}: the walk asks `{}` at step {}, not there",
                i + 1,
                question.id,
                at + 1
            ));
        }
        if !walk.answer(c) {
            return Err(format!(
                "step {}: question `{}` does not offer `{}` after the answers before it",
                i + 1,
                question.id,
                question.choices[c].id
            ));
        }
    }
    if walk.steps().len() < record.steps.len() {
        let taken: FxHashSet<QuestionIx> = walk.steps().iter().map(|s| s.question).collect();
        let first_left = given
            .iter()
            .filter(|(q, _)| !taken.contains(q))
            .map(|(&q, &(i, _))| (i, q))
            .min()
            .unwrap_or((0, scenario.start));
        return Err(format!(
            "step {}: the walk never reaches question `{}`",
            first_left.0 + 1,
            scenario.questions[first_left.1].id
        ));
    }
    match misplaced {
        Some(reason) if !changed => Err(reason),
        _ => Ok((walk.steps().to_vec(), notes)),
    }
}

/// The quiz the record's seed (or walk) gives, with each recorded item checked against the
/// item the quiz puts at its place.
fn redraw(
    scenario: &Scenario,
    recorded: &QuizRecord,
    steps: &[Step],
    ended: bool,
) -> Result<ResolvedQuiz, String> {
    let seed = recorded.seed;
    let situations = if steps.is_empty() {
        quiz_items::draw(scenario, seed, recorded.situations)
    } else {
        if !ended {
            return Err("the quiz's own walk does not reach an ending".to_owned());
        }
        if recorded.situations != 1 {
            return Err(format!(
                "a quiz on the participant's own walk has 1 situation, not {}",
                recorded.situations
            ));
        }
        vec![
            quiz_items::for_walk(scenario, seed, steps.to_vec())
                .ok_or("the walk for the quiz does not follow the scenario")?,
        ]
    };
    let all: Vec<(usize, &Situation, &quiz_items::Item)> = situations
        .iter()
        .enumerate()
        .flat_map(|(s, situation)| {
            situation
                .items
                .iter()
                .map(move |item| (s + 1, situation, item))
        })
        .collect();
    if recorded.items.len() > all.len() {
        return Err(format!(
            "it holds {} quiz items, but the quiz (seed {seed}) has {}",
            recorded.items.len(),
            all.len()
        ));
    }
    let id = |r: RecommendationIx| scenario.recommendations[r].id.as_str();
    let mut answered = Vec::with_capacity(recorded.items.len());
    for (n, (saved, &(s, situation, item))) in recorded.items.iter().zip(&all).enumerate() {
        let n = n + 1;
        let differs = |field: &str| {
            format!("quiz item {n}: its `{field}` is not what the quiz (seed {seed}) puts there")
        };
        if saved.situation != s {
            return Err(differs("situation"));
        }
        if saved.answer != id(item.answer) {
            return Err(differs("answer"));
        }
        if !saved
            .options
            .iter()
            .map(String::as_str)
            .eq(item.options.iter().map(|&r| id(r)))
        {
            return Err(differs("options"));
        }
        if saved.ending != item.source.is_none() {
            return Err(differs("ending"));
        }
        let upto = item.source.map_or(situation.path.len(), |i| i + 1);
        let path_fits = saved.path.len() == upto
            && saved.path.iter().zip(&situation.path).all(|(p, step)| {
                let question = &scenario.questions[step.question];
                p.question == question.id && p.choice == question.choices[step.choice].id
            });
        if !path_fits {
            return Err(differs("path"));
        }
        // `Record::parse` made sure a pick is one of the options.
        let picked = item
            .options
            .iter()
            .copied()
            .find(|&r| id(r) == saved.picked);
        answered.push(Answered {
            situation: s,
            item: item.clone(),
            picked,
        });
    }
    Ok(ResolvedQuiz {
        seed,
        situations,
        answered,
    })
}

#[cfg(test)]
mod resolved_record_tests;
