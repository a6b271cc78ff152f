//! A scenario file's name and text, read within the size limit.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::load::limits::{DEFAULT_MAX_BYTES, Limits};
use crate::load::load_error::LoadError;

/// Reads `reader` to its end, or fails as soon as it passes the limit. `size` is what the
/// file says it holds: a hint for the first allocation, never more than a default read.
fn read_capped(
    reader: impl Read,
    size: u64,
    name: &str,
    limits: Limits,
) -> Result<Vec<u8>, LoadError> {
    let max = limits.max_bytes;
    let hint = size.min(max).min(DEFAULT_MAX_BYTES);
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or_default());
    let shown = if name == "-" { "standard input" } else { name };
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::read(shown, &e))?;
    if bytes.len() as u64 > max {
        return Err(LoadError::TooLarge {
            path: name.to_owned(),
            max,
        });
    }
    Ok(bytes)
}

/// The text of a scenario and the name it is reported under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioFile {
    /// A path as given, `built-in:NAME` for an embedded scenario, or `-` for stdin.
    pub name: String,
    /// The YAML text, without a byte-order mark.
    pub text: String,
    /// The file it was read from; `None` for standard input and memory.
    pub path: Option<PathBuf>,
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
            path: None,
        }
    }

    /// Reads a file, or standard input for `-`, refusing one larger than the limit before
    /// reading it (stdin, or a pipe: as soon as it grows past it).
    pub fn read(path: &Path, limits: Limits) -> Result<Self, LoadError> {
        let name = path.display().to_string();
        if name == "-" {
            let bytes = read_capped(std::io::stdin(), 0, &name, limits)?;
            return Self::from_bytes(name, bytes);
        }
        let file = std::fs::File::open(path).map_err(|e| LoadError::read(&name, &e))?;
        Self::from_file(file, name, limits).map(|read| read.at(path))
    }

    /// The same file, known to have been read from `path`.
    fn at(mut self, path: &Path) -> Self {
        self.path = Some(path.to_path_buf());
        self
    }

    /// Reads a file found in a scenario folder, shown as `shown`: only a regular file at
    /// `path`. It is opened without waiting and without following a link, so that neither a
    /// pipe nor a link put in its place since the folder was walked can make stance hang or
    /// read elsewhere.
    pub fn read_regular(path: &Path, shown: &Path, limits: Limits) -> Result<Self, LoadError> {
        let name = shown.display().to_string();
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(
            &mut options,
            libc::O_NONBLOCK | libc::O_NOFOLLOW,
        );
        let file = options.open(path).map_err(|e| LoadError::read(&name, &e))?;
        let metadata = file.metadata().map_err(|e| LoadError::read(&name, &e))?;
        if !metadata.is_file() {
            return Err(LoadError::Read {
                path: name,
                reason: "it is not a regular file".to_owned(),
            });
        }
        Self::from_file(file, name, limits).map(|read| read.at(shown))
    }

    /// Reads an open file within the limit, refused before reading when it says it is
    /// larger.
    fn from_file(file: std::fs::File, name: String, limits: Limits) -> Result<Self, LoadError> {
        let max = limits.max_bytes;
        let size = file
            .metadata()
            .map_err(|e| LoadError::read(&name, &e))?
            .len();
        if size > max {
            return Err(LoadError::TooLarge { path: name, max });
        }
        let bytes = read_capped(file, size, &name, limits)?;
        Self::from_bytes(name, bytes)
    }

    /// The text of `bytes`, which must be UTF-8.
    fn from_bytes(name: String, bytes: Vec<u8>) -> Result<Self, LoadError> {
        let text = String::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
            path: name.clone(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        Ok(Self::new(name, text))
    }
}
