//! References: `start`, every `next` and `otherwise`, and what choices and endings
//! recommend, resolved to indices; recommendations nothing names.

use rustc_hash::FxHashSet;

use super::{Analyser, FxIndexMap, Names, Node, Reported, Site, SiteKind, texts};
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::load::document::{ChoiceDoc, Document, EndingDoc, QuestionDoc, RecommendDoc};
use crate::load::yaml::Spanned;
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx, RecommendationIx};
use crate::scenario::{Choice, Ending, Gate, Headline, Next, Question, Recommends};
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
            Some((Node::Ending(_), _)) => ("which is an ending, not a question", "an ending"),
            None => ("which is not a question", "no question has this id"),
        };
        self.report(
            Diagnostic::new(
                Code::DanglingStart,
                start.span,
                format!("`start` names `{}`, {message}", start.value),
            )
            .with_label(label)
            .with_help(Some(suggest::help(
                &start.value,
                "questions",
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
        what: impl FnOnce() -> String,
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
                format!(
                    "{} leads to `{}`, which is neither a question nor an ending",
                    what(),
                    name.value
                ),
            )
            .with_label("no question or ending has this id")
            .with_help(Some(suggest::help(
                &name.value,
                "questions and endings",
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
        self.text(&doc.prompt, "`prompt`");
        self.optional_text(doc.context.as_ref(), "`context`");
        let count = doc.choices.value.len();
        if count < 2 {
            self.report(
                Diagnostic::new(
                    Code::TooFewChoices,
                    doc.id.span,
                    format!(
                        "question `{}` has {count} choice{}; a question needs at least two",
                        doc.id.value,
                        if count == 1 { "" } else { "s" }
                    ),
                )
                .with_help(Some(
                    "add a choice, or fold the question into the one before it".to_owned(),
                )),
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
            self.text(prompt, "a `discussion` prompt");
        }
        self.optional_text(doc.facilitator_notes.as_ref(), "`facilitator_notes`");
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
                        format!("question `{id}` has `when` but no `otherwise`"),
                    )
                    .with_help(Some(
                        "add `otherwise:` naming where the walk goes when the question is skipped"
                            .to_owned(),
                    )),
                );
                self.condition(when, names);
                Err(Reported)
            }
            (None, Some(otherwise)) => {
                self.report(
                    Diagnostic::new(
                        Code::IncompleteGate,
                        otherwise.span,
                        format!("question `{id}` has `otherwise` but no `when`"),
                    )
                    .with_help(Some(
                        "add `when:` with the condition for asking it, or remove `otherwise`"
                            .to_owned(),
                    )),
                );
                Err(Reported)
            }
            (Some(when), Some(otherwise)) => {
                let condition = self.condition(when, names);
                let target = self.resolve_node(otherwise, &names.nodes, || {
                    format!("`otherwise` of question `{id}`")
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
        self.text(&doc.label, "`label`");
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
            format!("choice `{}` of question `{question}`", doc.id.value)
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
            self.text(&text, "`headline`");
            if let Some(earlier) = always {
                self.report(
                    Diagnostic::new(
                        Code::NeverTrue,
                        when.map_or(text.span, |w| w.span),
                        format!(
                            "headline {} of ending `{}` is never chosen: headline {} before it has no `when`",
                            i + 1,
                            doc.id.value,
                            earlier + 1
                        ),
                    )
                    .with_help(Some(
                        "the first headline that holds wins: put the one without `when` last"
                            .to_owned(),
                    )),
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
                            format!("`{}` is recommended twice in one list", id.value),
                        )
                        .with_help(Some("remove the second mention".to_owned())),
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
                            format!("no recommendation has the id `{}`", id.value),
                        )
                        .with_label("not defined under `recommendations`")
                        .with_help(Some(suggest::help(
                            &id.value,
                            "recommendations",
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
                        format!("no choice or ending recommends `{id}`"),
                    )
                    .with_help(Some(
                        "add it to a `recommends` list, or remove it".to_owned(),
                    )),
                );
            }
        }
    }
}
