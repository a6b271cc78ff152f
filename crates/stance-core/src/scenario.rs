//! A checked scenario: every reference resolved to an index, no cycles.
//!
//! Only the analyser builds one; walks and exports trust it.

use crate::scenario::condition::Condition;
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx, RecommendationIx};
use crate::text::messages::{Arg, Messages};

pub mod condition;
pub mod explore;
pub mod index;
pub mod text_slot;
pub mod translation;

/// A scenario that passed the analyser.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// Kebab-case id.
    pub id: String,
    /// Title.
    pub title: String,
    /// What the scenario is about.
    pub summary: Option<String>,
    /// The essay it encodes.
    pub source: Source,
    /// The first question.
    pub start: QuestionIx,
    /// Questions in author order.
    pub questions: Vec<Question>,
    /// Recommendations in author order.
    pub recommendations: Vec<Recommendation>,
    /// Endings in author order.
    pub endings: Vec<Ending>,
    /// Golden-path tests in author order.
    pub tests: Vec<GoldenTest>,
    /// The language a translation put the texts in; `None` for the scenario's own.
    pub language: Option<String>,
    /// Question indices sorted by id, for lookups by id; see [`Scenario::index_ids`].
    pub(crate) questions_by_id: Box<[QuestionIx]>,
    /// Recommendation indices sorted by id.
    pub(crate) recommendations_by_id: Box<[RecommendationIx]>,
}

/// A golden-path test: answers, and the stance they must reach.
#[derive(Clone, Debug)]
pub struct GoldenTest {
    /// Its name.
    pub name: String,
    /// The line of its answers in the file, for messages.
    pub line: usize,
    /// The answers, in the order written.
    pub answers: Vec<(QuestionIx, ChoiceIx)>,
    /// The recommendations expected, in order.
    pub expect: Vec<RecommendationIx>,
    /// The headline expected, if any.
    pub headline: Option<String>,
}

/// The essay a scenario encodes.
#[derive(Clone, Debug, Default)]
pub struct Source {
    /// Who wrote it.
    pub author: String,
    /// Its title.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// When.
    pub date: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
    /// Anything else.
    pub note: Option<String>,
    /// The essay's text file, as the scenario names it (relative to its folder).
    pub file: Option<String>,
}

/// A question about the situation.
#[derive(Clone, Debug)]
pub struct Question {
    /// Snake-case id.
    pub id: String,
    /// The question as asked.
    pub prompt: String,
    /// Background the player can open.
    pub context: Option<String>,
    /// Prompts for discussion.
    pub discussion: Vec<String>,
    /// Notes for the facilitator only.
    pub facilitator_notes: Option<String>,
    /// When the question is asked at all, and where the walk goes otherwise.
    pub gate: Option<Gate>,
    /// Whether the essay states the situation asked about or only implies it.
    pub basis: Option<Basis>,
    /// Where the essay grounds the question.
    pub cites: Vec<Cite>,
    /// Two or more answers.
    pub choices: Vec<Choice>,
}

/// A question's condition: asked when `when` holds, skipped to `otherwise` when not.
#[derive(Clone, Debug)]
pub struct Gate {
    /// The condition over earlier answers.
    pub when: Condition,
    /// Where the walk goes when the question is skipped.
    pub otherwise: Next,
}

/// A recommendation named by a choice or an ending, perhaps under a condition.
#[derive(Clone, Debug)]
pub struct Recommends {
    /// The recommendation.
    pub recommendation: RecommendationIx,
    /// Added only when this holds over the answers so far.
    pub when: Option<Condition>,
}

/// One answer to a question.
#[derive(Clone, Debug)]
pub struct Choice {
    /// Snake-case id, unique within its question.
    pub id: String,
    /// The answer as shown.
    pub label: String,
    /// Offered only when this holds over earlier answers.
    pub when: Option<Condition>,
    /// What this answer adds to the stance.
    pub recommends: Vec<Recommends>,
    /// Whether the essay states this answer's situation or only implies it.
    pub basis: Option<Basis>,
    /// Where the essay grounds this answer.
    pub cites: Vec<Cite>,
    /// Where it leads.
    pub next: Next,
}

/// Where a choice leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Another question.
    Question(QuestionIx),
    /// The end of the walk.
    Ending(EndingIx),
}

/// Whether the author states a recommendation or only implies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Stated by the author.
    Explicit,
    /// Implied by the author, drawn out by the scenario's writer.
    Inferred,
}

impl Basis {
    /// The name used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Explicit => "explicit",
            Self::Inferred => "inferred",
        }
    }
}

/// A recommendation in the scenario author's words.
#[derive(Clone, Debug)]
pub struct Recommendation {
    /// Snake-case id.
    pub id: String,
    /// What to do.
    pub text: String,
    /// Why.
    pub rationale: String,
    /// Stated or implied.
    pub basis: Basis,
    /// Points to say aloud.
    pub talking_points: Vec<String>,
    /// Where the essay says so.
    pub cites: Vec<Cite>,
}

/// A paragraph of the essay and a verbatim quote from it.
#[derive(Clone, Debug)]
pub struct Cite {
    /// 1-based body paragraph.
    pub paragraph: u32,
    /// Verbatim quote, in the essay's language.
    pub quote: String,
    /// A translation of the quote, given by a translation of the scenario.
    pub gloss: Option<String>,
}

/// Where walks end.
#[derive(Clone, Debug)]
pub struct Ending {
    /// Snake-case id.
    pub id: String,
    /// The bottom line, in order: the first whose condition holds is the walk's.
    pub headlines: Vec<Headline>,
    /// What every walk ending here gets.
    pub recommends: Vec<Recommends>,
}

/// One of an ending's headlines.
#[derive(Clone, Debug)]
pub struct Headline {
    /// The bottom line.
    pub text: String,
    /// The headline only when this holds over the walk's answers; `None` always holds.
    pub when: Option<Condition>,
}

impl Ending {
    /// The position of the headline of a walk that ends here with these answers: the first
    /// whose condition holds, or none.
    pub fn headline_ix(&self, answer: &impl Fn(QuestionIx) -> Option<ChoiceIx>) -> Option<usize> {
        self.headlines
            .iter()
            .position(|h| h.when.as_ref().is_none_or(|w| w.holds(answer)))
    }

    /// The headline of a walk that ends here with these answers, if any.
    pub fn headline(&self, answer: &impl Fn(QuestionIx) -> Option<ChoiceIx>) -> Option<&str> {
        self.headline_ix(answer)
            .map(|i| self.headlines[i].text.as_str())
    }
}

impl Scenario {
    /// A condition in words, with ids: `first = a`, `first in (a, b)`, `all(...)`,
    /// `any(...)`, `not(...)`.
    pub fn describe(&self, condition: &Condition) -> String {
        let list = |items: &[Condition]| {
            items
                .iter()
                .map(|c| self.describe(c))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match condition {
            Condition::Answer { question, choices } => {
                let question = &self.questions[*question];
                let ids: Vec<&str> = choices
                    .iter()
                    .map(|&c| question.choices[c].id.as_str())
                    .collect();
                match ids.as_slice() {
                    [one] => format!("{} = {one}", question.id),
                    many => format!("{} in ({})", question.id, many.join(", ")),
                }
            }
            Condition::All(items) => format!("all({})", list(items)),
            Condition::Any(items) => format!("any({})", list(items)),
            Condition::Not(inner) => format!("not({})", self.describe(inner)),
        }
    }

    /// The words for when a gated question is skipped, whose gate `when` does not hold:
    /// "when X" for a gate of `not(X)`, "unless W" for any other, in the words of `messages`.
    pub fn describe_skip(&self, when: &Condition, messages: Messages) -> String {
        let (key, condition) = match when {
            Condition::Not(inner) => ("skip-when", inner.as_ref()),
            other => ("skip-unless", other),
        };
        messages.text_with(key, &[("condition", Arg::from(self.describe(condition)))])
    }

    /// Sorts the lookups by id, once the ids are in place; ids are unique in a scenario the
    /// analyser accepts.
    pub(crate) fn index_ids(&mut self) {
        let mut questions: Vec<QuestionIx> = QuestionIx::all(self.questions.len()).collect();
        questions.sort_unstable_by(|&a, &b| self.questions[a].id.cmp(&self.questions[b].id));
        let mut recommendations: Vec<RecommendationIx> =
            RecommendationIx::all(self.recommendations.len()).collect();
        recommendations
            .sort_unstable_by(|&a, &b| self.recommendations[a].id.cmp(&self.recommendations[b].id));
        self.questions_by_id = questions.into_boxed_slice();
        self.recommendations_by_id = recommendations.into_boxed_slice();
    }

    /// The index of the question with this id, found in logarithmic time.
    pub fn question_ix(&self, id: &str) -> Option<QuestionIx> {
        let found = self
            .questions_by_id
            .binary_search_by(|&q| self.questions[q].id.as_str().cmp(id));
        found.ok().map(|i| self.questions_by_id[i])
    }

    /// The index of the recommendation with this id, found in logarithmic time.
    pub fn recommendation_ix(&self, id: &str) -> Option<RecommendationIx> {
        let found = self
            .recommendations_by_id
            .binary_search_by(|&r| self.recommendations[r].id.as_str().cmp(id));
        found.ok().map(|i| self.recommendations_by_id[i])
    }

    /// Recommendation ids in author order.
    pub fn recommendation_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.recommendations.iter().map(|r| r.id.as_str())
    }

    /// Question ids in author order.
    pub fn question_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.questions.iter().map(|q| q.id.as_str())
    }
}

impl Question {
    /// The index of the choice with this id.
    pub fn choice_ix(&self, id: &str) -> Option<ChoiceIx> {
        self.choices
            .iter()
            .position(|c| c.id == id)
            .map(ChoiceIx::new)
    }

    /// Choice ids in author order.
    pub fn choice_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.choices.iter().map(|c| c.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use crate::export::hostile_scenario;
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn a_skip_is_described_without_a_double_negative() {
        let scenario = hostile_scenario();
        let second = &scenario.questions[scenario.question_ix("second").expect("second")];
        let gate = &second.gate.as_ref().expect("a gate").when;
        let negated = second.choices[1].when.as_ref().expect("a condition");
        let cases = [
            (gate, Locale::En, "unless first = a"),
            (negated, Locale::En, "when first = b"),
            (gate, Locale::Ko, "조건 불충족: first = a"),
            (negated, Locale::Ko, "조건: first = b"),
        ];
        for (condition, locale, expected) in cases {
            assert_eq!(
                scenario.describe_skip(condition, Messages::new(locale)),
                expected
            );
        }
    }
}
