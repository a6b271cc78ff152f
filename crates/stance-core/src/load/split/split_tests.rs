use std::fmt::Write as _;

use super::{Split, parse_document, parse_in_parts};
use crate::load::document::Document;
use crate::load::yaml;

/// A valid scenario of `n` questions, with `item` written before each question's keys
/// (`"  - "` for the usual list) and `extra` lines inside each question.
fn scenario(n: usize, item: &str, extra: &str) -> String {
    let pad = " ".repeat(item.len());
    let mut text = String::from(
        "format: 1\nid: parts\ntitle: Parts\nsource: {author: a, title: t}\nstart: q0\nquestions:\n",
    );
    for i in 0..n {
        let next = if i + 1 == n {
            "end".to_owned()
        } else {
            format!("q{}", i + 1)
        };
        let _ = write!(
            text,
            "{item}id: q{i}\n{pad}prompt: Question {i}?\n{extra}{pad}choices:\n{pad}  - {{id: a, label: A, next: {next}}}\n{pad}  - {{id: b, label: B, next: {next}}}\n"
        );
    }
    text.push_str("endings:\n  - id: end\n");
    text
}

/// The same scenario with its questions before every other key.
fn questions_first(text: &str) -> String {
    let (header, rest) = text.split_once("questions:\n").expect("questions");
    let (items, endings) = rest.split_once("endings:").expect("endings");
    format!("questions:\n{items}{header}endings:{endings}")
}

fn one_parse(text: &str) -> String {
    format!(
        "{:?}",
        yaml::parse::<Document>(text).expect("one parse reads it")
    )
}

/// Parsing in parts reads exactly what one parse reads, spans included.
fn assert_same_in_parts(what: &str, text: &str) {
    for parts in 2..=5 {
        let document = parse_in_parts(text, parts)
            .unwrap_or_else(|| panic!("{what}: not cut into {parts} parts"));
        assert_eq!(
            format!("{document:?}"),
            one_parse(text),
            "{what}: {parts} parts"
        );
    }
}

#[test]
fn cut_texts_read_as_one_parse_does() {
    let cases = [
        ("the usual list", scenario(40, "  - ", "")),
        ("items at the key's indentation", scenario(40, "- ", "")),
        (
            "comments between items, at any indentation",
            scenario(40, "  - ", "# a comment\n    # another\n"),
        ),
        ("blank lines inside items", scenario(40, "  - ", "\n\n")),
        (
            "CRLF line ends",
            scenario(40, "  - ", "").replace('\n', "\r\n"),
        ),
        (
            "block texts holding lines like items",
            scenario(
                40,
                "  - ",
                "    context: |\n      Text that looks like a list:\n      - id: q1\n\n      - more text\n",
            ),
        ),
        (
            "quoted texts over several lines, within a question",
            scenario(40, "  - ", "    context: \"one\n      two\"\n"),
        ),
        (
            "the questions first",
            questions_first(&scenario(40, "  - ", "")),
        ),
        (
            "prose with & and *",
            scenario(
                40,
                "  - ",
                "    context: R&D costs * 2, see *Affairs*, Q & A\n",
            ),
        ),
    ];
    for (what, text) in cases {
        assert_same_in_parts(what, &text);
    }
}

#[test]
fn texts_that_cannot_be_cut_safely_are_parsed_as_one() {
    let usual = scenario(40, "  - ", "");
    let cases = [
        ("one question", scenario(1, "  - ", "")),
        (
            "a flow list",
            usual
                .replace("questions:\n", "questions: [\n")
                .replace("endings:", "]\nendings:"),
        ),
        (
            "`questions:` twice",
            format!("{usual}questions:\n  - id: x\n"),
        ),
        ("a directive", format!("%YAML 1.2\n---\n{usual}")),
        (
            "a directive after a comment",
            format!("# scenario\n%YAML 1.2\n---\n{usual}"),
        ),
        (
            "a lone CR, a line break to YAML",
            usual.replacen("id: parts\n", "id: parts\r", 1),
        ),
        (
            "a key with a comment",
            usual.replace("questions:\n", "questions: # all\n"),
        ),
    ];
    for (what, text) in cases {
        assert!(Split::new(&text, 3).is_none(), "{what}");
    }
}

#[test]
fn a_part_that_fails_to_parse_leaves_the_whole_text_to_one_parse() {
    // A quoted text opened in one question and closed many lines later, past a cut: the
    // part before the cut leaves it open and fails.
    let text = scenario(40, "  - ", "").replace(
        "prompt: Question 10?",
        "prompt: \"Question 10?\n\n  - id: not a question",
    );
    let text = text.replacen("prompt: Question 30?", "prompt: Question 30?\"", 1);
    assert!(Split::new(&text, 2).is_some(), "cut");
    assert!(parse_in_parts(&text, 2).is_none());
    // A question key in a quoted text of the header is not the list's key.
    let text = scenario(40, "  - ", "").replace(
        "title: Parts\n",
        "title: \"Parts\nquestions:\n  - id: a\n  - id: b\n  - id: c\"\n",
    );
    assert!(parse_in_parts(&text, 2).is_none());
    // An anchor among the questions: a later part could redefine one the rest names.
    let anchored =
        scenario(40, "  - ", "").replace("title: Parts\n", "title: &t Parts\nsummary: *t\n");
    assert!(
        parse_in_parts(&anchored, 2).is_some(),
        "anchors outside the questions"
    );
    let redefined = anchored.replace("prompt: Question 30?", "prompt: &t Question 30?");
    assert!(Split::new(&redefined, 2).is_some(), "cut");
    assert!(parse_in_parts(&redefined, 2).is_none());
    let alias = scenario(40, "  - ", "").replace("prompt: Question 30?", "prompt: *t");
    assert!(parse_in_parts(&alias, 2).is_none());
    // Limits on the whole file hold for the parts together: 10,020 merge keys in all, at
    // most 10,000 allowed, though each part has fewer.
    let merges = scenario(20, "  - ", &"    <<: {}\n".repeat(501));
    assert!(yaml::parse::<Document>(&merges).is_err());
    assert!(Split::new(&merges, 2).is_some(), "cut");
    assert!(parse_in_parts(&merges, 2).is_none());
    // A mistake in a later part: the same findings as one parse, at the same place.
    let text = scenario(40, "  - ", "")
        .replace("prompt: Question 35?", "prompt: Question 35?\n    promt: x");
    assert!(parse_in_parts(&text, 2).is_none());
    let (document, found) = parse_document(&text);
    let (expected_document, expected) = crate::load::recovery::parse_recovering::<Document>(&text);
    assert_eq!(format!("{document:?}"), format!("{expected_document:?}"));
    assert_eq!(found, expected);
    let line = text
        .lines()
        .position(|l| l.contains("promt"))
        .expect("there")
        + 1;
    assert_eq!(found[0].span.line, line, "{found:?}");
}

#[test]
fn keys_found_in_parts_are_those_found_in_the_whole_text() {
    // Unknown and repeated keys in questions of every part, and after the questions.
    let mut text = scenario(60, "  - ", "    colour: red\n");
    text = text.replacen(
        "prompt: Question 7?",
        "prompt: Question 7?\n    prompt: again",
        1,
    );
    text.push_str("unknown_0: 0\ntitle: twice\n");
    let whole = crate::load::key_scan::scan::<Document>(&text).expect("a tree");
    assert_eq!(
        whole.len(),
        63,
        "60 colours, one repeated prompt, two at the end"
    );
    let describe = |found: &[crate::diagnostic::Diagnostic]| -> Vec<String> {
        found
            .iter()
            .map(|d| {
                format!(
                    "{}:{}:{} {} {:?}",
                    d.span.line,
                    d.span.column,
                    d.code.as_str(),
                    d.message,
                    d.help
                )
            })
            .collect()
    };
    for parts in 2..=5 {
        let found = super::scan_in_parts(&text, parts).expect("cut into parts");
        assert_eq!(describe(&found), describe(&whole), "{parts} parts");
    }
    // A text that cannot be cut is left to one scan.
    assert!(super::scan_in_parts("format: 1\nquestions: []\n", 2).is_none());
}
