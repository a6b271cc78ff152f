//! Where the essay a scenario names in `source.file` is read from.

use std::collections::BTreeMap;
use std::fmt;

use crate::load::load_error::LoadError;
use crate::load::scenario_file::ScenarioFile;
use crate::text::phrase::Phrase;

/// Reads the essay a scenario names in `source.file`.
pub trait SourceFiles: fmt::Debug {
    /// The text of `path`, as `scenario` names it (relative to the scenario's folder), or
    /// why it cannot be read, in a sentence that names the file (worded when shown).
    fn read(&mut self, scenario: &ScenarioFile, path: &str) -> Result<String, Phrase>;
}

/// Source texts held in memory by the path scenarios name them with: the twin of the files
/// on disk, for tests.
#[derive(Debug, Default)]
pub struct MemorySources(pub BTreeMap<String, String>);

impl SourceFiles for MemorySources {
    fn read(&mut self, _scenario: &ScenarioFile, path: &str) -> Result<String, Phrase> {
        self.0.get(path).cloned().ok_or_else(|| {
            LoadError::Read {
                path: path.to_owned(),
                reason: "there is no such file".to_owned(),
            }
            .phrase()
        })
    }
}
