//! What the event protocol tells, one event a line: the walk's changes as the classroom
//! server stores them ([`SessionEvent`]), and what only the protocol says ([`Told`]).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::classroom::quiz_items::{Answered, Item, Situation};
use crate::classroom::responses::letter;
use crate::classroom::session_event::SessionEvent;
use crate::export::{quiz_sheet, stance_json};
use crate::protocol::protocol_error::ProtocolError;
use crate::scenario::index::{ChoiceIx, QuestionIx};
use crate::scenario::{Cite, Scenario};
use crate::text::messages::Messages;
use crate::walk::stance::Stance;
use crate::walk::step::Step;

/// One event, tagged by `type`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Event {
    /// A change of the walk, the very event the classroom server stores: `answered`,
    /// `went_back`, `noted` or `finished` (never `joined`, which is the server's).
    Walk(SessionEvent),
    /// What only the protocol says.
    Told(Told),
}

impl From<SessionEvent> for Event {
    fn from(event: SessionEvent) -> Self {
        Self::Walk(event)
    }
}

impl From<Told> for Event {
    fn from(event: Told) -> Self {
        Self::Told(event)
    }
}

impl From<ProtocolError> for Event {
    fn from(error: ProtocolError) -> Self {
        Self::Told(Told::Error(error))
    }
}

/// The protocol's own events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Told {
    /// The session began: always the first event.
    Started {
        /// `play` or `quiz`.
        command: String,
        /// The scenario's id.
        scenario: String,
        /// The scenario's title.
        title: String,
        /// The quiz's seed (a quiz only).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seed: Option<u64>,
        /// How many situations the quiz has (a quiz only).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        situations: Option<usize>,
        /// How many items the quiz has, answered before or not (a quiz only; not told before
        /// the walk of `quiz --walk`, which they are drawn from).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        items: Option<usize>,
    },
    /// A question is asked; the walk waits for a command.
    Question {
        /// The question's id.
        question: String,
        /// Its place in the walk, from 1: the answers so far and one.
        number: usize,
        /// The question as asked.
        prompt: String,
        /// Its background, if it has one.
        context: Option<String>,
        /// The choices offered after the answers so far, in author order.
        choices: Vec<ChoiceView>,
        /// The answers so far, in walk order.
        answers: Vec<AnswerView>,
        /// Whether `back` can undo an answer.
        can_go_back: bool,
    },
    /// The walk ended: the stance, as `stance play --format json` writes it.
    Stance {
        /// The stance document.
        stance: Value,
    },
    /// A command was refused; the same question or item waits for another.
    Error(ProtocolError),
    /// The session stopped before its end; the process exits with code 130.
    Stopped {
        /// `quit` (the `quit` command) or `end_of_input` (standard input ended).
        reason: StopReason,
        /// The record that keeps the answers so far (`--record` or `--resume`), if any.
        saved: Option<String>,
    },
    /// A quiz's situation, shown before its first item.
    Situation {
        /// Its number, from 1.
        number: usize,
        /// How many situations the quiz has.
        of: usize,
        /// Its walk.
        path: Vec<PathView>,
    },
    /// A quiz item is put; the quiz waits for a command.
    Item {
        /// Its number across the quiz, from 1.
        number: usize,
        /// Its situation's number.
        situation: usize,
        /// What it is about: `prompt → label`, or "At the end of this walk".
        given: String,
        /// The options, in the order of their letters.
        options: Vec<OptionView>,
        /// The author's recommendation's id for `--role facilitator`; null otherwise.
        answer: Option<String>,
    },
    /// An item was answered: whether rightly, with the author's reasons.
    Graded {
        /// The item's number.
        item: usize,
        /// The id picked; null for `skip`.
        picked: Option<String>,
        /// The author's recommendation's id.
        answer: String,
        /// Whether the pick was the author's.
        correct: bool,
        /// The recommendation's text.
        text: String,
        /// Why the author recommends it.
        rationale: String,
        /// Where the essay says so.
        cites: Vec<CiteView>,
    },
    /// The quiz ended: the result, as `stance quiz --format json` writes it.
    Result {
        /// The result document.
        result: Value,
    },
}

/// Why a session stopped before its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// The `quit` command.
    Quit,
    /// Standard input ended.
    EndOfInput,
}

/// A choice offered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceView {
    /// Its id, which `answer` names.
    pub id: String,
    /// Its label.
    pub label: String,
}

/// An answer given, by id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerView {
    /// The question's id.
    pub question: String,
    /// The choice's id.
    pub choice: String,
}

/// A step of a quiz situation's walk, as the quiz sheet's JSON has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathView {
    /// The question's id.
    pub question: String,
    /// The choice's id.
    pub choice: String,
    /// The question as asked.
    pub prompt: String,
    /// The choice as shown.
    pub label: String,
}

/// An option of a quiz item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionView {
    /// Its letter on the sheet, `a` for the first.
    pub letter: String,
    /// The recommendation's id.
    pub id: String,
    /// The recommendation's text.
    pub text: String,
}

/// A citation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteView {
    /// The body paragraph, from 1.
    pub paragraph: u32,
    /// The verbatim quote.
    pub quote: String,
}

impl Told {
    /// `started`, for a walk.
    pub fn play_started(scenario: &Scenario) -> Self {
        Self::Started {
            command: "play".to_owned(),
            scenario: scenario.id.clone(),
            title: scenario.title.clone(),
            seed: None,
            situations: None,
            items: None,
        }
    }

    /// `started`, for a quiz on the walk that follows (`quiz --walk`): one situation, its
    /// items drawn by `seed` once the walk is over, so their number is not told yet.
    pub fn quiz_walk_started(scenario: &Scenario, seed: u64) -> Self {
        Self::Started {
            command: "quiz".to_owned(),
            scenario: scenario.id.clone(),
            title: scenario.title.clone(),
            seed: Some(seed),
            situations: Some(1),
            items: None,
        }
    }

    /// `started`, for a quiz of `situations` drawn by `seed`.
    pub fn quiz_started(scenario: &Scenario, seed: u64, situations: &[Situation]) -> Self {
        Self::Started {
            command: "quiz".to_owned(),
            scenario: scenario.id.clone(),
            title: scenario.title.clone(),
            seed: Some(seed),
            situations: Some(situations.len()),
            items: Some(situations.iter().map(|s| s.items.len()).sum()),
        }
    }

    /// `question`: `question` asked with `available` offered, after `steps`.
    pub fn question(
        scenario: &Scenario,
        question: QuestionIx,
        available: &[ChoiceIx],
        steps: &[Step],
    ) -> Self {
        let asked = &scenario.questions[question];
        Self::Question {
            question: asked.id.clone(),
            number: steps.len() + 1,
            prompt: asked.prompt.clone(),
            context: asked.context.clone(),
            choices: available
                .iter()
                .map(|&c| ChoiceView {
                    id: asked.choices[c].id.clone(),
                    label: asked.choices[c].label.clone(),
                })
                .collect(),
            answers: steps
                .iter()
                .map(|step| {
                    let q = &scenario.questions[step.question];
                    AnswerView {
                        question: q.id.clone(),
                        choice: q.choices[step.choice].id.clone(),
                    }
                })
                .collect(),
            can_go_back: !steps.is_empty(),
        }
    }

    /// `stance`.
    pub fn stance(stance: &Stance<'_>) -> Self {
        Self::Stance {
            stance: stance_json::value(stance),
        }
    }

    /// `situation`: situation `number` of `of`.
    pub fn situation(scenario: &Scenario, number: usize, of: usize, situation: &Situation) -> Self {
        Self::Situation {
            number,
            of,
            path: situation
                .path
                .iter()
                .map(|step| {
                    let q = &scenario.questions[step.question];
                    PathView {
                        question: q.id.clone(),
                        choice: q.choices[step.choice].id.clone(),
                        prompt: q.prompt.clone(),
                        label: q.choices[step.choice].label.clone(),
                    }
                })
                .collect(),
        }
    }

    /// `item`: item `number` of situation `situation_number`; with `key`, its answer.
    pub fn item(
        scenario: &Scenario,
        (situation_number, situation): (usize, &Situation),
        item: &Item,
        number: usize,
        key: bool,
    ) -> Self {
        Self::Item {
            number,
            situation: situation_number,
            // The protocol's own words stay English, like its keys; the scenario's texts are
            // in the language it is shown in.
            given: item.about(scenario, &situation.path, Messages::english()),
            options: item
                .options
                .iter()
                .enumerate()
                .map(|(i, &r)| OptionView {
                    letter: letter(i).to_string(),
                    id: scenario.recommendations[r].id.clone(),
                    text: scenario.recommendations[r].text.clone(),
                })
                .collect(),
            answer: key.then(|| scenario.recommendations[item.answer].id.clone()),
        }
    }

    /// `graded`: item `number` as answered.
    pub fn graded(scenario: &Scenario, number: usize, answered: &Answered) -> Self {
        let answer = &scenario.recommendations[answered.item.answer];
        Self::Graded {
            item: number,
            picked: answered
                .picked
                .map(|r| scenario.recommendations[r].id.clone()),
            answer: answer.id.clone(),
            correct: answered.correct(),
            text: answer.text.clone(),
            rationale: answer.rationale.clone(),
            cites: answer.cites.iter().map(cite).collect(),
        }
    }

    /// `result`: the quiz's, as `stance quiz --format json` writes it.
    pub fn result(
        scenario: &Scenario,
        seed: u64,
        name: Option<&str>,
        answered: &[Answered],
    ) -> Self {
        Self::Result {
            result: quiz_sheet::result_value(scenario, seed, name, answered),
        }
    }
}

fn cite(cite: &Cite) -> CiteView {
    CiteView {
        paragraph: cite.paragraph,
        quote: cite.quote.clone(),
    }
}
