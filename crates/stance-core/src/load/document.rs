//! The scenario file as written: what serde reads, before any check.
//!
//! Every key of the format is a field here; `docs/scenario-format.md` documents them.

use std::borrow::Cow;
use std::fmt;

use indexmap::IndexMap;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::load::yaml::Spanned;

/// A whole scenario file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "stance scenario")]
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
    /// Golden-path tests that `stance test` runs.
    #[serde(default)]
    pub tests: Vec<TestDoc>,
}

/// A golden-path test: a walk's answers and the stance it must reach.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TestDoc {
    /// A name shown when the test fails; `test N` when absent.
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    /// The answers: question id to choice id.
    pub answers: Spanned<IndexMap<Spanned<String>, Spanned<String>>>,
    /// The recommendation ids the walk must end with, in order.
    pub expect: Vec<Spanned<String>>,
    /// The headline the walk must end with, when given.
    #[serde(default)]
    pub headline: Option<Spanned<String>>,
}

/// The essay a scenario encodes.
#[derive(Debug, Deserialize, JsonSchema)]
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
    /// The essay as a plain UTF-8 text file, relative to the scenario's folder: `stance
    /// check` checks every quote against it.
    #[serde(default)]
    pub file: Option<Spanned<String>>,
}

/// A question about the situation.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionDoc {
    /// The question's id, in `snake_case`.
    pub id: Spanned<String>,
    /// The question as asked.
    pub prompt: Spanned<String>,
    /// Background a player can open before answering.
    #[serde(default)]
    pub context: Option<Spanned<String>>,
    /// Prompts for class discussion or a briefing's anticipated questions.
    #[serde(default)]
    pub discussion: Box<[Spanned<String>]>,
    /// Notes for whoever leads the session; participants never see them.
    #[serde(default)]
    pub facilitator_notes: Option<Spanned<String>>,
    /// Ask this question only when the condition holds over earlier answers.
    #[serde(default)]
    pub when: Option<Box<Spanned<ConditionDoc>>>,
    /// Where the walk goes instead when `when` does not hold: a question or ending id.
    #[serde(default)]
    pub otherwise: Option<Spanned<String>>,
    /// Whether the essay states the situation this question asks about or only implies it.
    #[serde(default)]
    pub basis: Option<BasisDoc>,
    /// Where the essay grounds the question.
    #[serde(default)]
    pub cites: Box<[CiteDoc]>,
    /// The possible answers; two or more.
    pub choices: Spanned<Box<[ChoiceDoc]>>,
}

/// One answer to a question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDoc {
    /// The choice's id, in `snake_case`, unique within its question.
    pub id: Spanned<String>,
    /// The answer as shown to the player.
    pub label: Spanned<String>,
    /// Offer this choice only when the condition holds over earlier answers.
    #[serde(default)]
    pub when: Option<Box<Spanned<ConditionDoc>>>,
    /// The recommendations this answer adds.
    #[serde(default)]
    pub recommends: Box<[Spanned<RecommendDoc>]>,
    /// Whether the essay states this answer's situation or only implies it.
    #[serde(default)]
    pub basis: Option<BasisDoc>,
    /// Where the essay grounds this answer.
    #[serde(default)]
    pub cites: Box<[CiteDoc]>,
    /// The id of the question or ending this answer leads to.
    pub next: Spanned<String>,
}

/// Whether the author states a recommendation (or a situation) or only implies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BasisDoc {
    /// The author states it.
    Explicit,
    /// The author implies it; the scenario's author drew it out.
    Inferred,
}

/// A recommendation, in the scenario author's own words.
#[derive(Debug, Deserialize, JsonSchema)]
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
    /// Short points a briefer can say aloud.
    #[serde(default)]
    pub talking_points: Box<[Spanned<String>]>,
    /// Where the essay says so.
    #[serde(default)]
    pub cites: Box<[CiteDoc]>,
}

/// A place in the essay: a paragraph and a verbatim quote from it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CiteDoc {
    /// The paragraph's number, counting body paragraphs from 1.
    pub paragraph: Spanned<u32>,
    /// At most one sentence, verbatim from that paragraph.
    pub quote: Spanned<String>,
}

/// Where walks end.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EndingDoc {
    /// The ending's id, in `snake_case`; questions and endings share one namespace.
    pub id: Spanned<String>,
    /// The bottom line of the stance reached here: one text, or a list of `{text, when}`
    /// of which the first that holds is the headline.
    #[serde(default)]
    pub headline: Option<Spanned<HeadlineDoc>>,
    /// The recommendations every walk that ends here gets.
    #[serde(default)]
    pub recommends: Box<[Spanned<RecommendDoc>]>,
}

/// An ending's `headline`: a plain text, or a list of entries, the first that holds winning.
#[derive(Debug)]
pub enum HeadlineDoc {
    /// One headline for every walk that ends here; its span is that of the whole value.
    Text(Spanned<String>),
    /// Headlines that depend on the walk, in order.
    List(Vec<Spanned<HeadlineEntryDoc>>),
}

/// One entry of a `headline` list.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HeadlineEntryDoc {
    /// The headline.
    pub text: Spanned<String>,
    /// The headline only when this holds over the walk's answers; none always holds.
    #[serde(default)]
    pub when: Option<Box<Spanned<ConditionDoc>>>,
}

/// An entry of a `recommends` list: a recommendation id, or `{id, when}` to add it only when
/// a condition holds.
#[derive(Debug)]
pub struct RecommendDoc {
    /// The recommendation's id; its span is unknown for the plain form, where the list
    /// item's span applies.
    pub id: Spanned<String>,
    /// Add it only when this holds over the answers so far.
    pub when: Option<Box<Spanned<ConditionDoc>>>,
}

/// A condition over earlier answers: every term must hold.
///
/// Written as a mapping: `question_id: choice_id` (or a list of choice ids, any of which
/// will do), `all: [conditions]`, `any: [conditions]`, `not: condition`.
#[derive(Debug)]
pub struct ConditionDoc {
    /// The terms, all of which must hold.
    pub terms: Vec<TermDoc>,
}

/// One term of a condition.
#[derive(Debug)]
pub enum TermDoc {
    /// The question was answered with one of these choices.
    Answer {
        /// The question's id.
        question: Spanned<String>,
        /// Choice ids; any of them will do.
        choices: Vec<Spanned<String>>,
    },
    /// Every condition holds.
    All(Vec<Spanned<ConditionDoc>>),
    /// At least one condition holds.
    Any(Vec<Spanned<ConditionDoc>>),
    /// The condition does not hold.
    Not(Box<Spanned<ConditionDoc>>),
}

impl<'de> Deserialize<'de> for RecommendDoc {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RecommendVisitor;

        impl<'de> Visitor<'de> for RecommendVisitor {
            type Value = RecommendDoc;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a recommendation id, or a mapping with `id` and `when`")
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<RecommendDoc, E> {
                Err(de::Error::custom(format!(
                    "`{value}` is read as a boolean; quote it (\"{value}\") to use it as an id"
                )))
            }

            fn visit_str<E: de::Error>(self, id: &str) -> Result<RecommendDoc, E> {
                Ok(RecommendDoc {
                    id: Spanned::unplaced(id.to_owned()),
                    when: None,
                })
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RecommendDoc, A::Error> {
                let mut id = None;
                let mut when = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "id" if id.is_none() => id = Some(map.next_value()?),
                        "when" if when.is_none() => when = Some(map.next_value()?),
                        "id" | "when" => return Err(de::Error::duplicate_field("id or when")),
                        other => return Err(de::Error::unknown_field(other, &["id", "when"])),
                    }
                }
                Ok(RecommendDoc {
                    id: id.ok_or_else(|| de::Error::missing_field("id"))?,
                    when,
                })
            }
        }

        deserializer.deserialize_any(RecommendVisitor)
    }
}

impl<'de> Deserialize<'de> for HeadlineDoc {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct HeadlineVisitor;

        impl<'de> Visitor<'de> for HeadlineVisitor {
            type Value = HeadlineDoc;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a headline, or a list of `{text, when}`")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<HeadlineDoc, E> {
                Ok(HeadlineDoc::Text(Spanned::unplaced(text.to_owned())))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<HeadlineDoc, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = seq.next_element()? {
                    entries.push(entry);
                }
                Ok(HeadlineDoc::List(entries))
            }
        }

        deserializer.deserialize_any(HeadlineVisitor)
    }
}

impl Spanned<HeadlineDoc> {
    /// The entries as `(text, when)`: a plain headline is one entry without `when`, placed
    /// where the whole value stands.
    pub fn entries(&self) -> Vec<(Spanned<&str>, Option<&Spanned<ConditionDoc>>)> {
        match &self.value {
            HeadlineDoc::Text(text) => vec![(
                Spanned {
                    value: text.value.as_str(),
                    span: text.span,
                }
                .placed_at(self.span),
                None,
            )],
            HeadlineDoc::List(entries) => entries
                .iter()
                .map(|e| {
                    let text = &e.value.text;
                    let placed = Spanned {
                        value: text.value.as_str(),
                        span: text.span,
                    };
                    (placed.placed_at(e.span), e.value.when.as_deref())
                })
                .collect(),
        }
    }

    /// The entries' texts, in order, moved out.
    pub fn into_texts(self) -> Vec<String> {
        match self.value {
            HeadlineDoc::Text(text) => vec![text.value],
            HeadlineDoc::List(entries) => entries.into_iter().map(|e| e.value.text.value).collect(),
        }
    }
}

impl<'de> Deserialize<'de> for ConditionDoc {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ConditionVisitor;

        impl<'de> Visitor<'de> for ConditionVisitor {
            type Value = ConditionDoc;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a condition: `question: choice`, `all: [...]`, `any: [...]` or `not: ...`",
                )
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ConditionDoc, A::Error> {
                let mut terms = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    terms.push(match key.value.as_str() {
                        "all" => TermDoc::All(map.next_value()?),
                        "any" => TermDoc::Any(map.next_value()?),
                        "not" => TermDoc::Not(Box::new(map.next_value()?)),
                        _ => TermDoc::Answer {
                            question: key,
                            choices: map.next_value::<Spanned<OneOrMany>>()?.into_items(),
                        },
                    });
                }
                Ok(ConditionDoc { terms })
            }
        }

        deserializer.deserialize_map(ConditionVisitor)
    }
}

/// One choice id, or a list of them.
#[derive(Debug)]
struct OneOrMany(Vec<Spanned<String>>);

impl Spanned<OneOrMany> {
    /// The ids; a lone id gets the span of the whole value.
    fn into_items(self) -> Vec<Spanned<String>> {
        let span = self.span;
        self.value
            .0
            .into_iter()
            .map(|item| item.placed_at(span))
            .collect()
    }
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrManyVisitor;

        impl<'de> Visitor<'de> for OneOrManyVisitor {
            type Value = OneOrMany;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a choice id or a list of choice ids")
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<OneOrMany, E> {
                Err(de::Error::custom(format!(
                    "`{value}` is read as a boolean; quote it (\"{value}\") to use it as a choice id"
                )))
            }

            fn visit_str<E: de::Error>(self, id: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![Spanned::unplaced(id.to_owned())]))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(OneOrMany(items))
            }
        }

        deserializer.deserialize_any(OneOrManyVisitor)
    }
}

impl JsonSchema for RecommendDoc {
    fn schema_name() -> Cow<'static, str> {
        "Recommends".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let condition = generator.subschema_for::<ConditionDoc>();
        json_schema!({
            "description": "A recommendation id, or `{id, when}` to add it only when a condition holds over the answers so far.",
            "anyOf": [
                {"type": "string", "description": "The recommendation's id."},
                {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string", "description": "The recommendation's id."},
                        "when": condition,
                    },
                    "required": ["id"],
                    "additionalProperties": false,
                }
            ]
        })
    }
}

impl JsonSchema for HeadlineDoc {
    fn schema_name() -> Cow<'static, str> {
        "Headline".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let entry = generator.subschema_for::<HeadlineEntryDoc>();
        json_schema!({
            "description": "The bottom line of the stance reached here: one text, or a list of `{text, when}` of which the first whose `when` holds (or that has none) is the headline; when none holds, there is no headline.",
            "anyOf": [
                {"type": "string", "description": "The headline of every walk that ends here."},
                {"type": "array", "items": entry, "minItems": 1}
            ]
        })
    }
}

impl JsonSchema for ConditionDoc {
    fn schema_name() -> Cow<'static, str> {
        "Condition".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let condition = generator.subschema_for::<Self>();
        json_schema!({
            "description": "A condition over earlier answers; every key must hold. `question_id: choice_id` (or a list of choice ids, any of which will do), `all: [conditions]`, `any: [conditions]`, `not: condition`.",
            "type": "object",
            "minProperties": 1,
            "properties": {
                "all": {"type": "array", "items": condition, "description": "Every condition holds."},
                "any": {"type": "array", "items": condition, "description": "At least one condition holds."},
                "not": condition,
            },
            "additionalProperties": {
                "description": "A question id mapped to the choice id it must have been answered with, or a list of them.",
                "anyOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"type": "string"}, "minItems": 1}
                ]
            }
        })
    }
}
