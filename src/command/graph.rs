//! `stance graph`: the scenario as a DOT or Mermaid graph.

use stance_core::export;

use crate::cli::args::{GraphArgs, GraphFormat};
use crate::cli::error::{EXIT_OK, Error};
use crate::command::{self, Context};

/// Runs `stance graph`.
pub fn run(args: &GraphArgs, context: Context<'_>) -> Result<i32, Error> {
    let (_, scenario, output) =
        command::load_with_output(&args.scenario, &args.output, &[], context)?;
    let text = match args.format {
        GraphFormat::Dot => {
            export::dot::render(&scenario, args.with_recommendations, context.messages)
        }
        GraphFormat::Mermaid => {
            export::mermaid::render(&scenario, args.with_recommendations, context.messages)
        }
    };
    output.write(&text)?;
    Ok(EXIT_OK)
}
