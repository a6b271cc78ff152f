//! The end of a walk: the path taken and the author's stance on it.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx, RecommendationIx};
use crate::scenario::{Ending, Recommendation, Recommends, Scenario};
use crate::walk::step::{Notes, Step};

/// Where a walk ended and what the author recommends there.
#[derive(Clone, Debug)]
pub struct Stance<'s> {
    /// The scenario walked.
    pub scenario: &'s Scenario,
    /// The answers, in order.
    pub path: Vec<Step>,
    /// The ending reached.
    pub ending: EndingIx,
    /// The recommendations, in the order the walk added them, each once.
    pub recommendations: Vec<RecommendationIx>,
    /// For each recommendation, the step whose choice added it; `None` for the ending.
    pub sources: Vec<Option<usize>>,
    /// Answers given for questions the walk never reached.
    pub unused_answers: Vec<Step>,
    /// Notes written on questions during the walk.
    pub notes: Notes,
}

impl<'s> Stance<'s> {
    /// Collects the stance of a finished walk.
    pub fn new(
        scenario: &'s Scenario,
        path: Vec<Step>,
        ending: EndingIx,
        unused_answers: Vec<Step>,
    ) -> Self {
        let mut recommendations: Vec<RecommendationIx> = Vec::new();
        let mut sources: Vec<Option<usize>> = Vec::new();
        let mut added: FxHashSet<RecommendationIx> = FxHashSet::default();
        // The answers so far, by question: a choice's conditions see the answers before it;
        // an ending's see them all.
        let mut answered: FxHashMap<QuestionIx, ChoiceIx> = FxHashMap::default();
        let mut add = |items: &[Recommends],
                       answered: &FxHashMap<QuestionIx, ChoiceIx>,
                       source: Option<usize>| {
            let answer = |q| answered.get(&q).copied();
            for item in items {
                if item.when.as_ref().is_none_or(|w| w.holds(&answer))
                    && added.insert(item.recommendation)
                {
                    recommendations.push(item.recommendation);
                    sources.push(source);
                }
            }
        };
        for (i, step) in path.iter().enumerate() {
            let choice = &scenario.questions[step.question].choices[step.choice];
            add(&choice.recommends, &answered, Some(i));
            answered.insert(step.question, step.choice);
        }
        add(&scenario.endings[ending].recommends, &answered, None);
        Self {
            scenario,
            path,
            ending,
            recommendations,
            sources,
            unused_answers,
            notes: Notes::new(),
        }
    }

    /// The ending reached.
    pub fn ending(&self) -> &'s Ending {
        &self.scenario.endings[self.ending]
    }

    /// The headline of the ending for this walk's answers: the first that holds, if any.
    pub fn headline(&self) -> Option<&'s str> {
        self.ending()
            .headline(&|q| self.path.iter().find(|s| s.question == q).map(|s| s.choice))
    }

    /// The recommendations, in order.
    pub fn recommendations(&self) -> impl Iterator<Item = &'s Recommendation> + '_ {
        self.recommendations
            .iter()
            .map(|&r| &self.scenario.recommendations[r])
    }

    /// The recommendation ids, in order.
    pub fn recommendation_ids(&self) -> impl Iterator<Item = &'s str> + '_ {
        self.recommendations().map(|r| r.id.as_str())
    }

    /// Each step as (question id, choice id, choice label).
    pub fn steps(&self) -> impl Iterator<Item = (&'s str, &'s str, &'s str)> + '_ {
        self.path.iter().map(|s| self.describe(*s))
    }

    /// Each unused answer as (question id, choice id, choice label).
    pub fn unused(&self) -> impl Iterator<Item = (&'s str, &'s str, &'s str)> + '_ {
        self.unused_answers.iter().map(|s| self.describe(*s))
    }

    fn describe(&self, step: Step) -> (&'s str, &'s str, &'s str) {
        let question = &self.scenario.questions[step.question];
        let choice = &question.choices[step.choice];
        (&question.id, &choice.id, &choice.label)
    }
}

#[cfg(test)]
mod tests {
    use crate::check::analyser::check_file;
    use crate::load::scenario_file::ScenarioFile;
    use crate::scenario::index::{ChoiceIx, QuestionIx};
    use crate::walk::answers::Answers;
    use crate::walk::play;

    const HEADLINES: &str = "\
format: 1
id: headlines
title: Headlines
source: {author: A. Author, title: An Essay}
start: first
questions:
  - id: first
    prompt: First?
    choices:
      - {id: a, label: A, next: second}
      - {id: b, label: B, next: second}
  - id: second
    prompt: Second?
    choices:
      - {id: c, label: C, next: done}
      - {id: d, label: D, next: done}
endings:
  - id: done
    headline:
      - text: A then C.
        when: {first: a, second: c}
      - text: A.
        when: {first: a}
      - text: Not A.
        when: {not: {first: a}}
";

    #[test]
    fn the_first_headline_that_holds_is_the_walks() {
        let analysis = check_file(&ScenarioFile::new("headlines.yaml", HEADLINES), None);
        let scenario = analysis.scenario.expect("valid");
        assert!(
            analysis.diagnostics.is_empty(),
            "{:?}",
            analysis.diagnostics
        );
        let (q, c) = (QuestionIx::new, ChoiceIx::new);
        for (first, second, headline) in [
            (0, 0, "A then C."),
            (0, 1, "A."),
            (1, 0, "Not A."),
            (1, 1, "Not A."),
        ] {
            let answers = Answers::from_pairs([(q(0), c(first)), (q(1), c(second))]);
            let stance = play(&scenario, answers, None).expect("walks");
            assert_eq!(stance.headline(), Some(headline), "{first} {second}");
        }
        let none = HEADLINES.replace(
            "        when: {not: {first: a}}\n",
            "        when: {second: c}\n",
        );
        let scenario = check_file(&ScenarioFile::new("none.yaml", &none), None)
            .scenario
            .expect("valid");
        let answers = Answers::from_pairs([(q(0), c(1)), (q(1), c(1))]);
        let stance = play(&scenario, answers, None).expect("walks");
        assert_eq!(stance.headline(), None, "no headline holds");
    }
}
