//! Counting complete walks over the state graph, without enumerating them.

use std::fmt;

use num_bigint::BigUint;
use num_traits::{One, Zero};
use rustc_hash::FxHashMap;

use crate::scenario::Scenario;
use crate::scenario::explore::{At, Explorer, State};

/// Counts above 2 to this power are reported as "more than" rather than computed.
const MAX_BITS: u64 = 65_536;

/// How many complete walks a scenario has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathCount {
    /// Exactly this many.
    Exact(BigUint),
    /// More than 2^`MAX_BITS`.
    Beyond,
}

impl fmt::Display for PathCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Exact(n) => write!(f, "{n}"),
            Self::Beyond => write!(f, "more than 2^{MAX_BITS}"),
        }
    }
}

/// Counts the complete walks of `scenario`: each state's count is the sum of its
/// successors', an ending's is one. Iterative, so deep scenarios cannot overflow the stack.
pub fn count_paths(scenario: &Scenario) -> PathCount {
    let explorer = Explorer::new(scenario);
    let mut counts: FxHashMap<State, BigUint> = FxHashMap::default();
    let start = explorer.start();
    // (state, successors pushed yet?)
    let mut stack: Vec<(State, bool)> = vec![(start.clone(), false)];
    while let Some((state, expanded)) = stack.pop() {
        if counts.contains_key(&state) {
            continue;
        }
        let At::Question(q) = state.at else {
            counts.insert(state, BigUint::one());
            continue;
        };
        let successors: Vec<State> = explorer
            .available(q, &state.answers)
            .map(|c| explorer.after(&state, q, c))
            .collect();
        if expanded {
            let mut total = BigUint::zero();
            for successor in &successors {
                total += &counts[successor];
            }
            if total.bits() > MAX_BITS {
                return PathCount::Beyond;
            }
            counts.insert(state, total);
        } else {
            stack.push((state, true));
            for successor in successors {
                if !counts.contains_key(&successor) {
                    stack.push((successor, false));
                }
            }
        }
    }
    PathCount::Exact(counts.remove(&start).unwrap_or_default())
}

/// How many complete walks a scenario has, and how many answers they give in all: what
/// enumerating them costs. Both saturate at `u64::MAX`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Measure {
    /// Complete walks.
    pub paths: u64,
    /// Answers over all the walks.
    pub steps: u64,
}

/// Measures the walks of `scenario` over its states, without enumerating them: a state's
/// walks are its successors' walks, and each takes one more answer to get there. `None`
/// when the walks pass through more than `state_limit` states.
pub fn measure(scenario: &Scenario, state_limit: usize) -> Option<Measure> {
    let explorer = Explorer::new(scenario);
    let mut done: FxHashMap<State, Measure> = FxHashMap::default();
    let start = explorer.start();
    let mut stack: Vec<(State, bool)> = vec![(start.clone(), false)];
    while let Some((state, expanded)) = stack.pop() {
        if done.contains_key(&state) {
            continue;
        }
        if done.len() >= state_limit {
            return None;
        }
        let At::Question(q) = state.at else {
            done.insert(state, Measure { paths: 1, steps: 0 });
            continue;
        };
        let successors: Vec<State> = explorer
            .available(q, &state.answers)
            .map(|c| explorer.after(&state, q, c))
            .collect();
        if expanded {
            let mut total = Measure { paths: 0, steps: 0 };
            for successor in &successors {
                let after = done[successor];
                total.paths = total.paths.saturating_add(after.paths);
                total.steps = total
                    .steps
                    .saturating_add(after.steps)
                    .saturating_add(after.paths);
            }
            done.insert(state, total);
        } else {
            stack.push((state, true));
            for successor in successors {
                if !done.contains_key(&successor) {
                    stack.push((successor, false));
                }
            }
        }
    }
    done.remove(&start)
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use num_bigint::BigUint;

    use super::{PathCount, count_paths};
    use crate::check::analyser;
    use crate::check::analyser::built_in_scenario;
    use crate::load::document::Document;
    use crate::load::yaml;

    #[test]
    fn the_built_in_scenario_has_twenty() {
        assert_eq!(
            count_paths(&built_in_scenario()),
            PathCount::Exact(BigUint::from(20u8))
        );
    }

    /// A chain of `levels` questions with two choices each, both leading on: 2^levels walks.
    fn diamond(levels: usize) -> String {
        let mut text = String::from(
            "format: 1\nid: diamond\ntitle: D\nsource: {author: a, title: t}\nstart: q0\nquestions:\n",
        );
        for i in 0..levels {
            let next = if i + 1 == levels {
                "end".to_owned()
            } else {
                format!("q{}", i + 1)
            };
            let _ = write!(
                text,
                "  - id: q{i}\n    prompt: Q?\n    choices:\n      - {{id: a, label: A, next: {next}}}\n      - {{id: b, label: B, next: {next}}}\n"
            );
        }
        text.push_str("endings:\n  - id: end\n");
        text
    }

    #[test]
    fn measures_paths_and_their_steps() {
        let scenario = built_in_scenario();
        let measure = super::measure(&scenario, 1000).expect("small");
        // 16 walks of four answers and 4 of three (reunification skips a question).
        assert_eq!(
            measure,
            super::Measure {
                paths: 20,
                steps: 76
            }
        );
        let document: Document = yaml::parse(&diamond(200)).expect("parses");
        let scenario = analyser::analyse(document, None).scenario.expect("valid");
        let measure = super::measure(&scenario, 1000).expect("small");
        assert_eq!((measure.paths, measure.steps), (u64::MAX, u64::MAX));
        assert!(super::measure(&scenario, 10).is_none());
    }

    #[test]
    fn counts_far_beyond_u128_exactly() {
        let document: Document = yaml::parse(&diamond(200)).expect("parses");
        let scenario = analyser::analyse(document, None).scenario.expect("valid");
        let expected = BigUint::from(1u8) << 200u32;
        assert_eq!(count_paths(&scenario), PathCount::Exact(expected));
    }
}
