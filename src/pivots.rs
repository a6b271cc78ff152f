//! Which answers matter: questions that change the stance, how widely each recommendation is
//! reached, and what a single change of answer does to a given walk.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use crate::answers::Answers;
use crate::error::Error;
use crate::paths::Paths;
use crate::scenario::{EndingIx, QuestionIx, RecommendationIx, Scenario};
use crate::stance::Stance;
use crate::walk::{self, Position, Step, Walk};

/// The most paths `analyze` enumerates before giving up.
pub const PATH_LIMIT: u64 = 200_000;

/// What one question does across all paths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionReport {
    /// The question.
    pub question: QuestionIx,
    /// How many paths ask it.
    pub paths: u64,
    /// How many distinct stances those paths reach.
    pub stances: usize,
    /// Whether, for some answers before it, its choices lead to different stances.
    pub pivotal: bool,
}

/// Every path's contribution, summed up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PivotReport {
    /// How many complete paths there are.
    pub paths: u64,
    /// How many distinct stances (ending plus recommendations) they reach.
    pub stances: usize,
    /// Per question, in author order.
    pub questions: Vec<QuestionReport>,
    /// Per recommendation, in author order: how many paths reach it.
    pub reach: Vec<u64>,
}

/// A stance as a comparable value: the ending and the recommendations in order.
type StanceKey = (EndingIx, Vec<RecommendationIx>);

/// Enumerates every path (at most [`PATH_LIMIT`]) and reports on questions and
/// recommendations.
pub fn pivots(scenario: &Scenario) -> Result<PivotReport, Error> {
    let mut stance_ids: FxHashMap<StanceKey, usize> = FxHashMap::default();
    let mut asked = vec![0u64; scenario.questions.len()];
    let mut through: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); scenario.questions.len()];
    // (question, answers before it) -> choice -> stances reached.
    let mut groups: FxHashMap<(QuestionIx, Vec<Step>), FxHashMap<usize, BTreeSet<usize>>> =
        FxHashMap::default();
    let mut reach = vec![0u64; scenario.recommendations.len()];
    let mut paths = 0u64;
    for stance in Paths::new(scenario) {
        paths += 1;
        if paths > PATH_LIMIT {
            return Err(too_many());
        }
        let next_id = stance_ids.len();
        let id = *stance_ids
            .entry((stance.ending, stance.recommendations.clone()))
            .or_insert(next_id);
        for &r in &stance.recommendations {
            reach[r] += 1;
        }
        for (k, step) in stance.path.iter().enumerate() {
            asked[step.question] += 1;
            through[step.question].insert(id);
            groups
                .entry((step.question, stance.path[..k].to_vec()))
                .or_default()
                .entry(step.choice)
                .or_default()
                .insert(id);
        }
    }
    let mut pivotal = vec![false; scenario.questions.len()];
    for ((question, _), by_choice) in &groups {
        let mut sets = by_choice.values();
        if let Some(first) = sets.next()
            && sets.any(|set| set != first)
        {
            pivotal[*question] = true;
        }
    }
    Ok(PivotReport {
        paths,
        stances: stance_ids.len(),
        questions: (0..scenario.questions.len())
            .map(|q| QuestionReport {
                question: q,
                paths: asked[q],
                stances: through[q].len(),
                pivotal: pivotal[q],
            })
            .collect(),
        reach,
    })
}

/// One other answer at one question of a fixed walk, and what it changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flip {
    /// The question.
    pub question: QuestionIx,
    /// The choice the walk took.
    pub from: usize,
    /// The other choice.
    pub to: usize,
    /// The outcomes: one, or one per way of answering questions the change newly reaches.
    pub outcomes: Vec<FlipOutcome>,
}

/// What a changed answer leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlipOutcome {
    /// Answers to questions the original walk did not reach, that this outcome assumes.
    pub also: Vec<Step>,
    /// Recommendations gained.
    pub adds: Vec<RecommendationIx>,
    /// Recommendations lost.
    pub removes: Vec<RecommendationIx>,
    /// Questions of the original walk that are no longer asked.
    pub skips: Vec<QuestionIx>,
}

/// Walks `answers` to the end, then tries each other offered answer at each question.
pub fn flips<'s>(
    scenario: &'s Scenario,
    answers: &Answers,
) -> Result<(Stance<'s>, Vec<Flip>), Error> {
    let base = walk::play(scenario, answers.clone(), None)?;
    let base_answers: Vec<Step> = base.path.clone();
    let mut flips = Vec::new();
    for (k, step) in base.path.iter().enumerate() {
        let mut prefix = Walk::new(scenario);
        for earlier in &base.path[..k] {
            prefix.answer(earlier.choice);
        }
        debug_assert_eq!(prefix.position(), Position::Question(step.question));
        for to in prefix.available(step.question) {
            if to == step.choice {
                continue;
            }
            let changed: Vec<Step> = base_answers
                .iter()
                .map(|s| {
                    if s.question == step.question {
                        Step {
                            question: s.question,
                            choice: to,
                        }
                    } else {
                        *s
                    }
                })
                .collect();
            let outcomes = completions(scenario, &changed)?
                .into_iter()
                .map(|alt| outcome(&base, &alt, &changed))
                .collect();
            flips.push(Flip {
                question: step.question,
                from: step.choice,
                to,
                outcomes,
            });
        }
    }
    Ok((base, flips))
}

/// Every complete walk that agrees with `answers` wherever it asks one of their questions
/// and still offers the answer given; where the answer is no longer offered, any choice will
/// do (and is reported as an extra answer).
fn completions<'s>(scenario: &'s Scenario, answers: &[Step]) -> Result<Vec<Stance<'s>>, Error> {
    let mut found = Vec::new();
    for (n, stance) in Paths::new(scenario).enumerate() {
        if n as u64 >= PATH_LIMIT {
            return Err(too_many());
        }
        let mut walk = Walk::new(scenario);
        let agrees = stance.path.iter().all(|s| {
            let given = answers.iter().find(|a| a.question == s.question);
            let fits = given.is_none_or(|a| {
                a.choice == s.choice || !walk.available(s.question).contains(&a.choice)
            });
            walk.answer(s.choice);
            fits
        });
        if agrees {
            found.push(stance);
        }
    }
    Ok(found)
}

fn outcome(base: &Stance<'_>, alt: &Stance<'_>, answers: &[Step]) -> FlipOutcome {
    FlipOutcome {
        also: alt
            .path
            .iter()
            .filter(|s| !answers.contains(s))
            .copied()
            .collect(),
        adds: alt
            .recommendations
            .iter()
            .filter(|r| !base.recommendations.contains(r))
            .copied()
            .collect(),
        removes: base
            .recommendations
            .iter()
            .filter(|r| !alt.recommendations.contains(r))
            .copied()
            .collect(),
        skips: base
            .path
            .iter()
            .map(|s| s.question)
            .filter(|q| !alt.path.iter().any(|s| s.question == *q))
            .collect(),
    }
}

fn too_many() -> Error {
    Error::Usage(format!(
        "the scenario has more than {PATH_LIMIT} paths, too many to analyse one by one; \
         `stance paths --count` counts them"
    ))
}

#[cfg(test)]
mod tests {
    use super::{flips, pivots};
    use crate::answers::Answers;
    use crate::catalog::built_in_scenario;

    #[test]
    fn every_built_in_question_is_pivotal() {
        let scenario = built_in_scenario();
        let report = pivots(&scenario).expect("small");
        assert_eq!(report.paths, 20);
        assert!(report.questions.iter().all(|q| q.pivotal));
        assert_eq!(
            report.questions[1].paths, 16,
            "nk_provocation is skipped after reunification"
        );
        let every: Vec<&str> = report
            .reach
            .iter()
            .enumerate()
            .filter(|(_, n)| **n == report.paths)
            .map(|(r, _)| scenario.recommendations[r].id.as_str())
            .collect();
        assert_eq!(
            every,
            [
                "bear_inevitable_costs",
                "strategic_dialogue",
                "reassure_china",
                "reassure_us_japan",
                "multilevel_cooperation",
                "cooperative_self_reliance"
            ]
        );
    }

    #[test]
    fn flipping_an_answer_names_what_changes() {
        let scenario = built_in_scenario();
        // reunification, inside SOFA, no pressure.
        let answers = Answers::from_pairs([(0, 2), (2, 0), (3, 1)]);
        let (_, flips) = flips(&scenario, &answers).expect("complete");
        let to_status_quo = flips
            .iter()
            .find(|f| f.question == 0 && f.to == 0)
            .expect("a flip to status_quo");
        // The North Korea question is newly reached: one outcome per answer to it.
        assert_eq!(to_status_quo.outcomes.len(), 2);
        let keep = scenario
            .recommendations
            .iter()
            .position(|r| r.id == "keep_objective");
        assert!(
            to_status_quo
                .outcomes
                .iter()
                .all(|o| o.adds.first().copied() == keep)
        );
        let focus = flips
            .iter()
            .find(|f| f.question == 3)
            .expect("a flip on regional_role");
        assert_eq!(focus.outcomes.len(), 1);
        assert_eq!(focus.outcomes[0].removes, Vec::<usize>::new());
        assert_eq!(focus.outcomes[0].adds.len(), 1);
    }
}
