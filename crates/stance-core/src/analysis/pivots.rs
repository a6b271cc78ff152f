//! Which answers matter: questions that change the stance, how widely each recommendation is
//! reached, and what a single change of answer does to a given walk.
//!
//! Whether a question is pivotal depends on the sets of stances its choices lead to, which
//! only enumerating the walks can tell. So the walks are first measured over the scenario's
//! states (as `paths --count` counts them), and a scenario whose walks are too many or too
//! long to compare one by one is refused at once, before any is enumerated. The walks are
//! then compared in one pass, depth first: the walks below a shared beginning come one after
//! another, so each group of walks is judged as soon as it is complete and then forgotten,
//! and the cost follows the number of answers, not their square.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use crate::analysis::all_paths::AllPaths;
use crate::analysis::analysis_error::AnalysisError;
use crate::analysis::path_count::{Measure, measure};
use crate::scenario::Scenario;
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx, RecommendationIx};
use crate::walk::answers::Answers;
use crate::walk::stance::Stance;
use crate::walk::step::Step;
use crate::walk::{self, Position, Walk};

/// The most paths `analyze` enumerates.
pub const PATH_LIMIT: u64 = 200_000;

/// The most answers, over all the paths it enumerates, `analyze` compares.
pub const STEP_LIMIT: u64 = 5_000_000;

/// The most states measuring the walks follows.
pub const STATE_LIMIT: usize = 250_000;

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

/// The walks below one beginning that ask one question: the stances each choice leads to.
struct Group {
    question: QuestionIx,
    by_choice: FxHashMap<ChoiceIx, BTreeSet<usize>>,
}

impl Group {
    /// Whether the choices lead to different sets of stances.
    fn is_pivotal(&self) -> bool {
        let mut sets = self.by_choice.values();
        sets.next()
            .is_some_and(|first| sets.any(|set| set != first))
    }
}

/// Measures the walks and refuses, at once and with the reason, what is too much to
/// compare one by one.
pub fn admit(scenario: &Scenario) -> Result<Measure, AnalysisError> {
    let Some(found) = measure(scenario, STATE_LIMIT) else {
        return Err(too_much(&format!(
            "its walks pass through more than {STATE_LIMIT} states"
        )));
    };
    if found.paths > PATH_LIMIT {
        return Err(too_much(&format!(
            "it has {} paths, and stance compares at most {PATH_LIMIT}",
            shown(found.paths)
        )));
    }
    if found.steps > STEP_LIMIT {
        return Err(too_much(&format!(
            "its {} paths take {} answers in all, and stance compares at most {STEP_LIMIT}",
            found.paths,
            shown(found.steps)
        )));
    }
    Ok(found)
}

/// Enumerates every path (within [`admit`]'s limits) and reports on questions and
/// recommendations.
pub fn pivots(scenario: &Scenario) -> Result<PivotReport, AnalysisError> {
    admit(scenario)?;
    let mut stance_ids: FxHashMap<StanceKey, usize> = FxHashMap::default();
    let mut asked = vec![0u64; scenario.questions.len()];
    let mut through: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); scenario.questions.len()];
    let mut reach = vec![0u64; scenario.recommendations.len()];
    let mut pivotal = vec![false; scenario.questions.len()];
    // The groups of the current path's beginnings, one per depth.
    let mut open: Vec<Group> = Vec::new();
    let mut previous: Vec<Step> = Vec::new();
    let mut paths = 0u64;
    for stance in AllPaths::new(scenario) {
        paths += 1;
        let next_id = stance_ids.len();
        let id = *stance_ids
            .entry((stance.ending, stance.recommendations.clone()))
            .or_insert(next_id);
        for &r in &stance.recommendations {
            reach[r.index()] += 1;
        }
        // The groups deeper than where this path leaves the previous one are complete.
        let shared = stance
            .path
            .iter()
            .zip(&previous)
            .take_while(|(a, b)| a == b)
            .count();
        let keep = (shared + 1).min(open.len());
        for group in open.drain(keep..) {
            pivotal[group.question.index()] |= group.is_pivotal();
        }
        for (k, step) in stance.path.iter().enumerate() {
            asked[step.question.index()] += 1;
            through[step.question.index()].insert(id);
            if k == open.len() {
                open.push(Group {
                    question: step.question,
                    by_choice: FxHashMap::default(),
                });
            }
            open[k].by_choice.entry(step.choice).or_default().insert(id);
        }
        previous = stance.path;
    }
    for group in open {
        pivotal[group.question.index()] |= group.is_pivotal();
    }
    Ok(PivotReport {
        paths,
        stances: stance_ids.len(),
        questions: QuestionIx::all(scenario.questions.len())
            .map(|q| QuestionReport {
                question: q,
                paths: asked[q.index()],
                stances: through[q.index()].len(),
                pivotal: pivotal[q.index()],
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
    pub from: ChoiceIx,
    /// The other choice.
    pub to: ChoiceIx,
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
) -> Result<(Stance<'s>, Vec<Flip>), AnalysisError> {
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
/// and still offers the answer given; where the answer is no longer offered, or the
/// question has none, any offered choice will do (and is reported as an extra answer). Only
/// those walks are followed, within [`STEP_LIMIT`] answers in all.
fn completions<'s>(
    scenario: &'s Scenario,
    answers: &[Step],
) -> Result<Vec<Stance<'s>>, AnalysisError> {
    let given: FxHashMap<QuestionIx, ChoiceIx> =
        answers.iter().map(|s| (s.question, s.choice)).collect();
    let mut found = Vec::new();
    let mut walk = Walk::new(scenario);
    // Per answered question on the current walk: the choices to try there, and the next.
    let mut frames: Vec<(Vec<ChoiceIx>, usize)> = Vec::new();
    let mut steps = 0u64;
    let mut forward = true;
    loop {
        if forward {
            match walk.position() {
                Position::Ended(_) => {
                    found.extend(walk.stance(Vec::new()));
                    forward = false;
                }
                Position::Question(q) => {
                    let offered = walk.available(q);
                    let choices = match given.get(&q) {
                        Some(c) if offered.contains(c) => vec![*c],
                        _ => offered,
                    };
                    if let Some(&first) = choices.first() {
                        steps += 1;
                        if steps > STEP_LIMIT {
                            return Err(too_much(&format!(
                                "the walks a changed answer leads to take more than {STEP_LIMIT} answers"
                            )));
                        }
                        walk.answer(first);
                        frames.push((choices, 1));
                    } else {
                        forward = false;
                    }
                }
            }
        } else {
            let Some((choices, next)) = frames.last_mut() else {
                break;
            };
            walk.back();
            if let Some(&choice) = choices.get(*next) {
                *next += 1;
                walk.answer(choice);
                forward = true;
            } else {
                frames.pop();
            }
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

/// Refuses an analysis, saying why.
fn too_much(reason: &str) -> AnalysisError {
    AnalysisError::TooLarge {
        reason: reason.to_owned(),
    }
}

/// A count that may have saturated, as what it means.
fn shown(n: u64) -> String {
    if n == u64::MAX {
        format!("at least {}", u64::MAX)
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{flips, pivots};
    use crate::check::analyser;
    use crate::check::analyser::built_in_scenario;
    use crate::scenario::index::{ChoiceIx, QuestionIx, RecommendationIx};
    use crate::walk::answers::Answers;

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

    /// A chain of questions where choice `c` leads `1 + c % skip` questions on, each adding
    /// one of three recommendations, which depends on the choice when `by_choice`.
    fn generated(questions: usize, fanout: usize, skip: usize, by_choice: bool) -> String {
        use std::fmt::Write as _;
        let mut text = String::from(
            "format: 1\nid: gen\ntitle: G\nsource: {author: a, title: t}\nstart: q0\nquestions:\n",
        );
        for i in 0..questions {
            let _ = write!(text, "  - id: q{i}\n    prompt: Q?\n    choices:\n");
            for c in 0..fanout {
                let jump = i + 1 + c % skip;
                let next = if jump >= questions {
                    "end".to_owned()
                } else {
                    format!("q{jump}")
                };
                let _ = writeln!(
                    text,
                    "      - {{id: c{c}, label: C, recommends: [r{}], next: {next}}}",
                    (i + if by_choice { c } else { 0 }) % 3
                );
            }
        }
        text.push_str("recommendations:\n");
        for r in 0..3 {
            let _ = writeln!(
                text,
                "  - {{id: r{r}, text: T., rationale: R., basis: explicit, cites: [{{paragraph: 1, quote: q}}]}}"
            );
        }
        text.push_str("endings:\n  - id: end\n");
        text
    }

    /// A question and the answers before it.
    type Beginning = (usize, Vec<(usize, usize)>);

    /// The plain definition, enumerating and keeping every beginning: for comparison.
    fn pivotal_by_definition(scenario: &crate::scenario::Scenario) -> Vec<bool> {
        use std::collections::{BTreeMap, BTreeSet};
        let mut ids: BTreeMap<(usize, Vec<usize>), usize> = BTreeMap::new();
        let mut groups: BTreeMap<Beginning, BTreeMap<usize, BTreeSet<usize>>> = BTreeMap::new();
        for stance in crate::analysis::all_paths::AllPaths::new(scenario) {
            let next = ids.len();
            let id = *ids
                .entry((
                    stance.ending.index(),
                    stance.recommendations.iter().map(|r| r.index()).collect(),
                ))
                .or_insert(next);
            let steps: Vec<(usize, usize)> = stance
                .path
                .iter()
                .map(|s| (s.question.index(), s.choice.index()))
                .collect();
            for (k, &(question, choice)) in steps.iter().enumerate() {
                groups
                    .entry((question, steps[..k].to_vec()))
                    .or_default()
                    .entry(choice)
                    .or_default()
                    .insert(id);
            }
        }
        let mut pivotal = vec![false; scenario.questions.len()];
        for ((question, _), by_choice) in groups {
            let mut sets = by_choice.values();
            if let Some(first) = sets.next()
                && sets.any(|set| set != first)
            {
                pivotal[question] = true;
            }
        }
        pivotal
    }

    #[test]
    fn one_pass_finds_what_the_definition_finds() {
        let mut scenarios = vec![built_in_scenario(), crate::export::hostile_scenario()];
        for file in crate::load::catalog::built_in_files() {
            scenarios.extend(analyser::check_file(&file, None).scenario);
        }
        let gated = include_str!("../../../../tests/fixtures/valid/gated.yaml");
        scenarios.extend(
            analyser::check_file(
                &crate::load::scenario_file::ScenarioFile::new("g", gated),
                None,
            )
            .scenario,
        );
        for (questions, fanout, skip, by_choice) in [
            (6, 2, 1, true),
            (7, 3, 2, true),
            (9, 2, 3, true),
            (5, 4, 4, true),
            (6, 2, 1, false),
            (8, 2, 2, false),
            (9, 3, 3, false),
        ] {
            let text = generated(questions, fanout, skip, by_choice);
            scenarios.extend(
                analyser::check_file(
                    &crate::load::scenario_file::ScenarioFile::new("gen", text),
                    None,
                )
                .scenario,
            );
        }
        assert_eq!(scenarios.len(), 12);
        let mut seen = (false, false);
        for scenario in &scenarios {
            let report = pivots(scenario).expect("small");
            let found: Vec<bool> = report.questions.iter().map(|q| q.pivotal).collect();
            assert_eq!(found, pivotal_by_definition(scenario), "{}", scenario.id);
            seen.0 |= found.contains(&true);
            seen.1 |= found.contains(&false);
        }
        assert_eq!(seen, (true, true), "both kinds of question are compared");
    }

    #[test]
    fn flipping_an_answer_names_what_changes() {
        let scenario = built_in_scenario();
        // reunification, inside SOFA, no pressure.
        let (q, c) = (QuestionIx::new, ChoiceIx::new);
        let answers = Answers::from_pairs([(q(0), c(2)), (q(2), c(0)), (q(3), c(1))]);
        let (_, flips) = flips(&scenario, &answers).expect("complete");
        let to_status_quo = flips
            .iter()
            .find(|f| f.question == q(0) && f.to == c(0))
            .expect("a flip to status_quo");
        // The North Korea question is newly reached: one outcome per answer to it.
        assert_eq!(to_status_quo.outcomes.len(), 2);
        let keep = scenario
            .recommendations
            .iter()
            .position(|r| r.id == "keep_objective")
            .map(RecommendationIx::new);
        assert!(
            to_status_quo
                .outcomes
                .iter()
                .all(|o| o.adds.first().copied() == keep)
        );
        let focus = flips
            .iter()
            .find(|f| f.question == q(3))
            .expect("a flip on regional_role");
        assert_eq!(focus.outcomes.len(), 1);
        assert_eq!(focus.outcomes[0].removes, Vec::new());
        assert_eq!(focus.outcomes[0].adds.len(), 1);
    }
}
