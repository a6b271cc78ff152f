//! Writing results: to stdout, or atomically to a file.

use std::io::{BufWriter, ErrorKind, Stdout, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::color;
use crate::error::Error;

/// Where a command's result goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// Standard output (no `--output`, or `--output -`).
    Stdout,
    /// A file, replaced atomically.
    File(PathBuf),
}

impl Output {
    /// From `--output`: absent or `-` means stdout.
    pub fn new(path: Option<&Path>) -> Self {
        match path {
            Some(path) if path != Path::new("-") => Self::File(path.to_path_buf()),
            _ => Self::Stdout,
        }
    }

    /// Which colour target this output is.
    pub fn target(&self) -> color::Target {
        match self {
            Self::Stdout => color::Target::Stdout,
            Self::File(_) => color::Target::File,
        }
    }

    /// Writes `content` whole; see [`Sink`].
    pub fn write(&self, content: &str) -> Result<(), Error> {
        let mut sink = Sink::open(self)?;
        sink.write(content)?;
        sink.finish()
    }
}

/// Output written piece by piece. A file is written to a temporary file in the same folder
/// and renamed over the target by [`Sink::finish`], so readers never see half a file and an
/// error leaves the old file untouched. A closed stdout (`| head`) is not an error: writes
/// report it so that the caller can stop.
#[derive(Debug)]
pub struct Sink {
    target: Target,
    /// Set once the reader of stdout has gone.
    closed: bool,
}

#[derive(Debug)]
enum Target {
    Stdout(BufWriter<Stdout>),
    File {
        temp: BufWriter<NamedTempFile>,
        path: PathBuf,
    },
}

impl Sink {
    /// Opens the output for writing.
    pub fn open(output: &Output) -> Result<Self, Error> {
        let target = match output {
            Output::Stdout => Target::Stdout(BufWriter::new(std::io::stdout())),
            Output::File(path) => {
                let path = resolve_link(path);
                let temp = temp_beside(&path)?;
                Target::File {
                    temp: BufWriter::new(temp),
                    path,
                }
            }
        };
        Ok(Self {
            target,
            closed: false,
        })
    }

    /// Writes `text`; `Ok(false)` once stdout's reader has gone.
    pub fn write(&mut self, text: &str) -> Result<bool, Error> {
        if self.closed {
            return Ok(false);
        }
        match &mut self.target {
            Target::Stdout(out) => match out.write_all(text.as_bytes()) {
                Ok(()) => Ok(true),
                Err(e) if e.kind() == ErrorKind::BrokenPipe => {
                    self.closed = true;
                    Ok(false)
                }
                Err(e) => Err(Error::write("standard output", &e)),
            },
            Target::File { temp, path } => temp
                .write_all(text.as_bytes())
                .map(|()| true)
                .map_err(|e| Error::write(path.display(), &e)),
        }
    }

    /// Flushes stdout, or puts the file in place.
    pub fn finish(self) -> Result<(), Error> {
        match self.target {
            Target::Stdout(mut out) => match out.flush() {
                Err(e) if e.kind() != ErrorKind::BrokenPipe && !self.closed => {
                    Err(Error::write("standard output", &e))
                }
                _ => Ok(()),
            },
            Target::File { temp, path } => {
                let shown = path.display();
                let temp = temp
                    .into_inner()
                    .map_err(|e| Error::write(&shown, e.error()))?;
                temp.as_file()
                    .sync_all()
                    .map_err(|e| Error::write(&shown, &e))?;
                temp.persist(&path)
                    .map_err(|e| Error::write(&shown, &e.error))?;
                Ok(())
            }
        }
    }
}

/// Writing through a symbolic link replaces what it points to, not the link.
fn resolve_link(path: &Path) -> PathBuf {
    match path.symlink_metadata() {
        Ok(metadata) if metadata.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// A temporary file in the target's folder, with the permissions the target will need.
fn temp_beside(path: &Path) -> Result<NamedTempFile, Error> {
    let shown = path.display();
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(".stance-")
        .tempfile_in(folder)
        .map_err(|e| Error::write(&shown, &e))?;
    // A temporary file is private (0600); the result should not be.
    if let Some(permissions) = permissions_for(path) {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|e| Error::write(&shown, &e))?;
    }
    Ok(temp)
}

/// The target's permissions, or the usual ones (0644) for a new file.
#[cfg(unix)]
#[allow(
    clippy::unnecessary_wraps,
    reason = "the other platforms' twin may have none"
)]
pub fn permissions_for(path: &Path) -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::metadata(path).map_or_else(
        |_| std::fs::Permissions::from_mode(0o644),
        |metadata| metadata.permissions(),
    ))
}

/// The target's permissions; a new file keeps the platform's default.
#[cfg(not(unix))]
pub fn permissions_for(path: &Path) -> Option<std::fs::Permissions> {
    std::fs::metadata(path)
        .ok()
        .map(|metadata| metadata.permissions())
}
