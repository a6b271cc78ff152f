//! Why a live session's command or stored event does not fit a participant's walk.

use thiserror::Error;

use crate::text::localized::Localized;
use crate::text::messages::{Arg, Messages};

/// A command (or stored event) that does not fit the walk where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LiveError {
    /// No question has this id.
    UnknownQuestion {
        question: String,
        suggestion: Option<String>,
    },
    /// The question has no choice with this id.
    UnknownChoice {
        question: String,
        choice: String,
        suggestion: Option<String>,
    },
    /// The walk stands at another question.
    NotHere { question: String, at: String },
    /// The choice exists but the answers so far do not offer it.
    NotOffered { question: String, choice: String },
    /// The walk is over; only going back changes it.
    Ended { ending: String },
    /// Going back with no answer to undo, or keeping more answers than there are.
    NothingToUndo { steps: usize, keep: usize },
    /// A note longer than a note may be.
    NoteTooLong { chars: usize, limit: usize },
    /// A `finished` event that does not match where the walk stands.
    NotFinished {
        ending: String,
        /// The id of the question the walk stands at, or of the ending it reached.
        at: String,
        /// Whether the walk has reached an ending (`at`) rather than a question.
        ended: bool,
    },
    /// A second `joined`, or one that is not first.
    JoinedAgain,
}

impl LiveError {
    /// A stable, snake-case name for the error, for a program to act on: the event
    /// protocol's `error` events carry it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownQuestion { .. } => "unknown_question",
            Self::UnknownChoice { .. } => "unknown_choice",
            Self::NotHere { .. } => "not_here",
            Self::NotOffered { .. } => "not_offered",
            Self::Ended { .. } => "ended",
            Self::NothingToUndo { .. } => "nothing_to_undo",
            Self::NoteTooLong { .. } => "note_too_long",
            Self::NotFinished { .. } => "not_finished",
            Self::JoinedAgain => "joined_again",
        }
    }

    /// The name the error suggests instead of the one given, if any.
    pub fn suggestion(&self) -> Option<&str> {
        match self {
            Self::UnknownQuestion { suggestion, .. } | Self::UnknownChoice { suggestion, .. } => {
                suggestion.as_deref()
            }
            _ => None,
        }
    }
}

impl Localized for LiveError {
    fn message(&self, messages: Messages) -> String {
        let with = |key: &str, args: &[(&'static str, &String)]| {
            let args: Vec<_> = args
                .iter()
                .map(|(name, value)| (*name, Arg::from(value.as_str())))
                .collect();
            messages.text_with(key, &args)
        };
        let count = |key: &str, args: [(&'static str, usize); 2]| {
            messages.text_with(key, &args.map(|(name, n)| (name, Arg::from(n))))
        };
        match self {
            Self::UnknownQuestion {
                question,
                suggestion: Some(suggestion),
            } => with(
                "error-live-unknown-question-suggest",
                &[("question", question), ("suggestion", suggestion)],
            ),
            Self::UnknownQuestion { question, .. } => {
                with("error-live-unknown-question", &[("question", question)])
            }
            Self::UnknownChoice {
                question,
                choice,
                suggestion: Some(suggestion),
            } => with(
                "error-live-unknown-choice-suggest",
                &[
                    ("question", question),
                    ("choice", choice),
                    ("suggestion", suggestion),
                ],
            ),
            Self::UnknownChoice {
                question, choice, ..
            } => with(
                "error-live-unknown-choice",
                &[("question", question), ("choice", choice)],
            ),
            Self::NotHere { question, at } => {
                with("error-live-not-here", &[("question", question), ("at", at)])
            }
            Self::NotOffered { question, choice } => with(
                "error-live-not-offered",
                &[("question", question), ("choice", choice)],
            ),
            Self::Ended { ending } => with("error-live-ended", &[("ending", ending)]),
            Self::NothingToUndo { steps, keep } => count(
                "error-live-nothing-to-undo",
                [("steps", *steps), ("keep", *keep)],
            ),
            Self::NoteTooLong { chars, limit } => count(
                "error-live-note-too-long",
                [("chars", *chars), ("limit", *limit)],
            ),
            Self::NotFinished {
                ending,
                at,
                ended: true,
            } => with(
                "error-live-not-finished-ended",
                &[("ending", ending), ("at", at)],
            ),
            Self::NotFinished { ending, at, .. } => with(
                "error-live-not-finished-question",
                &[("ending", ending), ("at", at)],
            ),
            Self::JoinedAgain => messages.text("error-live-joined-again"),
        }
    }
}

crate::display_in_english!(LiveError);

#[cfg(test)]
mod tests {
    use super::LiveError;
    use crate::text::localized::Localized;
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn live_errors_in_english_and_korean() {
        let cases = [
            (
                LiveError::UnknownQuestion {
                    question: "frist".to_owned(),
                    suggestion: Some("first".to_owned()),
                },
                "the scenario has no question `frist`; did you mean `first`?",
                "시나리오에 `frist` 질문이 없습니다. 혹시 `first`입니까?",
            ),
            (
                LiveError::UnknownChoice {
                    question: "first".to_owned(),
                    choice: "zz".to_owned(),
                    suggestion: None,
                },
                "question `first` has no choice `zz`",
                "`first` 질문에는 `zz` 선택지가 없습니다",
            ),
            (
                LiveError::NothingToUndo { steps: 0, keep: 0 },
                "there is no answer to undo: the walk has 0 and would keep 0",
                "취소할 답이 없습니다: 진행에는 답이 0개 있는데 0개를 남기려 합니다",
            ),
            (
                LiveError::NotFinished {
                    ending: "done".to_owned(),
                    at: "first".to_owned(),
                    ended: false,
                },
                "a `finished` event names ending `done`, but the walk stands at question `first`",
                "`finished` 이벤트가 `done` 결말을 가리키지만, 진행은 `first` 질문에 있습니다",
            ),
            (
                LiveError::NotFinished {
                    ending: "done".to_owned(),
                    at: "other".to_owned(),
                    ended: true,
                },
                "a `finished` event names ending `done`, but the walk ended at `other`",
                "`finished` 이벤트가 `done` 결말을 가리키지만, 진행은 `other` 결말에서 끝났습니다",
            ),
            (
                LiveError::JoinedAgain,
                "`joined` may only be a participant's first event",
                "`joined` 이벤트는 참여자의 첫 이벤트로만 올 수 있습니다",
            ),
        ];
        for (error, english, korean) in cases {
            assert_eq!(error.to_string(), english);
            assert_eq!(error.message(Messages::new(Locale::Ko)), korean);
        }
    }
}
