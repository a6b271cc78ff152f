//! `stance schema`: the JSON Schema of the scenario format.

use crate::cli::SchemaArgs;
use crate::error::{EXIT_OK, Error};
use crate::output::Output;
use crate::schema;

/// Runs `stance schema`.
pub fn run(args: &SchemaArgs) -> Result<i32, Error> {
    Output::new(args.output.as_deref()).write(&schema::scenario_schema())?;
    Ok(EXIT_OK)
}
