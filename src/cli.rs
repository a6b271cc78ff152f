//! The command line: every flag and its `--help` text. The only module that uses clap.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  stance play                                   Walk the built-in scenario with arrow keys
  stance play --answer peninsula=reunification --answer sma=outside_sofa \\
              --answer regional_role=no --format json
  stance check --source essay.txt scenarios/    Validate scenarios and their quotes
  stance list                                   Show the scenarios stance knows

Exit codes: 0 success, 1 a scenario has errors, 2 usage or input error, 130 interrupted.";

/// Walk a policy essay as a decision tree and arrive at the author's stance.
///
/// A scenario asks questions about the situation; each answer adds the author's
/// recommendations, written in the scenario's own words and cited to the essay's paragraphs.
#[derive(Debug, Parser)]
#[command(name = "stance", version, after_help = EXAMPLES, arg_required_else_help = true)]
pub struct Cli {
    /// When to colour output: `auto` colours terminals unless `NO_COLOR` is set or `TERM` is
    /// `dumb`.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true, value_name = "WHEN")]
    pub color: ColorWhen,

    /// Folder searched for scenario files by id, besides the built-in ones [default:
    /// scenarios]
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// When to colour output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour terminals, unless `NO_COLOR` is set or `TERM=dumb`.
    Auto,
    /// Always colour text output, even into pipes and files.
    Always,
    /// Never colour.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Walk a scenario and print the author's stance.
    #[command(after_help = PLAY_EXAMPLES)]
    Play(PlayArgs),
    /// Validate scenario files and report every problem.
    #[command(after_help = CHECK_EXAMPLES)]
    Check(CheckArgs),
    /// List the built-in scenarios and those in the scenario folder.
    #[command(after_help = LIST_EXAMPLES)]
    List(ListArgs),
}

const PLAY_EXAMPLES: &str = "\
Interactive when stdin and stderr are terminals: arrow keys or j/k to move, Enter to choose,
Esc or q to quit. Given answers are used first; questions left are asked, or without a
terminal (or with --no-input) reported with exit code 2.

Examples:
  stance play
  stance play korea-us-alliance --answer peninsula=status_quo --answer nk_provocation=no \\
              --answer sma=inside_sofa --answer regional_role=no
  stance play --answers answers.yaml --format markdown --output brief.md
  echo '{\"peninsula\": \"reunification\", \"sma\": \"outside_sofa\", \"regional_role\": \"yes\"}' \\
    | stance play --answers - --format json";

const CHECK_EXAMPLES: &str = "\
Errors exit with code 1; warnings alone exit 0 unless --deny-warnings.

Examples:
  stance check                                 Every scenario `stance list` shows
  stance check my-scenario.yaml
  stance check --source essay.txt scenarios/   Also check every quote against the essay
  stance check --format json scenarios/ | jq '.[] | select(.severity == \"error\")'";

const LIST_EXAMPLES: &str = "\
Examples:
  stance list
  stance list --dir lessons/ --format json";

/// Arguments of `stance play`.
#[derive(Debug, Args)]
pub struct PlayArgs {
    /// A scenario id from `stance list`, a path to a YAML file, or `-` for stdin.
    #[arg(value_name = "SCENARIO", default_value = "korea-us-alliance")]
    pub scenario: String,

    /// Answer a question ahead of time: QUESTION=CHOICE, by id. Repeatable.
    #[arg(short, long = "answer", value_name = "QUESTION=CHOICE")]
    pub answers: Vec<String>,

    /// Read answers from a YAML or JSON file mapping question ids to choice ids (`-` for
    /// stdin).
    #[arg(long = "answers", value_name = "FILE")]
    pub answers_file: Option<PathBuf>,

    /// Never prompt: fail with exit code 2 if a question on the path has no answer.
    #[arg(long)]
    pub no_input: bool,

    /// Output format of the stance.
    #[arg(short, long, value_enum, default_value_t = PlayFormat::Text)]
    pub format: PlayFormat,

    /// Write the stance to FILE (atomically) instead of stdout; `-` is stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `stance play`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PlayFormat {
    /// Readable text, coloured on a terminal.
    Text,
    /// JSON, as documented in docs/output.md.
    Json,
    /// A Markdown page for a briefing.
    Markdown,
}

/// Arguments of `stance check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Scenario files or folders (searched for *.yaml and *.yml), or ids; default: every
    /// scenario `stance list` shows.
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,

    /// Check every citation against this source text: the paragraph exists and contains the
    /// quote.
    #[arg(long, value_name = "FILE")]
    pub source: Option<PathBuf>,

    /// Output format of the findings: `text` on stderr, or `json` on stdout.
    #[arg(short, long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,

    /// Exit with code 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
}

/// Output formats of `stance check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Readable findings with the offending lines, on stderr.
    Text,
    /// A JSON list of findings, on stdout.
    Json,
}

/// Arguments of `stance list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

/// Output formats of `stance list`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table.
    Text,
    /// A JSON list.
    Json,
}

/// Parses the arguments (program name first). On `--help`, `--version` or a usage error,
/// prints what clap says and returns the exit code instead.
pub fn parse<I, T>(args: I) -> Result<Cli, i32>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    Cli::try_parse_from(args).map_err(|error| {
        let _ = error.print();
        error.exit_code()
    })
}
