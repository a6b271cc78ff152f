//! A quiz in progress, driven one event at a time: a front end asks what comes next, shows
//! it, and hands back the response. It holds no scenario and no front end, so it can be
//! kept between two requests (it serialises) and driven by a terminal, a script or a page.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::classroom::quiz_items::{Answered, Item, Situation};
use crate::scenario::Scenario;
use crate::scenario::index::RecommendationIx;
use crate::text::localized::Localized;
use crate::text::messages::Messages;
use crate::walk::{Position, Walk};

/// The quiz's situations and what has been answered so far. A session read back is checked
/// for what it can say on its own (its answers are its items', in order, picked among their
/// options); whether it is one of a given scenario's quizzes, [`fits`](Self::fits) says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Kept")]
pub struct QuizSession {
    /// The seed the situations were drawn by, for records and sheets.
    seed: u64,
    situations: Vec<Situation>,
    /// The items answered, in order: the first items of the quiz.
    answered: Vec<Answered>,
    /// The situation (from 1) of the last item answered since the session was built, kept
    /// with it: a situation is shown before the first item a sitting asks of it.
    last_situation: Option<usize>,
}

/// A session as read back, before it is checked.
#[derive(Deserialize)]
struct Kept {
    seed: u64,
    situations: Vec<Situation>,
    answered: Vec<Answered>,
    last_situation: Option<usize>,
}

impl TryFrom<Kept> for QuizSession {
    type Error = &'static str;

    fn try_from(kept: Kept) -> Result<Self, Self::Error> {
        let items = kept
            .situations
            .iter()
            .enumerate()
            .flat_map(|(s, situation)| situation.items.iter().map(move |item| (s + 1, item)));
        let mut count = 0;
        for ((situation, item), answered) in items.zip(&kept.answered) {
            count += 1;
            let fits = answered.situation == situation
                && answered.item == *item
                && answered.picked.is_none_or(|p| item.options.contains(&p));
            if !fits {
                return Err("an answered item is not the quiz's item at its place");
            }
        }
        if count < kept.answered.len() {
            return Err("more items are answered than the quiz has");
        }
        if kept
            .last_situation
            .is_some_and(|s| s == 0 || s > kept.situations.len())
        {
            return Err("the last situation answered is not one of the quiz's");
        }
        Ok(Self {
            seed: kept.seed,
            situations: kept.situations,
            answered: kept.answered,
            last_situation: kept.last_situation,
        })
    }
}

/// What the front end shows next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizPrompt<'q> {
    /// Ask this item.
    Item {
        /// Its situation's number, from 1.
        situation_number: usize,
        /// How many situations the quiz has.
        situations: usize,
        /// The situation.
        situation: &'q Situation,
        /// Whether the situation is to be shown first: its first item in this sitting.
        opens_situation: bool,
        /// The item.
        item: &'q Item,
        /// The item's number in the whole quiz, from 1.
        number: usize,
    },
    /// Every item is answered.
    Finished,
}

/// A response the session cannot take.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum QuizAnswerError {
    /// Every item is answered already.
    Finished,
    /// The response is not one of the item's options.
    NotAnOption,
}

impl QuizSession {
    /// A quiz of `situations` drawn by `seed`, with `answered` its first items answered
    /// already (a resumed record's).
    pub fn new(seed: u64, situations: Vec<Situation>, answered: Vec<Answered>) -> Self {
        Self {
            seed,
            situations,
            answered,
            last_situation: None,
        }
    }

    /// The seed the situations were drawn by.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The situations, in order.
    pub fn situations(&self) -> &[Situation] {
        &self.situations
    }

    /// The items answered so far, in order.
    pub fn answered(&self) -> &[Answered] {
        &self.answered
    }

    /// The answered items, once the quiz is done with.
    pub fn into_answered(self) -> Vec<Answered> {
        self.answered
    }

    /// Whether every situation is a complete walk of `scenario` and every item names its
    /// recommendations, as the quiz of a session kept outside must before it is used.
    pub fn fits(&self, scenario: &Scenario) -> bool {
        let known = |r: RecommendationIx| r.index() < scenario.recommendations.len();
        self.situations.iter().all(|situation| {
            let ends = Walk::resume(scenario, &situation.path)
                .is_some_and(|walk| matches!(walk.position(), Position::Ended(_)));
            ends && situation.items.iter().all(|item| {
                known(item.answer)
                    && item.options.iter().all(|&o| known(o))
                    && item.options.contains(&item.answer)
                    && item.source.is_none_or(|i| i < situation.path.len())
            })
        })
    }

    /// Where the quiz stands: the next item to ask, or the end.
    pub fn next(&self) -> QuizPrompt<'_> {
        let mut before = self.answered.len();
        let mut number = 0;
        for (s, situation) in self.situations.iter().enumerate() {
            if before < situation.items.len() {
                return QuizPrompt::Item {
                    situation_number: s + 1,
                    situations: self.situations.len(),
                    situation,
                    opens_situation: self.last_situation != Some(s + 1),
                    item: &situation.items[before],
                    number: number + before + 1,
                };
            }
            before -= situation.items.len();
            number += situation.items.len();
        }
        QuizPrompt::Finished
    }

    /// Takes the response to the item [`next`](Self::next) names: one of its options, or
    /// none; returns the item as answered, for feedback.
    pub fn answer(
        &mut self,
        picked: Option<RecommendationIx>,
    ) -> Result<&Answered, QuizAnswerError> {
        let QuizPrompt::Item {
            situation_number,
            item,
            ..
        } = self.next()
        else {
            return Err(QuizAnswerError::Finished);
        };
        if picked.is_some_and(|p| !item.options.contains(&p)) {
            return Err(QuizAnswerError::NotAnOption);
        }
        let answered = Answered {
            situation: situation_number,
            item: item.clone(),
            picked,
        };
        self.answered.push(answered);
        self.last_situation = Some(situation_number);
        Ok(self
            .answered
            .last()
            .unwrap_or_else(|| unreachable!("just pushed")))
    }
}

#[cfg(test)]
mod tests {
    use super::{QuizAnswerError, QuizPrompt, QuizSession};
    use crate::check::analyser::built_in_scenario;
    use crate::classroom::quiz_items;

    #[test]
    fn items_come_in_order_each_situation_opening_once() {
        let scenario = built_in_scenario();
        let situations = quiz_items::draw(&scenario, 7, 2);
        let total: usize = situations.iter().map(|s| s.items.len()).sum();
        let mut session = QuizSession::new(7, situations.clone(), Vec::new());
        let mut seen = Vec::new();
        while let QuizPrompt::Item {
            situation_number,
            opens_situation,
            item,
            number,
            ..
        } = session.next()
        {
            seen.push((situation_number, opens_situation, number));
            let wrong = item.options.iter().copied().find(|&o| o != item.answer);
            let answered = session.answer(wrong).expect("an option");
            assert!(!answered.correct());
        }
        assert_eq!(seen.len(), total);
        assert_eq!(seen[0], (1, true, 1));
        let opened: Vec<usize> = seen.iter().filter(|s| s.1).map(|s| s.0).collect();
        assert_eq!(opened, vec![1, 2], "{seen:?}");
        assert_eq!(session.answer(None), Err(QuizAnswerError::Finished));
    }

    #[test]
    fn a_resumed_session_goes_on_and_refuses_what_is_not_an_option() {
        let scenario = built_in_scenario();
        let situations = quiz_items::draw(&scenario, 3, 1);
        let mut first = QuizSession::new(3, situations.clone(), Vec::new());
        let item = match first.next() {
            QuizPrompt::Item { item, .. } => item.clone(),
            QuizPrompt::Finished => unreachable!("a quiz has items"),
        };
        let outside = (0..scenario.recommendations.len())
            .map(crate::scenario::index::RecommendationIx::new)
            .find(|r| !item.options.contains(r))
            .expect("a recommendation not offered");
        assert_eq!(
            first.answer(Some(outside)),
            Err(QuizAnswerError::NotAnOption)
        );
        first.answer(Some(item.answer)).expect("the answer");
        let saved = serde_json::to_string(&first).expect("serialises");
        let resumed: QuizSession = serde_json::from_str(&saved).expect("reads back");
        assert_eq!(resumed, first);
        assert!(resumed.fits(&scenario));
        // Kept outside, a session is someone else's text.
        let mut value: serde_json::Value = serde_json::from_str(&saved).expect("JSON");
        value["answered"][0]["picked"] = serde_json::json!(outside.index());
        assert!(serde_json::from_value::<QuizSession>(value.clone()).is_err());
        value["answered"][0]["picked"] = serde_json::Value::Null;
        value["situations"][0]["items"][0]["options"][0] = serde_json::json!(999);
        assert!(
            serde_json::from_value::<QuizSession>(value.clone()).is_err(),
            "not its item"
        );
        value["answered"] = serde_json::json!([]);
        value["last_situation"] = serde_json::json!(5);
        assert!(serde_json::from_value::<QuizSession>(value.clone()).is_err());
        value["last_situation"] = serde_json::Value::Null;
        let tampered: QuizSession = serde_json::from_value(value).expect("well-formed");
        assert!(
            !tampered.fits(&scenario),
            "names a recommendation the scenario lacks"
        );
        let again = QuizSession::new(3, situations, first.answered().to_vec());
        match again.next() {
            QuizPrompt::Item {
                number,
                opens_situation,
                ..
            } => assert_eq!((number, opens_situation), (2, true)),
            QuizPrompt::Finished => {}
        }
    }
}

impl Localized for QuizAnswerError {
    fn message(&self, messages: Messages) -> String {
        match self {
            Self::Finished => messages.text("error-quiz-finished"),
            Self::NotAnOption => messages.text("error-quiz-not-an-option"),
        }
    }
}

crate::display_in_english!(QuizAnswerError);

#[cfg(test)]
mod message_tests {
    use super::QuizAnswerError;
    use crate::text::localized::Localized;
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn quiz_answer_errors_in_english_and_korean() {
        let cases = [
            (
                QuizAnswerError::Finished,
                "the quiz has no item left to answer",
                "퀴즈에 답할 문항이 남아 있지 않습니다",
            ),
            (
                QuizAnswerError::NotAnOption,
                "the response is not one of the item's options",
                "응답이 문항의 선택지 가운데 하나가 아닙니다",
            ),
        ];
        for (error, english, korean) in cases {
            assert_eq!(error.to_string(), english);
            assert_eq!(error.message(Messages::new(Locale::Ko)), korean);
        }
    }
}
