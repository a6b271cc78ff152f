//! `stance serve`: the live class, and `stance serve export`: its records, one file each.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use stance_core::classroom::clock::SystemClock;
use stance_core::export::to_json;
use stance_core::load::catalog::DEFAULT_SCENARIO;
use stance_core::text::messages::{Arg, Locale, Messages};
use stance_core::text::phrase::Phrase;
use stance_web::live_pages;
use stance_web::live_server::{LiveServer, ServeConfig};
use stance_web::live_session::{self, Given};

use crate::cli::args::{ServeAction, ServeArgs, ServeExportArgs};
use crate::cli::color::Colors;
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::language::Origin;
use crate::cli::output::{Output, Privacy, Sink};
use crate::cli::stderr;
use crate::command::{self, Context};

/// The language of the server's own pages.
const PAGE_LANG: &str = "en";

/// Runs `stance serve` or `stance serve export`.
pub fn run(args: &ServeArgs, context: Context<'_>) -> Result<i32, Error> {
    if let Some(ServeAction::Export(export)) = &args.action {
        return run_export(export, context.voice());
    }
    let continuing = args.db.as_deref().is_some_and(Path::exists);
    let loaded = match (&args.scenario, continuing) {
        (Some(name), _) => Some(command::load_with_translation(name, context)?),
        (None, true) => None,
        (None, false) => Some(command::load_with_translation(DEFAULT_SCENARIO, context)?),
    };
    let opened = live_session::open(
        args.db.as_deref(),
        loaded.as_ref().map(|loaded| Given {
            file: &loaded.file,
            scenario: &loaded.scenario,
            translation: loaded.translation.as_ref(),
        }),
        args.facilitator_token.as_deref(),
        &SystemClock,
    )?;
    let path = opened.path.clone();
    let (continued, participants) = (opened.continued, opened.participants());
    let lang = opened.room_language().unwrap_or(PAGE_LANG).to_owned();
    // A session continued with no language asked for keeps the one it shows its pages in,
    // interface and all: a restarted server changes nothing for the class.
    let page_messages = match Locale::from_tag(&lang) {
        Some(locale) if context.language.origin == Origin::Default => Messages::new(locale),
        _ => context.messages,
    };
    let config = ServeConfig {
        host: args.host,
        port: args.port,
        role_notes: args.role_notes,
        lang,
        messages: page_messages,
    };
    let server = LiveServer::bind(opened, &config, Box::new(SystemClock))?;
    let colors = context.colors;
    let stop = server.stop_signal()?;
    let messages = context.messages;
    announce(&server, (&path, continued, participants), colors, messages);
    server.run(stop)?;
    stderr::note(
        colors,
        &messages.text_with(
            "serve-stopped",
            &[("db", Arg::from(path.display().to_string()))],
        ),
    );
    Ok(EXIT_OK)
}

/// The two addresses on stdout, for people and scripts; the rest on stderr.
fn announce(
    server: &LiveServer,
    (path, continued, participants): (&Path, bool, usize),
    colors: Colors,
    messages: Messages,
) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "participants: {}", server.participants_url);
    let _ = writeln!(stdout, "facilitator: {}", server.facilitator_url);
    let _ = stdout.flush();
    if server.local_only {
        stderr::warn((colors, messages), &messages.text("serve-local-only"));
    }
    if std::io::stderr().is_terminal()
        && let Some(qr) = live_pages::qr_text(&server.participants_url)
    {
        stderr::write(&qr);
        stderr::line("");
    }
    let db = Arg::from(path.display().to_string());
    let session = if continued {
        messages.text_with(
            "serve-continuing",
            &[("db", db), ("participants", Arg::from(participants))],
        )
    } else {
        messages.text_with("serve-new", &[("db", db)])
    };
    stderr::note(colors, &session);
}

/// `stance serve export`: one record file per participant, none overwriting a file.
fn run_export(
    args: &ServeExportArgs,
    (colors, messages): (Colors, Messages),
) -> Result<i32, Error> {
    let (file, records) = live_session::read_records(&args.db)?;
    let targets: Vec<PathBuf> = records
        .iter()
        .enumerate()
        .map(|(i, record)| {
            let mut name = format!("{:03}", i + 1);
            let slug = slug(record.name.as_deref().unwrap_or_default());
            if !slug.is_empty() {
                name = format!("{name}-{slug}");
            }
            args.output.join(format!("{name}.json"))
        })
        .collect();
    if let Some(taken) = targets.iter().find(|t| t.exists()) {
        return Err(Error::Usage(Phrase::text_with(
            "usage-export-exists",
            &[("path", Arg::from(taken.display().to_string()))],
        )));
    }
    if !args.output.is_dir() {
        std::fs::create_dir_all(&args.output).map_err(|e| Error::Write {
            path: args.output.display().to_string(),
            reason: e.to_string(),
        })?;
        stderr::note(
            colors,
            &messages.text_with(
                "note-folder-created",
                &[("folder", Arg::from(args.output.display().to_string()))],
            ),
        );
    }
    for (record, target) in records.iter().zip(&targets) {
        let mut sink = Sink::open(&Output::File(target.clone()), Privacy::Private)?;
        sink.write(&to_json(record))?;
        sink.finish()?;
    }
    stderr::note(
        colors,
        &messages.text_with(
            "note-exported",
            &[
                ("count", Arg::from(targets.len())),
                ("scenario", Arg::from(file.name.as_str())),
                ("folder", Arg::from(args.output.display().to_string())),
            ],
        ),
    );
    Ok(EXIT_OK)
}

/// A name as part of a file name: letters and digits of any script, lower-cased, each run of
/// anything else one `-`, at most 40 characters.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let cut: String = out.chars().take(40).collect();
    cut.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn names_make_safe_file_names() {
        for (name, expected) in [
            ("Ana", "ana"),
            ("Ana María López", "ana-maría-lópez"),
            ("../../etc/passwd", "etc-passwd"),
            ("김민준", "김민준"),
            ("<script>", "script"),
            ("...", ""),
            ("a/b\\c:d", "a-b-c-d"),
        ] {
            assert_eq!(slug(name), expected, "{name}");
        }
        assert_eq!(slug(&"x".repeat(100)).len(), 40);
    }
}
