//! Putting quiz items to a participant, behind a trait with a deterministic twin.

use std::collections::VecDeque;

use crate::error::Error;
use crate::quiz::{Item, Situation};
use crate::scenario::{RecommendationIx, Scenario};

/// Something that can put quiz items to a participant.
pub trait Examiner {
    /// Shows situation `number` of `total` before its items.
    fn situation(
        &mut self,
        scenario: &Scenario,
        number: usize,
        total: usize,
        situation: &Situation,
    ) -> Result<(), Error>;

    /// Asks item `number` (from 1, across the quiz); `None` when there is no response.
    fn ask(
        &mut self,
        scenario: &Scenario,
        situation: &Situation,
        item: &Item,
        number: usize,
    ) -> Result<Option<RecommendationIx>, Error>;

    /// Tells whether the pick was right, with the author's rationale and citation.
    fn feedback(
        &mut self,
        scenario: &Scenario,
        item: &Item,
        picked: Option<RecommendationIx>,
    ) -> Result<(), Error>;
}

/// Prepared responses, in item order: grading without a terminal, and tests.
#[derive(Clone, Debug, Default)]
pub struct ScriptedExaminer {
    responses: VecDeque<RecommendationIx>,
}

impl ScriptedExaminer {
    /// Replays `responses` in order; items beyond them get no response.
    pub fn new(responses: impl IntoIterator<Item = RecommendationIx>) -> Self {
        Self {
            responses: responses.into_iter().collect(),
        }
    }

    /// Responses left over after the last item.
    pub fn unused(&self) -> usize {
        self.responses.len()
    }
}

impl Examiner for ScriptedExaminer {
    fn situation(&mut self, _: &Scenario, _: usize, _: usize, _: &Situation) -> Result<(), Error> {
        Ok(())
    }

    fn ask(
        &mut self,
        _: &Scenario,
        _: &Situation,
        _: &Item,
        _: usize,
    ) -> Result<Option<RecommendationIx>, Error> {
        Ok(self.responses.pop_front())
    }

    fn feedback(
        &mut self,
        _: &Scenario,
        _: &Item,
        _: Option<RecommendationIx>,
    ) -> Result<(), Error> {
        Ok(())
    }
}
