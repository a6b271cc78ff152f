//! `stance completions` and `stance man`: what shells and `man` need.

use stance_core::text::messages::Arg;
use stance_core::text::phrase::Phrase;

use crate::cli::args::{self, CompletionsArgs, ManArgs, ManPage};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;
use crate::cli::stderr;
use crate::command::Context;

/// Runs `stance completions`.
pub fn completions(args: &CompletionsArgs) -> Result<i32, Error> {
    Output::Stdout.write(&args::completions(args.shell))?;
    Ok(EXIT_OK)
}

/// Runs `stance man`.
pub fn man(args: &ManArgs, context: Context<'_>) -> Result<i32, Error> {
    let pages = args::man_pages();
    if let Some(dir) = &args.out_dir {
        for page in &pages {
            Output::new(Some(&dir.join(&page.file_name))).write(&page.roff)?;
        }
        stderr::note(
            context.colors,
            &context.messages.text_with(
                "note-man-pages",
                &[
                    ("count", Arg::from(pages.len())),
                    ("dir", Arg::from(dir.display().to_string())),
                    (
                        "files",
                        Arg::from(
                            pages
                                .iter()
                                .map(|page| page.file_name.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ),
                ],
            ),
        );
        return Ok(EXIT_OK);
    }
    let page = match &args.command {
        None => &pages[0],
        Some(command) => page_of(&pages, command)?,
    };
    Output::new(args.output.file.as_deref()).write(&page.roff)?;
    Ok(EXIT_OK)
}

/// The page of `command`, named as typed (`play`, `serve export`) or as `man` names it
/// (`stance-play`); `stance` is the page of stance itself.
fn page_of<'a>(pages: &'a [ManPage], command: &str) -> Result<&'a ManPage, Error> {
    if command == "stance" {
        return Ok(&pages[0]);
    }
    // `serve-export`, `stance-serve-export` and `serve export` name the same page.
    let spaced = command.split_whitespace().collect::<Vec<_>>().join("-");
    let wanted = spaced.strip_prefix("stance-").unwrap_or(&spaced);
    let commands = pages[1..]
        .iter()
        .map(|page| page.name.trim_start_matches("stance-"));
    if let Some(page) = pages[1..]
        .iter()
        .find(|page| page.name.trim_start_matches("stance-") == wanted)
    {
        return Ok(page);
    }
    Err(Error::Usage(
        match stance_core::text::suggest::nearest(wanted, commands.clone()) {
            Some(name) => Phrase::text_with(
                "usage-not-a-command-suggest",
                &[("wanted", Arg::from(wanted)), ("name", Arg::from(name))],
            ),
            None => Phrase::text_with(
                "usage-not-a-command",
                &[
                    ("wanted", Arg::from(wanted)),
                    (
                        "commands",
                        Arg::from(stance_core::text::suggest::list(commands)),
                    ),
                ],
            ),
        },
    ))
}
