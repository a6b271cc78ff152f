//! References: `start`, every `next` and `otherwise`, and what choices and endings
//! recommend, resolved to indices; recommendations nothing names.

use rustc_hash::FxHashSet;

use super::texts::field;
use super::{Analyser, FxIndexMap, Names, Node, Reported, Site, SiteKind, texts};
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::load::document::{ChoiceDoc, Document, EndingDoc, QuestionDoc, RecommendDoc};
use crate::load::yaml::Spanned;
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx, RecommendationIx};
use crate::scenario::{Choice, Ending, Gate, Headline, Next, Question, Recommends};
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;
use crate::text::suggest;

impl Analyser<'_> {
    pub(super) fn resolve_start(
        &mut self,
        doc: &Document,
        nodes: &FxIndexMap<&str, (Node, Span)>,
    ) -> Option<usize> {
        let start = &doc.start;
        let (message, label) = match nodes.get(start.value.as_str()) {
            Some((Node::Question(i), _)) => return Some(*i),
            Some((Node::Ending(_), _)) => ("finding-start-ending", "finding-label-an-ending"),
            None => ("finding-start-unknown", "finding-label-no-question"),
        };
        self.report(
            Diagnostic::new(
                Code::DanglingStart,
                start.span,
                Phrase::text_with(message, &[("name", Arg::from(start.value.as_str()))]),
            )
            .with_label(Phrase::text(label))
            .with_help(Some(suggest::help_phrase(
                &start.value,
                Phrase::text("suggest-questions"),
                doc.questions.iter().map(|q| q.id.value.as_str()),
            ))),
        );
        None
    }

    /// Resolves a `next` or `otherwise` name.
    pub(super) fn resolve_node(
        &mut self,
        name: &Spanned<String>,
        nodes: &FxIndexMap<&str, (Node, Span)>,
        what: impl FnOnce() -> Phrase,
    ) -> Option<Next> {
        if let Some((node, _)) = nodes.get(name.value.as_str()) {
            return Some(match node {
                Node::Question(i) => Next::Question(QuestionIx::new(*i)),
                Node::Ending(i) => Next::Ending(EndingIx::new(*i)),
            });
        }
        self.report(
            Diagnostic::new(
                Code::DanglingNext,
                name.span,
                Phrase::text_with(
                    "finding-next-unknown",
                    &[
                        ("what", Arg::from(what())),
                        ("name", Arg::from(name.value.as_str())),
                    ],
                ),
            )
            .with_label(Phrase::text("finding-label-no-node"))
            .with_help(Some(suggest::help_phrase(
                &name.value,
                Phrase::text("finding-what-nodes"),
                nodes.keys().copied(),
            ))),
        );
        None
    }

    pub(super) fn question(
        &mut self,
        q: usize,
        doc: &QuestionDoc,
        names: &Names<'_>,
    ) -> Option<Question> {
        self.text(&doc.prompt, field("prompt"));
        self.optional_text(doc.context.as_ref(), field("context"));
        let count = doc.choices.value.len();
        if count < 2 {
            self.report(
                Diagnostic::new(
                    Code::TooFewChoices,
                    doc.id.span,
                    Phrase::text_with(
                        "finding-too-few-choices",
                        &[
                            ("question", Arg::from(doc.id.value.as_str())),
                            ("count", Arg::from(count)),
                        ],
                    ),
                )
                .with_help(Some(Phrase::text("finding-too-few-choices-help"))),
            );
        }
        let gate = self.gate(q, doc, names);
        let cites = self.cites(&doc.cites);
        let choices: Vec<Option<Choice>> = doc
            .choices
            .value
            .iter()
            .enumerate()
            .map(|(c, choice)| self.choice(q, c, &doc.id.value, choice, names))
            .collect();
        for prompt in &doc.discussion {
            self.text(prompt, Phrase::text("finding-what-discussion"));
        }
        self.optional_text(doc.facilitator_notes.as_ref(), field("facilitator_notes"));
        // The texts move in later, by `with_texts`.
        Some(Question {
            id: String::new(),
            prompt: String::new(),
            context: None,
            discussion: Vec::new(),
            facilitator_notes: None,
            gate: gate.ok()?,
            basis: doc.basis.map(texts::basis),
            cites,
            choices: choices.into_iter().collect::<Option<_>>()?,
        })
    }

    /// A question's `when` and `otherwise`: both or neither. `Err` when either is reported.
    pub(super) fn gate(
        &mut self,
        q: usize,
        doc: &QuestionDoc,
        names: &Names<'_>,
    ) -> Result<Option<Gate>, Reported> {
        let id = &doc.id.value;
        match (&doc.when, &doc.otherwise) {
            (None, None) => Ok(None),
            (Some(when), None) => {
                self.report(
                    Diagnostic::new(
                        Code::IncompleteGate,
                        when.span,
                        Phrase::text_with(
                            "finding-when-without-otherwise",
                            &[("question", Arg::from(id.as_str()))],
                        ),
                    )
                    .with_help(Some(Phrase::text("finding-when-without-otherwise-help"))),
                );
                self.condition(when, names);
                Err(Reported)
            }
            (None, Some(otherwise)) => {
                self.report(
                    Diagnostic::new(
                        Code::IncompleteGate,
                        otherwise.span,
                        Phrase::text_with(
                            "finding-otherwise-without-when",
                            &[("question", Arg::from(id.as_str()))],
                        ),
                    )
                    .with_help(Some(Phrase::text("finding-otherwise-without-when-help"))),
                );
                Err(Reported)
            }
            (Some(when), Some(otherwise)) => {
                let condition = self.condition(when, names);
                let target = self.resolve_node(otherwise, &names.nodes, || {
                    Phrase::text_with(
                        "finding-what-otherwise",
                        &[("question", Arg::from(id.as_str()))],
                    )
                });
                self.sites.push(Site {
                    kind: SiteKind::Gate(QuestionIx::new(q)),
                    span: when.span,
                });
                match (condition, target) {
                    (Some(when), Some(otherwise)) => Ok(Some(Gate { when, otherwise })),
                    _ => Err(Reported),
                }
            }
        }
    }

    pub(super) fn choice(
        &mut self,
        q: usize,
        c: usize,
        question: &str,
        doc: &ChoiceDoc,
        names: &Names<'_>,
    ) -> Option<Choice> {
        self.text(&doc.label, field("label"));
        let when = match &doc.when {
            Some(when) => {
                self.sites.push(Site {
                    kind: SiteKind::Choice(QuestionIx::new(q), ChoiceIx::new(c)),
                    span: when.span,
                });
                Some(self.condition(when, names))
            }
            None => None,
        };
        let recommends = self.resolve_recommends(&doc.recommends, names, |i| {
            SiteKind::ChoiceRecommends(QuestionIx::new(q), ChoiceIx::new(c), i)
        });
        let next = self.resolve_node(&doc.next, &names.nodes, || {
            Phrase::text_with(
                "finding-what-choice",
                &[
                    ("choice", Arg::from(doc.id.value.as_str())),
                    ("question", Arg::from(question)),
                ],
            )
        });
        let cites = self.cites(&doc.cites);
        Some(Choice {
            id: String::new(),
            label: String::new(),
            when: match when {
                Some(condition) => Some(condition?),
                None => None,
            },
            recommends: recommends?,
            basis: doc.basis.map(texts::basis),
            cites,
            next: next?,
        })
    }

    pub(super) fn ending(
        &mut self,
        e: usize,
        doc: &EndingDoc,
        names: &Names<'_>,
    ) -> Option<Ending> {
        let headlines = self.headlines(e, doc, names);
        let recommends = self.resolve_recommends(&doc.recommends, names, |i| {
            SiteKind::EndingRecommends(EndingIx::new(e), i)
        });
        // The texts move in later, by `with_texts`.
        Some(Ending {
            id: String::new(),
            headlines: headlines?,
            recommends: recommends?,
        })
    }

    /// An ending's headlines: each text said, each condition resolved; a headline after one
    /// without `when` can never be the walk's. The texts move in later, by `with_texts`.
    fn headlines(&mut self, e: usize, doc: &EndingDoc, names: &Names<'_>) -> Option<Vec<Headline>> {
        let Some(headline) = &doc.headline else {
            return Some(Vec::new());
        };
        let mut headlines = Vec::new();
        let mut ok = true;
        let mut always: Option<usize> = None;
        for (i, (text, when)) in headline.entries().into_iter().enumerate() {
            self.text(&text, field("headline"));
            if let Some(earlier) = always {
                self.report(
                    Diagnostic::new(
                        Code::NeverTrue,
                        when.map_or(text.span, |w| w.span),
                        Phrase::text_with(
                            "finding-headline-after-always",
                            &[
                                ("number", Arg::from(i + 1)),
                                ("ending", Arg::from(doc.id.value.as_str())),
                                ("earlier", Arg::from(earlier + 1)),
                            ],
                        ),
                    )
                    .with_help(Some(Phrase::text("finding-headline-after-always-help"))),
                );
            }
            if when.is_none() && always.is_none() {
                always = Some(i);
            }
            let when = when.and_then(|when| {
                self.sites.push(Site {
                    kind: SiteKind::Headline(EndingIx::new(e), i),
                    span: when.span,
                });
                let condition = self.condition(when, names);
                ok &= condition.is_some();
                condition
            });
            headlines.push(Headline {
                text: String::new(),
                when,
            });
        }
        ok.then_some(headlines)
    }

    pub(super) fn resolve_recommends(
        &mut self,
        items: &[Spanned<RecommendDoc>],
        names: &Names<'_>,
        site: impl Fn(usize) -> SiteKind,
    ) -> Option<Vec<Recommends>> {
        let mut resolved: Vec<Recommends> = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let id = item.value.id.clone().placed_at(item.span);
            let when = item.value.when.as_ref().map(|when| {
                self.sites.push(Site {
                    kind: site(i),
                    span: when.span,
                });
                self.condition(when, names)
            });
            let when = match when {
                Some(Some(condition)) => Some(condition),
                Some(None) => {
                    ok = false;
                    None
                }
                None => None,
            };
            match names.recommendations.get(id.value.as_str()) {
                Some((r, _))
                    if resolved
                        .iter()
                        .any(|x| x.recommendation.index() == *r && x.when == when) =>
                {
                    self.report(
                        Diagnostic::new(
                            Code::RepeatedRecommendation,
                            id.span,
                            Phrase::text_with(
                                "finding-recommended-twice",
                                &[("id", Arg::from(id.value.as_str()))],
                            ),
                        )
                        .with_help(Some(Phrase::text("finding-recommended-twice-help"))),
                    );
                }
                Some((r, _)) => resolved.push(Recommends {
                    recommendation: RecommendationIx::new(*r),
                    when,
                }),
                None => {
                    ok = false;
                    self.report(
                        Diagnostic::new(
                            Code::DanglingRecommendation,
                            id.span,
                            Phrase::text_with(
                                "finding-no-recommendation",
                                &[("id", Arg::from(id.value.as_str()))],
                            ),
                        )
                        .with_label(Phrase::text("finding-label-not-a-recommendation"))
                        .with_help(Some(suggest::help_phrase(
                            &id.value,
                            Phrase::text("finding-what-recommendations"),
                            names.recommendations.keys().copied(),
                        ))),
                    );
                }
            }
        }
        ok.then_some(resolved)
    }

    pub(super) fn check_unused(&mut self, doc: &Document, ids: &FxIndexMap<&str, (usize, Span)>) {
        let choices = doc.questions.iter().flat_map(|q| &q.choices.value);
        let used: FxHashSet<&str> = choices
            .map(|c| &c.recommends)
            .chain(doc.endings.iter().map(|e| &e.recommends))
            .flatten()
            .map(|item| item.value.id.value.as_str())
            .collect();
        for (id, (_, span)) in ids {
            if !used.contains(id) {
                self.report(
                    Diagnostic::new(
                        Code::UnusedRecommendation,
                        *span,
                        Phrase::text_with(
                            "finding-unused-recommendation",
                            &[("id", Arg::from(*id))],
                        ),
                    )
                    .with_help(Some(Phrase::text("finding-unused-recommendation-help"))),
                );
            }
        }
    }
}
