//! `stance list`: the scenarios stance knows by id.

use std::path::Path;

use serde::Serialize;
use stance_core::load::catalog::{self, Catalog, DEFAULT_DIR};
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::load::translation_document::TranslationDocument;
use stance_core::scenario::translation::source_hash;
use stance_core::text::messages::Messages;
use stance_core::text::printable::one_line;
use stance_core::text::wrap::columns;

use crate::cli::args::{ListArgs, ListFormat};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::language::Origin;
use crate::cli::output::Output;
use crate::command::{self, Context};

#[derive(Serialize)]
struct Row<'a> {
    id: Option<&'a str>,
    title: Option<&'a str>,
    questions: Option<usize>,
    file: &'a str,
    built_in: bool,
    error: Option<&'a str>,
}

/// Runs `stance list`.
pub fn run(args: &ListArgs, context: Context<'_>) -> Result<i32, Error> {
    let Context { dir, limits, .. } = context;
    let catalog = Catalog::discover(dir.unwrap_or(Path::new(DEFAULT_DIR)), dir.is_some(), limits)?;
    // A table for people shows a title in the language asked for, when a translation has it.
    let titles: Vec<Option<String>> = catalog
        .entries
        .iter()
        .map(|entry| match (&args.format, entry.header.as_ref()) {
            (ListFormat::Text, Ok(header)) => translated_title(&entry.file, &header.title, context),
            _ => None,
        })
        .collect();
    let rows: Vec<Row<'_>> = catalog
        .entries
        .iter()
        .zip(&titles)
        .map(|(entry, translated)| {
            let header = entry.header.as_ref().ok();
            Row {
                id: header.map(|h| h.id.as_str()),
                title: translated
                    .as_deref()
                    .or_else(|| header.map(|h| h.title.as_str())),
                questions: header.map(|h| h.questions),
                file: &entry.file.name,
                built_in: entry.built_in,
                error: entry.header.as_ref().err().map(String::as_str),
            }
        })
        .collect();
    let text = match args.format {
        ListFormat::Json => stance_core::export::to_json(&rows),
        ListFormat::Text => table(&rows, context.messages),
    };
    Output::Stdout.write(&text)?;
    for (id, entry) in catalog.shadowed() {
        command::warn_shadowed(id, &entry.file.name, context);
    }
    Ok(EXIT_OK)
}

/// The title `file`'s translation to the language asked for gives `title`, if it has one
/// that is up to date; none for a file whose translation cannot be read, which `stance
/// check` reports.
fn translated_title(file: &ScenarioFile, title: &str, context: Context<'_>) -> Option<String> {
    if context.language.origin == Origin::Default {
        return None;
    }
    let found = context.language.lookup_tags().into_iter().find_map(|tag| {
        catalog::translation(file, tag, context.limits)
            .ok()
            .flatten()
    })?;
    let document = TranslationDocument::parse(&found.text).ok()?;
    let entry = document
        .entries
        .iter()
        .find(|(key, _)| key.value == "title")
        .map(|(_, entry)| &entry.value)?;
    (entry.source.value == source_hash(title))
        .then(|| entry.text.as_ref().map(|text| text.value.clone()))
        .flatten()
}

/// The list as a table, its headings in the words of `messages`.
fn table(rows: &[Row<'_>], messages: Messages) -> String {
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|row| {
            [
                row.id
                    .map_or_else(|| "?".to_owned(), |id| one_line(id).into_owned()),
                row.title.map_or_else(
                    || messages.text("list-unreadable"),
                    |t| one_line(t).into_owned(),
                ),
                row.questions
                    .map_or_else(|| "-".to_owned(), |n| n.to_string()),
                one_line(row.file).into_owned(),
            ]
        })
        .collect();
    let head =
        ["list-id", "list-title", "list-questions", "list-file"].map(|key| messages.text(key));
    let mut widths = [0usize; 4];
    for row in std::iter::once(&head).chain(&cells) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(columns(cell));
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&head).chain(&cells) {
        // Padded by columns, not characters, so that a Korean title lines up too.
        let pad = |cell: &str, width: usize| " ".repeat(width.saturating_sub(columns(cell)));
        let line = format!(
            "{}{}  {}{}  {}{}  {}",
            row[0],
            pad(&row[0], widths[0]),
            row[1],
            pad(&row[1], widths[1]),
            pad(&row[2], widths[2]),
            row[2],
            row[3],
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
