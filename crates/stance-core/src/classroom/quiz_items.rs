//! Quizzes: situations drawn from a scenario, and for each recommendation the author makes
//! there, an item asking which response the author recommends among plausible others.

use serde::{Deserialize, Serialize};

use crate::classroom::responses::option_index;
use crate::classroom::rng::Rng;
use crate::scenario::Scenario;
use crate::scenario::index::{ChoiceIx, RecommendationIx};
use crate::text::messages::Messages;
use crate::walk::stance::Stance;
use crate::walk::step::Step;
use crate::walk::{Position, Walk};

/// Options offered per item, the right one included.
const OPTIONS: usize = 4;

/// The most situations a quiz has: a lesson's worth, and a bound on what a record can ask
/// for before anything is drawn.
pub const MAX_SITUATIONS: usize = 100;

/// One item as answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    /// The situation it belongs to (from 1).
    pub situation: usize,
    /// The item.
    pub item: Item,
    /// What was picked, if anything; always one of the item's options.
    pub picked: Option<RecommendationIx>,
}

impl Answered {
    /// Whether the pick was the author's recommendation.
    pub fn correct(&self) -> bool {
        self.picked == Some(self.item.answer)
    }
}

/// One situation: a complete walk and the items it yields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    /// The walk's answers.
    pub path: Vec<Step>,
    /// The items, in the order the walk meets them.
    pub items: Vec<Item>,
}

/// A question of the quiz: which of these does the author recommend here?
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The step of the walk whose answer calls for this recommendation; `None` when the
    /// ending adds it.
    pub source: Option<usize>,
    /// The recommendation the author makes here.
    pub answer: RecommendationIx,
    /// The options, shuffled, the answer among them.
    pub options: Vec<RecommendationIx>,
}

impl Item {
    /// The option `named` names: a recommendation's id, or its letter on the sheet in
    /// either case (`b`, `B`).
    pub fn option_named(&self, scenario: &Scenario, named: &str) -> Option<RecommendationIx> {
        if let Some(&r) = self
            .options
            .iter()
            .find(|&&r| scenario.recommendations[r].id == named)
        {
            return Some(r);
        }
        let mut chars = named.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_alphabetic() => self
                .options
                .get(option_index(c.to_ascii_lowercase()))
                .copied(),
            _ => None,
        }
    }

    /// The question the item is about, in words: the step's question and answer, or the
    /// end of the walk.
    pub fn about(&self, scenario: &Scenario, path: &[Step], messages: Messages) -> String {
        match self.source.and_then(|i| path.get(i)) {
            Some(step) => {
                let question = &scenario.questions[step.question];
                format!(
                    "{} \u{2192} {}",
                    question.prompt, question.choices[step.choice].label
                )
            }
            None => messages.text("quiz-at-the-end"),
        }
    }
}

/// A quiz of `count` situations drawn by `seed`: random walks, choices picked evenly at
/// each question. An item already asked in an earlier situation (the same recommendation
/// for the same answer, or the same standing recommendation) is not asked again.
pub fn draw(scenario: &Scenario, seed: u64, count: usize) -> Vec<Situation> {
    // Callers bound the count (the command line, `Record::parse`); this keeps a slip from
    // drawing without end.
    let count = count.min(MAX_SITUATIONS);
    let mut rng = Rng::new(seed);
    let mut asked: Vec<(RecommendationIx, Option<Step>)> = Vec::new();
    (0..count)
        .map(|_| {
            let path = random_walk(scenario, &mut rng);
            let mut situation = situation(scenario, path, &mut rng);
            situation.items.retain(|item| {
                let key = (item.answer, item.source.map(|i| situation.path[i]));
                let fresh = !asked.contains(&key);
                asked.push(key);
                fresh
            });
            situation
        })
        .collect()
}

/// The quiz for one given walk (the participant's own), shuffled by `seed`; `None` when the
/// walk does not follow the scenario.
pub fn for_walk(scenario: &Scenario, seed: u64, path: Vec<Step>) -> Option<Situation> {
    let mut check = Walk::new(scenario);
    for step in &path {
        if !check.answer(step.choice) {
            return None;
        }
    }
    let mut rng = Rng::new(seed);
    Some(situation(scenario, path, &mut rng))
}

/// A walk from the start with a choice picked evenly among those offered at each question.
pub fn random_walk(scenario: &Scenario, rng: &mut Rng) -> Vec<Step> {
    let mut walk = Walk::new(scenario);
    while let Position::Question(q) = walk.position() {
        let offered = walk.available(q);
        if offered.is_empty() {
            // `check` reports such a dead end; the walk ends where it stands.
            break;
        }
        walk.answer(offered[rng.below(offered.len())]);
    }
    walk.steps().to_vec()
}

fn situation(scenario: &Scenario, path: Vec<Step>, rng: &mut Rng) -> Situation {
    let mut walk = Walk::new(scenario);
    for step in &path {
        walk.answer(step.choice);
    }
    let Some(stance) = walk.stance(Vec::new()) else {
        return Situation {
            path,
            items: Vec::new(),
        };
    };
    let items = stance
        .recommendations
        .iter()
        .zip(&stance.sources)
        .filter_map(|(&answer, &source)| item(scenario, &stance, answer, source, rng))
        .collect();
    Situation { path, items }
}

/// The item for `answer`, added at step `source` (or by the ending); `None` when the
/// scenario has no other recommendation to offer beside it.
fn item(
    scenario: &Scenario,
    stance: &Stance<'_>,
    answer: RecommendationIx,
    source: Option<usize>,
    rng: &mut Rng,
) -> Option<Item> {
    let wrong = |r: &RecommendationIx| !stance.recommendations.contains(r);
    // The most plausible wrong answers are what the other choices of the same question add.
    let mut near: Vec<RecommendationIx> = match source {
        Some(i) => {
            let step = stance.path[i];
            let question = &scenario.questions[step.question];
            let mut near: Vec<RecommendationIx> = question
                .choices
                .iter()
                .enumerate()
                .filter(|&(c, _)| ChoiceIx::new(c) != step.choice)
                .flat_map(|(_, c)| c.recommends.iter().map(|r| r.recommendation))
                .filter(wrong)
                .collect();
            near.dedup();
            near
        }
        None => Vec::new(),
    };
    let mut far: Vec<RecommendationIx> = RecommendationIx::all(scenario.recommendations.len())
        .filter(wrong)
        .filter(|r| !near.contains(r))
        .collect();
    rng.shuffle(&mut near);
    rng.shuffle(&mut far);
    let mut options: Vec<RecommendationIx> = std::iter::once(answer)
        .chain(near)
        .chain(far)
        .take(OPTIONS)
        .collect();
    if options.len() < 2 {
        return None;
    }
    rng.shuffle(&mut options);
    Some(Item {
        source,
        answer,
        options,
    })
}

#[cfg(test)]
mod tests {
    use super::draw;
    use crate::check::analyser::built_in_scenario;

    #[test]
    fn a_seed_gives_the_same_quiz_and_every_item_has_its_answer() {
        let scenario = built_in_scenario();
        let a = draw(&scenario, 7, 3);
        assert_eq!(a, draw(&scenario, 7, 3));
        assert_ne!(a, draw(&scenario, 8, 3));
        for situation in &a {
            assert!(!situation.items.is_empty());
            for item in &situation.items {
                assert!(item.options.contains(&item.answer));
                assert!(item.options.len() >= 2 && item.options.len() <= 4);
                let mut unique = item.options.clone();
                unique.sort_unstable();
                unique.dedup();
                assert_eq!(unique.len(), item.options.len());
            }
        }
    }

    #[test]
    fn an_option_is_named_by_its_id_or_its_letter_in_either_case() {
        let scenario = built_in_scenario();
        let item = &draw(&scenario, 7, 1)[0].items[0];
        let second = item.options[1];
        let id = scenario.recommendations[second].id.as_str();
        let cases = [
            ("b", Some(second)),
            ("B", Some(second)),
            (id, Some(second)),
            ("z", None),
            ("bb", None),
            ("2", None),
            ("", None),
        ];
        for (named, expected) in cases {
            assert_eq!(item.option_named(&scenario, named), expected, "{named:?}");
        }
    }
}
