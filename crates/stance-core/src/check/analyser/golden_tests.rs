//! Golden-path tests: their answers name real questions and choices, their expectations real
//! recommendations, and their walks ask every question they answer.

use super::{Analyser, Names};
use crate::analysis::golden;
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::load::document::TestDoc;
use crate::scenario::index::{ChoiceIx, QuestionIx, RecommendationIx};
use crate::scenario::{GoldenTest, Scenario};
use crate::text::suggest;

impl Analyser<'_> {
    /// A golden-path test: its answers and expected ids must name real things.
    pub(super) fn test(
        &mut self,
        i: usize,
        doc: &TestDoc,
        names: &Names<'_>,
    ) -> Option<GoldenTest> {
        let mut ok = true;
        let mut answers = Vec::with_capacity(doc.answers.value.len());
        for (question, choice) in &doc.answers.value {
            let Some(q) = names.question(&question.value) else {
                ok = false;
                self.report(
                    Diagnostic::new(
                        Code::InvalidTest,
                        question.span,
                        format!(
                            "the test answers `{}`, which is not a question",
                            question.value
                        ),
                    )
                    .with_help(Some(suggest::help(
                        &question.value,
                        "questions",
                        names.question_ids(),
                    ))),
                );
                continue;
            };
            match self.resolve_choice(names, q, &question.value, choice, Code::InvalidTest) {
                Some(c) => answers.push((QuestionIx::new(q), ChoiceIx::new(c))),
                None => ok = false,
            }
        }
        let mut expect = Vec::with_capacity(doc.expect.len());
        for id in &doc.expect {
            if let Some((r, _)) = names.recommendations.get(id.value.as_str()) {
                if expect.contains(&RecommendationIx::new(*r)) {
                    ok = false;
                    self.report(
                        Diagnostic::new(
                            Code::InvalidTest,
                            id.span,
                            format!("the test expects `{}` twice", id.value),
                        )
                        .with_help(Some(
                            "a walk adds each recommendation once; remove the second".to_owned(),
                        )),
                    );
                }
                expect.push(RecommendationIx::new(*r));
            } else {
                ok = false;
                self.report(
                    Diagnostic::new(
                        Code::InvalidTest,
                        id.span,
                        format!(
                            "the test expects `{}`, which is not a recommendation",
                            id.value
                        ),
                    )
                    .with_help(Some(suggest::help(
                        &id.value,
                        "recommendations",
                        names.recommendations.keys().copied(),
                    ))),
                );
            }
        }
        if let Some(name) = &doc.name {
            self.text(name, "`name`");
        }
        if let Some(headline) = &doc.headline {
            self.text(headline, "`headline`");
        }
        ok.then(|| GoldenTest {
            name: doc
                .name
                .as_ref()
                .map_or_else(|| format!("test {}", i + 1), |n| n.value.trim().to_owned()),
            line: doc.answers.span.line,
            answers,
            expect,
            headline: doc.headline.as_ref().map(|h| h.value.trim().to_owned()),
        })
    }
}

/// The answers of each test that its walk never asks for (`skipped-answer`): the walk ignores
/// them, as `stance play` ignores an unused `--answer`, so they mislead a reader of the test.
/// `spans` holds, per test, where each of its answers stands.
pub(super) fn skipped_answers(scenario: &Scenario, spans: &[Vec<Span>]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (test, spans) in scenario.tests.iter().zip(spans) {
        let outcome = golden::run(scenario, test);
        for q in outcome.skipped {
            let Some(position) = test.answers.iter().position(|(asked, _)| *asked == q) else {
                continue;
            };
            let id = &scenario.questions[q].id;
            found.push(
                Diagnostic::new(
                    Code::SkippedAnswer,
                    spans.get(position).copied().unwrap_or_default(),
                    format!(
                        "the test `{}` answers `{id}`, which its walk never asks",
                        test.name
                    ),
                )
                .with_help(Some(format!(
                    "with the test's other answers the walk does not reach `{id}`, so this \
                     answer changes nothing; remove it, or change the answers that lead away"
                ))),
            );
        }
    }
    found
}
