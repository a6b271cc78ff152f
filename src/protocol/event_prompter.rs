//! The walk through the event protocol: a `question` event for each question, then
//! commands read until one fits the walk; each that does not is told back as an `error`.

use std::io::{BufRead, Write};

use stance_core::classroom::live_error::LiveError;
use stance_core::classroom::live_walk::LiveWalk;
use stance_core::classroom::session_event::SessionEvent;
use stance_core::protocol::event::Told;
use stance_core::protocol::play_command::PlayCommand;
use stance_core::protocol::protocol_error::ProtocolError;
use stance_core::scenario::Scenario;
use stance_core::scenario::index::{ChoiceIx, QuestionIx};
use stance_core::walk::prompter::{Action, Prompter};
use stance_core::walk::step::Step;
use stance_core::walk::stop::Stop;

use crate::protocol::event_channel::EventChannel;

/// A prompter that asks through an [`EventChannel`]. A command is checked, and made into
/// events, by the classroom server's own rules ([`LiveWalk::events_for`]), so that
/// `answered`, `went_back`, `noted` and `finished` mean here what they mean there.
#[derive(Debug)]
pub struct EventPrompter<'c, R, W> {
    channel: &'c mut EventChannel<R, W>,
}

impl<'c, R: BufRead, W: Write> EventPrompter<'c, R, W> {
    /// Asks through `channel`.
    pub fn new(channel: &'c mut EventChannel<R, W>) -> Self {
        Self { channel }
    }

    /// Asks through `channel`, once the `started` event of `scenario` is written.
    pub fn start(channel: &'c mut EventChannel<R, W>, scenario: &Scenario) -> Result<Self, Stop> {
        channel.send(Told::play_started(scenario))?;
        Ok(Self::new(channel))
    }
}

/// The action the walk's events stand for, at question `at`.
fn action(scenario: &Scenario, at: QuestionIx, events: &[SessionEvent]) -> Action {
    match events.first() {
        Some(SessionEvent::Answered { choice, .. }) => scenario.questions[at]
            .choice_ix(choice)
            .map_or(Action::Quit, Action::Choose),
        Some(SessionEvent::WentBack { .. }) => Action::Back,
        Some(SessionEvent::Noted { note, .. }) => Action::Note(note.clone()),
        // `events_for` makes none of these first.
        Some(SessionEvent::Joined { .. } | SessionEvent::Finished { .. }) | None => Action::Quit,
    }
}

impl<R: BufRead, W: Write> Prompter for EventPrompter<'_, R, W> {
    fn ask(
        &mut self,
        scenario: &Scenario,
        question: QuestionIx,
        available: &[ChoiceIx],
        steps: &[Step],
    ) -> Result<Action, Stop> {
        self.channel
            .send(Told::question(scenario, question, available, steps))?;
        let live = LiveWalk::resume(scenario, steps)
            .ok_or_else(|| Stop::Failed("the walk does not follow the scenario".to_owned()))?;
        let at = &scenario.questions[question].id;
        loop {
            let Some(command) = self.channel.command::<PlayCommand>()? else {
                return Ok(Action::Quit);
            };
            let Some(asked) = command.to_session(at) else {
                self.channel.quit();
                return Ok(Action::Quit);
            };
            let events = live.events_for(scenario, &asked).and_then(|events| {
                // A note is kept on the question asked: the walk keeps no other.
                match events.first() {
                    Some(SessionEvent::Noted { question, .. }) if question != at => {
                        Err(LiveError::NotHere {
                            question: question.clone(),
                            at: at.clone(),
                        })
                    }
                    _ => Ok(events),
                }
            });
            match events {
                Ok(events) => {
                    let action = action(scenario, question, &events);
                    for event in events {
                        self.channel.send(event)?;
                    }
                    return Ok(action);
                }
                Err(error) => self.channel.send(ProtocolError::from(&error))?,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use stance_core::check::analyser::built_in_scenario;
    use stance_core::scenario::index::ChoiceIx;
    use stance_core::walk::prompter::{Action, Prompter};
    use stance_core::walk::step::Step;

    use super::EventPrompter;
    use crate::protocol::event_channel::EventChannel;

    /// The actions `typed` ends in at the first question, and the events' types.
    fn asked(typed: &str, steps: &[Step]) -> (Action, Vec<String>) {
        let scenario = built_in_scenario();
        let start = scenario.start;
        let all: Vec<ChoiceIx> = ChoiceIx::all(scenario.questions[start].choices.len()).collect();
        let mut out = Vec::new();
        let mut channel = EventChannel::new(typed.as_bytes(), &mut out);
        let action = EventPrompter::new(&mut channel)
            .ask(&scenario, start, &all, steps)
            .expect("asks");
        let told = String::from_utf8(out)
            .expect("UTF-8")
            .lines()
            .map(|line| {
                let event: serde_json::Value = serde_json::from_str(line).expect(line);
                let kind = event["type"].as_str().unwrap_or_default().to_owned();
                match event["code"].as_str() {
                    Some(code) => format!("{kind}:{code}"),
                    None => kind,
                }
            })
            .collect();
        (action, told)
    }

    #[test]
    fn commands_become_actions_and_the_servers_events() {
        let scenario = built_in_scenario();
        let reunification = scenario.questions[scenario.start]
            .choice_ix("reunification")
            .expect("a choice");
        let cases: [(&str, Action, &[&str]); 6] = [
            (
                r#"{"type":"answer","choice":"reunification"}"#,
                Action::Choose(reunification),
                &["question", "answered"],
            ),
            (
                "{\"type\":\"answer\",\"choice\":\"reunificaton\"}\n{\"type\":\"back\"}\n{\"type\":\"quit\"}",
                Action::Quit,
                &["question", "error:unknown_choice", "error:nothing_to_undo"],
            ),
            (
                r#"{"type":"answer","question":"sma","choice":"inside_sofa"}"#,
                Action::Quit,
                &["question", "error:not_here"],
            ),
            (
                r#"{"type":"note","note":"mine"}"#,
                Action::Note("mine".to_owned()),
                &["question", "noted"],
            ),
            (
                r#"{"type":"note","question":"sma","note":"mine"}"#,
                Action::Quit,
                &["question", "error:not_here"],
            ),
            ("", Action::Quit, &["question"]),
        ];
        for (typed, action, types) in cases {
            assert_eq!(
                asked(typed, &[]),
                (action, types.iter().map(|t| (*t).to_owned()).collect()),
                "{typed}"
            );
        }
    }
}
