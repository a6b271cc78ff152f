//! Every complete walk of a scenario, one at a time, without holding them all.

use crate::scenario::Scenario;
use crate::scenario::index::ChoiceIx;
use crate::walk::stance::Stance;
use crate::walk::{Position, Walk};

/// The complete walks of a scenario, depth first, choices in author order. Memory grows
/// with the length of a walk, not with the number of walks.
#[derive(Debug)]
pub struct AllPaths<'s> {
    walk: Walk<'s>,
    /// Per answered question on the current walk: the choices offered and the next to try.
    frames: Vec<(Vec<ChoiceIx>, usize)>,
    /// Whether the walk should go forward (true) or back to the next alternative (false).
    forward: bool,
}

impl<'s> AllPaths<'s> {
    /// The walks of `scenario`.
    pub fn new(scenario: &'s Scenario) -> Self {
        Self {
            walk: Walk::new(scenario),
            frames: Vec::new(),
            forward: true,
        }
    }
}

impl<'s> Iterator for AllPaths<'s> {
    type Item = Stance<'s>;

    fn next(&mut self) -> Option<Stance<'s>> {
        loop {
            if self.forward {
                match self.walk.position() {
                    Position::Ended(_) => {
                        self.forward = false;
                        return self.walk.stance(Vec::new());
                    }
                    Position::Question(q) => {
                        let offered = self.walk.available(q);
                        // A question with nothing offered ends no walk; `check` reports it.
                        if let Some(&first) = offered.first() {
                            self.walk.answer(first);
                            self.frames.push((offered, 1));
                        } else {
                            self.forward = false;
                        }
                    }
                }
            } else {
                let (offered, next) = self.frames.last_mut()?;
                self.walk.back();
                if let Some(&choice) = offered.get(*next) {
                    *next += 1;
                    self.walk.answer(choice);
                    self.forward = true;
                } else {
                    self.frames.pop();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AllPaths;
    use crate::check::analyser::built_in_scenario;

    #[test]
    fn the_built_in_scenario_has_twenty_distinct_paths() {
        let scenario = built_in_scenario();
        let paths: Vec<Vec<(usize, usize)>> = AllPaths::new(&scenario)
            .map(|stance| {
                stance
                    .path
                    .iter()
                    .map(|s| (s.question.index(), s.choice.index()))
                    .collect()
            })
            .collect();
        assert_eq!(paths.len(), 20);
        let mut unique = paths.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 20);
        assert_eq!(
            paths[0],
            vec![(0, 0), (1, 0), (2, 0), (3, 0)],
            "author order first"
        );
    }
}
