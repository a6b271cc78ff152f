//! `stance completions` and `stance man`: what shells and `man` need.

use crate::cli::{self, CompletionsArgs, ManArgs};
use crate::error::{EXIT_OK, Error};
use crate::output::Output;

/// Runs `stance completions`.
pub fn completions(args: &CompletionsArgs) -> Result<i32, Error> {
    Output::Stdout.write(&cli::completions(args.shell))?;
    Ok(EXIT_OK)
}

/// Runs `stance man`.
pub fn man(args: &ManArgs) -> Result<i32, Error> {
    Output::new(args.output.as_deref()).write(&cli::man_page())?;
    Ok(EXIT_OK)
}
