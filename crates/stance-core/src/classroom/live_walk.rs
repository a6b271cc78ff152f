//! One participant's walk in a live session, kept as the server keeps it: each command
//! checked against the walk where it stands and turned into events, each event (new, or
//! read back from storage) checked again before it is applied.

use crate::classroom::live_error::LiveError;
use crate::classroom::session_event::{Command, SessionEvent};
use crate::scenario::Scenario;
use crate::scenario::index::{EndingIx, QuestionIx};
use crate::text::suggest;
use crate::walk::stance::Stance;
use crate::walk::step::{Notes, Step};
use crate::walk::{Position, Walk};

/// The longest note a participant may write, in characters (the browser player's limit).
pub const MAX_NOTE_CHARS: usize = 10_000;

/// A participant's walk: answers in order and notes by question.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LiveWalk {
    steps: Vec<Step>,
    notes: Notes,
}

impl LiveWalk {
    /// A walk at the first question, with no notes.
    pub fn new() -> Self {
        Self::default()
    }

    /// The walk that has taken `steps`, without notes; `None` when they are not a walk of
    /// this scenario.
    pub fn resume(scenario: &Scenario, steps: &[Step]) -> Option<Self> {
        Walk::resume(scenario, steps)?;
        Some(Self {
            steps: steps.to_vec(),
            notes: Notes::new(),
        })
    }

    /// The answers, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The notes, by question.
    pub fn notes(&self) -> &Notes {
        &self.notes
    }

    fn walk<'s>(&self, scenario: &'s Scenario) -> Walk<'s> {
        let mut walk = Walk::new(scenario);
        for step in &self.steps {
            // Every step was checked when it was applied.
            walk.answer(step.choice);
        }
        walk
    }

    /// Where the walk stands.
    pub fn position(&self, scenario: &Scenario) -> Position {
        self.walk(scenario).position()
    }

    /// The ending reached, if the walk is over.
    pub fn ending(&self, scenario: &Scenario) -> Option<EndingIx> {
        match self.position(scenario) {
            Position::Ended(e) => Some(e),
            Position::Question(_) => None,
        }
    }

    /// The stance, once the walk is over.
    pub fn stance<'s>(&self, scenario: &'s Scenario) -> Option<Stance<'s>> {
        let mut stance = self.walk(scenario).stance(Vec::new())?;
        stance.notes.clone_from(&self.notes);
        Some(stance)
    }

    /// The events `command` makes of the walk as it stands, checked but not applied: an
    /// answer that ends the walk is followed by `finished`.
    pub fn events_for(
        &self,
        scenario: &Scenario,
        command: &Command,
    ) -> Result<Vec<SessionEvent>, LiveError> {
        let event = match command {
            Command::Answer { question, choice } => SessionEvent::Answered {
                question: question.clone(),
                choice: choice.clone(),
            },
            Command::Back {} if self.steps.is_empty() => {
                return Err(LiveError::NothingToUndo { steps: 0, keep: 0 });
            }
            Command::Back {} => SessionEvent::WentBack {
                keep: self.steps.len() - 1,
            },
            Command::Restart {} => SessionEvent::WentBack { keep: 0 },
            Command::Note { question, note } => SessionEvent::Noted {
                question: question.clone(),
                note: note.clone(),
            },
        };
        let mut after = self.clone();
        after.apply(scenario, &event)?;
        let mut events = vec![event];
        if matches!(command, Command::Answer { .. })
            && let Some(ending) = after.ending(scenario)
        {
            events.push(SessionEvent::Finished {
                ending: scenario.endings[ending].id.clone(),
            });
        }
        Ok(events)
    }

    /// Applies `event`, or changes nothing and says why it does not fit. `joined` is the
    /// server's business: it is refused here.
    pub fn apply(&mut self, scenario: &Scenario, event: &SessionEvent) -> Result<(), LiveError> {
        match event {
            SessionEvent::Joined { .. } => Err(LiveError::JoinedAgain),
            SessionEvent::Answered { question, choice } => {
                let q = question_ix(scenario, question)?;
                let Some(c) = scenario.questions[q].choice_ix(choice) else {
                    return Err(LiveError::UnknownChoice {
                        question: question.clone(),
                        choice: choice.clone(),
                        suggestion: suggest::nearest(choice, scenario.questions[q].choice_ids())
                            .map(str::to_owned),
                    });
                };
                let mut walk = self.walk(scenario);
                match walk.position() {
                    Position::Ended(e) => Err(LiveError::Ended {
                        ending: scenario.endings[e].id.clone(),
                    }),
                    Position::Question(at) if at != q => Err(LiveError::NotHere {
                        question: question.clone(),
                        at: scenario.questions[at].id.clone(),
                    }),
                    Position::Question(_) if !walk.answer(c) => Err(LiveError::NotOffered {
                        question: question.clone(),
                        choice: choice.clone(),
                    }),
                    Position::Question(_) => {
                        self.steps.push(Step {
                            question: q,
                            choice: c,
                        });
                        Ok(())
                    }
                }
            }
            &SessionEvent::WentBack { keep } => {
                if keep >= self.steps.len() && !(keep == 0 && self.steps.is_empty()) {
                    return Err(LiveError::NothingToUndo {
                        steps: self.steps.len(),
                        keep,
                    });
                }
                self.steps.truncate(keep);
                Ok(())
            }
            SessionEvent::Noted { question, note } => {
                let q = question_ix(scenario, question)?;
                let chars = note.chars().count();
                if chars > MAX_NOTE_CHARS {
                    return Err(LiveError::NoteTooLong {
                        chars,
                        limit: MAX_NOTE_CHARS,
                    });
                }
                if note.trim().is_empty() {
                    self.notes.remove(&q);
                } else {
                    self.notes.insert(q, note.clone());
                }
                Ok(())
            }
            SessionEvent::Finished { ending } => match self.position(scenario) {
                Position::Ended(e) if scenario.endings[e].id == *ending => Ok(()),
                Position::Ended(e) => Err(LiveError::NotFinished {
                    ending: ending.clone(),
                    at: scenario.endings[e].id.clone(),
                    ended: true,
                }),
                Position::Question(q) => Err(LiveError::NotFinished {
                    ending: ending.clone(),
                    at: scenario.questions[q].id.clone(),
                    ended: false,
                }),
            },
        }
    }
}

fn question_ix(scenario: &Scenario, id: &str) -> Result<QuestionIx, LiveError> {
    scenario
        .question_ix(id)
        .ok_or_else(|| LiveError::UnknownQuestion {
            question: id.to_owned(),
            suggestion: suggest::nearest(id, scenario.question_ids()).map(str::to_owned),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::analyser::check_file;
    use crate::load::scenario_file::ScenarioFile;

    const SCENARIO: &str = "\
format: 1
id: tiny
title: Tiny
source: { author: A, title: T }
start: first
questions:
  - id: first
    prompt: First?
    choices:
      - { id: 'yes', label: 'Yes', next: second }
      - { id: 'no', label: 'No', next: done, recommends: [wait] }
  - id: second
    prompt: Second?
    choices:
      - { id: left, label: Left, next: done }
      - { id: right, label: Right, when: { first: 'no' }, next: done }
recommendations:
  - id: wait
    text: Wait.
    rationale: Because.
    basis: explicit
    cites: [{ paragraph: 1, quote: the first }]
endings:
  - { id: done }
";

    fn scenario() -> Scenario {
        let file = ScenarioFile::new("tiny.yaml", SCENARIO);
        let analysis = check_file(&file, None);
        analysis
            .scenario
            .unwrap_or_else(|| panic!("{:?}", analysis.diagnostics))
    }

    fn answer(question: &str, choice: &str) -> Command {
        Command::Answer {
            question: question.to_owned(),
            choice: choice.to_owned(),
        }
    }

    /// The commands before, the command, and the event types it makes or the error it meets.
    type Case<'a> = (&'a [Command], Command, Result<&'a [&'a str], &'a str>);

    #[test]
    fn commands_against_the_walk() {
        let s = scenario();
        let table: &[Case<'_>] = &[
            (&[], answer("first", "yes"), Ok(&["answered"])),
            (&[], answer("first", "no"), Ok(&["answered", "finished"])),
            (
                &[],
                answer("frist", "yes"),
                Err("the scenario has no question `frist`; did you mean `first`?"),
            ),
            (
                &[],
                answer("first", "yess"),
                Err("question `first` has no choice `yess`; did you mean `yes`?"),
            ),
            (
                &[],
                answer("second", "left"),
                Err("the walk stands at question `first`, not `second`"),
            ),
            (
                &[answer("first", "yes")],
                answer("second", "right"),
                Err("choice `right` is not offered at question `second` after the answers so far"),
            ),
            (
                &[answer("first", "no")],
                answer("first", "no"),
                Err("the walk has ended at `done`; go back to answer again"),
            ),
            (
                &[],
                Command::Back {},
                Err("there is no answer to undo: the walk has 0 and would keep 0"),
            ),
            (
                &[answer("first", "yes")],
                Command::Back {},
                Ok(&["went_back"]),
            ),
            (&[], Command::Restart {}, Ok(&["went_back"])),
            (
                &[],
                Command::Note {
                    question: "first".into(),
                    note: "x".repeat(MAX_NOTE_CHARS + 1),
                },
                Err("the note has 10001 characters; a note has at most 10000"),
            ),
            (
                &[],
                Command::Note {
                    question: "first".into(),
                    note: "mine".into(),
                },
                Ok(&["noted"]),
            ),
        ];
        for (before, command, expected) in table {
            let mut walk = LiveWalk::new();
            for c in *before {
                for event in walk.events_for(&s, c).expect("the setup fits") {
                    walk.apply(&s, &event).expect("the setup applies");
                }
            }
            let got = walk
                .events_for(&s, command)
                .map(|events| events.iter().map(SessionEvent::kind).collect::<Vec<_>>())
                .map_err(|e| e.to_string());
            let expected = expected.map(<[&str]>::to_vec).map_err(str::to_owned);
            assert_eq!(got, expected, "{command:?} after {before:?}");
        }
    }

    #[test]
    fn stored_events_are_checked_again() {
        let s = scenario();
        let mut walk = LiveWalk::new();
        let finished = SessionEvent::Finished {
            ending: "done".into(),
        };
        assert_eq!(
            walk.apply(&s, &finished).map_err(|e| e.to_string()),
            Err(
                "a `finished` event names ending `done`, but the walk stands at question `first`"
                    .to_owned()
            )
        );
        assert_eq!(
            walk.apply(&s, &SessionEvent::Joined { name: "A".into() }),
            Err(LiveError::JoinedAgain)
        );
        let answered = SessionEvent::Answered {
            question: "first".into(),
            choice: "no".into(),
        };
        walk.apply(&s, &answered).expect("fits");
        walk.apply(&s, &finished).expect("fits once ended");
        assert_eq!(
            walk.ending(&s).map(|e| s.endings[e].id.as_str()),
            Some("done")
        );
        assert!(walk.stance(&s).is_some());
        walk.apply(&s, &SessionEvent::WentBack { keep: 0 })
            .expect("undoes");
        assert!(walk.steps().is_empty());
        walk.apply(
            &s,
            &SessionEvent::Noted {
                question: "first".into(),
                note: "a".into(),
            },
        )
        .expect("notes");
        walk.apply(
            &s,
            &SessionEvent::Noted {
                question: "first".into(),
                note: "  ".into(),
            },
        )
        .expect("clears");
        assert!(walk.notes().is_empty());
    }

    #[test]
    fn events_are_stored_by_type() {
        let event = SessionEvent::WentBack { keep: 2 };
        let json = serde_json::to_string(&event).expect("serialises");
        assert_eq!(json, r#"{"type":"went_back","keep":2}"#);
        let command: Command =
            serde_json::from_str(r#"{"type":"answer","question":"q","choice":"c"}"#)
                .expect("reads");
        assert_eq!(command, answer("q", "c"));
        assert!(serde_json::from_str::<Command>(r#"{"type":"back","extra":1}"#).is_err());
    }
}
