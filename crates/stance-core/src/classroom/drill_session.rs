//! A rehearsal drill in progress, driven one event at a time: the card to show, then the
//! person's own grade. Missed cards come back after the others until each is recalled. It
//! holds no scenario and no front end, so it can be kept between two requests.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use crate::scenario::Scenario;
use crate::walk::Walk;
use crate::walk::stance::Stance;
use crate::walk::step::Step;

/// The cards, how each has gone so far, and which come next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrillSession {
    results: Vec<CardResult>,
    /// Cards still to show, by position in `results`.
    queue: VecDeque<usize>,
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

    /// The next card, or the end.
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
            // A session kept for another scenario: nothing it can show.
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

/// The stance a card's walk reaches, if it reaches one.
fn stance_of<'s>(scenario: &'s Scenario, path: &[Step]) -> Option<Stance<'s>> {
    let mut walk = Walk::new(scenario);
    for step in path {
        walk.answer(step.choice);
    }
    walk.stance(Vec::new())
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
}
