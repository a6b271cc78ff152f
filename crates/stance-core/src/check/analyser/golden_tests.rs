//! Golden-path tests: their answers name real questions and choices, their expectations real
//! recommendations, and their walks ask every question they answer.

use super::{Analyser, Names};
use crate::analysis::golden;
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::load::document::TestDoc;
use crate::scenario::index::{ChoiceIx, QuestionIx, RecommendationIx};
use crate::scenario::{GoldenTest, Scenario};
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;
use crate::text::suggest;

use super::texts::field;

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
                        Phrase::text_with(
                            "finding-test-unknown-question",
                            &[("question", Arg::from(question.value.as_str()))],
                        ),
                    )
                    .with_help(Some(suggest::help_phrase(
                        &question.value,
                        Phrase::text("suggest-questions"),
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
                            Phrase::text_with(
                                "finding-test-expects-twice",
                                &[("id", Arg::from(id.value.as_str()))],
                            ),
                        )
                        .with_help(Some(Phrase::text("finding-test-expects-twice-help"))),
                    );
                }
                expect.push(RecommendationIx::new(*r));
            } else {
                ok = false;
                self.report(
                    Diagnostic::new(
                        Code::InvalidTest,
                        id.span,
                        Phrase::text_with(
                            "finding-test-unknown-recommendation",
                            &[("id", Arg::from(id.value.as_str()))],
                        ),
                    )
                    .with_help(Some(suggest::help_phrase(
                        &id.value,
                        Phrase::text("finding-what-recommendations"),
                        names.recommendations.keys().copied(),
                    ))),
                );
            }
        }
        if let Some(name) = &doc.name {
            self.text(name, field("name"));
        }
        if let Some(headline) = &doc.headline {
            self.text(headline, field("headline"));
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
                    Phrase::text_with(
                        "finding-skipped-answer",
                        &[
                            ("test", Arg::from(test.name.as_str())),
                            ("question", Arg::from(id.as_str())),
                        ],
                    ),
                )
                .with_help(Some(Phrase::text_with(
                    "finding-skipped-answer-help",
                    &[("question", Arg::from(id.as_str()))],
                ))),
            );
        }
    }
    found
}
