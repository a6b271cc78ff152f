//! Why a walk could not go on: answers that cannot be used, questions left without one, a stop.

use std::fmt::{self, Write};

use thiserror::Error;

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
    #[error("{origin}: expected QUESTION=TEXT")]
    NoteSyntax { origin: AnswerOrigin },
    /// An answer given without `=`.
    #[error("{origin}: expected QUESTION=CHOICE")]
    Syntax { origin: AnswerOrigin },
    /// An answers file that cannot be parsed.
    #[error("{path}:{line}:{column}: {message}")]
    File {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// The question does not exist.
    #[error("{origin}: unknown question `{question}`")]
    UnknownQuestion {
        origin: AnswerOrigin,
        question: String,
        valid: Vec<String>,
    },
    /// The question exists, but not the choice.
    #[error("{origin}: question `{question}` has no choice `{choice}`")]
    UnknownChoice {
        origin: AnswerOrigin,
        question: String,
        choice: String,
        valid: Vec<String>,
    },
    /// The choice exists but is not offered where the walk reaches the question.
    #[error("question `{question}` does not offer `{choice}` after the answers before it")]
    Unavailable {
        question: String,
        choice: String,
        offered: Vec<String>,
    },
    /// The same question answered twice, differently.
    #[error("{origin}: question `{question}` is answered twice (`{first}`, then `{second}`)")]
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
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Answers(Vec<AnswerError>),
    /// Questions on the path have no answer, and nobody to ask.
    #[error("{}", describe_missing(.0))]
    MissingAnswers(Vec<MissingAnswer>),
    /// The person (or the script) stopped.
    #[error(transparent)]
    Stopped(#[from] Stop),
}

/// `no answer for N questions the walk may reach:`, then a line per question with its
/// choices.
pub fn describe_missing(missing: &[MissingAnswer]) -> String {
    let mut out = format!(
        "no answer for {} question{} the walk may reach:",
        missing.len(),
        plural(missing.len())
    );
    for item in missing {
        let _ = write!(
            out,
            "\n  `{}`: choices {}",
            item.question,
            suggest::list(item.choices.iter().map(String::as_str))
        );
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
