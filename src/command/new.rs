//! `stance new`: a starter scenario that passes `check`, commented to teach the format; or,
//! with `--translation`, a translation of a scenario to fill in.

use std::io::Write;
use std::path::{Path, PathBuf};

use stance_core::export::translation_template;
use stance_core::load::catalog;
use stance_core::load::translation_document::TranslationDocument;
use stance_core::text::messages::Arg;
use stance_core::text::phrase::Phrase;
use stance_core::text::printable::one_line;

use crate::cli::args::NewArgs;
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output;
use crate::cli::stderr;
use crate::command::{self, Context};

/// The starter scenario.
pub const STARTER: &str = include_str!("templates/starter.yaml");

/// Runs `stance new`.
pub fn run(args: &NewArgs, context: Context<'_>) -> Result<i32, Error> {
    if let Some(language) = &args.translation {
        return translation(args, language, context);
    }
    let path = &args.file;
    write_new(path, STARTER)?;
    let shown = one_line(&path.display().to_string()).into_owned();
    stderr::line(
        &context
            .messages
            .text_with("new-wrote", &[("file", Arg::from(shown.as_str()))]),
    );
    Ok(EXIT_OK)
}

/// Writes the translation of the scenario `args.file` names into `language`, keeping the
/// texts of the translation it already has, if any.
fn translation(args: &NewArgs, language: &str, context: Context<'_>) -> Result<i32, Error> {
    let name = args.file.display().to_string();
    let (file, scenario) = command::load_as_written(&name, context)?;
    let target: PathBuf = match (&args.output, catalog::translation_path(&file, language)) {
        (Some(path), _) => path.clone(),
        (None, Some(path)) => path,
        (None, None) => {
            return Err(Error::Usage(Phrase::text_with(
                "usage-translation-where",
                &[("name", Arg::from(one_line(&name).into_owned()))],
            )));
        }
    };
    let existing = match catalog::translation(&file, language, context.limits)? {
        Some(found) => match TranslationDocument::parse(&found.text) {
            Ok(document) => Some(document),
            Err(diagnostic) => {
                return Err(Error::Usage(Phrase::text_with(
                    "usage-translation-unparsed",
                    &[
                        ("name", Arg::from(one_line(&found.name).into_owned())),
                        ("line", Arg::from(diagnostic.span.line)),
                        ("message", Arg::from(diagnostic.message)),
                    ],
                )));
            }
        },
        None => None,
    };
    let text = translation_template::render(&scenario, language, existing.as_ref());
    write_new(&target, &text)?;
    let shown = one_line(&target.display().to_string()).into_owned();
    let key = if existing.is_some() {
        "new-translation-kept"
    } else {
        "new-translation-wrote"
    };
    stderr::line(
        &context
            .messages
            .text_with(key, &[("file", Arg::from(shown.as_str()))]),
    );
    Ok(EXIT_OK)
}

/// Writes `text` to `path` atomically, refusing a path where anything already is.
fn write_new(path: &Path, text: &str) -> Result<(), Error> {
    let shown = path.display().to_string();
    let exists = || {
        Error::Usage(Phrase::text_with(
            "usage-new-exists",
            &[("name", Arg::from(one_line(&shown).into_owned()))],
        ))
    };
    if path.symlink_metadata().is_ok() {
        return Err(exists());
    }
    let mut temp = output::temp_for_new(path)?;
    temp.write_all(text.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| Error::write(&shown, &e))?;
    // Renames only if nothing appeared at the path meanwhile.
    temp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            exists()
        } else {
            Error::write(&shown, &e.error)
        }
    })?;
    Ok(())
}
