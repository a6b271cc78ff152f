//! The walks a scenario allows, as a graph of states, for analysis without enumerating paths.
//!
//! A state is where a walk stands plus the answers to the questions that conditions read;
//! other answers cannot change what happens next. Without conditions a state is just a node.

use rustc_hash::FxHashSet;

use crate::scenario::condition::Condition;
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx};
use crate::scenario::{Next, Scenario};

/// Where a walk stands: at a question that will be asked, or at an ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum At {
    /// Asking this question.
    Question(QuestionIx),
    /// Finished here.
    Ending(EndingIx),
}

/// A position plus the answers conditions can see: per read question, 0 for unanswered or
/// the choice index plus one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct State {
    /// Where the walk stands.
    pub at: At,
    /// The answers that matter to conditions.
    pub answers: Box<[u32]>,
}

/// Computes states and their successors for one scenario.
#[derive(Clone, Debug)]
pub struct Explorer<'s> {
    scenario: &'s Scenario,
    /// The slot of each question conditions read.
    slot_of: Vec<Option<usize>>,
    slots: usize,
}

impl<'s> Explorer<'s> {
    /// An explorer for `scenario`.
    pub fn new(scenario: &'s Scenario) -> Self {
        let mut read = Vec::new();
        for condition in conditions(scenario) {
            condition.questions(&mut read);
        }
        let mut slot_of = vec![None; scenario.questions.len()];
        for (slot, &q) in read.iter().enumerate() {
            slot_of[q.index()] = Some(slot);
        }
        Self {
            scenario,
            slot_of,
            slots: read.len(),
        }
    }

    /// The scenario explored.
    pub fn scenario(&self) -> &'s Scenario {
        self.scenario
    }

    /// Whether the scenario has no conditions, so that a state is just its position.
    pub fn is_unconditional(&self) -> bool {
        self.slots == 0
    }

    /// Where every walk begins.
    pub fn start(&self) -> State {
        let answers = vec![0; self.slots].into_boxed_slice();
        self.settle(Next::Question(self.scenario.start), answers)
    }

    /// The choice taken at `question` in `answers`, as far as conditions can see.
    pub fn answer_in(&self, answers: &[u32], question: QuestionIx) -> Option<ChoiceIx> {
        let slot = self.slot_of[question.index()]?;
        answers[slot]
            .checked_sub(1)
            .map(|c| ChoiceIx::new(c as usize))
    }

    /// Whether `condition` holds in `answers`.
    pub fn holds(&self, condition: &Condition, answers: &[u32]) -> bool {
        condition.holds(&|q| self.answer_in(answers, q))
    }

    /// The choices offered at `question` in `answers`.
    pub fn available<'a>(
        &'a self,
        question: QuestionIx,
        answers: &'a [u32],
    ) -> impl Iterator<Item = ChoiceIx> + 'a {
        let choices = &self.scenario.questions[question].choices;
        ChoiceIx::all(choices.len()).filter(|&c| {
            choices[c]
                .when
                .as_ref()
                .is_none_or(|w| self.holds(w, answers))
        })
    }

    /// The state after taking `choice` at the question of `state`.
    pub fn after(&self, state: &State, question: QuestionIx, choice: ChoiceIx) -> State {
        let mut answers = state.answers.clone();
        if let Some(slot) = self.slot_of[question.index()] {
            answers[slot] = u32::try_from(choice.index() + 1).unwrap_or(u32::MAX);
        }
        let next = self.scenario.questions[question].choices[choice].next;
        self.settle(next, answers)
    }

    /// Follows `next`, skipping questions whose condition does not hold.
    fn settle(&self, mut next: Next, answers: Box<[u32]>) -> State {
        // Cycles are rejected by the analyser, so this ends within one pass over the questions.
        for _ in 0..=self.scenario.questions.len() {
            match next {
                Next::Ending(e) => {
                    return State {
                        at: At::Ending(e),
                        answers,
                    };
                }
                Next::Question(q) => match &self.scenario.questions[q].gate {
                    Some(gate) if !self.holds(&gate.when, &answers) => next = gate.otherwise,
                    _ => {
                        return State {
                            at: At::Question(q),
                            answers,
                        };
                    }
                },
            }
        }
        unreachable!("the analyser rejects cycles through `otherwise`")
    }

    /// Every state a walk from the start can reach, in the order first met (depth first),
    /// or `None` if there are more than `limit`.
    pub fn reachable(&self, limit: usize) -> Option<Vec<State>> {
        let mut seen: FxHashSet<State> = FxHashSet::default();
        let mut order = Vec::new();
        let mut stack = vec![self.start()];
        while let Some(state) = stack.pop() {
            if !seen.insert(state.clone()) {
                continue;
            }
            if order.len() >= limit {
                return None;
            }
            if let At::Question(q) = state.at {
                let successors: Vec<State> = self
                    .available(q, &state.answers)
                    .map(|c| self.after(&state, q, c))
                    .collect();
                stack.extend(successors.into_iter().rev());
            }
            order.push(state);
        }
        Some(order)
    }
}

/// Every condition in the scenario.
pub fn conditions(scenario: &Scenario) -> impl Iterator<Item = &Condition> {
    let questions = scenario.questions.iter().flat_map(|q| {
        let gate = q.gate.as_ref().map(|g| &g.when);
        let choices = q.choices.iter().flat_map(|c| {
            c.when
                .iter()
                .chain(c.recommends.iter().filter_map(|r| r.when.as_ref()))
        });
        gate.into_iter().chain(choices)
    });
    let endings = scenario.endings.iter().flat_map(|e| {
        e.recommends
            .iter()
            .filter_map(|r| r.when.as_ref())
            .chain(e.headlines.iter().filter_map(|h| h.when.as_ref()))
    });
    questions.chain(endings)
}
