//! `stance compare`: a record beside the author's stance, point by point.

use stance_core::classroom::comparison::Comparison;
use stance_core::classroom::record::Record;
use stance_core::export::comparison_table as render;

use crate::cli::args::{CompareArgs, PlayFormat};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;
use crate::command::{self, Context};

/// Runs `stance compare`.
pub fn run(args: &CompareArgs, context: Context<'_>) -> Result<i32, Error> {
    command::stdin_once(&[
        ("the record", command::is_stdin(&args.record)),
        (
            "the scenario",
            args.scenario.as_deref().is_some_and(command::is_stdin),
        ),
    ])?;
    let record = Record::read(&args.record, context.limits)?;
    let (file, scenario) =
        command::load_for_record(args.scenario.as_deref(), Some(&record), context)?;
    command::refuse_clobbering(
        &[("the output", args.output.file.as_deref())],
        Some(&file),
        &[("the record", Some(&args.record))],
    )?;
    let resolved = command::resolve_record(
        &scenario,
        &file,
        &record,
        &args.record,
        None,
        context.voice(),
    )?;
    let comparison = Comparison::of(&scenario, &resolved, context.messages);
    let text = match args.format {
        PlayFormat::Text => render::render(&scenario, &comparison, false, context.messages),
        PlayFormat::Markdown => render::render(&scenario, &comparison, true, context.messages),
        PlayFormat::Json => stance_core::export::to_json(&comparison),
    };
    Output::new(args.output.file.as_deref()).write(&text)?;
    Ok(EXIT_OK)
}
