//! stance: walk a policy essay as a decision tree and arrive at the author's stance.
//!
//! Data flow: a YAML file is parsed ([`yaml`]) into a [`document::Document`], checked once by
//! the [`analyser`] into a [`scenario::Scenario`] plus [`diagnostic::Diagnostic`]s, walked
//! ([`walk`]) with given answers or a [`prompter::Prompter`], and the resulting
//! [`stance::Stance`] is rendered by an [`export`] module.

pub mod analyser;
pub mod answers;
pub mod catalog;
pub mod class_report;
pub mod cli;
pub mod color;
pub mod command;
pub mod condition;
pub mod diagnostic;
pub mod document;
pub mod error;
pub mod examiner;
pub mod explore;
pub mod export;
pub mod findings;
pub mod golden;
pub mod interactive;
pub mod interactive_coach;
pub mod interactive_examiner;
pub mod key_scan;
pub mod layout;
pub mod output;
pub mod path_count;
pub mod paths;
pub mod pivots;
pub mod printable;
pub mod prompter;
pub mod quiz;
pub mod record;
pub mod record_file;
pub mod rehearsal;
pub mod resolved_record;
pub mod rng;
pub mod scenario;
pub mod scenario_file;
pub mod schema;
pub mod source_text;
pub mod split;
pub mod stance;
pub mod stderr;
pub mod suggest;
pub mod terminal;
pub mod walk;
pub mod yaml;

use std::ffi::OsString;
use std::fmt::Write;

use colored::Colorize;

use crate::cli::Command;
use crate::color::{Colors, Target};
use crate::error::Error;

/// Runs stance with these arguments (program name first) and returns the exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::parse(args) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let colors = Colors::resolve(cli.color);
    scenario_file::set_max_bytes(cli.max_bytes);
    let dir = cli.dir.as_deref();
    let result = match &cli.command {
        Command::Play(args) => command::play::run(args, dir, colors),
        Command::Check(args) => command::check::run(args, dir, colors),
        Command::List(args) => command::list::run(args, dir),
        Command::Show(args) => command::show::run(args, dir, colors),
        Command::Paths(args) => command::paths::run(args, dir, colors),
        Command::Analyze(args) => command::analyze::run(args, dir, colors),
        Command::Graph(args) => command::graph::run(args, dir, colors),
        Command::Test(args) => command::test::run(args, dir, colors),
        Command::New(args) => command::new::run(args),
        Command::Schema(args) => command::schema::run(args),
        Command::Completions(args) => command::shell::completions(args),
        Command::Man(args) => command::shell::man(args),
        Command::Quiz(args) => command::quiz::run(args, dir, colors),
        Command::Brief(args) => command::brief::run(args, dir, colors),
        Command::Compare(args) => command::compare::run(args, dir, colors),
        Command::Report(args) => command::report::run(args, dir, colors),
        Command::Rehearse(args) => command::rehearse::run(args, dir, colors),
    };
    match result {
        Ok(code) => code,
        // Ctrl-C needs no message, only the line the prompt left open.
        Err(Error::Interrupted) => {
            stderr::line("");
            Error::Interrupted.exit_code()
        }
        Err(error) => {
            stderr::write(&render_error(&error, colors));
            error.exit_code()
        }
    }
}

/// `error: message` and `help: hint` lines, one pair per problem.
fn render_error(error: &Error, colors: Colors) -> String {
    colors.paint_for(Target::Stderr);
    let mut out = String::new();
    // Messages quote names and values from files, records and flags: never let them drive
    // the terminal, nor start a line of their own.
    let mut push = |message: &str, help: Option<String>| {
        let _ = writeln!(out, "{} {}", "error:".red().bold(), message);
        if let Some(help) = help {
            let _ = writeln!(
                out,
                "  {} {}",
                "help:".cyan().bold(),
                printable::one_line(&help)
            );
        }
    };
    match error {
        Error::Answers(problems) => {
            for problem in problems {
                push(&printable::one_line(&problem.to_string()), problem.help());
            }
        }
        // One line per question still open, each made of the scenario's checked ids.
        Error::MissingAnswers(_) => push(&printable::printable(&error.to_string()), error.help()),
        other => push(&printable::one_line(&other.to_string()), other.help()),
    }
    out
}
