//! A scenario file's name and text, and checking it.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::analyser::{self, Analysis};
use crate::error::Error;
use crate::source_text::SourceText;
use crate::split;

/// The default largest input file: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The largest input file read, set once from `--max-bytes` at start-up.
static MAX_BYTES: AtomicU64 = AtomicU64::new(DEFAULT_MAX_BYTES);

/// Sets the largest input file `read` accepts.
pub fn set_max_bytes(bytes: u64) {
    MAX_BYTES.store(bytes, Ordering::Relaxed);
}

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

    /// Reads a file, or standard input for `-`, refusing one larger than `--max-bytes`
    /// before reading it (stdin: as soon as it grows past it).
    pub fn read(path: &Path) -> Result<Self, Error> {
        let name = path.display().to_string();
        let max = MAX_BYTES.load(Ordering::Relaxed);
        let too_large = || Error::TooLarge {
            path: name.clone(),
            max,
        };
        let bytes = if name == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(max.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| Error::read("standard input", &e))?;
            bytes
        } else {
            let file = std::fs::File::open(path).map_err(|e| Error::read(&name, &e))?;
            let size = file.metadata().map_err(|e| Error::read(&name, &e))?.len();
            if size > max {
                return Err(too_large());
            }
            // The size a file claims is only a hint: never allocate more from it than a
            // default read may hold.
            let hint = size.min(DEFAULT_MAX_BYTES);
            let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or_default());
            file.take(max.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| Error::read(&name, &e))?;
            bytes
        };
        if bytes.len() as u64 > max {
            return Err(too_large());
        }
        let text = String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
            path: name.clone(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        Ok(Self::new(name, text))
    }

    /// Parses and analyses the text, checking citations against `source` when given. Every
    /// unknown or repeated key is reported, and the rest of the file still analysed.
    pub fn check(&self, source: Option<&SourceText>) -> Analysis {
        let (document, mut diagnostics) = split::parse_document(&self.text);
        let Some(document) = document else {
            return Analysis {
                scenario: None,
                diagnostics,
            };
        };
        let analysis = analyser::analyse(document, source);
        let scenario = analysis.scenario.filter(|_| diagnostics.is_empty());
        diagnostics.extend(analysis.diagnostics);
        diagnostics.sort_by_key(|d| d.span);
        Analysis {
            scenario,
            diagnostics,
        }
    }
}
