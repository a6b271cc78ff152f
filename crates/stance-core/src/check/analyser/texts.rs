//! Texts and citations: nothing empty, every recommendation's basis, rationale and citations,
//! and the citations of questions and choices, each quote found in its paragraph of the
//! essay when the essay is given.

use super::Analyser;
use crate::check::source_text::{self};
use crate::diagnostic::{Code, Diagnostic};
use crate::load::document::{BasisDoc, CiteDoc, RecommendationDoc};
use crate::load::yaml::Spanned;
use crate::scenario::{Basis, Cite, Recommendation};
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;

impl Analyser<'_> {
    pub(super) fn recommendation(&mut self, doc: &RecommendationDoc) -> Recommendation {
        self.text(&doc.text, field("text"));
        self.text(&doc.rationale, field("rationale"));
        for point in &doc.talking_points {
            self.text(point, Phrase::text("finding-what-talking-point"));
        }
        if doc.cites.is_empty() {
            self.report(
                Diagnostic::new(
                    Code::UncitedRecommendation,
                    doc.id.span,
                    Phrase::text_with(
                        "finding-uncited",
                        &[("id", Arg::from(doc.id.value.as_str()))],
                    ),
                )
                .with_help(Some(Phrase::text("finding-uncited-help"))),
            );
        }
        let cites = self.cites(&doc.cites);
        Recommendation {
            id: doc.id.value.clone(),
            text: doc.text.value.trim().to_owned(),
            rationale: doc.rationale.value.trim().to_owned(),
            basis: basis(doc.basis),
            talking_points: doc
                .talking_points
                .iter()
                .map(|p| p.value.trim().to_owned())
                .collect(),
            cites,
        }
    }

    /// Checks citations, of a recommendation, a question or a choice alike, and builds them.
    pub(super) fn cites(&mut self, cites: &[CiteDoc]) -> Vec<Cite> {
        cites
            .iter()
            .map(|cite| {
                self.cite(cite);
                Cite {
                    paragraph: cite.paragraph.value,
                    quote: cite.quote.value.trim().to_owned(),
                    gloss: None,
                }
            })
            .collect()
    }

    fn cite(&mut self, cite: &CiteDoc) {
        let paragraph = cite.paragraph.value;
        if paragraph == 0 {
            self.report(
                Diagnostic::new(
                    Code::UnknownParagraph,
                    cite.paragraph.span,
                    Phrase::text("finding-paragraph-zero"),
                )
                .with_help(Some(Phrase::text("finding-paragraph-zero-help"))),
            );
        }
        if !self.text(&cite.quote, field("quote")) {
            return;
        }
        if source_text::spans_sentences(&cite.quote.value) {
            self.report(
                Diagnostic::new(
                    Code::LongQuote,
                    cite.quote.span,
                    Phrase::text("finding-long-quote"),
                )
                .with_help(Some(Phrase::text("finding-long-quote-help"))),
            );
        }
        let Some(source) = self.source else { return };
        match source.quote_in(paragraph, &cite.quote.value) {
            None if paragraph > 0 => self.report(
                Diagnostic::new(
                    Code::UnknownParagraph,
                    cite.paragraph.span,
                    Phrase::text_with(
                        "finding-no-paragraph",
                        &[
                            ("paragraph", Arg::from(paragraph)),
                            ("count", Arg::from(source.len())),
                        ],
                    ),
                )
                .with_help(Some(Phrase::text("finding-no-paragraph-help"))),
            ),
            Some(true) | None => {}
            Some(false) => {
                let elsewhere = source.find(&cite.quote.value);
                let help = match elsewhere.first() {
                    Some(n) => Phrase::text_with(
                        "finding-misquote-elsewhere",
                        &[("paragraph", Arg::from(*n))],
                    ),
                    None => Phrase::text("finding-misquote-nowhere"),
                };
                self.report(
                    Diagnostic::new(
                        Code::Misquote,
                        cite.quote.span,
                        Phrase::text_with(
                            "finding-misquote",
                            &[("paragraph", Arg::from(paragraph))],
                        ),
                    )
                    .with_help(Some(help)),
                );
            }
        }
    }

    /// Reports an empty text; true when the text says something.
    pub(super) fn text(&mut self, text: &Spanned<impl AsRef<str>>, what: Phrase) -> bool {
        if text.value.as_ref().trim().is_empty() {
            self.report(Diagnostic::new(
                Code::EmptyText,
                text.span,
                Phrase::text_with("finding-empty-text", &[("what", Arg::from(what))]),
            ));
            return false;
        }
        true
    }

    pub(super) fn optional_text(&mut self, text: Option<&Spanned<String>>, what: Phrase) {
        if let Some(text) = text {
            self.text(text, what);
        }
    }
}

/// A key of the format, named in a finding: `` `prompt` ``.
pub(super) fn field(name: &str) -> Phrase {
    Phrase::text_with("finding-what-field", &[("field", Arg::from(name))])
}

/// A basis as the checked scenario has it.
pub(super) fn basis(doc: BasisDoc) -> Basis {
    match doc {
        BasisDoc::Explicit => Basis::Explicit,
        BasisDoc::Inferred => Basis::Inferred,
    }
}
