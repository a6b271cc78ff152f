//! Rehearsal drills: cards of situations, recalled, revealed and self-graded until each is
//! recalled once.

use std::collections::VecDeque;

use crate::classroom::drill_session::{CardResult, DrillPrompt, DrillSession};
use crate::classroom::quiz_items::random_walk;
use crate::classroom::rng::Rng;
use crate::scenario::Scenario;
use crate::walk::stance::Stance;
use crate::walk::step::Step;
use crate::walk::stop::Stop;

/// The most cards a drill has.
pub const MAX_CARDS: usize = 100;

/// Shows cards and collects self-grades, behind a trait with a deterministic twin.
pub trait Coach {
    /// Shows card `number`'s situation and waits while the briefer recalls the stance.
    fn show(
        &mut self,
        scenario: &Scenario,
        number: usize,
        attempt: usize,
        stance: &Stance<'_>,
    ) -> Result<(), Stop>;
    /// Reveals the author's stance.
    fn reveal(&mut self, scenario: &Scenario, stance: &Stance<'_>) -> Result<(), Stop>;
    /// Asks whether the briefer had it.
    fn grade(&mut self) -> Result<bool, Stop>;
}

/// Self-grades given ahead, one per attempt: for scripts and tests.
#[derive(Clone, Debug, Default)]
pub struct ScriptedCoach {
    grades: VecDeque<bool>,
    /// Where the grades came from, for messages.
    source: String,
    used: usize,
}

impl ScriptedCoach {
    /// Replays `grades` (given as `source`) in order.
    pub fn new(grades: impl IntoIterator<Item = bool>, source: String) -> Self {
        Self {
            grades: grades.into_iter().collect(),
            source,
            used: 0,
        }
    }
}

impl Coach for ScriptedCoach {
    fn show(&mut self, _: &Scenario, _: usize, _: usize, _: &Stance<'_>) -> Result<(), Stop> {
        Ok(())
    }

    fn reveal(&mut self, _: &Scenario, _: &Stance<'_>) -> Result<(), Stop> {
        Ok(())
    }

    fn grade(&mut self) -> Result<bool, Stop> {
        self.used += 1;
        self.grades.pop_front().ok_or_else(|| {
            Stop::Script(format!(
                "the drill needs a grade for attempt {}, but {} has only {}",
                self.used,
                self.source,
                self.used - 1
            ))
        })
    }
}

/// Up to `count` different cards drawn by `seed`, each a complete walk; fewer when the
/// scenario has fewer walks than that (or they are too rare to draw).
pub fn cards(scenario: &Scenario, seed: u64, count: usize) -> Vec<Vec<Step>> {
    let count = count.min(MAX_CARDS);
    let mut rng = Rng::new(seed);
    let mut cards: Vec<Vec<Step>> = Vec::with_capacity(count);
    // Enough tries to find `count` distinct walks unless they are very unlikely.
    for _ in 0..count.saturating_mul(50).max(50) {
        if cards.len() == count {
            break;
        }
        let card = random_walk(scenario, &mut rng);
        if !cards.contains(&card) {
            cards.push(card);
        }
    }
    cards
}

/// Runs the drill with `coach`: every card once, then the missed ones again, until each is
/// recalled. A front end that cannot wait for an answer drives a
/// [`DrillSession`](crate::classroom::drill_session::DrillSession) itself.
pub fn drill(
    scenario: &Scenario,
    cards: &[Vec<Step>],
    coach: &mut dyn Coach,
) -> Result<Vec<CardResult>, Stop> {
    let mut session = DrillSession::new(scenario, cards);
    while let DrillPrompt::Card {
        number,
        attempt,
        stance,
    } = session.next(scenario)
    {
        coach.show(scenario, number, attempt, &stance)?;
        coach.reveal(scenario, &stance)?;
        session.grade(coach.grade()?);
    }
    Ok(session.into_results())
}

#[cfg(test)]
mod tests {
    use super::{ScriptedCoach, cards, drill};
    use crate::check::analyser::built_in_scenario;

    #[test]
    fn missed_cards_come_back_until_recalled() {
        let scenario = built_in_scenario();
        let deck = cards(&scenario, 3, 3);
        assert_eq!(deck, cards(&scenario, 3, 3));
        // Card 1 right, card 2 missed, card 3 right, card 2 missed again, then right.
        let mut coach =
            ScriptedCoach::new([true, false, true, false, true], "`--grades`".to_owned());
        let results = drill(&scenario, &deck, &mut coach).expect("enough grades");
        let attempts: Vec<usize> = results.iter().map(|r| r.attempts).collect();
        assert_eq!(attempts, [1, 3, 1]);
        let mut short = ScriptedCoach::new([true], "`--grades`".to_owned());
        assert!(drill(&scenario, &deck, &mut short).is_err());
    }
}
