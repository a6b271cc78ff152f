//! A mistyped command line, said in the interface's language. clap finds what is wrong; for a
//! language other than English its error is worded here, from the `command_line.ftl`
//! catalogue, with the usage and the hint to `--help`. English stays clap's own words.

use std::error::Error as _;
use std::fmt::Write;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use stance_core::text::messages::{Arg, Messages};

/// `error`, worded in `messages`' language, without styles: `None` for an error this does
/// not know how to say, which clap then says in English.
pub fn render(error: &clap::Error, messages: Messages) -> Option<String> {
    let m = messages;
    let mut hints: Vec<String> = Vec::new();
    let message = message(error, m, &mut hints)?;
    let mut out = format!("{} {message}\n", m.text("error-label"));
    if !hints.is_empty() {
        out.push('\n');
    }
    for hint in hints {
        let _ = writeln!(out, "  {} {hint}", m.text("help-label"));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").map_or(usage.clone(), |rest| {
            format!("{}{rest}", m.text("help-heading-usage"))
        });
        let _ = writeln!(out, "\n{usage}");
    }
    let _ = writeln!(
        out,
        "\n{}",
        m.text_with("cli-try-help", &[("flag", Arg::from("--help"))])
    );
    Some(out)
}

/// What is wrong, in `m`'s words, with the hints that go under it pushed on `hints`.
fn message(error: &clap::Error, m: Messages, hints: &mut Vec<String>) -> Option<String> {
    let text = |kind| context_text(error, kind);
    let quoted = |kind| text(kind).map(Arg::from);
    let message = match error.kind() {
        ErrorKind::UnknownArgument => {
            let argument = text(ContextKind::InvalidArg)?;
            match text(ContextKind::SuggestedArg) {
                Some(nearest) => hints.push(did_you_mean(&nearest, m)),
                // clap's own tip for a word that looks like a flag.
                None if argument.starts_with('-') => hints.push(m.text_with(
                    "cli-as-value",
                    &[("argument", Arg::from(argument.as_str()))],
                )),
                None => {}
            }
            m.text_with("cli-unknown-argument", &[("argument", Arg::from(argument))])
        }
        ErrorKind::InvalidSubcommand => {
            if let Some(nearest) = text(ContextKind::SuggestedSubcommand) {
                hints.push(did_you_mean(&nearest, m));
            }
            m.text_with(
                "cli-unknown-command",
                &[("command", quoted(ContextKind::InvalidSubcommand)?)],
            )
        }
        ErrorKind::InvalidValue => {
            if let Some(nearest) = text(ContextKind::SuggestedValue) {
                hints.push(did_you_mean(&nearest, m));
            }
            let value = text(ContextKind::InvalidValue)?;
            let argument = quoted(ContextKind::InvalidArg)?;
            let mut said = if value.is_empty() {
                m.text_with("cli-value-required", &[("argument", argument)])
            } else {
                m.text_with(
                    "cli-invalid-value",
                    &[("value", Arg::from(value)), ("argument", argument)],
                )
            };
            if let Some(valid) = text(ContextKind::ValidValue) {
                let _ = write!(
                    said,
                    "\n  {}",
                    m.text_with("cli-possible-values", &[("values", Arg::from(valid))])
                );
            }
            said
        }
        ErrorKind::ValueValidation => {
            // Why comes from the flag's own check, in English.
            let why = error.source().map(ToString::to_string).unwrap_or_default();
            m.text_with(
                "cli-value-refused",
                &[
                    ("value", quoted(ContextKind::InvalidValue)?),
                    ("argument", quoted(ContextKind::InvalidArg)?),
                    ("why", Arg::from(why)),
                ],
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = text(ContextKind::InvalidArg)?.replace(", ", "\n  ");
            m.text_with("cli-missing", &[("arguments", Arg::from(missing))])
        }
        ErrorKind::ArgumentConflict => m.text_with(
            "cli-conflict",
            &[
                ("argument", quoted(ContextKind::InvalidArg)?),
                ("prior", quoted(ContextKind::PriorArg)?),
            ],
        ),
        ErrorKind::NoEquals => m.text_with(
            "cli-no-equals",
            &[("argument", quoted(ContextKind::InvalidArg)?)],
        ),
        ErrorKind::TooManyValues => m.text_with(
            "cli-too-many-values",
            &[
                ("value", quoted(ContextKind::InvalidValue)?),
                ("argument", quoted(ContextKind::InvalidArg)?),
            ],
        ),
        _ => return None,
    };
    Some(message)
}

/// A context's value as text: a list joined with `, `.
fn context_text(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(value) => Some(value.clone()),
        ContextValue::Strings(values) if !values.is_empty() => Some(values.join(", ")),
        ContextValue::StyledStr(value) => Some(value.to_string()),
        _ => None,
    }
}

fn did_you_mean(nearest: &str, m: Messages) -> String {
    m.text_with("cli-did-you-mean", &[("name", Arg::from(nearest))])
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use stance_core::text::messages::{Locale, Messages};

    use super::render;
    use crate::cli::args::Cli;

    /// What the Korean interface says for `args`.
    fn said(args: &[&str]) -> String {
        let error = Cli::command()
            .try_get_matches_from(args)
            .expect_err("a usage error");
        render(&error, Messages::new(Locale::Ko)).unwrap_or_else(|| error.to_string())
    }

    #[test]
    fn usage_errors_are_said_in_korean_with_the_usage_and_the_way_to_help() {
        for (args, expected) in [
            (
                &["stance", "play", "--bogus"][..],
                "오류: 알 수 없는 인수 '--bogus'이(가) 있습니다\n\n  도움말: '--bogus'을(를) 값으로 넘기려면 '-- --bogus'라고 쓰십시오\n\n사용법: stance play [OPTIONS] [SCENARIO]\n\n자세한 내용은 '--help'를 보십시오.\n",
            ),
            (
                &["stance", "paly"][..],
                "오류: 알 수 없는 명령 'paly'\n\n  도움말: 혹시 '",
            ),
            (
                &["stance", "play", "--lang"][..],
                "오류: '--lang <LANG>'에 값을 주어야 합니다\n",
            ),
            (
                &["stance", "play", "--format", "xml"][..],
                "오류: 'xml'은(는) '--format <FORMAT>'에 맞는 값이 아닙니다\n  가능한 값: text, json, markdown\n",
            ),
            (
                &["stance", "source"][..],
                "오류: 꼭 주어야 하는 인수가 없습니다:\n  <ESSAY>\n\n사용법: stance source <ESSAY>\n",
            ),
        ] {
            let shown = said(args);
            assert!(shown.starts_with(expected), "{args:?}:\n{shown}");
            assert!(
                !shown.contains("error:") && !shown.contains("Usage:"),
                "{shown}"
            );
        }
        let refused = said(&["stance", "quiz", "--questions", "0"]);
        assert!(
            refused.starts_with(
                "오류: '0'은(는) '--questions <N>'에 맞는 값이 아닙니다: 0 is not in 1..=100\n"
            ),
            "{refused}"
        );
    }
}
