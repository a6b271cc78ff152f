//! Indices into a checked scenario's lists, one type for each list, so that a question's
//! index can never be used for a choice or an ending.

use std::ops::Index;

use serde::{Deserialize, Serialize};

use crate::scenario::{Choice, Ending, Question, Recommendation};

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident indexes $item:ty) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(usize);

        impl $name {
            /// The index at `position` in its list.
            pub const fn new(position: usize) -> Self {
                Self(position)
            }

            /// The position in its list.
            pub const fn index(self) -> usize {
                self.0
            }

            /// Every index of a list of `len` items, in order.
            pub fn all(len: usize) -> impl DoubleEndedIterator<Item = Self> + ExactSizeIterator {
                (0..len).map(Self)
            }
        }

        impl Index<$name> for Vec<$item> {
            type Output = $item;

            fn index(&self, index: $name) -> &$item {
                &self[index.0]
            }
        }

        impl Index<$name> for [$item] {
            type Output = $item;

            fn index(&self, index: $name) -> &$item {
                &self[index.0]
            }
        }
    };
}

index_type!(
    /// Index of a question in [`Scenario::questions`](crate::scenario::Scenario::questions).
    QuestionIx indexes Question
);
index_type!(
    /// Index of a choice in [`Question::choices`].
    ChoiceIx indexes Choice
);
index_type!(
    /// Index of a recommendation in
    /// [`Scenario::recommendations`](crate::scenario::Scenario::recommendations).
    RecommendationIx indexes Recommendation
);
index_type!(
    /// Index of an ending in [`Scenario::endings`](crate::scenario::Scenario::endings).
    EndingIx indexes Ending
);
