//! Ids and metadata: the format version and the scenario's id, every id well-formed and defined
//! once, and the words conditions reserve.

use super::{Analyser, FORMAT_VERSION, FxIndexMap, Node, RESERVED};
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::load::document::Document;
use crate::load::yaml::Spanned;
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;

use super::texts::field;

impl Analyser<'_> {
    pub(super) fn check_metadata(&mut self, doc: &Document) {
        if doc.format.value != FORMAT_VERSION {
            self.report(
                Diagnostic::new(
                    Code::UnsupportedFormat,
                    doc.format.span,
                    Phrase::text_with(
                        "finding-unsupported-format",
                        &[("version", Arg::from(doc.format.value.to_string()))],
                    ),
                )
                .with_help(Some(Phrase::text_with(
                    "finding-unsupported-format-help",
                    &[("version", Arg::from(FORMAT_VERSION.to_string()))],
                ))),
            );
        }
        self.id(
            &doc.id,
            "finding-what-scenario-id",
            is_kebab_case,
            "kebab-case",
        );
        self.text(&doc.title, field("title"));
        self.optional_text(doc.summary.as_ref(), field("summary"));
        self.text(&doc.source.author, field("source.author"));
        self.text(&doc.source.title, field("source.title"));
        for (text, name) in [
            (&doc.source.publisher, "source.publisher"),
            (&doc.source.date, "source.date"),
            (&doc.source.url, "source.url"),
            (&doc.source.note, "source.note"),
        ] {
            self.optional_text(text.as_ref(), field(name));
        }
    }

    /// Question and ending ids, which share a namespace, in author order.
    pub(super) fn node_ids<'d>(&mut self, doc: &'d Document) -> FxIndexMap<&'d str, (Node, Span)> {
        let mut nodes = FxIndexMap::default();
        let questions = doc
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (&q.id, Node::Question(i), "finding-what-question-id"));
        let endings = doc
            .endings
            .iter()
            .enumerate()
            .map(|(i, e)| (&e.id, Node::Ending(i), "finding-what-ending-id"));
        for (id, node, what) in questions.chain(endings) {
            self.id(id, what, is_snake_case, "snake_case");
            if matches!(node, Node::Question(_)) && RESERVED.contains(&id.value.as_str()) {
                self.report(
                    Diagnostic::new(
                        Code::InvalidId,
                        id.span,
                        Phrase::text_with(
                            "finding-reserved-id",
                            &[("id", Arg::from(id.value.as_str()))],
                        ),
                    )
                    .with_help(Some(Phrase::text("finding-reserved-id-help"))),
                );
            }
            if let Some((_, first)) = nodes.get(id.value.as_str()) {
                self.duplicate(id, "finding-duplicate-node", *first);
            } else {
                nodes.insert(id.value.as_str(), (node, id.span));
            }
        }
        nodes
    }

    pub(super) fn recommendation_ids<'d>(
        &mut self,
        doc: &'d Document,
    ) -> FxIndexMap<&'d str, (usize, Span)> {
        let mut ids = FxIndexMap::default();
        for (i, recommendation) in doc.recommendations.iter().enumerate() {
            let id = &recommendation.id;
            self.id(
                id,
                "finding-what-recommendation-id",
                is_snake_case,
                "snake_case",
            );
            if let Some((_, first)) = ids.get(id.value.as_str()) {
                self.duplicate(id, "finding-duplicate-recommendation", *first);
            } else {
                ids.insert(id.value.as_str(), (i, id.span));
            }
        }
        ids
    }

    /// Each question's choice ids; reports bad and repeated ones.
    pub(super) fn choice_ids<'d>(&mut self, doc: &'d Document) -> Vec<Vec<&'d str>> {
        let mut all = Vec::with_capacity(doc.questions.len());
        for question in &doc.questions {
            let choices = &question.choices.value;
            let mut ids: Vec<&str> = Vec::with_capacity(choices.len());
            for choice in choices {
                self.id(
                    &choice.id,
                    "finding-what-choice-id",
                    is_snake_case,
                    "snake_case",
                );
                if let Some(first) = ids.iter().position(|id| *id == choice.id.value) {
                    self.duplicate(
                        &choice.id,
                        "finding-duplicate-choice",
                        choices[first].id.span,
                    );
                }
                ids.push(&choice.id.value);
            }
            all.push(ids);
        }
        all
    }

    /// Reports an id that breaks its rule; `what` is the key naming the kind of id.
    pub(super) fn id(
        &mut self,
        id: &Spanned<String>,
        what: &'static str,
        rule: fn(&str) -> bool,
        style: &str,
    ) {
        if !rule(&id.value) {
            let (separator, example) = if style == "kebab-case" {
                ("-", "korea-us-alliance")
            } else {
                ("_", "nk_provocation")
            };
            self.report(
                Diagnostic::new(
                    Code::InvalidId,
                    id.span,
                    Phrase::text_with(
                        "finding-invalid-id",
                        &[
                            ("what", Arg::from(Phrase::text(what))),
                            ("id", Arg::from(id.value.as_str())),
                            ("style", Arg::from(style)),
                        ],
                    ),
                )
                .with_help(Some(Phrase::text_with(
                    "finding-invalid-id-help",
                    &[
                        ("separator", Arg::from(separator)),
                        ("example", Arg::from(example)),
                    ],
                ))),
            );
        }
    }

    /// Reports an id defined twice; `message` is the key saying of what.
    pub(super) fn duplicate(&mut self, id: &Spanned<String>, message: &'static str, first: Span) {
        self.report(
            Diagnostic::new(
                Code::DuplicateId,
                id.span,
                Phrase::text_with(message, &[("id", Arg::from(id.value.as_str()))]),
            )
            .with_label(Phrase::text("finding-duplicate-id-label"))
            .with_help(Some(Phrase::text_with(
                "finding-duplicate-id-help",
                &[
                    ("line", Arg::from(first.line)),
                    ("column", Arg::from(first.column)),
                ],
            ))),
        );
    }
}

/// `snake_case`: lower-case letters and digits joined by single underscores, starting with a
/// letter.
pub fn is_snake_case(id: &str) -> bool {
    is_cased(id, '_')
}

/// `kebab-case`: lower-case letters and digits joined by single hyphens, starting with a
/// letter.
pub fn is_kebab_case(id: &str) -> bool {
    is_cased(id, '-')
}

pub(super) fn is_cased(id: &str, separator: char) -> bool {
    let mut previous = separator;
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with(separator)
        && id.chars().all(|c| {
            let ok = c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || (c == separator && previous != separator);
            previous = c;
            ok
        })
}
