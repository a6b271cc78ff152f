//! `stance new`: a starter scenario that passes `check`, commented to teach the format.

use std::io::Write;

use stance_core::text::printable::one_line;

use crate::cli::args::NewArgs;
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output;
use crate::cli::stderr;

/// The starter scenario.
pub const STARTER: &str = include_str!("templates/starter.yaml");

/// Runs `stance new`.
pub fn run(args: &NewArgs) -> Result<i32, Error> {
    let path = &args.file;
    let shown = path.display().to_string();
    if path.symlink_metadata().is_ok() {
        return Err(Error::Usage(format!(
            "`{shown}` already exists; stance new never overwrites a file"
        )));
    }
    let mut temp = output::temp_for_new(path)?;
    temp.write_all(STARTER.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| Error::write(&shown, &e))?;
    // Renames only if nothing appeared at the path meanwhile.
    temp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Usage(format!(
                "`{shown}` already exists; stance new never overwrites a file"
            ))
        } else {
            Error::write(&shown, &e.error)
        }
    })?;
    let shown = one_line(&shown);
    stderr::line(&format!(
        "wrote `{shown}`; next: `stance check {shown}`, `stance show {shown}`"
    ));
    Ok(EXIT_OK)
}
