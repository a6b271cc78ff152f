//! Running a scenario's golden-path tests.

use crate::scenario::index::{QuestionIx, RecommendationIx};
use crate::scenario::{GoldenTest, Scenario};
use crate::walk;
use crate::walk::answers::Answers;
use crate::walk::walk_error::WalkError;

/// What running one test found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The recommendations the walk ended with, if it ended.
    pub actual: Vec<RecommendationIx>,
    /// The headline it ended with.
    pub headline: Option<String>,
    /// Why the walk could not be completed.
    pub problem: Option<String>,
    /// The questions the test answers and its walk never asks, in the test's order. They do
    /// not fail the test, as an unused `--answer` does not stop a walk; `stance check` warns
    /// about them (`skipped-answer`).
    pub skipped: Vec<QuestionIx>,
}

impl Outcome {
    /// Whether the test passed.
    pub fn passed(&self, test: &GoldenTest) -> bool {
        self.problem.is_none()
            && self.actual == test.expect
            && test
                .headline
                .as_ref()
                .is_none_or(|h| Some(h) == self.headline.as_ref())
    }
}

/// Walks the test's answers and collects the stance.
pub fn run(scenario: &Scenario, test: &GoldenTest) -> Outcome {
    let answers = Answers::from_pairs(test.answers.iter().copied());
    match walk::play(scenario, answers, None) {
        Ok(stance) => Outcome {
            actual: stance.recommendations.clone(),
            headline: stance.headline().map(str::to_owned),
            problem: None,
            skipped: stance.unused_answers.iter().map(|s| s.question).collect(),
        },
        Err(error) => Outcome {
            actual: Vec::new(),
            headline: None,
            skipped: Vec::new(),
            problem: Some(match error {
                WalkError::MissingAnswers(missing) => format!(
                    "the walk needs answers to {}",
                    missing
                        .iter()
                        .map(|m| format!("`{}`", m.question))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                WalkError::Answers(problems) => problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
                WalkError::Stopped(stop) => stop.to_string(),
            }),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::check::analyser::built_in_scenario;
    use crate::scenario::index::{ChoiceIx, QuestionIx};

    #[test]
    fn the_built_in_tests_pass() {
        let scenario = built_in_scenario();
        assert_eq!(scenario.tests.len(), 20);
        for test in &scenario.tests {
            let outcome = run(&scenario, test);
            assert!(outcome.passed(test), "{}: {outcome:?}", test.name);
        }
    }

    #[test]
    fn failures_say_why() {
        let scenario = built_in_scenario();
        let mut test = scenario.tests[0].clone();
        test.answers.pop();
        let outcome = run(&scenario, &test);
        assert!(!outcome.passed(&test));
        assert!(
            outcome
                .problem
                .as_deref()
                .is_some_and(|p| p.starts_with("the walk needs answers to")),
            "{outcome:?}"
        );
        let mut test = scenario.tests[0].clone();
        test.expect.reverse();
        assert!(!run(&scenario, &test).passed(&test));
    }

    #[test]
    fn an_answer_the_walk_skips_is_named_and_does_not_fail_the_test() {
        let scenario = built_in_scenario();
        // A test that leaves a question out, and that question.
        let (mut test, q) = scenario
            .tests
            .iter()
            .find_map(|test| {
                QuestionIx::all(scenario.questions.len())
                    .find(|q| test.answers.iter().all(|(asked, _)| asked != q))
                    .map(|q| (test.clone(), q))
            })
            .expect("a test that leaves a question out");
        test.answers.push((q, ChoiceIx::new(0)));
        let outcome = run(&scenario, &test);
        assert!(outcome.passed(&test), "{outcome:?}");
        assert_eq!(outcome.skipped, vec![q]);
    }
}
