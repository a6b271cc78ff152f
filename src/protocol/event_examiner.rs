//! The quiz through the event protocol: `situation` and `item` events, commands read until
//! one answers the item, and a `graded` event for each answer.

use std::io::{BufRead, Write};

use stance_core::classroom::examiner::Examiner;
use stance_core::classroom::quiz_items::{Answered, Item, Situation};
use stance_core::classroom::responses::letter;
use stance_core::protocol::event::Told;
use stance_core::protocol::protocol_error::ProtocolError;
use stance_core::protocol::quiz_command::QuizCommand;
use stance_core::scenario::Scenario;
use stance_core::scenario::index::RecommendationIx;
use stance_core::text::suggest;
use stance_core::walk::stop::Stop;

use crate::protocol::event_channel::EventChannel;

/// An examiner that puts items through an [`EventChannel`].
#[derive(Debug)]
pub struct EventExaminer<'c, R, W> {
    channel: &'c mut EventChannel<R, W>,
    /// Whether items carry their answer (`--role facilitator`).
    key: bool,
    /// The situation shown last.
    situation: usize,
    /// The item asked last, for its `graded` event.
    number: usize,
}

impl<'c, R: BufRead, W: Write> EventExaminer<'c, R, W> {
    /// Puts items through `channel`, once the `started` event is written; with `key`, each
    /// item with its answer.
    pub fn start(
        channel: &'c mut EventChannel<R, W>,
        started: Told,
        key: bool,
    ) -> Result<Self, Stop> {
        channel.send(started)?;
        Ok(Self::new(channel, key))
    }

    /// Puts items through `channel`; with `key`, each with its answer.
    pub fn new(channel: &'c mut EventChannel<R, W>, key: bool) -> Self {
        Self {
            channel,
            key,
            situation: 1,
            number: 0,
        }
    }
}

/// The option `choice` names among `item`'s: its letter (either case) or its
/// recommendation's id.
fn option(
    scenario: &Scenario,
    item: &Item,
    number: usize,
    choice: &str,
) -> Result<RecommendationIx, ProtocolError> {
    let ids = || {
        item.options
            .iter()
            .map(|&r| scenario.recommendations[r].id.as_str())
    };
    if let Some(r) = item.option_named(scenario, choice) {
        return Ok(r);
    }
    let last = letter(item.options.len().saturating_sub(1));
    let suggestion = suggest::nearest(choice, ids());
    let hint = suggestion.map_or_else(String::new, |s| format!("; did you mean `{s}`?"));
    Err(ProtocolError::new(
        "not_an_option",
        format!(
            "item {number} has no option `{choice}`: answer with a letter from `a` to `{last}` or one of {}{hint}",
            suggest::list(ids())
        ),
    )
    .suggesting(suggestion))
}

impl<R: BufRead, W: Write> Examiner for EventExaminer<'_, R, W> {
    fn situation(
        &mut self,
        scenario: &Scenario,
        number: usize,
        total: usize,
        situation: &Situation,
    ) -> Result<(), Stop> {
        self.situation = number;
        self.channel
            .send(Told::situation(scenario, number, total, situation))
    }

    fn ask(
        &mut self,
        scenario: &Scenario,
        situation: &Situation,
        item: &Item,
        number: usize,
    ) -> Result<Option<RecommendationIx>, Stop> {
        self.number = number;
        self.channel.send(Told::item(
            scenario,
            (self.situation, situation),
            item,
            number,
            self.key,
        ))?;
        loop {
            let picked = match self.channel.command::<QuizCommand>()? {
                None => return Err(Stop::Quit),
                Some(QuizCommand::Quit {}) => {
                    self.channel.quit();
                    return Err(Stop::Quit);
                }
                Some(QuizCommand::Skip {}) => return Ok(None),
                Some(QuizCommand::Answer {
                    item: Some(named), ..
                }) if named != number => Err(ProtocolError::new(
                    "wrong_item",
                    format!("the quiz is at item {number}, not {named}"),
                )),
                Some(QuizCommand::Answer { choice, .. }) => option(scenario, item, number, &choice),
            };
            match picked {
                Ok(r) => return Ok(Some(r)),
                Err(error) => self.channel.send(error)?,
            }
        }
    }

    fn feedback(
        &mut self,
        scenario: &Scenario,
        item: &Item,
        picked: Option<RecommendationIx>,
    ) -> Result<(), Stop> {
        let answered = Answered {
            situation: self.situation,
            item: item.clone(),
            picked,
        };
        self.channel
            .send(Told::graded(scenario, self.number, &answered))
    }
}

#[cfg(test)]
mod tests {
    use stance_core::check::analyser::built_in_scenario;
    use stance_core::classroom::quiz_items;

    use super::option;

    #[test]
    fn an_option_is_named_by_letter_or_id() {
        let scenario = built_in_scenario();
        let situations = quiz_items::draw(&scenario, 7, 1);
        let item = &situations[0].items[0];
        let second = item.options[1];
        let id = scenario.recommendations[second].id.as_str();
        assert_eq!(option(&scenario, item, 1, "b"), Ok(second));
        assert_eq!(option(&scenario, item, 1, "B"), Ok(second));
        assert_eq!(option(&scenario, item, 1, id), Ok(second));
        let typo = format!("{id}x");
        let error = option(&scenario, item, 1, &typo).expect_err("not an option");
        assert_eq!(error.code, "not_an_option");
        assert_eq!(error.suggestion.as_deref(), Some(id));
        assert!(
            error.message.starts_with("item 1 has no option"),
            "{}",
            error.message
        );
        let error = option(&scenario, item, 1, "z").expect_err("past the letters");
        assert!(error.message.contains("from `a` to"), "{}", error.message);
    }
}
