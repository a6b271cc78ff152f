//! One answered question, and the notes written along a walk.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::scenario::Scenario;
use crate::scenario::index::{ChoiceIx, QuestionIx};

/// One answered question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Step {
    /// The question.
    pub question: QuestionIx,
    /// The index of the choice taken.
    pub choice: ChoiceIx,
}

impl Step {
    /// The step as an answer is given, `QUESTION=CHOICE` by id.
    pub fn as_answer(self, scenario: &Scenario) -> String {
        let question = &scenario.questions[self.question];
        format!("{}={}", question.id, question.choices[self.choice].id)
    }
}

/// Notes a participant wrote, by question.
pub type Notes = BTreeMap<QuestionIx, String>;
