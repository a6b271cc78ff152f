//! `stance schema`: the JSON Schema of the scenario format.

use stance_core::export::document_schema;

use crate::cli::args::SchemaArgs;
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;

/// Runs `stance schema`.
pub fn run(args: &SchemaArgs) -> Result<i32, Error> {
    Output::new(args.output.file.as_deref()).write(&document_schema::scenario_schema())?;
    Ok(EXIT_OK)
}
