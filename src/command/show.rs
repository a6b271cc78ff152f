//! `stance show`: a scenario's outline.

use std::path::Path;

use crate::cli::{Role, ShowArgs, ShowFormat};
use crate::color::Colors;
use crate::command;
use crate::error::{EXIT_OK, Error};
use crate::export;
use crate::layout;
use crate::output::Output;

/// Runs `stance show`.
pub fn run(args: &ShowArgs, dir: Option<&Path>, colors: Colors) -> Result<i32, Error> {
    let (file, scenario) = command::load(&args.scenario, dir, colors)?;
    command::refuse_clobbering(&[("the output", args.output.as_deref())], Some(&file), &[])?;
    let output = Output::new(args.output.as_deref());
    colors.paint_for(output.target());
    let text = match args.format {
        ShowFormat::Text => {
            let width = (output == Output::Stdout)
                .then(layout::stdout_width)
                .flatten();
            export::outline::render(&scenario, width, args.role == Role::Facilitator)
        }
        ShowFormat::Json => {
            export::scenario_json::render(&scenario, args.role == Role::Facilitator)
        }
    };
    output.write(&text)?;
    Ok(EXIT_OK)
}
