//! The one place that decides whether output is coloured.

use std::ffi::OsStr;
use std::io::IsTerminal;

use crate::cli::ColorWhen;

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
        let colors = Self {
            stdout: decide(std::io::stdout().is_terminal()),
            stderr: decide(std::io::stderr().is_terminal()),
            file: decide(false),
        };
        console::set_colors_enabled(colors.stdout);
        console::set_colors_enabled_stderr(colors.stderr);
        colors
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

    /// Makes `colored` paint (or not) for text about to be written to `target`.
    pub fn paint_for(self, target: Target) {
        colored::control::set_override(self.enabled(target));
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

    use super::decide;
    use crate::cli::ColorWhen;

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
