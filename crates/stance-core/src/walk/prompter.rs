//! Asking a person which choice to take, behind a trait with a deterministic twin.

use std::collections::VecDeque;

use crate::scenario::Scenario;
use crate::scenario::index::{ChoiceIx, QuestionIx};
use crate::walk::step::Step;
use crate::walk::stop::Stop;

/// What the person decided at a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Take this choice (its index).
    Choose(ChoiceIx),
    /// Go back to the previous question, undoing its answer.
    Back,
    /// Keep this note on the current question (the participant's own view or dissent),
    /// then ask again.
    Note(String),
    /// Abandon the walk.
    Quit,
}

/// Something that can ask which choice to take.
pub trait Prompter {
    /// Asks at `question`, offering the choices `available` (indices, in author order);
    /// `steps` are the answers so far (going back is possible when there is at least one).
    fn ask(
        &mut self,
        scenario: &Scenario,
        question: QuestionIx,
        available: &[ChoiceIx],
        steps: &[Step],
    ) -> Result<Action, Stop>;
}

/// A prompter that replays a fixed list of actions, for tests; quits when it runs out.
#[derive(Clone, Debug, Default)]
pub struct ScriptedPrompter {
    actions: VecDeque<Action>,
}

impl ScriptedPrompter {
    /// Replays `actions` in order.
    pub fn new(actions: impl IntoIterator<Item = Action>) -> Self {
        Self {
            actions: actions.into_iter().collect(),
        }
    }
}

impl Prompter for ScriptedPrompter {
    fn ask(
        &mut self,
        _: &Scenario,
        _: QuestionIx,
        _: &[ChoiceIx],
        _: &[Step],
    ) -> Result<Action, Stop> {
        Ok(self.actions.pop_front().unwrap_or(Action::Quit))
    }
}
