//! `stance show`: a scenario's outline.

use stance_core::classroom::role::Role;
use stance_core::export;

use crate::cli::args::{ShowArgs, ShowFormat};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;
use crate::command::{self, Context};
use crate::terminal::width;

/// Runs `stance show`.
pub fn run(args: &ShowArgs, context: Context<'_>) -> Result<i32, Error> {
    let Context { colors, .. } = context;
    let (_, scenario, output) =
        command::load_with_output(&args.scenario, &args.output, &[], context)?;
    let paint = colors.painter(output.target());
    let text = match args.format {
        ShowFormat::Text => {
            let width = (output == Output::Stdout)
                .then(width::stdout_width)
                .flatten();
            export::outline::render(
                &scenario,
                (width, Role::from(args.role).is_facilitator()),
                &paint,
                context.messages,
            )
        }
        ShowFormat::Json => {
            export::scenario_json::render(&scenario, Role::from(args.role).is_facilitator())
        }
    };
    output.write(&text)?;
    Ok(EXIT_OK)
}
