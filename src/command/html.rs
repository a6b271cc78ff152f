//! `stance html`: the browser player, one self-contained page.

use stance_core::classroom::record::content_hash;
use stance_core::classroom::role::Role;
use stance_core::export::walk_table::WalkTable;
use stance_web::player_page;

use crate::cli::args::HtmlArgs;
use crate::cli::error::{EXIT_OK, Error};
use crate::command::{self, Context};

/// The language of a page whose scenario is shown as written.
const PAGE_LANG: &str = "en";

/// Runs `stance html`.
pub fn run(args: &HtmlArgs, context: Context<'_>) -> Result<i32, Error> {
    let (file, scenario, output) =
        command::load_with_output(&args.scenario, &args.output, &[], context)?;
    let table = WalkTable::compile(
        &scenario,
        content_hash(&file.text),
        Role::from(args.role),
        context.messages,
    )?;
    let lang = scenario.language.as_deref().unwrap_or(PAGE_LANG);
    output.write(&player_page::render(&table, lang, context.messages))?;
    Ok(EXIT_OK)
}
