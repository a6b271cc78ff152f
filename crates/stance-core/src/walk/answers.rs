//! Answers given ahead of a walk: `--answer QUESTION=CHOICE` and answers files.

use indexmap::IndexMap;
use rustc_hash::FxHashSet;

use crate::load::yaml::{self, Spanned};
use crate::scenario::Scenario;
use crate::scenario::index::{ChoiceIx, QuestionIx};
use crate::walk::walk_error::{AnswerError, AnswerOrigin};

/// One answer as given, not yet checked against a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawAnswer {
    /// The question id as given.
    pub question: String,
    /// The choice id as given.
    pub choice: String,
    /// Where it came from, for messages.
    pub origin: AnswerOrigin,
}

/// Answers resolved against a scenario: question index to choice index, in the order given.
/// An answer taken by a walk is gone from them; the rest keep their order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    by_question: IndexMap<QuestionIx, ChoiceIx>,
    /// The questions whose answers were taken: marked, not removed, since removing from the
    /// front of an ordered map moves every answer after it.
    taken: FxHashSet<QuestionIx>,
}

/// Parses one answer given as `QUESTION=CHOICE`; `origin` says where it was given.
pub fn parse_given(text: &str, origin: AnswerOrigin) -> Result<RawAnswer, AnswerError> {
    match text.split_once('=') {
        Some((question, choice)) if !question.trim().is_empty() && !choice.trim().is_empty() => {
            Ok(RawAnswer {
                question: question.trim().to_owned(),
                choice: choice.trim().to_owned(),
                origin,
            })
        }
        _ => Err(AnswerError::Syntax { origin }),
    }
}

/// Parses an answers file: a YAML or JSON mapping of question ids to choice ids.
pub fn parse_file(path: &str, text: &str) -> Result<Vec<RawAnswer>, AnswerError> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let map: IndexMap<Spanned<String>, Spanned<String>> =
        yaml::parse(text).map_err(|d| AnswerError::File {
            path: path.to_owned(),
            line: d.span.line,
            column: d.span.column,
            message: d.message,
        })?;
    Ok(map
        .into_iter()
        .map(|(question, choice)| RawAnswer {
            origin: AnswerOrigin::File {
                path: path.to_owned(),
                line: question.span.line,
                column: question.span.column,
            },
            question: question.value,
            choice: choice.value,
        })
        .collect())
}

impl Answers {
    /// Checks every answer against the scenario; returns all problems together.
    pub fn resolve(scenario: &Scenario, raw: &[RawAnswer]) -> Result<Self, Vec<AnswerError>> {
        let mut by_question: IndexMap<QuestionIx, ChoiceIx> = IndexMap::new();
        let mut problems = Vec::new();
        for answer in raw {
            let Some(q) = scenario.question_ix(&answer.question) else {
                problems.push(AnswerError::UnknownQuestion {
                    origin: answer.origin.clone(),
                    question: answer.question.clone(),
                    valid: scenario.question_ids().map(str::to_owned).collect(),
                });
                continue;
            };
            let question = &scenario.questions[q];
            let Some(c) = question.choice_ix(&answer.choice) else {
                problems.push(AnswerError::UnknownChoice {
                    origin: answer.origin.clone(),
                    question: answer.question.clone(),
                    choice: answer.choice.clone(),
                    valid: question.choice_ids().map(str::to_owned).collect(),
                });
                continue;
            };
            match by_question.get(&q) {
                Some(&first) if first != c => problems.push(AnswerError::Conflict {
                    origin: answer.origin.clone(),
                    question: question.id.clone(),
                    first: question.choices[first].id.clone(),
                    second: answer.choice.clone(),
                }),
                Some(_) => {}
                None => {
                    by_question.insert(q, c);
                }
            }
        }
        if problems.is_empty() {
            Ok(Self {
                by_question,
                taken: FxHashSet::default(),
            })
        } else {
            Err(problems)
        }
    }

    /// Builds answers directly from indices.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (QuestionIx, ChoiceIx)>) -> Self {
        Self {
            by_question: pairs.into_iter().collect(),
            taken: FxHashSet::default(),
        }
    }

    /// These answers, then those of `later` for questions these leave open.
    #[must_use]
    pub fn merged_with(self, later: &Self) -> Self {
        let mut merged = Self::default();
        for (q, c) in self.pairs().chain(later.pairs()) {
            merged.by_question.entry(q).or_insert(c);
        }
        merged
    }

    /// The answer to a question, if one was given.
    pub fn get(&self, question: QuestionIx) -> Option<ChoiceIx> {
        if self.taken.contains(&question) {
            return None;
        }
        self.by_question.get(&question).copied()
    }

    /// Removes and returns the answer to a question.
    pub fn take(&mut self, question: QuestionIx) -> Option<ChoiceIx> {
        let choice = self.get(question)?;
        self.taken.insert(question);
        Some(choice)
    }

    /// The questions answered, in the order given.
    pub fn questions(&self) -> impl Iterator<Item = QuestionIx> + '_ {
        self.pairs().map(|(q, _)| q)
    }

    /// The answers not taken, in the order given.
    fn pairs(&self) -> impl Iterator<Item = (QuestionIx, ChoiceIx)> + '_ {
        self.by_question
            .iter()
            .filter(|(q, _)| !self.taken.contains(q))
            .map(|(&q, &c)| (q, c))
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_file, parse_given};
    use crate::walk::walk_error::AnswerError;
    use crate::walk::walk_error::AnswerOrigin;

    #[test]
    fn flags() {
        let answer =
            parse_given("sma = inside_sofa", AnswerOrigin::Given("x".to_owned())).expect("valid");
        assert_eq!(
            (answer.question.as_str(), answer.choice.as_str()),
            ("sma", "inside_sofa")
        );
        for bad in ["sma", "=x", "sma=", ""] {
            assert!(
                matches!(
                    parse_given(bad, AnswerOrigin::Given(bad.to_owned())),
                    Err(AnswerError::Syntax { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn files_in_yaml_and_json() {
        for text in [
            "peninsula: status_quo\nsma: inside_sofa\n",
            r#"{"peninsula": "status_quo", "sma": "inside_sofa"}"#,
        ] {
            let answers = parse_file("a", text).expect(text);
            assert_eq!(answers.len(), 2);
            assert_eq!(answers[1].question, "sma");
        }
        assert!(parse_file("a", "").expect("empty").is_empty());
        let error = parse_file("a.yaml", "peninsula: [x]\n").expect_err("list");
        assert!(error.to_string().starts_with("a.yaml:1:12:"), "{error}");
    }
}
