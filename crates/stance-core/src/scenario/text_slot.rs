//! The places of a scenario that hold text a person reads, each named by a stable key
//! (`question.peninsula.prompt`): what a translation gives, by key, in another language.

use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx, RecommendationIx};
use crate::scenario::{Cite, Scenario};

/// One place of a scenario that holds text shown to a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextSlot {
    /// The title.
    Title,
    /// The summary.
    Summary,
    /// A question as asked.
    Prompt(QuestionIx),
    /// A question's background.
    Context(QuestionIx),
    /// One of a question's discussion prompts (0-based).
    Discussion(QuestionIx, usize),
    /// A question's notes for the facilitator.
    FacilitatorNotes(QuestionIx),
    /// A choice's label.
    Label(QuestionIx, ChoiceIx),
    /// What a recommendation says to do.
    Recommendation(RecommendationIx),
    /// Why.
    Rationale(RecommendationIx),
    /// One of its talking points (0-based).
    TalkingPoint(RecommendationIx, usize),
    /// One of an ending's headlines (0-based).
    Headline(EndingIx, usize),
    /// A translated gloss of a quote, which itself stays in the essay's language.
    Gloss(CiteAt),
}

/// Where a citation stands: its owner and its 0-based place in the owner's `cites`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CiteAt {
    /// A question's citation.
    Question(QuestionIx, usize),
    /// A choice's citation.
    Choice(QuestionIx, ChoiceIx, usize),
    /// A recommendation's citation.
    Recommendation(RecommendationIx, usize),
}

impl TextSlot {
    /// Every slot the scenario has, in author order: title and summary, then each question
    /// (its texts, citations and choices), each recommendation, each ending. An absent
    /// optional text (a summary, a question's context) has no slot.
    pub fn all(scenario: &Scenario) -> Vec<Self> {
        let mut slots = vec![Self::Title];
        if scenario.summary.is_some() {
            slots.push(Self::Summary);
        }
        for (q, question) in QuestionIx::all(scenario.questions.len()).zip(&scenario.questions) {
            slots.push(Self::Prompt(q));
            if question.context.is_some() {
                slots.push(Self::Context(q));
            }
            slots.extend((0..question.discussion.len()).map(|n| Self::Discussion(q, n)));
            if question.facilitator_notes.is_some() {
                slots.push(Self::FacilitatorNotes(q));
            }
            slots.extend((0..question.cites.len()).map(|n| Self::Gloss(CiteAt::Question(q, n))));
            for (c, choice) in ChoiceIx::all(question.choices.len()).zip(&question.choices) {
                slots.push(Self::Label(q, c));
                slots.extend((0..choice.cites.len()).map(|n| Self::Gloss(CiteAt::Choice(q, c, n))));
            }
        }
        let recommendations = &scenario.recommendations;
        for (r, recommendation) in RecommendationIx::all(recommendations.len()).zip(recommendations)
        {
            slots.push(Self::Recommendation(r));
            slots.push(Self::Rationale(r));
            slots
                .extend((0..recommendation.talking_points.len()).map(|n| Self::TalkingPoint(r, n)));
            slots.extend(
                (0..recommendation.cites.len()).map(|n| Self::Gloss(CiteAt::Recommendation(r, n))),
            );
        }
        for (e, ending) in EndingIx::all(scenario.endings.len()).zip(&scenario.endings) {
            slots.extend((0..ending.headlines.len()).map(|n| Self::Headline(e, n)));
        }
        slots
    }

    /// Whether a translation may leave the slot out without being told: a gloss is
    /// optional, since the quote itself is always shown.
    pub fn is_optional(self) -> bool {
        matches!(self, Self::Gloss(_))
    }

    /// The slot's key, as a translation file names it: `title`, `question.ID.prompt`,
    /// `question.ID.choice.ID.label`, `recommendation.ID.talking_points.N`,
    /// `ending.ID.headline.N`, `recommendation.ID.cites.N.gloss`… (N counts from 1).
    pub fn key(self, scenario: &Scenario) -> String {
        let question = |q: QuestionIx| &scenario.questions[q].id;
        let choice = |q: QuestionIx, c: ChoiceIx| &scenario.questions[q].choices[c].id;
        let recommendation = |r: RecommendationIx| &scenario.recommendations[r].id;
        match self {
            Self::Title => "title".to_owned(),
            Self::Summary => "summary".to_owned(),
            Self::Prompt(q) => format!("question.{}.prompt", question(q)),
            Self::Context(q) => format!("question.{}.context", question(q)),
            Self::Discussion(q, n) => format!("question.{}.discussion.{}", question(q), n + 1),
            Self::FacilitatorNotes(q) => format!("question.{}.facilitator_notes", question(q)),
            Self::Label(q, c) => format!("question.{}.choice.{}.label", question(q), choice(q, c)),
            Self::Recommendation(r) => format!("recommendation.{}.text", recommendation(r)),
            Self::Rationale(r) => format!("recommendation.{}.rationale", recommendation(r)),
            Self::TalkingPoint(r, n) => {
                format!(
                    "recommendation.{}.talking_points.{}",
                    recommendation(r),
                    n + 1
                )
            }
            Self::Headline(e, n) => {
                format!("ending.{}.headline.{}", scenario.endings[e].id, n + 1)
            }
            Self::Gloss(CiteAt::Question(q, n)) => {
                format!("question.{}.cites.{}.gloss", question(q), n + 1)
            }
            Self::Gloss(CiteAt::Choice(q, c, n)) => format!(
                "question.{}.choice.{}.cites.{}.gloss",
                question(q),
                choice(q, c),
                n + 1
            ),
            Self::Gloss(CiteAt::Recommendation(r, n)) => {
                format!("recommendation.{}.cites.{}.gloss", recommendation(r), n + 1)
            }
        }
    }

    /// The text in the slot, in the scenario's own language; for a gloss, the quote it
    /// glosses.
    pub fn text(self, scenario: &Scenario) -> &str {
        let none = "";
        match self {
            Self::Title => &scenario.title,
            Self::Summary => scenario.summary.as_deref().unwrap_or(none),
            Self::Prompt(q) => &scenario.questions[q].prompt,
            Self::Context(q) => scenario.questions[q].context.as_deref().unwrap_or(none),
            Self::Discussion(q, n) => &scenario.questions[q].discussion[n],
            Self::FacilitatorNotes(q) => scenario.questions[q]
                .facilitator_notes
                .as_deref()
                .unwrap_or(none),
            Self::Label(q, c) => &scenario.questions[q].choices[c].label,
            Self::Recommendation(r) => &scenario.recommendations[r].text,
            Self::Rationale(r) => &scenario.recommendations[r].rationale,
            Self::TalkingPoint(r, n) => &scenario.recommendations[r].talking_points[n],
            Self::Headline(e, n) => &scenario.endings[e].headlines[n].text,
            Self::Gloss(at) => &at.cite(scenario).quote,
        }
    }

    /// Puts `text` in the slot; a gloss goes beside its quote.
    pub fn set(self, scenario: &mut Scenario, text: String) {
        match self {
            Self::Title => scenario.title = text,
            Self::Summary => scenario.summary = Some(text),
            Self::Prompt(q) => scenario.questions[q.index()].prompt = text,
            Self::Context(q) => scenario.questions[q.index()].context = Some(text),
            Self::Discussion(q, n) => scenario.questions[q.index()].discussion[n] = text,
            Self::FacilitatorNotes(q) => {
                scenario.questions[q.index()].facilitator_notes = Some(text);
            }
            Self::Label(q, c) => scenario.questions[q.index()].choices[c.index()].label = text,
            Self::Recommendation(r) => scenario.recommendations[r.index()].text = text,
            Self::Rationale(r) => scenario.recommendations[r.index()].rationale = text,
            Self::TalkingPoint(r, n) => {
                scenario.recommendations[r.index()].talking_points[n] = text;
            }
            Self::Headline(e, n) => scenario.endings[e.index()].headlines[n].text = text,
            Self::Gloss(at) => at.cite_mut(scenario).gloss = Some(text),
        }
    }
}

impl CiteAt {
    /// The citation.
    pub fn cite(self, scenario: &Scenario) -> &Cite {
        match self {
            Self::Question(q, n) => &scenario.questions[q].cites[n],
            Self::Choice(q, c, n) => &scenario.questions[q].choices[c].cites[n],
            Self::Recommendation(r, n) => &scenario.recommendations[r].cites[n],
        }
    }

    fn cite_mut(self, scenario: &mut Scenario) -> &mut Cite {
        match self {
            Self::Question(q, n) => &mut scenario.questions[q.index()].cites[n],
            Self::Choice(q, c, n) => &mut scenario.questions[q.index()].choices[c.index()].cites[n],
            Self::Recommendation(r, n) => &mut scenario.recommendations[r.index()].cites[n],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TextSlot;
    use crate::export::hostile_scenario;

    #[test]
    fn every_slot_has_a_unique_key_and_takes_its_text() {
        let mut scenario = hostile_scenario();
        let slots = TextSlot::all(&scenario);
        let mut keys: Vec<String> = slots.iter().map(|s| s.key(&scenario)).collect();
        assert!(keys.contains(&"title".to_owned()));
        assert!(keys.iter().any(|k| k.starts_with("question.first.choice.")));
        let count = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), count, "keys repeat: {keys:?}");
        for (n, slot) in slots.iter().enumerate() {
            slot.set(&mut scenario, format!("text {n}"));
        }
        for (n, slot) in slots.iter().enumerate() {
            let expected = format!("text {n}");
            match slot {
                TextSlot::Gloss(at) => {
                    assert_eq!(at.cite(&scenario).gloss.as_deref(), Some(expected.as_str()));
                }
                _ => assert_eq!(slot.text(&scenario), expected),
            }
        }
    }
}
