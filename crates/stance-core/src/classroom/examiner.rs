//! Putting quiz items to a participant, behind a trait with a deterministic twin.

use std::collections::VecDeque;

use crate::classroom::quiz_items::{Item, Situation};
use crate::scenario::Scenario;
use crate::scenario::index::RecommendationIx;
use crate::walk::stop::Stop;

/// Something that can put quiz items to a participant.
pub trait Examiner {
    /// Shows situation `number` of `total` before its items.
    fn situation(
        &mut self,
        scenario: &Scenario,
        number: usize,
        total: usize,
        situation: &Situation,
    ) -> Result<(), Stop>;

    /// Asks item `number` (from 1, across the quiz); `None` when there is no response.
    fn ask(
        &mut self,
        scenario: &Scenario,
        situation: &Situation,
        item: &Item,
        number: usize,
    ) -> Result<Option<RecommendationIx>, Stop>;

    /// Tells whether the pick was right, with the author's rationale and citation.
    fn feedback(
        &mut self,
        scenario: &Scenario,
        item: &Item,
        picked: Option<RecommendationIx>,
    ) -> Result<(), Stop>;
}

/// Prepared responses, in item order: grading without a terminal, and tests.
#[derive(Clone, Debug, Default)]
pub struct ScriptedExaminer {
    responses: VecDeque<RecommendationIx>,
    /// Where the responses came from, for messages.
    source: String,
    /// How many have been used.
    used: usize,
}

impl ScriptedExaminer {
    /// Replays `responses` (read from `source`) in order; items beyond them get no response.
    pub fn new(responses: impl IntoIterator<Item = RecommendationIx>, source: String) -> Self {
        Self {
            responses: responses.into_iter().collect(),
            source,
            used: 0,
        }
    }

    /// Responses left over after the last item.
    pub fn unused(&self) -> usize {
        self.responses.len()
    }
}

impl Examiner for ScriptedExaminer {
    fn situation(&mut self, _: &Scenario, _: usize, _: usize, _: &Situation) -> Result<(), Stop> {
        Ok(())
    }

    /// A response that is not among the item's options is refused: it could not have been
    /// picked from the sheet, so it is a slip in the responses.
    fn ask(
        &mut self,
        scenario: &Scenario,
        _: &Situation,
        item: &Item,
        number: usize,
    ) -> Result<Option<RecommendationIx>, Stop> {
        let Some(response) = self.responses.pop_front() else {
            return Ok(None);
        };
        self.used += 1;
        if item.options.contains(&response) {
            return Ok(Some(response));
        }
        let options: Vec<&str> = item
            .options
            .iter()
            .map(|&r| scenario.recommendations[r].id.as_str())
            .collect();
        Err(Stop::Script(format!(
            "{}: response {} is `{}`, which is not one of item {number}'s options: {}",
            self.source,
            self.used,
            scenario.recommendations[response].id,
            crate::text::suggest::list(options.iter().copied())
        )))
    }

    fn feedback(
        &mut self,
        _: &Scenario,
        _: &Item,
        _: Option<RecommendationIx>,
    ) -> Result<(), Stop> {
        Ok(())
    }
}
