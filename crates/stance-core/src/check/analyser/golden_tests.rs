//! Golden-path tests: their answers name real questions and choices, their expectations real
//! recommendations.

use super::{Analyser, Names};
use crate::diagnostic::{Code, Diagnostic};
use crate::load::document::TestDoc;
use crate::scenario::GoldenTest;
use crate::scenario::index::{ChoiceIx, QuestionIx, RecommendationIx};
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
