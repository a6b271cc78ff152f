//! A walk through a checked scenario: answers given so far, going back, and reaching the end.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::scenario::explore::{At, Explorer, State};
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx};
use crate::scenario::{Next, Scenario};
use crate::walk::answers::Answers;
use crate::walk::prompter::{Action, Prompter};
use crate::walk::stance::Stance;
use crate::walk::step::{Notes, Step};
use crate::walk::stop::Stop;
use crate::walk::walk_error::{AnswerError, MissingAnswer, WalkError};

pub mod answers;
pub mod prompter;
pub mod stance;
pub mod step;
pub mod stop;
pub mod walk_error;

/// Where a walk stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// Waiting for an answer to this question.
    Question(QuestionIx),
    /// Finished at this ending.
    Ended(EndingIx),
}

/// A walk in progress.
#[derive(Clone, Debug)]
pub struct Walk<'s> {
    scenario: &'s Scenario,
    steps: Vec<Step>,
    /// The choice taken at each question answered, for conditions to read in constant time.
    taken: FxHashMap<QuestionIx, ChoiceIx>,
}

impl<'s> Walk<'s> {
    /// A walk at the scenario's first question.
    pub fn new(scenario: &'s Scenario) -> Self {
        Self {
            scenario,
            steps: Vec::new(),
            taken: FxHashMap::default(),
        }
    }

    /// The walk that has taken `steps`, as a session kept between two requests holds it;
    /// `None` when they are not a walk of this scenario: a step at a question the walk does
    /// not stand at, or a choice not offered there.
    pub fn resume(scenario: &'s Scenario, steps: &[Step]) -> Option<Self> {
        let mut walk = Self::new(scenario);
        for step in steps {
            let at_its_question = walk.position() == Position::Question(step.question);
            if !at_its_question || !walk.answer(step.choice) {
                return None;
            }
        }
        Some(walk)
    }

    /// Where the walk stands now: questions whose condition does not hold are skipped.
    pub fn position(&self) -> Position {
        let mut next = match self.steps.last() {
            None => Next::Question(self.scenario.start),
            Some(step) => self.scenario.questions[step.question].choices[step.choice].next,
        };
        // Cycles are rejected by the analyser, so this ends within one pass.
        loop {
            match next {
                Next::Ending(e) => return Position::Ended(e),
                Next::Question(q) => match &self.scenario.questions[q].gate {
                    Some(gate) if !gate.when.holds(&|q| self.answer_to(q)) => {
                        next = gate.otherwise;
                    }
                    _ => return Position::Question(q),
                },
            }
        }
    }

    /// The choice taken at `question` so far, if any.
    pub fn answer_to(&self, question: QuestionIx) -> Option<ChoiceIx> {
        self.taken.get(&question).copied()
    }

    /// The choices offered at `question` given the answers so far, in author order.
    pub fn available(&self, question: QuestionIx) -> Vec<ChoiceIx> {
        let choices = &self.scenario.questions[question].choices;
        ChoiceIx::all(choices.len())
            .filter(|&c| {
                choices[c]
                    .when
                    .as_ref()
                    .is_none_or(|w| w.holds(&|q| self.answer_to(q)))
            })
            .collect()
    }

    /// Takes choice `choice` at the current question. Returns false, changing nothing, when
    /// the walk has ended or the choice is not offered here.
    pub fn answer(&mut self, choice: ChoiceIx) -> bool {
        match self.position() {
            Position::Question(q) if self.available(q).contains(&choice) => {
                self.steps.push(Step {
                    question: q,
                    choice,
                });
                self.taken.insert(q, choice);
                true
            }
            _ => false,
        }
    }

    /// Undoes the last answer, and with it what it added; returns it.
    pub fn back(&mut self) -> Option<Step> {
        let step = self.steps.pop()?;
        self.taken.remove(&step.question);
        Some(step)
    }

    /// The answers so far, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The stance, once the walk has ended.
    pub fn stance(&self, unused_answers: Vec<Step>) -> Option<Stance<'s>> {
        match self.position() {
            Position::Ended(ending) => Some(Stance::new(
                self.scenario,
                self.steps.clone(),
                ending,
                unused_answers,
            )),
            Position::Question(_) => None,
        }
    }
}

/// A change during a walk, for an observer that saves progress.
#[derive(Clone, Copy, Debug)]
pub struct Progress<'a> {
    /// The answers so far, in order.
    pub steps: &'a [Step],
    /// The notes so far.
    pub notes: &'a Notes,
    /// Whether the walk has reached an ending.
    pub finished: bool,
}

/// Told of the walk: once the given answers are replayed (before the first question is
/// asked, or at the end), then after every answer, step back or note asked for. Its error
/// (a record that cannot be saved, say) is the front end's, and stops the walk.
pub type Observer<'o, E> = dyn FnMut(Progress<'_>) -> Result<(), E> + 'o;

/// What a walk uses besides the scenario; `E` is what its observer may fail with.
pub struct Session<'p, E = WalkError> {
    /// Answers given ahead, used first; going back to their question asks again.
    pub answers: Answers,
    /// Notes given ahead.
    pub notes: Notes,
    /// Asks for what is missing; without one, every question must be answered ahead.
    pub prompter: Option<&'p mut dyn Prompter>,
    /// Told of every change.
    pub observer: Option<&'p mut Observer<'p, E>>,
}

impl<E> Default for Session<'_, E> {
    fn default() -> Self {
        Self {
            answers: Answers::default(),
            notes: Notes::new(),
            prompter: None,
            observer: None,
        }
    }
}

impl<E> std::fmt::Debug for Session<'_, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("answers", &self.answers)
            .field("notes", &self.notes)
            .finish_non_exhaustive()
    }
}

/// Walks the scenario with given answers, then the prompter for the rest.
///
/// Without a prompter, every question the walk may reach must be answered; check that with
/// [`unanswered`] first.
pub fn play<'s>(
    scenario: &'s Scenario,
    answers: Answers,
    prompter: Option<&mut dyn Prompter>,
) -> Result<Stance<'s>, WalkError> {
    run(
        scenario,
        Session {
            answers,
            prompter,
            ..Session::default()
        },
    )
}

/// Walks the scenario as [`play`] does, with notes and an observer.
pub fn run<'s, E: From<WalkError>>(
    scenario: &'s Scenario,
    session: Session<'_, E>,
) -> Result<Stance<'s>, E> {
    let Session {
        mut answers,
        mut notes,
        mut prompter,
        mut observer,
    } = session;
    let given = answers.clone();
    let mut walk = Walk::new(scenario);
    let mut tell = |walk: &Walk<'_>, notes: &Notes| -> Result<(), E> {
        match observer.as_deref_mut() {
            Some(observer) => observer(Progress {
                steps: walk.steps(),
                notes,
                finished: matches!(walk.position(), Position::Ended(_)),
            }),
            None => Ok(()),
        }
    };
    // Given answers are replayed first and told once, as one change: a record continued
    // from thousands of answers is written once, not once per answer. The walk's first
    // state is told too, so that a record exists before the first question is asked.
    let mut untold = true;
    loop {
        let question = match walk.position() {
            Position::Ended(_) => break,
            Position::Question(q) => q,
        };
        if let Some(choice) = answers.take(question) {
            if !walk.answer(choice) {
                return Err(unavailable(scenario, &walk, question, choice).into());
            }
            untold = true;
            continue;
        }
        let Some(prompter) = prompter.as_deref_mut() else {
            return Err(WalkError::MissingAnswers(
                unanswered(scenario, &given)
                    .into_iter()
                    .map(|q| MissingAnswer {
                        question: scenario.questions[q].id.clone(),
                        choices: scenario.questions[q]
                            .choice_ids()
                            .map(str::to_owned)
                            .collect(),
                    })
                    .collect(),
            )
            .into());
        };
        if untold {
            tell(&walk, &notes)?;
            untold = false;
        }
        let available = walk.available(question);
        let action = prompter
            .ask(scenario, question, &available, walk.steps())
            .map_err(|stop| E::from(WalkError::Stopped(stop)))?;
        match action {
            Action::Choose(choice) => {
                walk.answer(choice);
            }
            Action::Back => {
                walk.back();
            }
            // An empty note clears the one kept, as the classroom server's does.
            Action::Note(text) if text.trim().is_empty() => {
                notes.remove(&question);
            }
            Action::Note(text) => {
                notes.insert(question, text);
            }
            Action::Quit => return Err(WalkError::Stopped(Stop::Quit).into()),
        }
        tell(&walk, &notes)?;
    }
    if untold {
        tell(&walk, &notes)?;
    }
    let unused = answers
        .questions()
        .filter_map(|q| {
            answers.get(q).map(|choice| Step {
                question: q,
                choice,
            })
        })
        .collect();
    let mut stance = walk
        .stance(unused)
        .unwrap_or_else(|| unreachable!("the loop ends only at an ending"));
    stance.notes = notes;
    Ok(stance)
}

/// A given answer that the walk cannot take where it stands.
fn unavailable(scenario: &Scenario, walk: &Walk<'_>, q: QuestionIx, choice: ChoiceIx) -> WalkError {
    let question = &scenario.questions[q];
    WalkError::Answers(vec![AnswerError::Unavailable {
        question: question.id.clone(),
        choice: question.choices[choice].id.clone(),
        offered: walk
            .available(q)
            .into_iter()
            .map(|c| question.choices[c].id.clone())
            .collect(),
    }])
}

/// The questions a walk with these answers may still reach without an answer, in author
/// order: following given answers, and every offered choice of an unanswered question.
pub fn unanswered(scenario: &Scenario, answers: &Answers) -> Vec<QuestionIx> {
    let explorer = Explorer::new(scenario);
    let mut seen: FxHashSet<State> = FxHashSet::default();
    let mut missing = vec![false; scenario.questions.len()];
    let mut stack = vec![explorer.start()];
    while let Some(state) = stack.pop() {
        let At::Question(q) = state.at else { continue };
        if !seen.insert(state.clone()) {
            continue;
        }
        let offered: Vec<ChoiceIx> = explorer.available(q, &state.answers).collect();
        // An answer that is not offered here stops the walk; `play` says why.
        let taken = if let Some(choice) = answers.get(q) {
            offered.into_iter().filter(|&c| c == choice).collect()
        } else {
            missing[q.index()] = true;
            offered
        };
        for choice in taken {
            stack.push(explorer.after(&state, q, choice));
        }
    }
    QuestionIx::all(missing.len())
        .filter(|&q| missing[q.index()])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Position, Walk, play, unanswered};
    use crate::check::analyser::built_in_scenario;
    use crate::scenario::index::{ChoiceIx, QuestionIx};
    use crate::walk::answers::Answers;
    use crate::walk::prompter::{Action, ScriptedPrompter};
    use crate::walk::stop::Stop;
    use crate::walk::walk_error::WalkError;

    #[test]
    fn answers_back_and_end() {
        let scenario = built_in_scenario();
        let mut walk = Walk::new(&scenario);
        assert_eq!(walk.position(), Position::Question(QuestionIx::new(0)));
        assert!(walk.answer(ChoiceIx::new(2))); // reunification skips nk_provocation
        assert_eq!(walk.position(), Position::Question(QuestionIx::new(2)));
        assert!(!walk.answer(ChoiceIx::new(9)));
        assert!(walk.back().is_some());
        assert_eq!(walk.position(), Position::Question(QuestionIx::new(0)));
        assert!(walk.stance(Vec::new()).is_none());
    }

    #[test]
    fn a_kept_walk_resumes_from_its_steps_only_when_they_fit() {
        let scenario = built_in_scenario();
        let mut walk = Walk::new(&scenario);
        assert!(walk.answer(ChoiceIx::new(2)));
        assert!(walk.answer(ChoiceIx::new(0)));
        let kept = serde_json::to_string(walk.steps()).expect("serialises");
        let steps: Vec<crate::walk::step::Step> = serde_json::from_str(&kept).expect("reads");
        let resumed = Walk::resume(&scenario, &steps).expect("fits");
        assert_eq!(resumed.position(), walk.position());
        let mut wrong = steps.clone();
        wrong[1].question = QuestionIx::new(1);
        assert!(
            Walk::resume(&scenario, &wrong).is_none(),
            "not where the walk stands"
        );
        wrong[1] = steps[1];
        wrong[1].choice = ChoiceIx::new(9);
        assert!(
            Walk::resume(&scenario, &wrong).is_none(),
            "not a choice offered"
        );
    }

    #[test]
    fn prompter_can_go_back_and_quit() {
        let scenario = built_in_scenario();
        let mut prompter = ScriptedPrompter::new([
            Action::Choose(ChoiceIx::new(0)),
            Action::Back,
            Action::Choose(ChoiceIx::new(2)),
            Action::Choose(ChoiceIx::new(1)),
            Action::Choose(ChoiceIx::new(1)),
        ]);
        let stance = play(&scenario, Answers::default(), Some(&mut prompter)).expect("ends");
        let ids: Vec<&str> = stance.recommendation_ids().collect();
        assert_eq!(ids[0], "readjust_goal");
        assert!(!ids.contains(&"keep_objective"), "back undid it: {ids:?}");

        let mut quitter = ScriptedPrompter::new([Action::Choose(ChoiceIx::new(0)), Action::Quit]);
        assert!(matches!(
            play(&scenario, Answers::default(), Some(&mut quitter)),
            Err(WalkError::Stopped(Stop::Quit))
        ));
    }

    #[test]
    fn lists_what_is_still_needed() {
        let scenario = built_in_scenario();
        let everything = unanswered(&scenario, &Answers::default());
        let (q, c) = (QuestionIx::new, ChoiceIx::new);
        assert_eq!(everything, vec![q(0), q(1), q(2), q(3)]);
        let reunified = Answers::from_pairs([(q(0), c(2))]);
        assert_eq!(unanswered(&scenario, &reunified), vec![q(2), q(3)]);
        let done = Answers::from_pairs([(q(0), c(2)), (q(2), c(0)), (q(3), c(1))]);
        assert!(unanswered(&scenario, &done).is_empty());
        assert!(matches!(
            play(&scenario, reunified, None),
            Err(WalkError::MissingAnswers(missing)) if missing.len() == 2
        ));
    }
}
