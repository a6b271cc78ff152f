//! The facilitator's dashboard as data: who is in the class, how it answered, what it
//! reached, where it left the facilitator's path, and its notes. `GET /api/dashboard`
//! returns it; the dashboard page draws it from the stream of it.

use indexmap::IndexMap;
use serde::Serialize;
use stance_core::scenario::Scenario;
use stance_core::walk::Position;
use stance_core::walk::step::Step;

use crate::room::{Participant, PathStep, Room};

/// The `format` every dashboard carries.
pub const DASHBOARD_FORMAT: &str = "stance-dashboard/1";

/// The class, summed up.
#[derive(Clone, Debug, Serialize)]
pub struct Dashboard {
    /// Always [`DASHBOARD_FORMAT`].
    pub format: &'static str,
    /// The scenario's id.
    pub scenario: String,
    /// How many have joined.
    pub participants: usize,
    /// How many have reached an ending.
    pub finished: usize,
    /// Each participant, in the order they joined.
    pub roster: Vec<Person>,
    /// By question and choice id, in author order: how many walks take that choice now.
    pub answers: IndexMap<String, IndexMap<String, usize>>,
    /// By recommendation id, in author order: how many finished walks reached it.
    pub recommendations: IndexMap<String, usize>,
    /// By ending id, in author order: how many walks ended there.
    pub endings: IndexMap<String, usize>,
    /// The facilitator's path, by id; empty until one is set.
    pub path: Vec<PathStep>,
    /// Along the path, question by question: who followed it that far and who left it.
    pub divergence: Vec<Divergence>,
    /// By question id, in author order: the notes written there, with who wrote them.
    pub notes: IndexMap<String, Vec<NoteBy>>,
    /// The questions whose reasoning is shown, by id, in author order.
    pub revealed: Vec<String>,
}

/// One participant's line.
#[derive(Clone, Debug, Serialize)]
pub struct Person {
    /// Their display name.
    pub name: String,
    /// How many questions they have answered.
    pub answered: usize,
    /// The ending reached, by id, once finished.
    pub ending: Option<String>,
    /// The question they stand at, by id, while walking.
    pub at: Option<String>,
}

/// One question of the facilitator's path.
#[derive(Clone, Debug, Serialize)]
pub struct Divergence {
    /// The question's id.
    pub question: String,
    /// The path's choice there.
    pub choice: String,
    /// Walks that followed the path up to this question (standing at it or past it).
    pub reached: usize,
    /// Of those, how many took the path's choice.
    pub stayed: usize,
    /// Of those, how many took another choice, by choice id in author order.
    pub left: IndexMap<String, usize>,
}

/// A note, with who wrote it.
#[derive(Clone, Debug, Serialize)]
pub struct NoteBy {
    /// The participant's name.
    pub name: String,
    /// The note.
    pub note: String,
}

impl Dashboard {
    /// The room as it stands.
    pub fn of(room: &Room) -> Self {
        let scenario = room.scenario();
        let (path, revealed) = room.facilitation();
        let mut dashboard = Self {
            format: DASHBOARD_FORMAT,
            scenario: scenario.id.clone(),
            participants: room.present().count(),
            finished: 0,
            roster: Vec::with_capacity(room.participants().len()),
            answers: scenario
                .questions
                .iter()
                .map(|q| {
                    (
                        q.id.clone(),
                        q.choices.iter().map(|c| (c.id.clone(), 0)).collect(),
                    )
                })
                .collect(),
            recommendations: scenario
                .recommendations
                .iter()
                .map(|r| (r.id.clone(), 0))
                .collect(),
            endings: scenario.endings.iter().map(|e| (e.id.clone(), 0)).collect(),
            path: path
                .iter()
                .map(|s| PathStep {
                    question: scenario.questions[s.question].id.clone(),
                    choice: scenario.questions[s.question].choices[s.choice].id.clone(),
                })
                .collect(),
            divergence: path
                .iter()
                .map(|s| Divergence {
                    question: scenario.questions[s.question].id.clone(),
                    choice: scenario.questions[s.question].choices[s.choice].id.clone(),
                    reached: 0,
                    stayed: 0,
                    left: IndexMap::new(),
                })
                .collect(),
            notes: notes(room),
            revealed: revealed
                .iter()
                .map(|&q| scenario.questions[q].id.clone())
                .collect(),
        };
        for p in room.present() {
            dashboard.count(scenario, path, p);
        }
        for (row, on_path) in dashboard.divergence.iter_mut().zip(path) {
            let question = &scenario.questions[on_path.question];
            row.left.sort_by_cached_key(|c, _| question.choice_ix(c));
        }
        dashboard
    }

    /// Counts one participant's walk in.
    fn count(&mut self, scenario: &Scenario, path: &[Step], p: &Participant) {
        let steps = p.walk.steps();
        for step in steps {
            let question = &scenario.questions[step.question];
            if let Some(count) = self
                .answers
                .get_mut(&question.id)
                .and_then(|c| c.get_mut(&question.choices[step.choice].id))
            {
                *count += 1;
            }
        }
        // Each row is reached by those who took the path's answers before it.
        for (i, (on_path, row)) in path.iter().zip(&mut self.divergence).enumerate() {
            row.reached += 1;
            match steps.get(i) {
                Some(step) if step == on_path => row.stayed += 1,
                Some(step) => {
                    let choice = &scenario.questions[step.question].choices[step.choice];
                    *row.left.entry(choice.id.clone()).or_default() += 1;
                    break;
                }
                None => break,
            }
        }
        let mut person = Person {
            name: p.name.clone(),
            answered: steps.len(),
            ending: None,
            at: None,
        };
        match p.walk.position(scenario) {
            Position::Ended(e) => {
                self.finished += 1;
                let id = &scenario.endings[e].id;
                person.ending = Some(id.clone());
                *self.endings.entry(id.clone()).or_default() += 1;
                if let Some(stance) = p.walk.stance(scenario) {
                    for r in stance.recommendation_ids() {
                        *self.recommendations.entry(r.to_owned()).or_default() += 1;
                    }
                }
            }
            Position::Question(q) => person.at = Some(scenario.questions[q].id.clone()),
        }
        self.roster.push(person);
    }
}

/// The most of a note the dashboard shows, in characters: enough for a projector, and it
/// keeps what is copied under the room's lock, several times a second, small whatever the
/// class writes. The reports have every note whole.
pub const DASHBOARD_NOTE_CHARS: usize = 600;

/// `note` as the dashboard shows it: cut after [`DASHBOARD_NOTE_CHARS`] characters, with `…`.
fn dashboard_note(note: &str) -> String {
    match note.char_indices().nth(DASHBOARD_NOTE_CHARS) {
        None => note.to_owned(),
        Some((end, _)) => format!("{}\u{2026}", &note[..end]),
    }
}

/// The notes, in author order of their questions, then in the order people joined.
fn notes(room: &Room) -> IndexMap<String, Vec<NoteBy>> {
    let scenario = room.scenario();
    let mut by_question: Vec<Vec<NoteBy>> = vec![Vec::new(); scenario.questions.len()];
    for p in room.present() {
        for (&q, note) in p.walk.notes() {
            by_question[q.index()].push(NoteBy {
                name: p.name.clone(),
                note: dashboard_note(note),
            });
        }
    }
    scenario
        .questions
        .iter()
        .zip(by_question)
        .filter(|(_, notes)| !notes.is_empty())
        .map(|(q, notes)| (q.id.clone(), notes))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{DASHBOARD_NOTE_CHARS, dashboard_note};

    #[test]
    fn a_long_note_is_cut_for_the_dashboard() {
        assert_eq!(dashboard_note("short"), "short");
        let long = "é".repeat(DASHBOARD_NOTE_CHARS + 5);
        let shown = dashboard_note(&long);
        assert_eq!(shown.chars().count(), DASHBOARD_NOTE_CHARS + 1);
        assert!(shown.ends_with('\u{2026}'));
        assert_eq!(
            dashboard_note(&"é".repeat(DASHBOARD_NOTE_CHARS))
                .chars()
                .count(),
            DASHBOARD_NOTE_CHARS
        );
    }
}
