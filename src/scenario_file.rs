//! A scenario file's name and text, and checking it.

use std::io::Read;
use std::path::Path;

use crate::analyser::{self, Analysis};
use crate::document::Document;
use crate::error::Error;
use crate::source_text::SourceText;
use crate::yaml;

/// The text of a scenario and the name it is reported under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioFile {
    /// A path as given, `built-in:NAME` for an embedded scenario, or `-` for stdin.
    pub name: String,
    /// The YAML text, without a byte-order mark.
    pub text: String,
}

impl ScenarioFile {
    /// A scenario from memory.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        Self {
            name: name.into(),
            text,
        }
    }

    /// Reads a file, or standard input for `-`.
    pub fn read(path: &Path) -> Result<Self, Error> {
        let name = path.display().to_string();
        let bytes = if name == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::read("standard input", &e))?;
            bytes
        } else {
            std::fs::read(path).map_err(|e| Error::read(&name, &e))?
        };
        let text = String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
            path: name.clone(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        Ok(Self::new(name, text))
    }

    /// Parses and analyses the text, checking citations against `source` when given. Every
    /// unknown or repeated key is reported, and the rest of the file still analysed.
    pub fn check(&self, source: Option<&SourceText>) -> Analysis {
        let (document, mut diagnostics) = yaml::parse_recovering::<Document>(&self.text);
        let Some(document) = document else {
            return Analysis {
                scenario: None,
                diagnostics,
            };
        };
        let analysis = analyser::analyse(&document, source);
        let scenario = analysis.scenario.filter(|_| diagnostics.is_empty());
        diagnostics.extend(analysis.diagnostics);
        diagnostics.sort_by_key(|d| d.span);
        Analysis {
            scenario,
            diagnostics,
        }
    }
}
