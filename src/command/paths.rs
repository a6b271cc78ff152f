//! `stance paths`: every complete path and its stance, streamed; or just their number.

use serde_json::json;
use stance_core::analysis::all_paths::AllPaths;
use stance_core::analysis::path_count::{PathCount, count_paths};
use stance_core::export::path_list::{self as render, Format};
use stance_core::text::messages::Arg;
use stance_core::text::phrase::Phrase;

use crate::cli::args::{PathsArgs, PathsFormat};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::{Privacy, Sink};
use crate::command::{self, Context};

/// Runs `stance paths`.
pub fn run(args: &PathsArgs, context: Context<'_>) -> Result<i32, Error> {
    let (_, scenario, output) =
        command::load_with_output(&args.scenario, &args.output, &[], context)?;
    if args.count {
        let count = count_paths(&scenario);
        let text = match args.format {
            PathsFormat::Json => {
                let (paths, exact) = match &count {
                    PathCount::Exact(n) => (n.to_string(), true),
                    PathCount::Beyond => (count.to_string(), false),
                };
                format!("{}\n", json!({"paths": paths, "exact": exact}))
            }
            PathsFormat::Text => format!("{count}\n"),
            other => {
                let format = if other == PathsFormat::Csv {
                    "csv"
                } else {
                    "markdown"
                };
                return Err(Error::Usage(Phrase::text_with(
                    "usage-count-format",
                    &[("format", Arg::from(format))],
                )));
            }
        };
        output.write(&text)?;
        return Ok(EXIT_OK);
    }
    let format = match args.format {
        PathsFormat::Text => Format::Text,
        PathsFormat::Csv => Format::Csv,
        PathsFormat::Json => Format::Json,
        PathsFormat::Markdown => Format::Markdown,
    };
    let mut sink = Sink::open(&output, Privacy::Shared)?;
    sink.write(&render::header(format, &scenario.title, context.messages))?;
    let mut written = 0;
    for stance in AllPaths::new(&scenario) {
        if args.limit.is_some_and(|limit| written >= limit) {
            break;
        }
        written += 1;
        if !sink.write(&render::item(format, written, &stance, context.messages))? {
            // The reader has gone (`| head`): stop quietly.
            return Ok(EXIT_OK);
        }
    }
    sink.write(&render::footer(format, written))?;
    sink.finish()?;
    Ok(EXIT_OK)
}
