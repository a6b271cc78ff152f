//! The `stance` command line: a front end over [`stance_core`], the engine.
//!
//! [`cli`] reads the arguments and owns colour, output files and standard error; each
//! [`command`] turns its arguments into calls to the engine and writes what it returns; the
//! [`terminal`] front end asks a person at a terminal, one question at a time, and the
//! [`protocol`] front end asks another program, in JSON lines.

/// The command line itself: arguments, colour, where output goes, and standard error.
pub mod cli {
    pub mod args;
    pub mod color;
    pub mod error;
    pub mod help_text;
    pub mod language;
    pub mod output;
    pub mod record_file;
    pub mod stderr;
    pub mod usage_error;
}
pub mod command;
pub mod protocol;
pub mod terminal;

use std::ffi::OsString;
use std::fmt::Write;

use stance_core::load::limits::Limits;
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Locale, Messages};
use stance_core::text::printable;
use stance_core::text::style::{Style, Styler};

use crate::cli::args::Command;
use crate::cli::color::{Colors, Target};
use crate::cli::error::Error;
use crate::cli::language;
use crate::cli::stderr;
use crate::command::Context;

/// Runs stance with these arguments (program name first) and returns the exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // `--help` is shown in the language too, so it is chosen before the arguments are parsed;
    // parsing then checks the flag and gives the language everything else uses.
    let variable = |name: &str| std::env::var(name).ok();
    let help_language = language::resolve(language::flag_in(&args).as_deref(), variable);
    let help_locale = Locale::from_tag(help_language.interface()).unwrap_or_default();
    let cli = match cli::args::parse(args, help_locale) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let colors = Colors::resolve(cli.color);
    let language = language::resolve(cli.lang.as_deref(), variable);
    if language.is_explicit() && !language.has_interface() {
        // Said in English, the language stance falls back to.
        stderr::warn(
            (colors, Messages::english()),
            &format!(
                "stance's own words are not translated to `{}`, so they are in English; a scenario's translation to it is still shown",
                language.tag
            ),
        );
    }
    let messages = Messages::new(Locale::from_tag(language.interface()).unwrap_or_default());
    let context = Context {
        dir: cli.dir.as_deref(),
        limits: Limits {
            max_bytes: cli.max_bytes,
        },
        colors,
        language: &language,
        messages,
        command: cli.command.name(),
    };
    let result = match &cli.command {
        Command::Play(args) => command::play::run(args, context),
        Command::Check(args) => command::check::run(args, context),
        Command::List(args) => command::list::run(args, context),
        Command::Show(args) => command::show::run(args, context),
        Command::Paths(args) => command::paths::run(args, context),
        Command::Analyze(args) => command::analyze::run(args, context),
        Command::Graph(args) => command::graph::run(args, context),
        Command::Test(args) => command::test::run(args, context),
        Command::Source(args) => command::source::run(args, context),
        Command::New(args) => command::new::run(args, context),
        Command::Schema(args) => command::schema::run(args),
        Command::Completions(args) => command::shell::completions(args),
        Command::Man(args) => command::shell::man(args, context),
        Command::Quiz(args) => command::quiz::run(args, context),
        Command::Brief(args) => command::brief::run(args, context),
        Command::Html(args) => command::html::run(args, context),
        Command::Serve(args) => command::serve::run(args, context),
        Command::Compare(args) => command::compare::run(args, context),
        Command::Report(args) => command::report::run(args, context),
        Command::Rehearse(args) => command::rehearse::run(args, context),
    };
    match result {
        Ok(code) => code,
        // A person's own choice to stop is not an error: plain lines, after the line a
        // prompt may have left open.
        Err(error @ Error::Stopped { .. }) => {
            if let Error::Stopped { saved } = &error {
                stderr::line("");
                for line in cli::error::stopped_lines(saved.as_ref(), messages) {
                    stderr::said(&line);
                }
            }
            error.exit_code()
        }
        Err(error) => {
            stderr::write(&render_error(&error, colors, messages));
            error.exit_code()
        }
    }
}

/// `error: message` and `help: hint` lines, one pair per problem, in the interface's
/// language.
fn render_error(error: &Error, colors: Colors, messages: Messages) -> String {
    let paint = colors.painter(Target::Stderr);
    let (error_label, help_label) = (messages.text("error-label"), messages.text("help-label"));
    let mut out = String::new();
    // Messages quote names and values from files, records and flags: never let them drive
    // the terminal, nor start a line of their own.
    let mut push = |message: &str, help: Option<String>| {
        let _ = writeln!(
            out,
            "{} {}",
            paint.paint(Style::Failure, &error_label),
            message
        );
        if let Some(help) = help {
            let _ = writeln!(
                out,
                "  {} {}",
                paint.paint(Style::Help, &help_label),
                printable::one_line(&help)
            );
        }
    };
    match error {
        Error::Answers(problems) => {
            for problem in problems {
                push(
                    &printable::one_line(&problem.message(messages)),
                    cli::error::answer_help(problem, messages),
                );
            }
        }
        // One line per question still open, each made of the scenario's checked ids.
        Error::MissingAnswers(_) => push(
            &printable::printable(&error.message(messages)),
            error.help(messages),
        ),
        other => push(
            &printable::one_line(&other.message(messages)),
            other.help(messages),
        ),
    }
    out
}
