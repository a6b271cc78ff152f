//! Putting quiz items to a participant, behind a trait with a deterministic twin.

use std::collections::{BTreeMap, VecDeque};

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

/// Prepared responses, in item order or by item number: grading without a terminal, and
/// tests.
#[derive(Clone, Debug, Default)]
pub struct ScriptedExaminer {
    /// Those in item order, not yet taken.
    in_order: VecDeque<Response>,
    /// Those by item number, not yet taken.
    by_item: BTreeMap<usize, Response>,
    /// Where the responses came from, for messages.
    source: String,
    /// How many in-order responses have been taken.
    used: usize,
}

impl ScriptedExaminer {
    /// Replays `responses` (read from `source`); items without one get no response.
    pub fn new(responses: Responses, source: String) -> Self {
        let (in_order, by_item) = match responses {
            Responses::InOrder(list) => (list.into(), BTreeMap::new()),
            Responses::ByItem(map) => (VecDeque::new(), map),
        };
        Self {
            in_order,
            by_item,
            source,
            used: 0,
        }
    }

    /// Responses no item took: how many of a list were left over, and the item numbers of a
    /// mapping's beyond the quiz's last item.
    pub fn unused(&self) -> (usize, Vec<usize>) {
        (self.in_order.len(), self.by_item.keys().copied().collect())
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
        // A list's responses are counted as the file lists them, a mapping's by item.
        let (response, counted) = if let Some(response) = self.by_item.remove(&number) {
            (response, number)
        } else if let Some(response) = self.in_order.pop_front() {
            self.used += 1;
            (response, self.used)
        } else {
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
            "{}: response {counted} is {picked}",
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
