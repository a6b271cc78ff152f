//! The scenario file as written: what serde reads, before any check.
//!
//! Every key of the format is a field here; `docs/scenario-format.md` documents them.

use serde::Deserialize;

use crate::yaml::Spanned;

/// A whole scenario file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The format version; this build reads version 1.
    pub format: Spanned<u32>,
    /// The scenario's id, in kebab-case (`korea-us-alliance`).
    pub id: Spanned<String>,
    /// The scenario's title.
    pub title: Spanned<String>,
    /// A few sentences on what the scenario is about.
    #[serde(default)]
    pub summary: Option<Spanned<String>>,
    /// The essay the scenario encodes.
    pub source: SourceDoc,
    /// The id of the first question.
    pub start: Spanned<String>,
    /// The questions, in the order the author wrote them.
    pub questions: Vec<QuestionDoc>,
    /// The recommendations, each defined once and named by id elsewhere.
    #[serde(default)]
    pub recommendations: Vec<RecommendationDoc>,
    /// Where walks end, and what every walk that ends there is recommended.
    pub endings: Vec<EndingDoc>,
}

/// The essay a scenario encodes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDoc {
    /// Who wrote the essay.
    pub author: Spanned<String>,
    /// The essay's title.
    pub title: Spanned<String>,
    /// Who published it.
    #[serde(default)]
    pub publisher: Option<Spanned<String>>,
    /// When it was published, as written by the author of the scenario.
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    /// Where it can be read.
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    /// Anything else a reader should know about the source.
    #[serde(default)]
    pub note: Option<Spanned<String>>,
}

/// A question about the situation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDoc {
    /// The question's id, in `snake_case`.
    pub id: Spanned<String>,
    /// The question as asked.
    pub prompt: Spanned<String>,
    /// Background a player can open before answering.
    #[serde(default)]
    pub context: Option<Spanned<String>>,
    /// The possible answers; two or more.
    pub choices: Spanned<Vec<ChoiceDoc>>,
}

/// One answer to a question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDoc {
    /// The choice's id, in `snake_case`, unique within its question.
    pub id: Spanned<String>,
    /// The answer as shown to the player.
    pub label: Spanned<String>,
    /// Ids of the recommendations this answer adds.
    #[serde(default)]
    pub recommends: Vec<Spanned<String>>,
    /// The id of the question or ending this answer leads to.
    pub next: Spanned<String>,
}

/// Whether the author states a recommendation or only implies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BasisDoc {
    /// The author states it.
    Explicit,
    /// The author implies it; the scenario's author drew it out.
    Inferred,
}

/// A recommendation, in the scenario author's own words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecommendationDoc {
    /// The recommendation's id, in `snake_case`.
    pub id: Spanned<String>,
    /// What to do.
    pub text: Spanned<String>,
    /// Why the author recommends it.
    pub rationale: Spanned<String>,
    /// Whether the author states it or only implies it.
    pub basis: BasisDoc,
    /// Where the essay says so.
    #[serde(default)]
    pub cites: Vec<CiteDoc>,
}

/// A place in the essay: a paragraph and a verbatim quote from it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteDoc {
    /// The paragraph's number, counting body paragraphs from 1.
    pub paragraph: Spanned<u32>,
    /// At most one sentence, verbatim from that paragraph.
    pub quote: Spanned<String>,
}

/// Where walks end.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndingDoc {
    /// The ending's id, in `snake_case`; questions and endings share one namespace.
    pub id: Spanned<String>,
    /// The bottom line of the stance reached here.
    #[serde(default)]
    pub headline: Option<Spanned<String>>,
    /// Ids of the recommendations every walk that ends here gets.
    #[serde(default)]
    pub recommends: Vec<Spanned<String>>,
}
