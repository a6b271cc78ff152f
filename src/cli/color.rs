//! The one place that decides whether output is coloured, and how each style is painted.

use std::ffi::OsStr;
use std::io::IsTerminal;

use clap::ValueEnum;
use console::Style as Paint;
use stance_core::text::style::{Style, Styler};

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

/// Where some output goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Standard output.
    Stdout,
    /// Standard error: prompts, diagnostics, warnings.
    Stderr,
    /// A file named by `--output`.
    File,
}

/// Whether each target gets colour, decided once at start-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colors {
    stdout: bool,
    stderr: bool,
    file: bool,
}

impl Colors {
    /// Decides from `--color`, `NO_COLOR`, `TERM` and whether each stream is a terminal.
    pub fn resolve(when: ColorWhen) -> Self {
        let no_color = std::env::var_os("NO_COLOR");
        let term = std::env::var_os("TERM");
        let decide =
            |is_terminal: bool| decide(when, no_color.as_deref(), term.as_deref(), is_terminal);
        Self {
            stdout: decide(std::io::stdout().is_terminal()),
            stderr: decide(std::io::stderr().is_terminal()),
            file: decide(false),
        }
    }

    /// No colour anywhere.
    pub fn none() -> Self {
        Self {
            stdout: false,
            stderr: false,
            file: false,
        }
    }

    /// Whether `target` gets colour.
    pub fn enabled(self, target: Target) -> bool {
        match target {
            Target::Stdout => self.stdout,
            Target::Stderr => self.stderr,
            Target::File => self.file,
        }
    }

    /// What paints text written to `target`.
    pub fn painter(self, target: Target) -> Painter {
        Painter::new(self.enabled(target))
    }
}

/// Paints the engine's styles as terminal colours, or leaves text plain; each call says
/// which, so that nothing depends on a process-wide switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Painter {
    enabled: bool,
}

impl Painter {
    /// A painter that paints, or one that leaves text plain.
    pub fn new(enabled: bool) -> Self {
        Self { enabled }
    }
}

impl Styler for Painter {
    fn paint(&self, style: Style, text: &str) -> String {
        if !self.enabled {
            return text.to_owned();
        }
        let paint = match style {
            Style::Strong => Paint::new().bold(),
            Style::Section => Paint::new().bold().underlined(),
            Style::Muted => Paint::new().dim(),
            Style::Question | Style::Answer => Paint::new().cyan(),
            Style::QuestionHeading | Style::Help => Paint::new().cyan().bold(),
            Style::Ending => Paint::new().magenta(),
            Style::EndingHeading => Paint::new().magenta().bold(),
            Style::Added => Paint::new().green(),
            Style::Removed => Paint::new().red(),
            Style::Note => Paint::new().italic(),
            Style::Undone => Paint::new().dim().strikethrough(),
            Style::Inferred => Paint::new().italic().yellow(),
            Style::Citation => Paint::new().yellow(),
            Style::Success => Paint::new().green().bold(),
            Style::Failure => Paint::new().red().bold(),
            Style::Warning => Paint::new().yellow().bold(),
        };
        paint.force_styling(true).apply_to(text).to_string()
    }
}

/// The rule: an explicit `--color always|never` wins; then a non-empty `NO_COLOR` means
/// never; then colour only on a terminal whose `TERM` is not `dumb`.
pub fn decide(
    when: ColorWhen,
    no_color: Option<&OsStr>,
    term: Option<&OsStr>,
    is_terminal: bool,
) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            no_color.is_none_or(OsStr::is_empty) && is_terminal && term.is_none_or(|t| t != "dumb")
        }
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    use super::{ColorWhen, decide};

    #[test]
    fn precedence() {
        let some = |s: &'static str| Some(OsStr::new(s));
        let cases = [
            (ColorWhen::Always, some("1"), None, false, true),
            (ColorWhen::Never, None, some("xterm"), true, false),
            (ColorWhen::Auto, some("1"), some("xterm"), true, false),
            (ColorWhen::Auto, some(""), some("xterm"), true, true),
            (ColorWhen::Auto, None, some("dumb"), true, false),
            (ColorWhen::Auto, None, None, true, true),
            (ColorWhen::Auto, None, some("xterm"), false, false),
        ];
        for (when, no_color, term, tty, expected) in cases {
            assert_eq!(
                decide(when, no_color, term, tty),
                expected,
                "{when:?} {no_color:?} {term:?} {tty}"
            );
        }
    }
}
