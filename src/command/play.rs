//! `stance play`: walk a scenario and print the stance.

use std::fmt::Write;
use std::io::IsTerminal;
use std::path::Path;

use colored::Colorize;

use crate::cli::{PlayArgs, PlayFormat};
use crate::color::{Colors, Target};
use crate::command;
use crate::error::{EXIT_INTERRUPTED, EXIT_OK, Error};
use crate::export;
use crate::interactive::InteractivePrompter;
use crate::layout;
use crate::output::Output;
use crate::printable::printable;
use crate::prompter::Prompter;
use crate::scenario::Scenario;
use crate::walk;

/// Runs `stance play`.
pub fn run(args: &PlayArgs, dir: Option<&Path>, colors: Colors) -> Result<i32, Error> {
    if args.scenario == "-" && args.answers_file.as_deref() == Some(Path::new("-")) {
        return Err(Error::Usage(
            "the scenario and `--answers` cannot both come from stdin".to_owned(),
        ));
    }
    let (_, scenario) = command::load(&args.scenario, dir, colors)?;
    let answers = command::answers(&scenario, &args.answers, args.answers_file.as_deref())?;

    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let must_ask = !walk::unanswered(&scenario, &answers).is_empty();
    let mut prompter = if interactive && must_ask {
        install_interrupt_handler();
        eprint!("{}", header(&scenario, colors));
        Some(InteractivePrompter::new(colors.enabled(Target::Stderr)))
    } else {
        None
    };
    let stance = walk::play(
        &scenario,
        answers,
        prompter.as_mut().map(|p| p as &mut dyn Prompter),
    )?;

    colors.paint_for(Target::Stderr);
    for (question, choice, _) in stance.unused() {
        eprintln!(
            "{}: the walk never reached `{question}`, so `{question}={choice}` was not used",
            "warning".yellow().bold()
        );
    }

    let output = Output::new(args.output.as_deref());
    colors.paint_for(output.target());
    let rendered = match args.format {
        PlayFormat::Text => {
            let width = (output == Output::Stdout)
                .then(layout::stdout_width)
                .flatten();
            export::text::render(&stance, &args.scenario, width)
        }
        PlayFormat::Json => export::json::render(&stance),
        PlayFormat::Markdown => export::markdown::render(&stance, &args.scenario),
    };
    output.write(&rendered)?;
    Ok(EXIT_OK)
}

/// Ctrl-C while a menu is open: console restores the terminal mode and raises SIGINT; we
/// show the cursor it hid and exit 130.
fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        let _ = console::Term::stderr().show_cursor();
        eprintln!();
        std::process::exit(EXIT_INTERRUPTED);
    });
}

fn header(scenario: &Scenario, colors: Colors) -> String {
    colors.paint_for(Target::Stderr);
    let mut out = String::new();
    let _ = writeln!(out, "\n{}", printable(&scenario.title).bold());
    let _ = writeln!(
        out,
        "{}",
        printable(&export::source_line(&scenario.source)).dimmed()
    );
    if let Some(summary) = &scenario.summary {
        let summary = layout::wrap(&printable(summary), layout::stderr_width(), "", "");
        let _ = writeln!(out, "\n{summary}");
    }
    let _ = writeln!(
        out,
        "\n{}\n",
        "Use \u{2191}/\u{2193} and Enter to answer; Esc or q to quit.".dimmed()
    );
    out
}
