//! The file a session records to: taken by one session at a time, written after each step.
//!
//! A record is replaced atomically at every save, so the lock cannot be on the record
//! itself (each save makes a new file). It is an advisory lock on a file beside it,
//! `.NAME.stance-lock`, held for the session and removed when the session ends; one left by
//! a session that was killed holds no lock and is taken over by the next.

use std::fs::{File, OpenOptions};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use stance_core::classroom::clock::{Clock, SystemClock};
use stance_core::classroom::record::Record;
use stance_core::classroom::record_store::RecordStore;
use stance_core::export::to_json;
use stance_core::text::phrase::Phrase;

use crate::cli::error::Error;
use crate::cli::output::{Output, Privacy, Sink};

/// A record file taken for this session.
#[derive(Debug)]
pub struct RecordFile {
    path: PathBuf,
    /// `None` when the record is not a regular file (`/dev/null`, a pipe), which no
    /// other session could lose.
    lock: Option<Lock>,
}

impl RecordFile {
    /// Takes the record at `path` for this session, or says that another session has it.
    pub fn take(path: &Path) -> Result<Self, Error> {
        if path == Path::new("-") {
            return Err(Error::Usage(Phrase::text("usage-record-not-stdout")));
        }
        Ok(Self {
            path: path.to_path_buf(),
            lock: Lock::take(path)?,
        })
    }

    /// The lock file beside the record, while this session holds it.
    pub fn lock_file(&self) -> Option<&Path> {
        self.lock.as_ref().map(|lock| lock.path.as_path())
    }

    /// Writes the record, stamping `updated`: private (0600) when new, as the file it
    /// replaces otherwise.
    pub fn save(&self, record: &mut Record) -> Result<(), Error> {
        record.updated = SystemClock.now();
        let mut sink = Sink::open(&Output::File(self.path.clone()), Privacy::Private)?;
        sink.write(&to_json(record))?;
        sink.finish()
    }
}

impl RecordStore for RecordFile {
    type Error = Error;

    fn save(&mut self, record: &mut Record) -> Result<(), Error> {
        RecordFile::save(self, record)
    }
}

/// An advisory lock on the file beside a record.
#[derive(Debug)]
struct Lock {
    file: File,
    path: PathBuf,
}

impl Lock {
    fn take(record: &Path) -> Result<Option<Self>, Error> {
        let shown = record.display().to_string();
        let Some(path) = lock_path(record) else {
            return Ok(None);
        };
        // A session that ends removes its lock file; one that opened it just before must
        // then take the lock on a file of that name again.
        for _ in 0..100 {
            let mut options = OpenOptions::new();
            options.read(true).write(true).create(true).truncate(false);
            // Not through a link someone planted where the lock goes, and not waiting on a
            // pipe put there: only a regular file of that name is a lock.
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options
                    .mode(0o600)
                    .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
            }
            let not_a_lock = || Error::Write {
                path: shown.clone(),
                reason: format!(
                    "`{}` beside it is not a lock file stance made; remove it",
                    path.display()
                ),
            };
            let file = options.open(&path).map_err(|e| {
                if e.raw_os_error() == Some(libc_eloop()) {
                    not_a_lock()
                } else {
                    Error::write(&shown, &e)
                }
            })?;
            if !file.metadata().is_ok_and(|m| m.is_file()) {
                return Err(not_a_lock());
            }
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Error::RecordInUse { path: shown });
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(Error::write(&shown, &e)),
            }
            if still_named(&file, &path) {
                return Ok(Some(Self { file, path }));
            }
        }
        Err(Error::RecordInUse { path: shown })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still held, so that no other session holds a lock on a file that
        // is no longer there; the lock goes with the handle.
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// `.NAME.stance-lock` beside the file `record` names (through links), or `None` when
/// that is not a regular file, or not one yet and in no folder.
fn lock_path(record: &Path) -> Option<PathBuf> {
    let real = match std::fs::metadata(record) {
        Ok(metadata) if metadata.is_file() => std::fs::canonicalize(record).ok()?,
        Err(e) if e.kind() == ErrorKind::NotFound => {
            let folder = match record.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent,
                _ => Path::new("."),
            };
            std::fs::canonicalize(folder)
                .ok()?
                .join(record.file_name()?)
        }
        // Not a regular file, or one that cannot be looked at: writing it will say why.
        Ok(_) | Err(_) => return None,
    };
    let name = real.file_name()?.to_string_lossy().into_owned();
    Some(real.with_file_name(format!(".{name}.stance-lock")))
}

/// The error a link gets when opened with `O_NOFOLLOW`.
#[cfg(unix)]
fn libc_eloop() -> i32 {
    libc::ELOOP
}

#[cfg(not(unix))]
fn libc_eloop() -> i32 {
    -1
}

/// Whether `path` still names the open `file`.
#[cfg(unix)]
fn still_named(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_named(_: &File, path: &Path) -> bool {
    path.exists()
}
