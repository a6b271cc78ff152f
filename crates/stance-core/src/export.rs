//! Renderers for a finished walk.

pub mod briefing;
pub mod comparison_table;
pub mod document_schema;
pub mod dot;
pub mod findings;
pub mod mermaid;
pub mod outline;
pub mod path_list;
pub mod quiz_sheet;
pub mod scenario_json;
pub mod source_listing;
pub mod stance_json;
pub mod stance_markdown;
pub mod stance_text;
pub mod translation_template;
pub mod walk_table;

use std::fmt::Write;

use serde::Serialize;

use crate::scenario::condition::Condition;
use crate::scenario::{Next, Recommends, Scenario, Source};
use crate::text::messages::{Arg, Messages};
use crate::walk::stance::Stance;

/// `value` as pretty-printed JSON ending in a newline. `serde_json` escapes the C0 control
/// characters; DEL, the C1 controls (one of which starts terminal escape sequences) and the
/// invisible characters [`printable`](crate::text::printable) names are escaped here too, so that
/// no JSON output can drive a terminal or reorder what it shows, and every string still
/// reads back exactly.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    let text = serde_json::to_string_pretty(value)
        .unwrap_or_else(|_| unreachable!("stance serialises only plain data"));
    let mut out = escape_controls(&text);
    out.push('\n');
    out
}

/// `value` as one line of JSON, escaped as [`to_json`] escapes it, without a newline: an
/// event of the event protocol.
pub fn to_json_line<T: Serialize + ?Sized>(value: &T) -> String {
    let text = serde_json::to_string(value)
        .unwrap_or_else(|_| unreachable!("stance serialises only plain data"));
    escape_controls(&text)
}

/// JSON text with DEL, the C1 controls and the invisible characters escaped.
fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    for c in text.chars() {
        // Outside strings JSON is plain ASCII, so every such character is inside one.
        if ('\u{7f}'..='\u{9f}').contains(&c) || crate::text::printable::is_invisible(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// "Author, “Title”, Publisher, date": the source on one line, without the note.
pub fn source_line(source: &Source) -> String {
    let mut line = format!("{}, \u{201c}{}\u{201d}", source.author, source.title);
    for part in [&source.publisher, &source.date].into_iter().flatten() {
        line.push_str(", ");
        line.push_str(part);
    }
    line
}

/// The command that replays a walk: `stance play SCENARIO --answer q=c ... --note q=text`,
/// naming the scenario as the person did (an id or a path), with the walk's answers and its
/// notes, neutralised: a path that holds control characters cannot be typed anyway, and must
/// not drive the terminal it is shown on; a note's line breaks are shown as `⏎`.
pub fn replay_command<'a>(
    scenario: &str,
    answers: impl Iterator<Item = (&'a str, &'a str)>,
    notes: impl Iterator<Item = (&'a str, &'a str)>,
) -> String {
    replay_words(scenario, answers, notes).join(" ")
}

/// [`replay_command`] in the pieces a line may be broken between: `stance play SCENARIO`,
/// then each flag with its value, already quoted for the shell.
pub fn replay_words<'a>(
    scenario: &str,
    answers: impl Iterator<Item = (&'a str, &'a str)>,
    notes: impl Iterator<Item = (&'a str, &'a str)>,
) -> Vec<String> {
    let scenario = crate::text::printable::one_line(scenario);
    let mut words = vec![format!("stance play {}", shell_quote(&scenario))];
    words.extend(answers.map(|(question, choice)| format!("--answer {question}={choice}")));
    words.extend(notes.map(|(question, note)| {
        let flag = format!("{question}={}", crate::text::printable::one_line(note));
        format!("--note {}", shell_quote(&flag))
    }));
    words
}

/// [`replay_command`] for a stance: its answers and notes, in the order of the walk.
pub fn replay_stance(scenario: &str, stance: &Stance<'_>) -> String {
    replay_stance_words(scenario, stance).join(" ")
}

/// [`replay_words`] for a stance.
pub fn replay_stance_words(scenario: &str, stance: &Stance<'_>) -> Vec<String> {
    let questions = &stance.scenario.questions;
    replay_words(
        scenario,
        stance
            .steps()
            .map(|(question, choice, _)| (question, choice)),
        stance.path.iter().filter_map(|step| {
            let note = stance.notes.get(&step.question)?;
            Some((questions[step.question].id.as_str(), note.as_str()))
        }),
    )
}

/// The graph id of the question or ending a choice or gate leads to: `q_ID` or `e_ID`.
/// Ids are `snake_case`, so they are safe in DOT and Mermaid alike.
pub fn graph_node(scenario: &Scenario, next: Next) -> String {
    match next {
        Next::Question(ix) => format!("q_{}", scenario.questions[ix].id),
        Next::Ending(ix) => format!("e_{}", scenario.endings[ix].id),
    }
}

/// `+ id` for each recommendation, with ` [when: condition]` for a conditional one.
pub fn recommendation_lines(
    scenario: &Scenario,
    recommends: &[Recommends],
    messages: Messages,
) -> Vec<String> {
    recommends
        .iter()
        .map(|r| {
            let id = &scenario.recommendations[r.recommendation].id;
            match &r.when {
                Some(when) => format!("+ {id} {}", when_label(scenario, when, messages)),
                None => format!("+ {id}"),
            }
        })
        .collect()
}

/// `[when: CONDITION]`, as a graph marks what holds only on some walks.
pub fn when_label(scenario: &Scenario, when: &Condition, messages: Messages) -> String {
    messages.text_with(
        "graph-when",
        &[("condition", Arg::from(scenario.describe(when)))],
    )
}

/// A CSV field (RFC 4180): neutralised like any text for people; a leading `=`, `+`, `-`,
/// `@` or tab escaped with `'` so that a spreadsheet shows the text instead of running it as
/// a formula; and quoted when it holds a comma, a semicolon or a tab (the separators of
/// other locales), a quote or a line break, so that it stays one cell wherever it is opened.
pub fn csv_field(field: &str) -> String {
    let field = crate::text::printable::printable(field);
    // A spreadsheet would run a cell that starts like a formula.
    let field = if field.starts_with(['=', '+', '-', '@', '\t']) {
        format!("'{field}")
    } else {
        field.into_owned()
    };
    if field.contains([',', ';', '\t', '"', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// Quotes a word for a POSIX shell when it holds anything but safe characters.
fn shell_quote(word: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c);
    if !word.is_empty() && word.chars().all(safe) {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// A valid scenario whose texts hold quotes, markup, backslashes and an escape character,
/// for the tests of the graph formats.
#[cfg(test)]
pub(crate) fn hostile_scenario() -> Scenario {
    let text = include_str!("../../../tests/fixtures/valid/hostile.yaml");
    let document: crate::load::document::Document = crate::load::yaml::parse(text).expect("parses");
    let analysis = crate::check::analyser::analyse(document, None);
    analysis
        .scenario
        .unwrap_or_else(|| panic!("valid: {:?}", analysis.diagnostics))
}

#[cfg(test)]
mod tests {
    use super::replay_command;

    #[test]
    fn csv_quoting() {
        assert_eq!(super::csv_field("plain"), "plain");
        assert_eq!(super::csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(super::csv_field("=SUM(A1)"), "'=SUM(A1)");
        let cases = [
            ("a\u{1b}b", "a\u{fffd}b"),
            // Semicolons separate cells in some locales; a cell that holds one is quoted.
            ("Ana;=1+1;@SUM(A1)", "\"Ana;=1+1;@SUM(A1)\""),
            ("\t=1+1", "\"'\t=1+1\""),
            ("a\tb", "\"a\tb\""),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("-1", "'-1"),
            ("two\nlines", "\"two\nlines\""),
            ("a\u{202e}b", "a<U+202E>b"),
        ];
        for (field, cell) in cases {
            assert_eq!(super::csv_field(field), cell, "{field:?}");
        }
    }

    #[test]
    fn replays_quote_paths_and_notes() {
        let none = || std::iter::empty();
        let cases = [
            (
                replay_command(
                    "korea-us-alliance",
                    [("sma", "inside_sofa")].into_iter(),
                    none(),
                ),
                "stance play korea-us-alliance --answer sma=inside_sofa",
            ),
            (
                replay_command("my lessons/it's.yaml", none(), none()),
                "stance play 'my lessons/it'\\''s.yaml'",
            ),
            (
                replay_command("x\u{1b}]0;PWNED\u{7}.yaml", none(), none()),
                "stance play 'x\u{fffd}]0;PWNED\u{fffd}.yaml'",
            ),
            (
                replay_command(
                    "tutorial",
                    [("q", "a")].into_iter(),
                    [("q", "Seoul's view"), ("r", "two\nlines")].into_iter(),
                ),
                "stance play tutorial --answer q=a --note 'q=Seoul'\\''s view' --note 'r=two\u{23ce}lines'",
            ),
        ];
        for (replay, expected) in cases {
            assert_eq!(replay, expected);
        }
    }
}
