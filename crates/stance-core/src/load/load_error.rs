//! Why a scenario, or any other file, could not be loaded.

use std::fmt;

use thiserror::Error;

use crate::text::suggest;

/// A file that could not be read, or a scenario that could not be found.
#[derive(Debug, Error)]
pub enum LoadError {
    /// A file could not be read.
    #[error("cannot read `{path}`: {reason}")]
    Read { path: String, reason: String },
    /// A file is not UTF-8.
    #[error("`{path}` is not valid UTF-8: bad byte at offset {offset}")]
    NotUtf8 { path: String, offset: usize },
    /// A file is larger than the limit.
    #[error("`{path}` is larger than {max} bytes, the most stance reads")]
    TooLarge { path: String, max: u64 },
    /// No scenario has the id given.
    #[error("no scenario has the id `{name}`")]
    UnknownScenario { name: String, known: Vec<String> },
    /// Several scenario files share the id given.
    #[error("several scenarios have the id `{name}`: {}", suggest::list(files.iter().map(String::as_str)))]
    AmbiguousScenario { name: String, files: Vec<String> },
}

impl LoadError {
    /// Builds a read error from an I/O error.
    pub fn read(path: impl fmt::Display, error: &std::io::Error) -> Self {
        Self::Read {
            path: path.to_string(),
            reason: io_reason(error),
        }
    }
}

/// An I/O error as a reason in a message: the OS text reads "No such file or directory (os
/// error 2)", shown as "no such file or directory".
pub fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}
