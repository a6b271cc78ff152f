//! `stance source`: an essay's paragraphs as citations number them, and where quotes are.

use stance_core::check::source_text::SourceText;
use stance_core::export::source_listing::{self, Search};
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::text::messages::Arg;
use stance_core::text::phrase::Phrase;

use crate::cli::args::{ListFormat, SourceArgs};
use crate::cli::error::{EXIT_INVALID, EXIT_OK, Error};
use crate::cli::output::Output;
use crate::command::Context;

/// Runs `stance source`.
pub fn run(args: &SourceArgs, context: Context<'_>) -> Result<i32, Error> {
    if let Some(blank) = args.find.iter().position(|words| words.trim().is_empty()) {
        return Err(Error::Usage(Phrase::text_with(
            "usage-find-blank",
            &[("number", Arg::from(blank + 1))],
        )));
    }
    let file = ScenarioFile::read(&args.essay, context.limits)?;
    let text = SourceText::parse(&file.text);
    if args.find.is_empty() {
        let out = match args.format {
            ListFormat::Text => source_listing::listing_text(&file.name, &text, context.messages),
            ListFormat::Json => source_listing::listing_json(&file.name, &text),
        };
        Output::Stdout.write(&out)?;
        return Ok(EXIT_OK);
    }
    let searches: Vec<Search<'_>> = args
        .find
        .iter()
        .map(|quote| Search::new(&text, quote))
        .collect();
    let out = match args.format {
        ListFormat::Text => source_listing::searches_text(&text, &searches, context.messages),
        ListFormat::Json => source_listing::searches_json(&text, &searches),
    };
    Output::Stdout.write(&out)?;
    Ok(if searches.iter().all(Search::is_found) {
        EXIT_OK
    } else {
        EXIT_INVALID
    })
}
