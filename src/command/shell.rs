//! `stance completions` and `stance man`: what shells and `man` need.

use crate::cli::args::{self, CompletionsArgs, ManArgs};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;

/// Runs `stance completions`.
pub fn completions(args: &CompletionsArgs) -> Result<i32, Error> {
    Output::Stdout.write(&args::completions(args.shell))?;
    Ok(EXIT_OK)
}

/// Runs `stance man`.
pub fn man(args: &ManArgs) -> Result<i32, Error> {
    Output::new(args.output.file.as_deref()).write(&args::man_page())?;
    Ok(EXIT_OK)
}
