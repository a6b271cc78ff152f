//! Conditions: `when` over earlier answers, each term naming a real question and its choices.

use super::{Analyser, Names};
use crate::diagnostic::{Code, Diagnostic};
use crate::load::document::{ConditionDoc, TermDoc};
use crate::load::yaml::Spanned;
use crate::scenario::condition::Condition;
use crate::scenario::index::{ChoiceIx, QuestionIx};
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;
use crate::text::suggest;

impl Analyser<'_> {
    /// Resolves a condition, reporting every name that does not resolve.
    pub(super) fn condition(
        &mut self,
        doc: &Spanned<ConditionDoc>,
        names: &Names<'_>,
    ) -> Option<Condition> {
        let mut terms = Vec::with_capacity(doc.value.terms.len());
        let mut ok = true;
        if doc.value.terms.is_empty() {
            ok = false;
            self.report(
                Diagnostic::new(
                    Code::DanglingCondition,
                    doc.span,
                    Phrase::text("finding-empty-condition"),
                )
                .with_help(Some(Phrase::text("finding-empty-condition-help"))),
            );
        }
        for term in &doc.value.terms {
            let resolved = match term {
                TermDoc::Answer { question, choices } => self.answer_term(question, choices, names),
                TermDoc::All(items) => self.conditions(items, names).map(Condition::All),
                TermDoc::Any(items) => self.conditions(items, names).map(Condition::Any),
                TermDoc::Not(inner) => self
                    .condition(inner, names)
                    .map(|c| Condition::Not(Box::new(c))),
            };
            match resolved {
                Some(condition) => terms.push(condition),
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        Some(if terms.len() == 1 {
            terms.remove(0)
        } else {
            Condition::All(terms)
        })
    }

    pub(super) fn conditions(
        &mut self,
        items: &[Spanned<ConditionDoc>],
        names: &Names<'_>,
    ) -> Option<Vec<Condition>> {
        let resolved: Vec<Option<Condition>> = items
            .iter()
            .map(|item| self.condition(item, names))
            .collect();
        resolved.into_iter().collect()
    }

    pub(super) fn answer_term(
        &mut self,
        question: &Spanned<String>,
        choices: &[Spanned<String>],
        names: &Names<'_>,
    ) -> Option<Condition> {
        let Some(q) = names.question(&question.value) else {
            self.report(
                Diagnostic::new(
                    Code::DanglingCondition,
                    question.span,
                    Phrase::text_with(
                        "finding-condition-unknown-question",
                        &[("question", Arg::from(question.value.as_str()))],
                    ),
                )
                .with_label(Phrase::text("finding-label-no-question"))
                .with_help(Some(suggest::help_phrase(
                    &question.value,
                    Phrase::text("finding-what-condition-names"),
                    names.question_ids(),
                ))),
            );
            return None;
        };
        let mut resolved = Vec::with_capacity(choices.len());
        let mut ok = true;
        for choice in choices {
            match self.resolve_choice(names, q, &question.value, choice, Code::DanglingCondition) {
                Some(c) => resolved.push(ChoiceIx::new(c)),
                None => ok = false,
            }
        }
        if choices.is_empty() {
            ok = false;
            self.report(
                Diagnostic::new(
                    Code::DanglingCondition,
                    question.span,
                    Phrase::text_with(
                        "finding-condition-no-choice",
                        &[("question", Arg::from(question.value.as_str()))],
                    ),
                )
                .with_help(Some(Phrase::text("finding-condition-no-choice-help"))),
            );
        }
        ok.then_some(Condition::Answer {
            question: QuestionIx::new(q),
            choices: resolved,
        })
    }

    /// A choice of question `q` named in a condition or a test, reported with `code` when
    /// the question has no such choice.
    pub(super) fn resolve_choice(
        &mut self,
        names: &Names<'_>,
        q: usize,
        question: &str,
        choice: &Spanned<String>,
        code: Code,
    ) -> Option<usize> {
        let found = names.choice(q, &choice.value);
        if found.is_none() {
            self.report(
                Diagnostic::new(
                    code,
                    choice.span,
                    Phrase::text_with(
                        "finding-no-choice",
                        &[
                            ("question", Arg::from(question)),
                            ("choice", Arg::from(choice.value.as_str())),
                        ],
                    ),
                )
                .with_help(Some(suggest::help_phrase(
                    &choice.value,
                    Phrase::text("suggest-choices"),
                    names.choices[q].iter().copied(),
                ))),
            );
        }
        found
    }
}
