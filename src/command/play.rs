//! `stance play`: walk a scenario and print the stance.

use std::fmt::Write;
use std::io::IsTerminal;
use std::path::Path;

use colored::Colorize;

use crate::answers::{self, Answers, RawAnswer};
use crate::catalog;
use crate::cli::{PlayArgs, PlayFormat};
use crate::color::{Colors, Target};
use crate::diagnostic::Severity;
use crate::error::{AnswerError, EXIT_INTERRUPTED, EXIT_OK, Error};
use crate::export;
use crate::interactive::InteractivePrompter;
use crate::layout;
use crate::output::Output;
use crate::printable::printable;
use crate::prompter::Prompter;
use crate::report;
use crate::scenario::Scenario;
use crate::scenario_file::ScenarioFile;
use crate::walk;

/// Runs `stance play`.
pub fn run(args: &PlayArgs, dir: Option<&Path>, colors: Colors) -> Result<i32, Error> {
    if args.scenario == "-" && args.answers_file.as_deref() == Some(Path::new("-")) {
        return Err(Error::Usage(
            "the scenario and `--answers` cannot both come from stdin".to_owned(),
        ));
    }
    let file = catalog::resolve(&args.scenario, dir)?;
    let scenario = load(&file, colors)?;
    let (raw, mut problems) = raw_answers(args)?;
    let answers = match Answers::resolve(&scenario, &raw) {
        Ok(answers) if problems.is_empty() => answers,
        Ok(_) => return Err(Error::Answers(problems)),
        Err(more) => {
            problems.extend(more);
            return Err(Error::Answers(problems));
        }
    };

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

/// Parses and checks the scenario; prints its errors and refuses it if it has any.
pub fn load(file: &ScenarioFile, colors: Colors) -> Result<Scenario, Error> {
    let analysis = file.check(None);
    if let Some(scenario) = analysis.scenario {
        return Ok(scenario);
    }
    let errors: Vec<_> = analysis
        .diagnostics
        .into_iter()
        .filter(|d| d.severity() == Severity::Error)
        .collect();
    eprint!(
        "{}",
        report::render_human(file, &errors, colors.enabled(Target::Stderr))
    );
    Err(Error::InvalidScenario {
        name: file.name.clone(),
        count: errors.len(),
    })
}

/// The answers given, and the problems with those that cannot be parsed.
fn raw_answers(args: &PlayArgs) -> Result<(Vec<RawAnswer>, Vec<AnswerError>), Error> {
    let mut raw = Vec::new();
    let mut problems = Vec::new();
    if let Some(path) = &args.answers_file {
        let file = ScenarioFile::read(path)?;
        match answers::parse_file(&file.name, &file.text) {
            Ok(found) => raw.extend(found),
            Err(problem) => problems.push(problem),
        }
    }
    for flag in &args.answers {
        match answers::parse_flag(flag) {
            Ok(answer) => raw.push(answer),
            Err(problem) => problems.push(problem),
        }
    }
    Ok((raw, problems))
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
