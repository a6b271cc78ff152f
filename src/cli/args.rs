//! The command line: every flag and its `--help` text.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::net::IpAddr;
use std::path::PathBuf;

use clap::builder::RangedU64ValueParser;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use stance_core::classroom::quiz_items::MAX_SITUATIONS;
use stance_core::classroom::rehearsal::MAX_CARDS;
use stance_core::classroom::role::Role;
use stance_core::load::catalog::DEFAULT_SCENARIO;
use stance_core::text::messages::{Locale, Messages};
use stance_core::text::printable::printable;

use crate::cli::color::{self, ColorWhen};
use crate::cli::{help_text, language, usage_error};

const EXAMPLES: &str = "\
Examples:
  stance play                                   Walk the built-in scenario with arrow keys
  stance play --answer peninsula=reunification --answer sma=outside_sofa \\
              --answer regional_role=no --format json
  stance check --source essay.txt scenarios/    Validate scenarios and their quotes
  stance list                                   Show the scenarios stance knows

Exit codes: 0 success, 1 a scenario has errors, 2 usage or input error, 130 interrupted.";

/// The heading of the options every command takes, apart from each command's own.
pub const GLOBAL: &str = "Global options";

/// Walk a policy essay as a decision tree and arrive at the author's stance.
///
/// A scenario asks questions about the situation; each answer adds the author's
/// recommendations, written in the scenario's own words and cited to the essay's paragraphs.
#[derive(Debug, Parser)]
#[command(name = "stance", version, after_help = EXAMPLES, arg_required_else_help = true)]
pub struct Cli {
    /// When to colour output: `auto` colours terminals unless `NO_COLOR` is set or `TERM` is
    /// `dumb`.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true, value_name = "WHEN", help_heading = GLOBAL)]
    pub color: ColorWhen,

    /// Folder searched for scenario files by id, besides the built-in ones [default:
    /// scenarios]
    #[arg(long, global = true, value_name = "DIR", help_heading = GLOBAL)]
    pub dir: Option<PathBuf>,

    /// The language to show scenarios in, when they have a translation to it (`ko`), and of
    /// stance's own words and `--help` [default: `STANCE_LANG`, else the locale: `LC_ALL`,
    /// `LC_MESSAGES`, `LANG`; else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = language::parse_tag, help_heading = GLOBAL)]
    pub lang: Option<String>,

    /// The largest input file read, in bytes: scenarios, answers, responses, source texts.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = 64 * 1024 * 1024, help_heading = GLOBAL)]
    pub max_bytes: u64,

    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
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
    /// Print a scenario's outline: questions, choices, where each leads, and what it adds.
    ///
    /// The outline shows every question's and choice's id beside its text: the ids that
    /// `--answer QUESTION=CHOICE`, `--note`, answers files and golden tests use.
    #[command(after_help = SHOW_EXAMPLES)]
    Show(ShowArgs),
    /// List every complete path from the start to an ending, with its stance.
    #[command(after_help = PATHS_EXAMPLES)]
    Paths(PathsArgs),
    /// Find which questions change the stance, and which recommendations every path reaches.
    #[command(after_help = ANALYZE_EXAMPLES)]
    Analyze(AnalyzeArgs),
    /// Draw the scenario as a Graphviz (DOT) or Mermaid graph.
    #[command(after_help = GRAPH_EXAMPLES)]
    Graph(GraphArgs),
    /// Run the golden-path tests a scenario carries under `tests:`.
    #[command(after_help = TEST_EXAMPLES)]
    Test(TestArgs),
    /// Number an essay's body paragraphs as citations count them, or find which holds a quote.
    ///
    /// A citation's `paragraph` counts the essay's body paragraphs: the blocks between blank
    /// lines that end in `.`, `!` or `?` (titles, bylines and headings do not, so they are not
    /// counted). This lists every block with its number, line and length, and `--find` says
    /// which paragraph holds some words and whether they are there verbatim.
    #[command(after_help = SOURCE_EXAMPLES)]
    Source(SourceArgs),
    /// Write a small starter scenario that passes `stance check`, commented to teach the format.
    #[command(after_help = NEW_EXAMPLES)]
    New(NewArgs),
    /// Quiz: given a situation, pick the response the author recommends.
    #[command(after_help = QUIZ_EXAMPLES)]
    Quiz(QuizArgs),
    /// Write one HTML page that walks the scenario in any browser, offline, with no install.
    #[command(after_help = HTML_EXAMPLES)]
    Html(HtmlArgs),
    /// Run a live class: students join from their browsers, the dashboard shows the room.
    #[command(after_help = SERVE_EXAMPLES)]
    Serve(ServeArgs),
    /// Write a brief for one situation: bottom line, stance, rationale, questions, sources.
    #[command(after_help = BRIEF_EXAMPLES)]
    Brief(BriefArgs),
    /// Show where a participant's record left the author's stance, with the author's reasons.
    #[command(after_help = COMPARE_EXAMPLES)]
    Compare(CompareArgs),
    /// Sum up a class's records: scores, stances, answers per question, missed items, notes.
    #[command(after_help = REPORT_EXAMPLES)]
    Report(ReportArgs),
    /// Drill a stance until it comes without notes: situation, recall, reveal, self-grade.
    #[command(after_help = REHEARSE_EXAMPLES)]
    Rehearse(RehearseArgs),
    /// Print the JSON Schema of the scenario format, for editor support.
    #[command(after_help = SCHEMA_EXAMPLES)]
    Schema(SchemaArgs),
    /// Print a shell completion script.
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions(CompletionsArgs),
    /// Write the man pages (roff): `stance(1)` and one `stance-COMMAND(1)` per command.
    #[command(after_help = MAN_EXAMPLES)]
    Man(ManArgs),
}

impl Command {
    /// The subcommand's name, as typed: for hints that show a command to run.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Play(_) => "play",
            Self::Check(_) => "check",
            Self::List(_) => "list",
            Self::Show(_) => "show",
            Self::Paths(_) => "paths",
            Self::Analyze(_) => "analyze",
            Self::Graph(_) => "graph",
            Self::Test(_) => "test",
            Self::Source(_) => "source",
            Self::New(_) => "new",
            Self::Quiz(_) => "quiz",
            Self::Html(_) => "html",
            Self::Serve(_) => "serve",
            Self::Brief(_) => "brief",
            Self::Compare(_) => "compare",
            Self::Report(_) => "report",
            Self::Rehearse(_) => "rehearse",
            Self::Schema(_) => "schema",
            Self::Completions(_) => "completions",
            Self::Man(_) => "man",
        }
    }
}

const SHOW_EXAMPLES: &str = "\
Examples:
  stance show
  stance show my-scenario.yaml
  stance show tutorial                              The ids to answer with: `--answer QUESTION=CHOICE`
  stance show --role facilitator                    With facilitator notes, for lesson planning
  stance show korea-us-alliance --format json | jq '.questions[].id'";

const PATHS_EXAMPLES: &str = "\
Paths are listed as they are found, depth first with choices in author order.

Examples:
  stance paths
  stance paths --format markdown --output briefing-book.md
  stance paths --format csv --limit 100 big.yaml
  stance paths --count huge.yaml";

const ANALYZE_EXAMPLES: &str = "\
A question is pivotal when, for some answers before it, its choices lead to different
stances. With --answer for a whole walk, each other answer at each question is tried in
turn and the recommendations it adds or removes are listed.

Examples:
  stance analyze
  stance analyze --answer peninsula=status_quo --answer nk_provocation=no \\
                 --answer sma=inside_sofa --answer regional_role=no
  stance analyze --format json my-scenario.yaml";

const GRAPH_EXAMPLES: &str = "\
Examples:
  stance graph | dot -Tsvg > korea.svg
  stance graph --format mermaid --with-recommendations > korea.mmd";

const TEST_EXAMPLES: &str = "\
Exit code 1 when any test fails.

Examples:
  stance test
  stance test my-scenario.yaml other.yaml";

const NEW_EXAMPLES: &str = "\
Examples:
  stance new my-scenario.yaml && stance check my-scenario.yaml
  stance new --translation ko my-scenario.yaml       Start my-scenario.ko.yaml, to fill in
  stance new --translation ko korea-us-alliance --output ko-update.yaml
                                                     Every text, the shipped Korean kept";

const QUIZ_EXAMPLES: &str = "\
Situations are walks drawn at random by the seed (the same seed, the same quiz), or your
own walk with --walk. Without a terminal and without --responses, the quiz sheet is printed
(with the answers for --role facilitator).

Examples:
  stance quiz --seed 7 --questions 3 --name Ana --record ana-quiz.json
  stance quiz --walk
  stance quiz --seed 7 --questions 3 --no-input --format markdown > sheet.md
  stance quiz --seed 7 --questions 3 --no-input --role facilitator --format markdown > key.md
  stance quiz --seed 7 --questions 3 --responses ana.yaml --format json
  stance quiz --seed 7 --questions 3 --events        JSON lines for a program to drive
  stance quiz --seed 7 --questions 3 --plain         Plain lines for a screen reader";

const BRIEF_EXAMPLES: &str = "\
Questions without an answer are asked on a terminal; without one they must all be given.

Examples:
  stance brief -a peninsula=status_quo -a nk_provocation=no -a sma=outside_sofa \\
               -a regional_role=yes --output brief.md
  stance brief --answers situation.yaml --format html --output brief.html
  stance brief --answers situation.yaml --role facilitator";

const HTML_EXAMPLES: &str = "\
The page is one self-contained file: put it on the class's learning platform, mail it or
copy it to a USB stick. It loads nothing from the network and works from `file://`. Each
student's answers and notes are kept in their browser after every step; \"Download my
record\" gives a stance-record/1 file, the same as `stance play --record` writes, which
`stance report` and `stance compare` read.

Examples:
  stance html --output korea.html                   The built-in scenario, for students
  stance html --role facilitator --output korea-facilitator.html
  stance html my-scenario.yaml > my-scenario.html
  stance report records/*.json                      Sum up the records students hand back";

const SERVE_EXAMPLES: &str = "\
The server prints two addresses on stdout: `participants:` (the join page, with the
session's code; shown as a QR code too when stderr is a terminal) and `facilitator:` (the
dashboard, with the facilitator's token: keep it to yourself). Every step a student takes is
stored in the session database before the server answers, so a server stopped or killed
loses nothing: run it again with the same `--db` to continue, and students' pages pick up
where they were. Nothing leaves this machine; students need no account.

Examples:
  stance serve                                  The built-in scenario, on this machine only
  stance serve --host 0.0.0.0                   Let the room's phones and laptops join
  stance serve my-scenario.yaml --port 0        Any free port
  stance serve --db korea-us-alliance-K7QX2M.db Continue a session
  stance report korea-us-alliance-K7QX2M.db     Sum up the session afterwards
  stance serve export --db korea-us-alliance-K7QX2M.db --output records/

`man stance-serve` lists every option; the README's “A live class” tells the rest.";

const SERVE_EXPORT_EXAMPLES: &str = "\
Each file is named after the participant's number and name (`001-ana.json`); a folder that
already holds one of them is refused, so that nothing is overwritten.

Examples:
  stance serve export --db korea-us-alliance-K7QX2M.db --output records/
  stance compare records/001-ana.json";

const COMPARE_EXAMPLES: &str = "\
Examples:
  stance compare ana.json
  stance compare ana-quiz.json --format markdown --output ana-feedback.md";

const REPORT_EXAMPLES: &str = "\
Examples:
  stance report records/*.json
  stance report records/*.json --format csv --output gradebook.csv
  stance report records/*.json --graph | dot -Tsvg > class.svg
  stance report records/*.json --strict               Refuse a set that mixes scenarios
  stance report korea-us-alliance-K7QX2M.db          A live session of `stance serve`";

const REHEARSE_EXAMPLES: &str = "\
Each card shows a situation; recall the author's stance, press Enter to see it, and say
whether you had it. Missed cards come back until each is recalled once.

Examples:
  stance rehearse --seed 3 --cards 5
  stance rehearse --seed 3 --cards 5 --time-limit 30
  stance rehearse --seed 3 --cards 5 --grades y,n,y,y,y,y --format json
  stance rehearse --seed 3 --cards 5 --plain         Plain lines for a screen reader";

const SCHEMA_EXAMPLES: &str = "\
Point yaml-language-server at it with a first line like
  # yaml-language-server: $schema=../docs/scenario.schema.json

Examples:
  stance schema --output docs/scenario.schema.json";

const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  stance completions bash > ~/.local/share/bash-completion/completions/stance
  stance completions zsh > ~/.zfunc/_stance
  stance completions fish > ~/.config/fish/completions/stance.fish";

const MAN_EXAMPLES: &str = "\
Examples:
  stance man --output stance.1 && man ./stance.1
  stance man play | man -l -
  mkdir -p ~/.cargo/share/man/man1 && stance man --out-dir ~/.cargo/share/man/man1";

/// The one scenario a command reads.
#[derive(Debug, Args)]
pub struct ScenarioArg {
    /// A scenario id from `stance list`, a path to a YAML file, or `-` for stdin.
    #[arg(id = "scenario", value_name = "SCENARIO", default_value = DEFAULT_SCENARIO)]
    pub name: String,
}

/// How a person is asked: menus, or plain prompts.
#[derive(Debug, Args)]
pub struct PlainArg {
    /// Ask in plain prompts a screen reader reads in order, answered by typing a number, a
    /// letter or an id and Enter: no menus, redraws, colour or glyphs; read from standard
    /// input even when it is a pipe. Also on when the `ACCESSIBLE` environment variable is
    /// set.
    #[arg(long)]
    pub plain: bool,
}

/// Where a command writes its result.
#[derive(Debug, Args)]
pub struct OutputArg {
    /// Write to FILE (atomically) instead of stdout; `-` is stdout.
    #[arg(id = "output", short = 'o', long = "output", value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// Arguments of `stance show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub scenario: ScenarioArg,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,

    /// A facilitator also sees the facilitator notes.
    #[arg(long, value_enum, default_value_t = RoleArg::Participant)]
    pub role: RoleArg,

    #[command(flatten)]
    pub output: OutputArg,
}

/// Output formats of `stance show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// An indented outline, coloured on a terminal.
    Text,
    /// The whole resolved scenario as JSON.
    Json,
}

/// Arguments of `stance paths`.
#[derive(Debug, Args)]
pub struct PathsArgs {
    #[command(flatten)]
    pub scenario: ScenarioArg,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = PathsFormat::Text)]
    pub format: PathsFormat,

    /// Stop after N paths.
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,

    /// Print only the number of paths, computed without listing them (`text` or `json`).
    #[arg(long, conflicts_with = "limit")]
    pub count: bool,

    #[command(flatten)]
    pub output: OutputArg,
}

/// Output formats of `stance paths`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PathsFormat {
    /// A few lines per path.
    Text,
    /// One row per path, with a header.
    Csv,
    /// A JSON list, written as the paths are found.
    Json,
    /// A briefing-book table with recommendation texts and citations.
    Markdown,
}

/// Arguments of `stance analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    #[command(flatten)]
    pub scenario: ScenarioArg,

    /// Fix a walk, QUESTION=CHOICE, and show what changing each answer would change.
    /// Repeatable.
    #[arg(short, long = "answer", value_name = "QUESTION=CHOICE")]
    pub answers: Vec<String>,

    /// Read the walk's answers from a YAML or JSON file (`-` for stdin).
    #[arg(long = "answers", value_name = "FILE")]
    pub answers_file: Option<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,

    #[command(flatten)]
    pub output: OutputArg,
}

/// Text or JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Readable text.
    Text,
    /// JSON.
    Json,
}

/// Arguments of `stance graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub scenario: ScenarioArg,

    /// Graph language.
    #[arg(short, long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,

    /// Show what each choice and ending recommends.
    #[arg(long)]
    pub with_recommendations: bool,

    #[command(flatten)]
    pub output: OutputArg,
}

/// Graph languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT, for `dot -Tsvg`.
    Dot,
    /// Mermaid flowchart, for Markdown renderers.
    Mermaid,
}

/// Arguments of `stance test`.
#[derive(Debug, Args)]
pub struct TestArgs {
    /// Scenario ids or paths; default: every scenario `stance list` shows.
    #[arg(value_name = "SCENARIO")]
    pub scenarios: Vec<String>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// Arguments of `stance quiz`.
#[derive(Debug, Args)]
pub struct QuizArgs {
    /// A scenario id from `stance list`, a path to a YAML file, or `-` for stdin
    /// [default: korea-us-alliance, or the resumed record's scenario]
    #[arg(value_name = "SCENARIO")]
    pub scenario: Option<String>,

    /// Seed for drawing situations and shuffling options [default: from the clock, printed]
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// How many situations, 1 to 100.
    #[arg(
        long = "questions",
        value_name = "N",
        default_value_t = 3,
        value_parser = RangedU64ValueParser::<usize>::new().range(1..=MAX_SITUATIONS as u64)
    )]
    pub situations: usize,

    /// Walk the situation yourself instead of drawing one.
    #[arg(long, conflicts_with = "answers")]
    pub walk: bool,

    /// Give the situation's walk: QUESTION=CHOICE, repeatable.
    #[arg(short, long = "answer", value_name = "QUESTION=CHOICE")]
    pub answers: Vec<String>,

    /// Grade prepared responses: the letters circled on the sheet or recommendation ids, as a
    /// YAML or JSON list in item order (`[c, d, a]`) or mapped from item numbers (`1: c`).
    #[arg(long, value_name = "FILE")]
    pub responses: Option<PathBuf>,

    /// Save a record to FILE, rewritten after every item.
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,

    /// Continue the quiz saved in FILE.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["seed", "walk", "answers"])]
    pub resume: Option<PathBuf>,

    /// The participant's name, kept in the record.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// A facilitator sees the answers marked (and, on a printed sheet, the key).
    #[arg(long, value_enum, default_value_t = RoleArg::Participant)]
    pub role: RoleArg,

    /// Output format of the result or the sheet.
    #[arg(short, long, value_enum, default_value_t = PlayFormat::Text)]
    pub format: PlayFormat,

    /// Write the result to FILE (atomically) instead of stdout; `-` is stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Never prompt: print the sheet, or grade --responses.
    #[arg(long)]
    pub no_input: bool,

    #[command(flatten)]
    pub plain: PlainArg,

    /// Be driven by another program: events on stdout and commands on stdin, one JSON object
    /// a line (`{"type":"answer","choice":"b"}`, `skip`, `quit`); the result comes as a
    /// `result` event, graded items as `graded`, refused lines as `error`. With --walk, the
    /// walk comes first, as `play --events` drives it. The README links the list of every
    /// event and command.
    #[arg(long, conflicts_with_all = ["responses", "no_input", "format", "output"])]
    pub events: bool,
}

/// Arguments of `stance html`.
#[derive(Debug, Args)]
pub struct HtmlArgs {
    #[command(flatten)]
    pub scenario: ScenarioArg,

    /// A facilitator's page also shows the facilitator notes, the discussion prompts and
    /// what each choice adds; a participant's page does not hold them at all.
    #[arg(long, value_enum, default_value_t = RoleArg::Participant)]
    pub role: RoleArg,

    #[command(flatten)]
    pub output: OutputArg,
}

/// Arguments of `stance serve`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ServeArgs {
    #[command(subcommand)]
    pub action: Option<ServeAction>,

    /// A scenario id from `stance list` or a path to a YAML file [default: the built-in
    /// scenario; continuing with `--db`, the scenario the session started with]
    #[arg(value_name = "SCENARIO")]
    pub scenario: Option<String>,

    /// The address to listen on: `127.0.0.1` is this machine only; `0.0.0.0` is every
    /// network it is on, so that the room's devices can join.
    #[arg(long, default_value = "127.0.0.1", value_name = "HOST")]
    pub host: IpAddr,

    /// The port to listen on; 0 takes a free one.
    #[arg(long, default_value_t = 8080, value_name = "PORT")]
    pub port: u16,

    /// The session database: a new file starts a session, an existing one continues it
    /// [default: a new file named after the scenario and the session's code, here]
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,

    /// The facilitator's token, for scripts: 16 to 256 letters, digits, `-`, `_`, `.` or
    /// `~` [default: 256 random bits; a continued session keeps its own]
    #[arg(
        long,
        env = "STANCE_FACILITATOR_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub facilitator_token: Option<String>,

    /// Show each question's facilitator notes and discussion prompts on the dashboard (off
    /// by default, since the dashboard is usually on the projector).
    #[arg(long)]
    pub role_notes: bool,
}

/// What `stance serve` does besides serving.
#[derive(Debug, Subcommand)]
pub enum ServeAction {
    /// Write one stance-record/1 file per participant of a session, for `stance compare`.
    #[command(after_help = SERVE_EXPORT_EXAMPLES)]
    Export(ServeExportArgs),
}

/// Arguments of `stance serve export`.
#[derive(Debug, Args)]
pub struct ServeExportArgs {
    /// The session database.
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,

    /// The folder to write the records in; created if missing.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
}

/// Arguments of `stance brief`.
#[derive(Debug, Args)]
pub struct BriefArgs {
    #[command(flatten)]
    pub scenario: ScenarioArg,

    /// The situation: QUESTION=CHOICE, repeatable.
    #[arg(short, long = "answer", value_name = "QUESTION=CHOICE")]
    pub answers: Vec<String>,

    /// Read the situation from a YAML or JSON file mapping question ids to choice ids (`-`
    /// for stdin).
    #[arg(long = "answers", value_name = "FILE")]
    pub answers_file: Option<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = BriefFormat::Markdown)]
    pub format: BriefFormat,

    /// A facilitator's brief also carries the facilitator notes.
    #[arg(long, value_enum, default_value_t = RoleArg::Participant)]
    pub role: RoleArg,

    #[command(flatten)]
    pub output: OutputArg,

    /// Never prompt: fail with exit code 2 if a question on the path has no answer.
    #[arg(long)]
    pub no_input: bool,
}

/// Brief formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BriefFormat {
    /// Markdown.
    Markdown,
    /// One self-contained HTML page that prints cleanly.
    Html,
}

/// Arguments of `stance compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// A record written by `play --record` or `quiz --record`.
    #[arg(value_name = "RECORD")]
    pub record: PathBuf,

    /// The scenario, when it is not found by the record's id (a path, say).
    #[arg(long, value_name = "SCENARIO")]
    pub scenario: Option<String>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = PlayFormat::Text)]
    pub format: PlayFormat,

    #[command(flatten)]
    pub output: OutputArg,
}

/// Arguments of `stance report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Records written by `play --record` or `quiz --record`, or session databases of
    /// `stance serve`. A record of another scenario than the rest is left out, with a
    /// warning.
    #[arg(value_name = "RECORD", required = true)]
    pub records: Vec<PathBuf>,

    /// The scenario, when it is not found by the records' id (a path, say); without it, the
    /// scenario most of the records name.
    #[arg(long, value_name = "SCENARIO")]
    pub scenario: Option<String>,

    /// Refuse the whole set when a record is of another scenario, instead of leaving it out.
    #[arg(long)]
    pub strict: bool,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ReportKind::Text)]
    pub format: ReportKind,

    /// Print a DOT graph of the scenario, each edge labelled with how many took it.
    #[arg(long, conflicts_with = "format")]
    pub graph: bool,

    #[command(flatten)]
    pub output: OutputArg,
}

/// Report formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportKind {
    /// Readable text.
    Text,
    /// Markdown, for a debrief handout.
    Markdown,
    /// One row per participant, for a gradebook.
    Csv,
    /// JSON.
    Json,
}

/// Arguments of `stance rehearse`.
#[derive(Debug, Args)]
pub struct RehearseArgs {
    #[command(flatten)]
    pub scenario: ScenarioArg,

    /// Seed for drawing the cards [default: from the clock, printed]
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// How many cards (situations), 1 to 100; fewer when the scenario has fewer walks.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 5,
        value_parser = RangedU64ValueParser::<usize>::new().range(1..=MAX_CARDS as u64)
    )]
    pub cards: usize,

    /// Seconds to recall each card, with a countdown: 1 to 3600.
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub time_limit: Option<u64>,

    /// Self-grades without a terminal, one per attempt: y (recalled) or n, comma-separated.
    #[arg(long, value_name = "Y,N,...", value_delimiter = ',')]
    pub grades: Vec<String>,

    #[command(flatten)]
    pub plain: PlainArg,

    /// Output format of the summary.
    #[arg(short, long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// Arguments of `stance new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Where to write the scenario; an existing file is never overwritten. With
    /// `--translation`, the scenario to translate: an id from `stance list` or a path.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Write a translation of the scenario to LANG (`ko`) instead, with an entry for every
    /// text to fill in; beside the scenario as `NAME.LANG.yaml`, unless `--output` says
    /// where. The texts of a translation already there are kept.
    #[arg(long, value_name = "LANG", value_parser = language::parse_tag)]
    pub translation: Option<String>,

    /// Where to write the translation; an existing file is never overwritten.
    #[arg(short, long, value_name = "FILE", requires = "translation")]
    pub output: Option<PathBuf>,
}

/// Arguments of `stance schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    #[command(flatten)]
    pub output: OutputArg,
}

/// Arguments of `stance completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Shells with completion scripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
    /// Elvish.
    Elvish,
    /// `PowerShell`.
    Powershell,
}

/// Arguments of `stance man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to write (`play` writes `stance-play(1)`); without it, the
    /// page of `stance` itself.
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,

    /// Write every page (`stance.1` and `stance-COMMAND.1` for each command) into the
    /// folder DIR, for example a `man1` folder on the manual path.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["command", "output"])]
    pub out_dir: Option<PathBuf>,

    #[command(flatten)]
    pub output: OutputArg,
}

const PLAY_EXAMPLES: &str = "\
Interactive when stdin and stderr are terminals: arrow keys or j/k to move, Enter to choose,
Esc or q to quit. Given answers are used first; questions left are asked, or without a
terminal (or with --no-input) reported with exit code 2. With --plain (or ACCESSIBLE set),
questions are asked as numbered lines instead, for screen readers and scripts. With --events,
another program drives the walk with JSON lines (the README links every event and command).

Examples:
  stance play
  stance play --plain                                Numbered prompts for a screen reader
  printf '1\\n2\\n1\\n1\\n' | stance play --plain      The same, typed by a script
  stance play korea-us-alliance --answer peninsula=status_quo --answer nk_provocation=no \\
              --answer sma=inside_sofa --answer regional_role=no
  stance play --answers answers.yaml --format markdown --output brief.md
  stance play --name Ana --record ana.json          Save every step; Ctrl-C loses nothing
  stance play --resume ana.json                      Continue where Ana stopped
  stance play --events --record ana.json             JSON lines for a program to drive
  echo '{\"peninsula\": \"reunification\", \"sma\": \"outside_sofa\", \"regional_role\": \"yes\"}' \\
    | stance play --answers - --format json";

const CHECK_EXAMPLES: &str = "\
Errors exit with code 1; warnings alone exit 0 unless --deny-warnings.

Examples:
  stance check                                 Every scenario `stance list` shows
  stance check my-scenario.yaml
  stance check --source essay.txt scenarios/   Also check every quote against the essay
  stance check --format json scenarios/ | jq '.[] | select(.severity == \"error\")'";

const SOURCE_EXAMPLES: &str = "\
With --find, the exit code is 1 when some words are in no body paragraph.

Examples:
  stance source essay.txt                       Every block, numbered as citations count
  stance source essay.txt --find \"a relic of the Cold War\"
  stance source essay.txt --find \"first words\" --find \"other words\" --format json";

const LIST_EXAMPLES: &str = "\
Examples:
  stance list
  stance list --dir lessons/ --format json";

/// Who is using a command: what they may see (`--role`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    /// Sees the questions and, at the end, the stance; never the facilitator's notes.
    #[default]
    Participant,
    /// Also sees facilitator notes, discussion prompts and the author's stance up front.
    Facilitator,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Participant => Self::Participant,
            RoleArg::Facilitator => Self::Facilitator,
        }
    }
}

/// Arguments of `stance play`.
#[derive(Debug, Args)]
pub struct PlayArgs {
    /// A scenario id from `stance list`, a path to a YAML file, or `-` for stdin
    /// [default: korea-us-alliance, or the resumed record's scenario]
    #[arg(value_name = "SCENARIO")]
    pub scenario: Option<String>,

    /// Answer a question ahead of time: QUESTION=CHOICE, by id. Repeatable.
    #[arg(short, long = "answer", value_name = "QUESTION=CHOICE")]
    pub answers: Vec<String>,

    /// Read answers from a YAML or JSON file mapping question ids to choice ids (`-` for
    /// stdin).
    #[arg(long = "answers", value_name = "FILE")]
    pub answers_file: Option<PathBuf>,

    /// Keep a note on a question: QUESTION=TEXT, your own view or dissent. Repeatable.
    #[arg(long = "note", value_name = "QUESTION=TEXT")]
    pub notes: Vec<String>,

    /// Save a record of the walk to FILE, rewritten after every step.
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,

    /// Continue the walk saved in FILE (and keep saving to it unless --record names another).
    #[arg(long, value_name = "FILE")]
    pub resume: Option<PathBuf>,

    /// The participant's name, kept in the record.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// Who is playing: a facilitator also sees notes, discussion prompts and what each
    /// choice adds.
    #[arg(long, value_enum, default_value_t = RoleArg::Participant)]
    pub role: RoleArg,

    /// Never prompt: fail with exit code 2 if a question on the path has no answer.
    #[arg(long)]
    pub no_input: bool,

    #[command(flatten)]
    pub plain: PlainArg,

    /// Output format of the stance.
    #[arg(short, long, value_enum, default_value_t = PlayFormat::Text)]
    pub format: PlayFormat,

    /// Write the stance to FILE (atomically) instead of stdout; `-` is stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Be driven by another program: events on stdout and commands on stdin, one JSON object
    /// a line (`{"type":"answer","choice":"ID"}`, `back`, `note`, `quit`); the stance comes as
    /// a `stance` event, refused lines as `error` events. The README links the list of every
    /// event and command.
    #[arg(long, conflicts_with_all = ["answers_file", "plain", "no_input", "role", "format", "output"])]
    pub events: bool,
}

/// Output formats of `stance play`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PlayFormat {
    /// Readable text, coloured on a terminal.
    Text,
    /// JSON, in a stable shape (the README's “A scripted walk” shows it).
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

/// Arguments of `stance source`.
#[derive(Debug, Args)]
pub struct SourceArgs {
    /// The essay, as plain UTF-8 text; `-` for stdin.
    #[arg(value_name = "ESSAY")]
    pub essay: PathBuf,

    /// Say which body paragraph holds these words (the quote of a citation), and whether
    /// they are there verbatim. Repeatable.
    #[arg(long, value_name = "WORDS")]
    pub find: Vec<String>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
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

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> String {
    let mut command = Cli::command();
    let mut out = Vec::new();
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Elvish => clap_complete::Shell::Elvish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
    };
    clap_complete::generate(generator, &mut command, "stance", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// A man page: its file name (`stance-play.1`) and its roff.
#[derive(Debug)]
pub struct ManPage {
    /// The command's name as `man` knows it: `stance` or `stance-play`.
    pub name: String,
    /// The page's file name, in section 1.
    pub file_name: String,
    /// The page, in roff.
    pub roff: String,
}

/// The man pages: `stance` first, then one per command in the order `--help` lists them, a
/// command's own commands after it (`stance-serve-export`).
/// Each command's page has its own options and the global ones.
pub fn man_pages() -> Vec<ManPage> {
    // Built as clap_mangen's `generate_to` builds them, so that each command's page is named
    // `stance-COMMAND` and carries the global options, but into memory, for atomic writes.
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    collect_man_pages(&command, &mut pages);
    pages
}

/// `command`'s page, then its commands', depth first (`stance-serve`, `stance-serve-export`).
fn collect_man_pages(command: &clap::Command, pages: &mut Vec<ManPage>) {
    pages.push(man_page_of(command));
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        collect_man_pages(sub, pages);
    }
}

fn man_page_of(command: &clap::Command) -> ManPage {
    let after_help = command.get_after_help().map(ToString::to_string);
    let is_top = command
        .get_display_name()
        .is_none_or(|name| name == "stance");
    let man = clap_mangen::Man::new(command.clone())
        .source(format!("stance {}", env!("CARGO_PKG_VERSION")))
        .manual("stance manual");
    let mut out = Vec::new();
    // Rendering into memory cannot fail. The sections are clap_mangen's, in its order, but
    // for the text after the options: its examples are kept as typed (no filling, no
    // hyphenation), so that they can be copied into a shell.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    if command.get_arguments().any(|arg| !arg.is_hide_set()) {
        let _ = man.render_options_section(&mut out);
    }
    if command.has_subcommands() {
        let _ = man.render_subcommands_section(&mut out);
    }
    let mut roff = String::from_utf8_lossy(&out).into_owned();
    if let Some(after_help) = after_help {
        roff.push_str(&roff_after_help(&after_help));
    }
    if is_top {
        let mut version = Vec::new();
        let _ = man.render_version_section(&mut version);
        roff.push_str(&String::from_utf8_lossy(&version));
    } else {
        roff.push_str(".SH \"SEE ALSO\"\n\\fBstance\\fR(1)\n");
    }
    let file_name = man.get_filename();
    let name = file_name.trim_end_matches(".1").to_owned();
    ManPage {
        name,
        file_name,
        roff,
    }
}

/// A command's text after its options, in roff: the prose as a `NOTES` section of filled
/// paragraphs, and what follows `Examples:` as an `EXAMPLES` section line by line.
fn roff_after_help(after_help: &str) -> String {
    let (notes, examples) = match after_help.split_once("Examples:\n") {
        Some((notes, examples)) => (notes, examples),
        None => (after_help, ""),
    };
    let mut out = String::new();
    let notes = notes.trim();
    if !notes.is_empty() {
        out.push_str(".SH NOTES\n");
        for paragraph in notes.split("\n\n") {
            out.push_str(".PP\n");
            for line in paragraph.lines() {
                out.push_str(&roff_line(line.trim_start()));
            }
        }
    }
    if !examples.trim().is_empty() {
        out.push_str(".SH EXAMPLES\n.nf\n");
        for line in examples.trim_end().lines() {
            out.push_str(&roff_line(line));
        }
        out.push_str(".fi\n");
    }
    out
}

/// One line of text in roff: backslashes and hyphens escaped (a `-` is a minus, as a
/// flag needs), and a line that would read as a request guarded.
fn roff_line(line: &str) -> String {
    let escaped = line.replace('\\', "\\e").replace('-', "\\-");
    let guard = if escaped.starts_with(['.', '\'']) {
        "\\&"
    } else {
        ""
    };
    format!("{guard}{escaped}\n")
}

/// Parses the arguments (program name first), with `--help` in `locale`. On `--help`,
/// `--version` or a usage error, prints what clap says and returns the exit code instead.
pub fn parse<I, T>(args: I, locale: Locale) -> Result<Cli, i32>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let parsed = match help_text::localized(locale) {
        None => Cli::try_parse_from(args),
        Some(mut command) => command
            .try_get_matches_from_mut(args)
            .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches))
            .map_err(|error| error.format(&mut command)),
    };
    parsed.map_err(|error| report(&nearest_only(error), Messages::new(locale)))
}

/// A mistyped subcommand suggests the one nearest to it, as every other name stance
/// suggests does, rather than clap's list of everything somewhat alike (`paly` offered
/// `analyze` beside `play`).
fn nearest_only(mut error: clap::Error) -> clap::Error {
    if error.kind() != ErrorKind::InvalidSubcommand {
        return error;
    }
    let Some(ContextValue::String(typed)) = error.get(ContextKind::InvalidSubcommand).cloned()
    else {
        return error;
    };
    let command = Cli::command();
    let names = command.get_subcommands().map(clap::Command::get_name);
    let nearest = stance_core::text::suggest::nearest(&typed, names).map(str::to_owned);
    match nearest {
        Some(name) => {
            error.insert(
                ContextKind::SuggestedSubcommand,
                ContextValue::Strings(vec![name]),
            );
        }
        None => {
            error.remove(ContextKind::SuggestedSubcommand);
        }
    }
    error
}

/// Prints what clap says. Help and the version go to standard output, styled as clap styles
/// them on a terminal; a failed write there is an error of its own. Usage errors go to
/// standard error, plain and neutralised, since they quote the arguments as typed, and in
/// the words of `messages` when it is not English.
fn report(error: &clap::Error, messages: Messages) -> i32 {
    if error.use_stderr() {
        let said = (messages.locale() != Locale::En)
            .then(|| usage_error::render(error, messages))
            .flatten()
            .unwrap_or_else(|| error.render().to_string());
        crate::cli::stderr::write(&printable(&said));
        return error.exit_code();
    }
    let styled = color::decide(
        ColorWhen::Auto,
        std::env::var_os("NO_COLOR").as_deref(),
        std::env::var_os("TERM").as_deref(),
        std::io::stdout().is_terminal(),
    );
    let rendered = if styled {
        error.render().ansi().to_string()
    } else {
        error.render().to_string()
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(rendered.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            crate::cli::stderr::line(&format!(
                "error: {}",
                crate::cli::error::Error::write("standard output", &e)
            ));
            crate::cli::error::EXIT_USAGE
        }
        _ => error.exit_code(),
    }
}
