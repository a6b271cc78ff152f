//! `stance graph`: the scenario as a DOT or Mermaid graph.

use stance_core::export;

use crate::cli::args::{GraphArgs, GraphFormat};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;
use crate::command::{self, Context};

/// Runs `stance graph`.
pub fn run(args: &GraphArgs, context: Context<'_>) -> Result<i32, Error> {
    let (file, scenario) = command::load(&args.scenario.name, context)?;
    command::refuse_clobbering(
        &[("the output", args.output.file.as_deref())],
        Some(&file),
        &[],
    )?;
    let text = match args.format {
        GraphFormat::Dot => export::dot::render(&scenario, args.with_recommendations),
        GraphFormat::Mermaid => export::mermaid::render(&scenario, args.with_recommendations),
    };
    Output::new(args.output.file.as_deref()).write(&text)?;
    Ok(EXIT_OK)
}
