//! Why a record cannot be used.

use thiserror::Error;

use crate::load::load_error::LoadError;

/// A record that could not be read, is not a stance record, or no longer fits its scenario.
#[derive(Debug, Error)]
pub enum RecordError {
    /// The file could not be read.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// Not a stance record, or one edited out of shape.
    #[error("`{path}` is not a stance record: {reason}")]
    Bad { path: String, reason: String },
    /// A record of another scenario than the one it is set against.
    #[error("the record `{path}` was made with scenario `{found}`, not `{expected}`")]
    OtherScenario {
        path: String,
        found: String,
        expected: String,
    },
    /// A record whose answers no longer fit its scenario.
    #[error("the record `{path}` no longer fits the scenario: {reason}")]
    Stale { path: String, reason: String },
}
