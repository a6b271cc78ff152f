//! Ids and metadata: the format version and the scenario's id, every id well-formed and defined
//! once, and the words conditions reserve.

use super::{Analyser, FORMAT_VERSION, FxIndexMap, Node, RESERVED};
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::load::document::Document;
use crate::load::yaml::Spanned;

impl Analyser<'_> {
    pub(super) fn check_metadata(&mut self, doc: &Document) {
        if doc.format.value != FORMAT_VERSION {
            self.report(
                Diagnostic::new(
                    Code::UnsupportedFormat,
                    doc.format.span,
                    format!("unsupported format version `{}`", doc.format.value),
                )
                .with_help(Some(format!(
                    "this version of stance reads `format: {FORMAT_VERSION}`"
                ))),
            );
        }
        self.id(&doc.id, "scenario id", is_kebab_case, "kebab-case");
        self.text(&doc.title, "`title`");
        self.optional_text(doc.summary.as_ref(), "`summary`");
        self.text(&doc.source.author, "`source.author`");
        self.text(&doc.source.title, "`source.title`");
        for (field, name) in [
            (&doc.source.publisher, "`source.publisher`"),
            (&doc.source.date, "`source.date`"),
            (&doc.source.url, "`source.url`"),
            (&doc.source.note, "`source.note`"),
        ] {
            self.optional_text(field.as_ref(), name);
        }
    }

    /// Question and ending ids, which share a namespace, in author order.
    pub(super) fn node_ids<'d>(&mut self, doc: &'d Document) -> FxIndexMap<&'d str, (Node, Span)> {
        let mut nodes = FxIndexMap::default();
        let questions = doc
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (&q.id, Node::Question(i), "question id"));
        let endings = doc
            .endings
            .iter()
            .enumerate()
            .map(|(i, e)| (&e.id, Node::Ending(i), "ending id"));
        for (id, node, what) in questions.chain(endings) {
            self.id(id, what, is_snake_case, "snake_case");
            if matches!(node, Node::Question(_)) && RESERVED.contains(&id.value.as_str()) {
                self.report(
                    Diagnostic::new(
                        Code::InvalidId,
                        id.span,
                        format!("question id `{}` is reserved", id.value),
                    )
                    .with_help(Some(
                        "conditions read `all`, `any` and `not` as operators; choose another id"
                            .to_owned(),
                    )),
                );
            }
            if let Some((_, first)) = nodes.get(id.value.as_str()) {
                self.duplicate(id, "question or ending", *first);
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
            self.id(id, "recommendation id", is_snake_case, "snake_case");
            if let Some((_, first)) = ids.get(id.value.as_str()) {
                self.duplicate(id, "recommendation", *first);
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
                self.id(&choice.id, "choice id", is_snake_case, "snake_case");
                if let Some(first) = ids.iter().position(|id| *id == choice.id.value) {
                    self.duplicate(&choice.id, "choice", choices[first].id.span);
                }
                ids.push(&choice.id.value);
            }
            all.push(ids);
        }
        all
    }

    pub(super) fn id(
        &mut self,
        id: &Spanned<String>,
        what: &str,
        rule: fn(&str) -> bool,
        style: &str,
    ) {
        if !rule(&id.value) {
            let example = if style == "kebab-case" {
                "`korea-us-alliance`"
            } else {
                "`nk_provocation`"
            };
            self.report(
                Diagnostic::new(
                    Code::InvalidId,
                    id.span,
                    format!("{what} `{}` is not {style}", id.value),
                )
                .with_help(Some(format!(
                    "use lower-case letters, digits and {}, starting with a letter, like {example}",
                    if style == "kebab-case" { "`-`" } else { "`_`" }
                ))),
            );
        }
    }

    pub(super) fn duplicate(&mut self, id: &Spanned<String>, what: &str, first: Span) {
        self.report(
            Diagnostic::new(
                Code::DuplicateId,
                id.span,
                format!("{what} id `{}` is defined twice", id.value),
            )
            .with_label("defined again here")
            .with_help(Some(format!(
                "first defined at line {}, column {}; ids must be unique",
                first.line, first.column
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
