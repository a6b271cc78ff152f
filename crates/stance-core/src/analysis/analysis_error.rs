//! Why a scenario could not be analysed path by path.

use thiserror::Error;

use crate::walk::walk_error::WalkError;

/// An analysis refused, or a given walk that does not fit.
#[derive(Debug, Error)]
pub enum AnalysisError {
    /// More paths, answers or states than an analysis compares.
    #[error("the scenario is too large to analyse path by path: {reason}")]
    TooLarge { reason: String },
    /// More states than a walk table holds: the conditions multiply them.
    #[error(
        "the scenario's conditions make more than {limit} states, more than a walk table holds"
    )]
    TooManyStates { limit: usize },
    /// The walk the flips start from cannot be walked.
    #[error(transparent)]
    Walk(#[from] WalkError),
}
