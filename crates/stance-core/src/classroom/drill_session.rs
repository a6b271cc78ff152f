//! A rehearsal drill in progress, driven one event at a time: the card to show, then the
//! person's own grade. Missed cards come back after the others until each is recalled. It
//! holds no scenario and no front end, so it can be kept between two requests.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use crate::scenario::Scenario;
use crate::walk::Walk;
use crate::walk::stance::Stance;
use crate::walk::step::Step;

/// The cards, how each has gone so far, and which come next. A session read back is checked
/// for what it can say on its own (every card it queues is one of its cards); whether its
/// cards are walks of a given scenario, [`fits`](Self::fits) says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Kept")]
pub struct DrillSession {
    results: Vec<CardResult>,
    /// Cards still to show, by position in `results`.
    queue: VecDeque<usize>,
}

/// A session as read back, before it is checked.
#[derive(Deserialize)]
struct Kept {
    results: Vec<CardResult>,
    queue: VecDeque<usize>,
}

impl TryFrom<Kept> for DrillSession {
    type Error = &'static str;

    fn try_from(kept: Kept) -> Result<Self, Self::Error> {
        if kept.queue.iter().any(|&card| card >= kept.results.len()) {
            return Err("the drill queues a card it does not have");
        }
        Ok(Self {
            results: kept.results,
            queue: kept.queue,
        })
    }
}

/// How one card went.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardResult {
    /// The card's situation.
    pub path: Vec<Step>,
    /// How many attempts it took to recall it.
    pub attempts: usize,
}

/// What the front end shows next.
#[derive(Clone, Debug)]
pub enum DrillPrompt<'s> {
    /// Show this card, reveal its stance, then ask for a grade.
    Card {
        /// The card's number, from 1.
        number: usize,
        /// Which attempt at it this is, from 1.
        attempt: usize,
        /// The situation and the author's stance on it.
        stance: Stance<'s>,
    },
    /// Every card has been recalled.
    Finished,
}

impl DrillSession {
    /// A drill of `cards`, each a complete walk of `scenario`; a card whose walk does not
    /// reach an ending is left out.
    pub fn new(scenario: &Scenario, cards: &[Vec<Step>]) -> Self {
        let results: Vec<CardResult> = cards
            .iter()
            .filter(|path| stance_of(scenario, path).is_some())
            .map(|path| CardResult {
                path: path.clone(),
                attempts: 0,
            })
            .collect();
        Self {
            queue: (0..results.len()).collect(),
            results,
        }
    }

    /// Whether every card is a complete walk of `scenario`, as the cards of a session kept
    /// outside must be before it is used.
    pub fn fits(&self, scenario: &Scenario) -> bool {
        self.results
            .iter()
            .all(|result| stance_of(scenario, &result.path).is_some())
    }

    /// The next card, or the end. A card that is not a walk of `scenario` (see
    /// [`fits`](Self::fits)) ends the drill.
    pub fn next<'s>(&self, scenario: &'s Scenario) -> DrillPrompt<'s> {
        let Some(&card) = self.queue.front() else {
            return DrillPrompt::Finished;
        };
        let result = &self.results[card];
        match stance_of(scenario, &result.path) {
            Some(stance) => DrillPrompt::Card {
                number: card + 1,
                attempt: result.attempts + 1,
                stance,
            },
            None => DrillPrompt::Finished,
        }
    }

    /// The person's grade for the card [`next`](Self::next) showed: a missed card comes
    /// back after the others. Returns false, changing nothing, when the drill is over.
    pub fn grade(&mut self, recalled: bool) -> bool {
        let Some(card) = self.queue.pop_front() else {
            return false;
        };
        self.results[card].attempts += 1;
        if !recalled {
            self.queue.push_back(card);
        }
        true
    }

    /// How each card has gone, in card order.
    pub fn results(&self) -> &[CardResult] {
        &self.results
    }

    /// How each card went, once the drill is done with.
    pub fn into_results(self) -> Vec<CardResult> {
        self.results
    }
}

/// The stance a card's walk reaches, if it is a complete walk of `scenario`.
fn stance_of<'s>(scenario: &'s Scenario, path: &[Step]) -> Option<Stance<'s>> {
    Walk::resume(scenario, path)?.stance(Vec::new())
}

#[cfg(test)]
mod tests {
    use super::{DrillPrompt, DrillSession};
    use crate::check::analyser::built_in_scenario;
    use crate::classroom::rehearsal::cards;

    #[test]
    fn a_missed_card_returns_after_the_others_and_the_state_serialises() {
        let scenario = built_in_scenario();
        let deck = cards(&scenario, 3, 2);
        let mut session = DrillSession::new(&scenario, &deck);
        let mut shown = Vec::new();
        let mut grades = [false, true, true].into_iter();
        while let DrillPrompt::Card {
            number, attempt, ..
        } = session.next(&scenario)
        {
            shown.push((number, attempt));
            let saved = serde_json::to_string(&session).expect("serialises");
            session = serde_json::from_str(&saved).expect("reads back");
            assert!(session.grade(grades.next().expect("a grade")));
        }
        assert_eq!(shown, [(1, 1), (2, 1), (1, 2)]);
        assert!(!session.grade(true), "nothing left to grade");
        let attempts: Vec<usize> = session.results().iter().map(|r| r.attempts).collect();
        assert_eq!(attempts, [2, 1]);
    }

    #[test]
    fn a_kept_session_is_checked_before_it_is_trusted() {
        let scenario = built_in_scenario();
        let session = DrillSession::new(&scenario, &cards(&scenario, 3, 2));
        let mut value = serde_json::to_value(&session).expect("JSON");
        value["queue"] = serde_json::json!([7]);
        assert!(serde_json::from_value::<DrillSession>(value.clone()).is_err());
        value["queue"] = serde_json::json!([0, 1]);
        value["results"][0]["path"][1]["question"] = serde_json::json!(3);
        let edited: DrillSession = serde_json::from_value(value).expect("well-formed");
        assert!(!edited.fits(&scenario), "a step not where the walk stands");
        assert!(session.fits(&scenario));
    }
}
