//! Writing results: to stdout, or to a file the person named, without ever losing what was
//! there.
//!
//! A regular file (or a link to one) is replaced atomically: a temporary file in the same
//! folder, flushed to disk, then renamed over it, keeping its mode and owner. Anything else a
//! path can name (a pipe, a terminal, `/dev/null`, this process's own standard output or
//! error) is written in place, since replacing it would destroy it. A link to nothing, a
//! folder and a disk are refused.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{BufWriter, ErrorKind, Stderr, Stdout, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use stance_core::text::phrase::Phrase;
use tempfile::NamedTempFile;

use crate::cli::color;
use crate::cli::error::Error;

/// Where a command's result goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// Standard output (no `--output`, or `--output -`).
    Stdout,
    /// A file, written as the module says.
    File(PathBuf),
}

/// Who may read a file stance creates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Privacy {
    /// Whoever the umask lets: mode 0666 less the umask.
    Shared,
    /// Its owner only (0600), whatever the umask: records hold names and notes.
    Private,
}

/// How old a temporary file of stance's naming must be before a later write removes it:
/// older than any write in progress could leave one.
const STALE_AFTER: Duration = Duration::from_secs(60);

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
        let mut sink = Sink::open(self, Privacy::Shared)?;
        sink.write(content)?;
        sink.finish()
    }
}

/// Output written piece by piece. A regular file is written to a temporary file in the same
/// folder and renamed over the target by [`Sink::finish`], so readers never see half a file
/// and an error leaves the old file untouched. A closed stdout (`| head`) is not an error:
/// writes report it so that the caller can stop.
#[derive(Debug)]
pub struct Sink {
    target: Target,
    /// Set once the reader of stdout has gone.
    closed: bool,
}

#[derive(Debug)]
enum Target {
    Stdout(BufWriter<Stdout>),
    /// This process's standard error, written through its own handle (so that `2>> log`
    /// appends).
    Stderr(BufWriter<Stderr>),
    /// Not a regular file: written where it is.
    InPlace {
        file: BufWriter<File>,
        path: PathBuf,
    },
    /// A regular file, new or replaced.
    Replace {
        temp: BufWriter<NamedTempFile>,
        /// The path as given, for messages.
        shown: PathBuf,
        /// Where the file is, through any link.
        path: PathBuf,
        /// The file replaced, whose mode and owner the new one keeps.
        replaced: Option<Box<Metadata>>,
    },
}

/// How a path is written.
enum Place {
    /// It is this process's standard output.
    Stdout,
    /// It is this process's standard error.
    Stderr,
    /// Not a regular file: a pipe, a terminal, a device; written in place.
    Special,
    /// A regular file at this (link-free) path, new or replaced.
    Replace(PathBuf, Option<Box<Metadata>>),
}

impl Sink {
    /// Opens the output for writing; a new file gets the mode `privacy` says.
    pub fn open(output: &Output, privacy: Privacy) -> Result<Self, Error> {
        let target = match output {
            Output::Stdout => Target::Stdout(BufWriter::new(std::io::stdout())),
            Output::File(path) => match place(path)? {
                Place::Stdout => Target::Stdout(BufWriter::new(std::io::stdout())),
                Place::Stderr => Target::Stderr(BufWriter::new(std::io::stderr())),
                Place::Special => {
                    let file = OpenOptions::new()
                        .write(true)
                        .open(path)
                        .map_err(|e| Error::write(path.display(), &e))?;
                    Target::InPlace {
                        file: BufWriter::new(file),
                        path: path.clone(),
                    }
                }
                Place::Replace(real, replaced) => {
                    let temp = temp_beside(&real, path, privacy, replaced.is_some())?;
                    Target::Replace {
                        temp: BufWriter::new(temp),
                        shown: path.clone(),
                        path: real,
                        replaced,
                    }
                }
            },
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
            Target::Stderr(out) => out
                .write_all(text.as_bytes())
                .map(|()| true)
                .map_err(|e| Error::write("standard error", &e)),
            Target::InPlace { file, path } => file
                .write_all(text.as_bytes())
                .map(|()| true)
                .map_err(|e| Error::write(path.display(), &e)),
            Target::Replace { temp, shown, .. } => temp
                .write_all(text.as_bytes())
                .map(|()| true)
                .map_err(|e| Error::write(shown.display(), &e)),
        }
    }

    /// Flushes stdout or the file written in place, or puts the new file in place.
    pub fn finish(self) -> Result<(), Error> {
        match self.target {
            Target::Stdout(mut out) => match out.flush() {
                Err(e) if e.kind() != ErrorKind::BrokenPipe && !self.closed => {
                    Err(Error::write("standard output", &e))
                }
                _ => Ok(()),
            },
            Target::Stderr(mut out) => out.flush().map_err(|e| Error::write("standard error", &e)),
            Target::InPlace { mut file, path } => {
                file.flush().map_err(|e| Error::write(path.display(), &e))
            }
            Target::Replace {
                temp,
                shown,
                path,
                replaced,
            } => {
                let shown = shown.display();
                let temp = temp
                    .into_inner()
                    .map_err(|e| Error::write(&shown, e.error()))?;
                if let Some(replaced) = &replaced {
                    keep_mode_and_owner(temp.as_file(), replaced)
                        .map_err(|e| Error::write(&shown, &e))?;
                }
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

/// How `path` is to be written, following a link to what it names.
fn place(path: &Path) -> Result<Place, Error> {
    let shown = path.display();
    let metadata = match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Ok(Place::Replace(path.to_path_buf(), None));
        }
        Err(e) => return Err(Error::write(&shown, &e)),
        Ok(link) if link.file_type().is_symlink() => match std::fs::metadata(path) {
            Ok(target) => target,
            Err(e) if e.kind() == ErrorKind::NotFound => {
                let to = std::fs::read_link(path)
                    .map(|t| t.display().to_string())
                    .unwrap_or_default();
                return Err(Error::Write {
                    path: shown.to_string(),
                    reason: format!(
                        "it is a link to `{to}`, which does not exist; stance writes through a link but does not create what it names"
                    ),
                });
            }
            Err(e) => return Err(Error::write(&shown, &e)),
        },
        Ok(metadata) => metadata,
    };
    if is_stdout(&metadata) {
        return Ok(Place::Stdout);
    }
    if metadata.is_dir() {
        return Err(Error::Write {
            path: shown.to_string(),
            reason: "it is a folder".to_owned(),
        });
    }
    if is_block_device(&metadata) {
        return Err(Error::Write {
            path: shown.to_string(),
            reason: "it is a disk (a block device); stance does not write to one".to_owned(),
        });
    }
    if is_stderr(&metadata) {
        return Ok(Place::Stderr);
    }
    if metadata.is_file() {
        // A file its owner made read-only is not replaced behind their back: the folder may
        // allow a rename, but the file does not allow writing, as the shell's `>` would say.
        OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| Error::write(&shown, &e))?;
        // Through any link: the file it names is replaced, the link stays.
        let real = std::fs::canonicalize(path).map_err(|e| Error::write(&shown, &e))?;
        return Ok(Place::Replace(real, Some(Box::new(metadata))));
    }
    Ok(Place::Special)
}

/// A temporary file in the folder of `path` (shown in messages as `shown`), named
/// `.stance-tmp-XXXXXX.tmp`. It is private (0600) when it will replace a file (which lends it
/// its mode when done) or holds a record; otherwise it gets the new file's mode, 0666 less the
/// umask, from the start. Temporary files of that naming an interrupted run left in the folder
/// are removed.
fn temp_beside(
    path: &Path,
    shown_path: &Path,
    privacy: Privacy,
    replacing: bool,
) -> Result<NamedTempFile, Error> {
    let shown = shown_path.display();
    let folder = folder_of(path);
    if let Some(error) = missing_folder(shown_path) {
        return Err(error);
    }
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(6);
    let shared = privacy == Privacy::Shared && !replacing;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if shared { 0o666 } else { 0o600 };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let temp = builder
        .tempfile_in(folder)
        .map_err(|e| Error::write(&shown, &e))?;
    clean_stale(folder, temp.path());
    Ok(temp)
}

/// The folder a file is written in: its parent, or the current folder.
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// The error for a file to be written in a folder that does not exist, if it does not:
/// said plainly, with the folder named, rather than as "no such file or directory".
pub fn missing_folder(path: &Path) -> Option<Error> {
    if path == Path::new("-") {
        return None;
    }
    let folder = folder_of(path);
    // A path through a file, or one that cannot be looked at, is left to the write itself.
    match std::fs::metadata(folder) {
        Err(e) if e.kind() == ErrorKind::NotFound => Some(Error::MissingFolder {
            path: path.display().to_string(),
            folder: folder.display().to_string(),
        }),
        _ => None,
    }
}

/// A new file for `stance new`, created in `path`'s folder like any temporary file and
/// then given its name only if nothing has appeared there meanwhile.
pub fn temp_for_new(path: &Path) -> Result<NamedTempFile, Error> {
    temp_beside(path, path, Privacy::Shared, false)
}

/// The start of every temporary file's name.
const TEMP_PREFIX: &str = ".stance-tmp-";
/// The end of it.
const TEMP_SUFFIX: &str = ".tmp";

/// Whether `name` is one stance gives its temporary files: `.stance-tmp-`, six letters or
/// digits, and `.tmp`. Nothing looser: the files a person names `.stance-config` or
/// `.stance-backup.tmp` are theirs.
fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == 6 && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Removes the temporary files an interrupted stance left in `folder`: only regular files
/// of stance's naming, owned by whoever owns `ours` (the one just made), unchanged for a
/// minute. Failing to remove one is not an error.
fn clean_stale(folder: &Path, ours: &Path) {
    let Ok(own) = std::fs::metadata(ours) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let path = entry.path();
        if path == ours || !name.to_str().is_some_and(is_temp_name) {
            continue;
        }
        let Ok(metadata) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let stale = metadata
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if metadata.file_type().is_file() && same_owner(&metadata, &own) && stale {
            let _ = std::fs::remove_file(&path);
        }
    }
}

#[cfg(unix)]
fn same_owner(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.uid() == b.uid()
}

#[cfg(not(unix))]
fn same_owner(_: &Metadata, _: &Metadata) -> bool {
    true
}

/// Gives the new file the replaced one's mode and, where allowed, its owner and group.
#[cfg(unix)]
fn keep_mode_and_owner(file: &File, replaced: &Metadata) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    file.set_permissions(replaced.permissions())?;
    // Only the superuser may give a file away; anyone else's file becomes theirs, as it
    // would with any editor that saves atomically.
    match std::os::unix::fs::fchown(file, Some(replaced.uid()), Some(replaced.gid())) {
        Err(e) if e.kind() == ErrorKind::PermissionDenied => Ok(()),
        other => other,
    }
}

#[cfg(not(unix))]
fn keep_mode_and_owner(file: &File, replaced: &Metadata) -> std::io::Result<()> {
    file.set_permissions(replaced.permissions())
}

/// Whether `metadata` is of the file this process's standard output writes to.
fn is_stdout(metadata: &Metadata) -> bool {
    same_as_stream(metadata, &std::io::stdout())
}

/// Whether `metadata` is of the file this process's standard error writes to.
fn is_stderr(metadata: &Metadata) -> bool {
    same_as_stream(metadata, &std::io::stderr())
}

#[cfg(unix)]
fn same_as_stream(metadata: &Metadata, stream: &impl std::os::fd::AsFd) -> bool {
    use std::os::unix::fs::MetadataExt;
    stream_metadata(stream)
        .is_ok_and(|own| own.dev() == metadata.dev() && own.ino() == metadata.ino())
}

#[cfg(not(unix))]
fn same_as_stream<T>(_: &Metadata, _: &T) -> bool {
    false
}

/// What one of this process's standard streams is open on.
#[cfg(unix)]
fn stream_metadata(stream: &impl std::os::fd::AsFd) -> Result<Metadata, ()> {
    let fd = stream.as_fd().try_clone_to_owned().map_err(|_| ())?;
    File::from(fd).metadata().map_err(|_| ())
}

#[cfg(not(unix))]
fn stream_metadata<T>(_: &T) -> Result<Metadata, ()> {
    Err(())
}

#[cfg(unix)]
fn is_block_device(metadata: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    metadata.file_type().is_block_device()
}

#[cfg(not(unix))]
fn is_block_device(_: &Metadata) -> bool {
    false
}

/// A file a command reads or writes, named for messages.
#[derive(Clone, Copy, Debug)]
pub struct Role<'a> {
    /// What it is, in words: "the output", "the record", "the scenario".
    pub what: &'a str,
    /// Its path as given.
    pub path: &'a Path,
}

/// Refuses a command whose outputs would overwrite one of its inputs or each other: `play
/// --record r.json --output r.json`, or a record written over its own scenario. Files are
/// compared by device and inode (through links), and a file yet to be made by its folder
/// and name; only regular files can be clobbered.
pub fn refuse_clobbering(outputs: &[Role<'_>], inputs: &[Role<'_>]) -> Result<(), Error> {
    // A missing folder is said before any work is done, not after a walk's last answer.
    if let Some(error) = outputs.iter().find_map(|role| missing_folder(role.path)) {
        return Err(error);
    }
    let known: Vec<(Role<'_>, Option<Identity>)> = inputs
        .iter()
        .chain(outputs)
        .map(|role| (*role, identity(role.path)))
        .collect();
    for (i, (output, id)) in known.iter().enumerate().skip(inputs.len()) {
        let Some(id) = id else { continue };
        let earlier = known[..i]
            .iter()
            .position(|(_, other)| other.as_ref() == Some(id));
        if let Some(j) = earlier {
            let other = known[j].0;
            let (out, them) = (output.path.display(), other.path.display());
            // The roles are named in English where they are made.
            return Err(Error::Usage(Phrase::verbatim(if j < inputs.len() {
                format!(
                    "{} `{out}` is the same file as {} `{them}`: writing it would destroy {1}; choose another file",
                    output.what, other.what
                )
            } else {
                format!(
                    "{} `{them}` and {} `{out}` are the same file: each would overwrite the other; choose another file for one of them",
                    other.what, output.what
                )
            })));
        }
    }
    Ok(())
}

/// What makes two paths the same regular file.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Identity {
    /// An existing file, by device and inode (or its real path, off Unix).
    Existing(u64, u64, PathBuf),
    /// A file not made yet: its real folder and its name.
    New(PathBuf),
}

fn identity(path: &Path) -> Option<Identity> {
    let metadata = if path == Path::new("-") {
        // Standard input, read from a file the output could name (`/dev/stdin`).
        stream_metadata(&std::io::stdin())
    } else {
        std::fs::metadata(path).map_err(|_| ())
    };
    match metadata {
        Ok(metadata) if metadata.is_file() => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                Some(Identity::Existing(
                    metadata.dev(),
                    metadata.ino(),
                    PathBuf::new(),
                ))
            }
            #[cfg(not(unix))]
            {
                std::fs::canonicalize(path)
                    .ok()
                    .map(|real| Identity::Existing(0, 0, real))
            }
        }
        Ok(_) => None,
        Err(()) if path == Path::new("-") => None,
        Err(()) => {
            let folder = match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent,
                _ => Path::new("."),
            };
            let real = std::fs::canonicalize(folder).ok()?;
            Some(Identity::New(real.join(path.file_name()?)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_temp_name;

    #[test]
    fn temporary_names() {
        for (name, ours) in [
            (".stance-tmp-a1B2c3.tmp", true),
            (".stance-tmp-a1B2c3", false),
            (".stance-tmp-a1B2c.tmp", false),
            (".stance-tmp-a1B2c3d.tmp", false),
            (".stance-tmp-a1-2c3.tmp", false),
            (".stance-a1B2c3.tmp", false),
            (".stance-config", false),
            (".stance-backup.tmp", false),
            (".ana.json.stance-lock", false),
            ("ana.json", false),
        ] {
            assert_eq!(is_temp_name(name), ours, "{name}");
        }
    }
}
