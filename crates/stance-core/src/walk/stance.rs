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
