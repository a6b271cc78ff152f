//! Texts and citations: nothing empty, every recommendation's basis, rationale and citations,
//! and the citations of questions and choices, each quote found in its paragraph of the
//! essay when the essay is given.

use super::Analyser;
use crate::check::source_text::{self};
use crate::diagnostic::{Code, Diagnostic};
use crate::load::document::{BasisDoc, CiteDoc, RecommendationDoc};
use crate::load::yaml::Spanned;
use crate::scenario::{Basis, Cite, Recommendation};

impl Analyser<'_> {
    pub(super) fn recommendation(&mut self, doc: &RecommendationDoc) -> Recommendation {
        self.text(&doc.text, "`text`");
        self.text(&doc.rationale, "`rationale`");
        for point in &doc.talking_points {
            self.text(point, "a talking point");
        }
        if doc.cites.is_empty() {
            self.report(
                Diagnostic::new(
                    Code::UncitedRecommendation,
                    doc.id.span,
                    format!("recommendation `{}` cites nothing", doc.id.value),
                )
                .with_help(Some(
                    "add `cites:` with the paragraph and a short verbatim quote".to_owned(),
                )),
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
                    "paragraph 0 does not exist",
                )
                .with_help(Some("body paragraphs are numbered from 1".to_owned())),
            );
        }
        if !self.text(&cite.quote, "`quote`") {
            return;
        }
        if source_text::spans_sentences(&cite.quote.value) {
            self.report(
                Diagnostic::new(
                    Code::LongQuote,
                    cite.quote.span,
                    "this quote runs over more than one sentence",
                )
                .with_help(Some("quote one sentence at most, or less".to_owned())),
            );
        }
        let Some(source) = self.source else { return };
        match source.quote_in(paragraph, &cite.quote.value) {
            None if paragraph > 0 => self.report(
                Diagnostic::new(
                    Code::UnknownParagraph,
                    cite.paragraph.span,
                    format!(
                        "¶{paragraph} does not exist: the source has {} body paragraphs",
                        source.len()
                    ),
                )
                .with_help(Some(
                    "titles, bylines and headings are not counted as paragraphs".to_owned(),
                )),
            ),
            Some(true) | None => {}
            Some(false) => {
                let elsewhere = source.find(&cite.quote.value);
                let help = match elsewhere.first() {
                    Some(n) => format!("the quote is in ¶{n}; did you mean `paragraph: {n}`?"),
                    None => "no paragraph of the source contains it; copy the words verbatim \
                             (whitespace, quote marks and dashes may differ)"
                        .to_owned(),
                };
                self.report(
                    Diagnostic::new(
                        Code::Misquote,
                        cite.quote.span,
                        format!("this quote is not in ¶{paragraph} of the source"),
                    )
                    .with_help(Some(help)),
                );
            }
        }
    }

    /// Reports an empty text; true when the text says something.
    pub(super) fn text(&mut self, text: &Spanned<impl AsRef<str>>, what: &str) -> bool {
        if text.value.as_ref().trim().is_empty() {
            self.report(Diagnostic::new(
                Code::EmptyText,
                text.span,
                format!("{what} is empty"),
            ));
            return false;
        }
        true
    }

    pub(super) fn optional_text(&mut self, text: Option<&Spanned<String>>, what: &str) {
        if let Some(text) = text {
            self.text(text, what);
        }
    }
}

/// A basis as the checked scenario has it.
pub(super) fn basis(doc: BasisDoc) -> Basis {
    match doc {
        BasisDoc::Explicit => Basis::Explicit,
        BasisDoc::Inferred => Basis::Inferred,
    }
}
