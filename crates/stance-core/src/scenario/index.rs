//! Indices into a checked scenario's lists.

/// Index of a question in [`Scenario::questions`](crate::scenario::Scenario::questions).
pub type QuestionIx = usize;
/// Index of a recommendation in [`Scenario::recommendations`](crate::scenario::Scenario::recommendations).
pub type RecommendationIx = usize;
/// Index of an ending in [`Scenario::endings`](crate::scenario::Scenario::endings).
pub type EndingIx = usize;
