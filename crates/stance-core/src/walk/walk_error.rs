//! Why a walk could not go on: answers that cannot be used, questions left without one, a stop.

use std::fmt;

use thiserror::Error;

use crate::text::localized::Localized;
use crate::text::messages::{Arg, Messages};
use crate::text::suggest;
use crate::walk::stop::Stop;

/// Where an answer came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerOrigin {
    /// Given by a front end, shown as it describes it (the command line: "`--answer x=y`").
    Given(String),
    /// A key in an answers file.
    File {
        path: String,
        line: usize,
        column: usize,
    },
}

impl fmt::Display for AnswerOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Given(label) => f.write_str(label),
            Self::File { path, line, column } => write!(f, "{path}:{line}:{column}"),
        }
    }
}

/// One answer that cannot be used.
#[derive(Debug, Error)]
pub enum AnswerError {
    /// A note given without `=`.
    NoteSyntax { origin: AnswerOrigin },
    /// An answer given without `=`.
    Syntax { origin: AnswerOrigin },
    /// An answers file that cannot be parsed.
    File {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// The question does not exist.
    UnknownQuestion {
        origin: AnswerOrigin,
        question: String,
        valid: Vec<String>,
    },
    /// The question exists, but not the choice.
    UnknownChoice {
        origin: AnswerOrigin,
        question: String,
        choice: String,
        valid: Vec<String>,
    },
    /// The choice exists but is not offered where the walk reaches the question.
    Unavailable {
        question: String,
        choice: String,
        offered: Vec<String>,
    },
    /// The same question answered twice, differently.
    Conflict {
        origin: AnswerOrigin,
        question: String,
        first: String,
        second: String,
    },
}

/// A question the walk reaches that has no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingAnswer {
    /// The question's id.
    pub question: String,
    /// Its choices' ids.
    pub choices: Vec<String>,
}

/// Why a walk could not reach its end.
#[derive(Debug, Error)]
pub enum WalkError {
    /// Answers that name no question or choice, or are not offered where the walk is.
    Answers(Vec<AnswerError>),
    /// Questions on the path have no answer, and nobody to ask.
    MissingAnswers(Vec<MissingAnswer>),
    /// The person (or the script) stopped.
    Stopped(#[from] Stop),
}

impl Localized for AnswerError {
    fn message(&self, messages: Messages) -> String {
        let text = |key: &str, origin: &AnswerOrigin, more: &[(&'static str, &String)]| {
            let mut args = vec![("origin", Arg::from(origin.to_string()))];
            args.extend(
                more.iter()
                    .map(|(name, value)| (*name, Arg::from(value.as_str()))),
            );
            messages.text_with(key, &args)
        };
        match self {
            Self::NoteSyntax { origin } => text("error-note-syntax", origin, &[]),
            Self::Syntax { origin } => text("error-answer-syntax", origin, &[]),
            // The parser's own words, after where.
            Self::File {
                path,
                line,
                column,
                message,
            } => format!("{path}:{line}:{column}: {message}"),
            Self::UnknownQuestion {
                origin, question, ..
            } => text("error-unknown-question", origin, &[("question", question)]),
            Self::UnknownChoice {
                origin,
                question,
                choice,
                ..
            } => text(
                "error-unknown-choice",
                origin,
                &[("question", question), ("choice", choice)],
            ),
            Self::Unavailable {
                question, choice, ..
            } => messages.text_with(
                "error-unavailable",
                &[
                    ("question", Arg::from(question.as_str())),
                    ("choice", Arg::from(choice.as_str())),
                ],
            ),
            Self::Conflict {
                origin,
                question,
                first,
                second,
            } => text(
                "error-conflict",
                origin,
                &[("question", question), ("first", first), ("second", second)],
            ),
        }
    }
}

impl Localized for WalkError {
    fn message(&self, messages: Messages) -> String {
        match self {
            Self::Answers(problems) => problems
                .iter()
                .map(|problem| problem.message(messages))
                .collect::<Vec<_>>()
                .join("\n"),
            Self::MissingAnswers(missing) => describe_missing(missing, messages),
            Self::Stopped(stop) => stop.message(messages),
        }
    }
}

crate::display_in_english!(AnswerError, WalkError);

/// `no answer for N questions the walk may reach:`, then a line per question with its
/// choices.
pub fn describe_missing(missing: &[MissingAnswer], messages: Messages) -> String {
    let mut out = messages.text_with(
        "error-missing-answers",
        &[("count", Arg::from(missing.len()))],
    );
    for item in missing {
        out.push_str("\n  ");
        out.push_str(&messages.text_with(
            "error-missing-answer",
            &[
                ("question", Arg::from(item.question.as_str())),
                (
                    "choices",
                    Arg::from(suggest::list(item.choices.iter().map(String::as_str))),
                ),
            ],
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{AnswerError, AnswerOrigin, MissingAnswer, WalkError};
    use crate::text::localized::Localized;
    use crate::text::messages::{Locale, Messages};
    use crate::walk::stop::Stop;

    fn given() -> AnswerOrigin {
        AnswerOrigin::Given("`--answer nosuch=x`".to_owned())
    }

    #[test]
    fn answer_and_walk_errors_in_english_and_korean() {
        let owned = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        let cases: Vec<(WalkError, &str, &str)> = vec![
            (
                WalkError::Answers(vec![AnswerError::UnknownQuestion {
                    origin: given(),
                    question: "nosuch".to_owned(),
                    valid: owned(&["sma"]),
                }]),
                "`--answer nosuch=x`: unknown question `nosuch`",
                "`--answer nosuch=x`: `nosuch` 질문이 없습니다",
            ),
            (
                WalkError::Answers(vec![
                    AnswerError::Syntax { origin: given() },
                    AnswerError::UnknownChoice {
                        origin: AnswerOrigin::File {
                            path: "a.yaml".to_owned(),
                            line: 2,
                            column: 6,
                        },
                        question: "sma".to_owned(),
                        choice: "x".to_owned(),
                        valid: Vec::new(),
                    },
                ]),
                "`--answer nosuch=x`: expected QUESTION=CHOICE\na.yaml:2:6: question `sma` has no choice `x`",
                "`--answer nosuch=x`: QUESTION=CHOICE 꼴로 써야 합니다\na.yaml:2:6: `sma` 질문에는 `x` 선택지가 없습니다",
            ),
            (
                WalkError::Answers(vec![AnswerError::Conflict {
                    origin: given(),
                    question: "sma".to_owned(),
                    first: "a".to_owned(),
                    second: "b".to_owned(),
                }]),
                "`--answer nosuch=x`: question `sma` is answered twice (`a`, then `b`)",
                "`--answer nosuch=x`: `sma` 질문에 답이 두 번 주어졌습니다(`a`, 그다음 `b`)",
            ),
            (
                WalkError::Answers(vec![AnswerError::Unavailable {
                    question: "sma".to_owned(),
                    choice: "b".to_owned(),
                    offered: owned(&["a"]),
                }]),
                "question `sma` does not offer `b` after the answers before it",
                "앞의 답들을 따라가면 `sma` 질문에서 `b` 선택지가 나오지 않습니다",
            ),
            (
                WalkError::MissingAnswers(vec![
                    MissingAnswer {
                        question: "sma".to_owned(),
                        choices: owned(&["a", "b"]),
                    },
                    MissingAnswer {
                        question: "next".to_owned(),
                        choices: owned(&["c"]),
                    },
                ]),
                "no answer for 2 questions the walk may reach:\n  `sma`: choices `a`, `b`\n  `next`: choices `c`",
                "진행이 이를 수 있는 질문 2개에 답이 없습니다:\n  `sma`: 선택지 `a`, `b`\n  `next`: 선택지 `c`",
            ),
            (
                WalkError::MissingAnswers(vec![MissingAnswer {
                    question: "sma".to_owned(),
                    choices: owned(&["a"]),
                }]),
                "no answer for 1 question the walk may reach:\n  `sma`: choices `a`",
                "진행이 이를 수 있는 질문 1개에 답이 없습니다:\n  `sma`: 선택지 `a`",
            ),
            (
                WalkError::Stopped(Stop::Quit),
                "stopped before the end",
                "끝나기 전에 멈췄습니다",
            ),
        ];
        for (error, english, korean) in cases {
            assert_eq!(error.to_string(), english);
            assert_eq!(error.message(Messages::english()), english);
            assert_eq!(error.message(Messages::new(Locale::Ko)), korean);
        }
    }
}
