//! Writing results: to stdout, or atomically to a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::color::Target;
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
    pub fn target(&self) -> Target {
        match self {
            Self::Stdout => Target::Stdout,
            Self::File(_) => Target::File,
        }
    }

    /// Writes `content`. A file is written to a temporary file in the same folder and then
    /// renamed over the target, so readers never see half a file and an error leaves the
    /// old file untouched. A closed stdout (`| head`) is not an error.
    pub fn write(&self, content: &str) -> Result<(), Error> {
        match self {
            Self::Stdout => {
                let mut stdout = std::io::stdout().lock();
                match stdout
                    .write_all(content.as_bytes())
                    .and_then(|()| stdout.flush())
                {
                    Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                        Err(Error::write("standard output", &e))
                    }
                    _ => Ok(()),
                }
            }
            Self::File(path) => write_atomic(path, content.as_bytes()),
        }
    }
}

/// Replaces `path` with `bytes` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let shown = path.display();
    // Writing through a symbolic link replaces what it points to, not the link.
    let target = match path.symlink_metadata() {
        Ok(metadata) if metadata.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    };
    let path = target.as_path();
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".stance-")
        .tempfile_in(folder)
        .map_err(|e| Error::write(&shown, &e))?;
    // A temporary file is private (0600); the result should not be.
    if let Some(permissions) = permissions_for(path) {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(|e| Error::write(&shown, &e))?;
    }
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| Error::write(&shown, &e))?;
    temp.persist(path)
        .map_err(|e| Error::write(&shown, &e.error))?;
    Ok(())
}

/// The target's permissions, or the usual ones (0644) for a new file.
#[cfg(unix)]
#[allow(
    clippy::unnecessary_wraps,
    reason = "the other platforms' twin may have none"
)]
fn permissions_for(path: &Path) -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::metadata(path).map_or_else(
        |_| std::fs::Permissions::from_mode(0o644),
        |metadata| metadata.permissions(),
    ))
}

/// The target's permissions; a new file keeps the platform's default.
#[cfg(not(unix))]
fn permissions_for(path: &Path) -> Option<std::fs::Permissions> {
    std::fs::metadata(path)
        .ok()
        .map(|metadata| metadata.permissions())
}
