//! A scenario compiled into the table a front end follows to walk it without evaluating a
//! condition: every state a walk can reach, the choices offered there, where each leads and
//! what it adds, and what each ending adds.
//!
//! The browser player walks this table; the engine has decided every condition already. A
//! walk's stance is the recommendations its choices add, then its ending's, each kept the
//! first time it appears: the same as [`Stance::new`](crate::walk::stance::Stance::new).

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::analysis::analysis_error::AnalysisError;
use crate::classroom::role::Role;
use crate::scenario::explore::{At, Explorer, State};
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx, RecommendationIx};
use crate::scenario::{Basis, Cite, Recommends, Scenario};
use crate::text::citation;
use crate::text::messages::Messages;

/// The `format` every table carries.
pub const TABLE_FORMAT: &str = "stance-table/1";

/// The most states a table holds; a scenario whose conditions make more is refused.
pub const TABLE_STATE_LIMIT: usize = 100_000;

/// A scenario's texts and the walks it allows, for a front end to follow.
#[derive(Clone, Debug, Serialize)]
pub struct WalkTable<'s> {
    /// Always [`TABLE_FORMAT`].
    pub format: &'static str,
    /// Who the table is for: a participant's holds no facilitator notes or discussion.
    pub role: Role,
    /// The scenario's id, title, summary, source and content hash.
    pub scenario: ScenarioHead<'s>,
    /// Every question, in author order, with the texts the role may see.
    pub questions: Vec<QuestionText<'s>>,
    /// Every recommendation, in author order.
    pub recommendations: Vec<RecommendationText<'s>>,
    /// Every ending, in author order.
    pub endings: Vec<EndingText<'s>>,
    /// The states a walk can reach; the first is where every walk begins.
    pub states: Vec<TableState>,
}

/// Which scenario a table is of.
#[derive(Clone, Debug, Serialize)]
pub struct ScenarioHead<'s> {
    /// Kebab-case id.
    pub id: &'s str,
    /// Title.
    pub title: &'s str,
    /// What it is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<&'s str>,
    /// The essay, on one line: author, title, publisher, date.
    pub source: String,
    /// A note on the essay.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_note: Option<&'s str>,
    /// Where to read the essay.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<&'s str>,
    /// `sha256:` and the digest of the scenario file, as records carry it.
    pub hash: String,
}

/// A question's texts.
#[derive(Clone, Debug, Serialize)]
pub struct QuestionText<'s> {
    /// Snake-case id.
    pub id: &'s str,
    /// The question as asked.
    pub prompt: &'s str,
    /// Background the player can open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<&'s str>,
    /// `explicit` or `inferred`, when the scenario says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<&'static str>,
    /// Each citation as shown: `¶N “quote”`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<String>,
    /// Prompts for discussion: the facilitator's only.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub discussion: Vec<&'s str>,
    /// Notes for the facilitator: the facilitator's only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facilitator_notes: Option<&'s str>,
    /// Every choice, in author order, whether or not a state offers it.
    pub choices: Vec<ChoiceText<'s>>,
}

/// A choice's texts.
#[derive(Clone, Debug, Serialize)]
pub struct ChoiceText<'s> {
    /// Snake-case id, unique within its question.
    pub id: &'s str,
    /// The answer as shown.
    pub label: &'s str,
    /// `explicit` or `inferred`, when the scenario says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<&'static str>,
    /// Each citation as shown: `¶N “quote”`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<String>,
}

/// A recommendation's texts.
#[derive(Clone, Debug, Serialize)]
pub struct RecommendationText<'s> {
    /// Snake-case id.
    pub id: &'s str,
    /// What to do.
    pub text: &'s str,
    /// Why.
    pub rationale: &'s str,
    /// `explicit` or `inferred`.
    pub basis: &'static str,
    /// Each citation as shown: `¶N “quote”`.
    pub cites: Vec<String>,
}

/// An ending's texts.
#[derive(Clone, Debug, Serialize)]
pub struct EndingText<'s> {
    /// Snake-case id.
    pub id: &'s str,
    /// The headlines, in order; an ending state says which is the walk's.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headlines: Vec<&'s str>,
}

/// A state of the walk: a question asked with the choices offered, or an ending.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum TableState {
    /// A question, by index into `questions`, and what it offers here.
    Question {
        /// The question asked.
        question: QuestionIx,
        /// The choices offered here, in author order.
        offers: Vec<Offer>,
    },
    /// An ending, by index into `endings`, and what it adds here.
    Ending {
        /// The ending reached.
        ending: EndingIx,
        /// The recommendations the ending adds, by index, in author order.
        adds: Vec<RecommendationIx>,
        /// The headline of walks that end in this state, by index into the ending's
        /// `headlines`; none when no headline holds.
        #[serde(skip_serializing_if = "Option::is_none")]
        headline: Option<usize>,
    },
}

/// A choice offered at a state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Offer {
    /// The choice, by index into its question's `choices`.
    pub choice: ChoiceIx,
    /// The state it leads to, by index into `states`.
    pub next: usize,
    /// The recommendations it adds, by index, in author order.
    pub adds: Vec<RecommendationIx>,
}

impl<'s> WalkTable<'s> {
    /// Compiles `scenario`, whose file's content hash is `hash`, for `role`; refused when its
    /// conditions make more than [`TABLE_STATE_LIMIT`] states.
    pub fn compile(
        scenario: &'s Scenario,
        hash: String,
        role: Role,
        messages: Messages,
    ) -> Result<Self, AnalysisError> {
        let states = states(scenario)?;
        let facilitator = role.is_facilitator();
        Ok(Self {
            format: TABLE_FORMAT,
            role,
            scenario: ScenarioHead {
                id: &scenario.id,
                title: &scenario.title,
                summary: scenario.summary.as_deref(),
                source: crate::export::source_line(&scenario.source),
                source_note: scenario.source.note.as_deref(),
                source_url: scenario.source.url.as_deref(),
                hash,
            },
            questions: scenario
                .questions
                .iter()
                .map(|q| QuestionText {
                    id: &q.id,
                    prompt: &q.prompt,
                    context: q.context.as_deref(),
                    basis: q.basis.map(Basis::as_str),
                    cites: cites(&q.cites, messages),
                    discussion: if facilitator {
                        q.discussion.iter().map(String::as_str).collect()
                    } else {
                        Vec::new()
                    },
                    facilitator_notes: q.facilitator_notes.as_deref().filter(|_| facilitator),
                    choices: q
                        .choices
                        .iter()
                        .map(|c| ChoiceText {
                            id: &c.id,
                            label: &c.label,
                            basis: c.basis.map(Basis::as_str),
                            cites: cites(&c.cites, messages),
                        })
                        .collect(),
                })
                .collect(),
            recommendations: scenario
                .recommendations
                .iter()
                .map(|r| RecommendationText {
                    id: &r.id,
                    text: &r.text,
                    rationale: &r.rationale,
                    basis: r.basis.as_str(),
                    cites: cites(&r.cites, messages),
                })
                .collect(),
            endings: scenario
                .endings
                .iter()
                .map(|e| EndingText {
                    id: &e.id,
                    headlines: e.headlines.iter().map(|h| h.text.as_str()).collect(),
                })
                .collect(),
            states,
        })
    }

    /// Follows `choices` from the first state, as the page does; the stance reached, by
    /// recommendation index in walk order, or `None` if a choice is not offered where the
    /// walk stands or the walk does not end.
    pub fn follow(&self, choices: &[ChoiceIx]) -> Option<Vec<RecommendationIx>> {
        let mut at = 0;
        let mut stance: Vec<RecommendationIx> = Vec::new();
        let mut keep = |adds: &[RecommendationIx]| {
            for &r in adds {
                if !stance.contains(&r) {
                    stance.push(r);
                }
            }
        };
        for &choice in choices {
            let TableState::Question { offers, .. } = &self.states[at] else {
                return None;
            };
            let offer = offers.iter().find(|o| o.choice == choice)?;
            keep(&offer.adds);
            at = offer.next;
        }
        match &self.states[at] {
            TableState::Ending { adds, .. } => {
                keep(adds);
                Some(stance)
            }
            TableState::Question { .. } => None,
        }
    }
}

/// Each citation as the page shows it: `¶N “quote”`.
fn cites(cites: &[Cite], messages: Messages) -> Vec<String> {
    cites.iter().map(|c| citation::of(c, messages)).collect()
}

/// Every state a walk of `scenario` can reach, in the order first met, with what each offers
/// and adds.
fn states(scenario: &Scenario) -> Result<Vec<TableState>, AnalysisError> {
    let explorer = Explorer::new(scenario);
    let reached = explorer
        .reachable(TABLE_STATE_LIMIT)
        .ok_or(AnalysisError::TooManyStates {
            limit: TABLE_STATE_LIMIT,
        })?;
    let number: FxHashMap<&State, usize> =
        reached.iter().enumerate().map(|(i, s)| (s, i)).collect();
    let adds = |items: &[Recommends], state: &State| -> Vec<RecommendationIx> {
        items
            .iter()
            .filter(|item| {
                item.when
                    .as_ref()
                    .is_none_or(|w| explorer.holds(w, &state.answers))
            })
            .map(|item| item.recommendation)
            .collect()
    };
    Ok(reached
        .iter()
        .map(|state| match state.at {
            At::Question(q) => TableState::Question {
                question: q,
                offers: explorer
                    .available(q, &state.answers)
                    .map(|c| {
                        let next = explorer.after(state, q, c);
                        Offer {
                            choice: c,
                            next: number[&next],
                            adds: adds(&scenario.questions[q].choices[c].recommends, state),
                        }
                    })
                    .collect(),
            },
            At::Ending(e) => TableState::Ending {
                ending: e,
                adds: adds(&scenario.endings[e].recommends, state),
                headline: scenario.endings[e]
                    .headline_ix(&|q| explorer.answer_in(&state.answers, q)),
            },
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::{TableState, WalkTable};
    use crate::analysis::all_paths::AllPaths;
    use crate::check::analyser::{built_in_scenario, check_file};
    use crate::classroom::record::content_hash;
    use crate::classroom::role::Role;
    use crate::load::catalog::built_in_files;
    use crate::text::messages::Messages;

    #[test]
    fn every_path_of_every_built_in_table_reaches_the_stance_the_walk_does() {
        for file in built_in_files() {
            let scenario = check_file(&file, None).scenario.expect("checks");
            let table = WalkTable::compile(
                &scenario,
                content_hash(&file.text),
                Role::Participant,
                Messages::english(),
            )
            .expect("compiles");
            let mut paths = 0;
            for path in AllPaths::new(&scenario) {
                let choices: Vec<_> = path.path.iter().map(|s| s.choice).collect();
                assert_eq!(
                    table.follow(&choices),
                    Some(path.recommendations.clone()),
                    "{}: {:?}",
                    scenario.id,
                    path.path
                );
                paths += 1;
            }
            assert!(paths > 1, "{}", scenario.id);
        }
    }

    #[test]
    fn the_built_in_tables_as_the_page_gets_them() {
        for file in built_in_files() {
            let scenario = check_file(&file, None).scenario.expect("checks");
            for role in [Role::Participant, Role::Facilitator] {
                let table = WalkTable::compile(
                    &scenario,
                    content_hash(&file.text),
                    role,
                    Messages::english(),
                )
                .expect("compiles");
                let name = format!(
                    "{}_{}",
                    scenario.id,
                    serde_json::to_value(role).expect("json")
                );
                insta::assert_json_snapshot!(name.replace('"', ""), table);
            }
        }
    }

    #[test]
    fn a_participant_table_has_no_facilitator_text() {
        let scenario = built_in_scenario();
        let compile = |role| {
            WalkTable::compile(&scenario, String::new(), role, Messages::english())
                .expect("compiles")
        };
        let participant = serde_json::to_string(&compile(Role::Participant)).expect("json");
        let facilitator = serde_json::to_string(&compile(Role::Facilitator)).expect("json");
        for question in &scenario.questions {
            for text in question
                .facilitator_notes
                .iter()
                .chain(&question.discussion)
            {
                assert!(!participant.contains(&serde_json::to_string(text).expect("json")));
                assert!(facilitator.contains(&serde_json::to_string(text).expect("json")));
            }
        }
        assert!(!participant.contains("facilitator_notes"));
        assert!(!participant.contains("discussion"));
    }

    #[test]
    fn the_first_state_is_the_first_question() {
        let scenario = built_in_scenario();
        let table = WalkTable::compile(
            &scenario,
            String::new(),
            Role::Participant,
            Messages::english(),
        )
        .expect("compiles");
        assert!(matches!(
            &table.states[0],
            TableState::Question { question, .. } if *question == scenario.start
        ));
    }
}
