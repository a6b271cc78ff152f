//! Conditions over earlier answers, checked: question and choice indices.

use crate::scenario::index::{ChoiceIx, QuestionIx};

/// A condition over the answers given so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The question was answered with one of these choices.
    Answer {
        /// The question.
        question: QuestionIx,
        /// Choice indices; any will do.
        choices: Vec<ChoiceIx>,
    },
    /// Every condition holds (also the meaning of several keys in one mapping).
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
}

impl Condition {
    /// Whether the condition holds, given the choice taken at each question (if any).
    /// An unanswered question matches no choice.
    pub fn holds(&self, answer: &impl Fn(QuestionIx) -> Option<ChoiceIx>) -> bool {
        match self {
            Self::Answer { question, choices } => {
                answer(*question).is_some_and(|c| choices.contains(&c))
            }
            Self::All(all) => all.iter().all(|c| c.holds(answer)),
            Self::Any(any) => any.iter().any(|c| c.holds(answer)),
            Self::Not(inner) => !inner.holds(answer),
        }
    }

    /// Adds the questions this condition reads to `out`, without repeats.
    pub fn questions(&self, out: &mut Vec<QuestionIx>) {
        match self {
            Self::Answer { question, .. } => {
                if !out.contains(question) {
                    out.push(*question);
                }
            }
            Self::All(items) | Self::Any(items) => {
                for item in items {
                    item.questions(out);
                }
            }
            Self::Not(inner) => inner.questions(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Condition;
    use crate::scenario::index::{ChoiceIx, QuestionIx};

    #[test]
    fn evaluation() {
        let (q, c) = (QuestionIx::new, ChoiceIx::new);
        let a = Condition::Answer {
            question: q(0),
            choices: vec![c(1), c(2)],
        };
        let b = Condition::Answer {
            question: q(1),
            choices: vec![c(0)],
        };
        let answers = |question: QuestionIx| [Some(c(2)), None][question.index()];
        assert!(a.holds(&answers));
        assert!(!b.holds(&answers), "unanswered matches nothing");
        assert!(Condition::Any(vec![a.clone(), b.clone()]).holds(&answers));
        assert!(!Condition::All(vec![a.clone(), b.clone()]).holds(&answers));
        assert!(Condition::Not(Box::new(b.clone())).holds(&answers));
        let mut read = Vec::new();
        Condition::All(vec![a, b.clone(), b]).questions(&mut read);
        assert_eq!(read, vec![q(0), q(1)]);
    }
}
