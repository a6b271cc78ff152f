//! Putting quiz items to a participant, behind a trait with a deterministic twin.

use crate::classroom::quiz_items::{Item, Situation};
use crate::classroom::responses::{Response, Responses, letter, option_index};
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

/// Prepared responses by item number: grading without a terminal, and tests.
#[derive(Clone, Debug, Default)]
pub struct ScriptedExaminer {
    responses: Responses,
    /// Where the responses came from, for messages.
    source: String,
}

impl ScriptedExaminer {
    /// Replays `responses` (read from `source`); items without one get no response.
    pub fn new(responses: Responses, source: String) -> Self {
        Self { responses, source }
    }

    /// The item numbers of responses no item took: beyond the quiz's last item.
    pub fn unused(&self) -> Vec<usize> {
        self.responses.keys().copied().collect()
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
        let Some(response) = self.responses.remove(&number) else {
            return Ok(None);
        };
        let letters = || {
            let last = letter(item.options.len().saturating_sub(1));
            format!("`a` to `{last}`")
        };
        let picked = match response {
            Response::Recommendation(r) if item.options.contains(&r) => return Ok(Some(r)),
            Response::Letter(l) => match item.options.get(option_index(l)) {
                Some(&r) => return Ok(Some(r)),
                None => format!(
                    "`{l}`, but item {number} has {} options, {}",
                    item.options.len(),
                    letters()
                ),
            },
            Response::Recommendation(r) => {
                let options: Vec<String> = item
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, &o)| format!("{}) {}", letter(i), scenario.recommendations[o].id))
                    .collect();
                format!(
                    "`{}`, which is not one of item {number}'s options: {}",
                    scenario.recommendations[r].id,
                    options.join(", ")
                )
            }
        };
        Err(Stop::Script(format!(
            "{}: response {number} is {picked}",
            self.source
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
