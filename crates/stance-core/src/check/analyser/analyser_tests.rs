//! Rule tests: each case edits a small valid scenario and names the finding it must cause.

use super::ids::{is_kebab_case, is_snake_case};
use super::{Against, analyse, check_file_against};
use crate::check::source_files::{MemorySources, SourceFiles};
use crate::check::source_text::SourceText;
use crate::diagnostic::{Code, Severity};
use crate::load::document::Document;
use crate::load::scenario_file::ScenarioFile;
use crate::load::yaml;
use crate::scenario::index::RecommendationIx;
use crate::text::messages::{Locale, Messages};

const BASE: &str = "\
format: 1
id: tiny
title: Tiny
source:
  author: A. Author
  title: An Essay
start: first
questions:
  - id: first
    prompt: First?
    choices:
      - id: a
        label: A
        recommends: [do_a]
        next: second
      - id: b
        label: B
        next: done
  - id: second
    prompt: Second?
    choices:
      - id: c
        label: C
        next: done
      - id: d
        label: D
        recommends: [do_b]
        next: done
recommendations:
  - id: do_a
    text: Do A.
    rationale: Because of A.
    basis: explicit
    cites:
      - paragraph: 1
        quote: the first paragraph
  - id: do_b
    text: Do B.
    rationale: Because of B.
    basis: inferred
    cites:
      - paragraph: 2
        quote: the second one
endings:
  - id: done
    headline: Done.
";

const ESSAY: &str =
    "Title\n\nThis is the first paragraph. It has two sentences.\n\nAnd here is the second one.\n";

fn check(text: &str, with_source: bool) -> Vec<(Code, usize, usize)> {
    let document: Document = match yaml::parse(text) {
        Ok(document) => document,
        Err(d) => return vec![(d.code, d.span.line, d.span.column)],
    };
    let source = SourceText::parse(ESSAY);
    let analysis = analyse(document, with_source.then_some(&source));
    let has_errors = analysis
        .diagnostics
        .iter()
        .any(|d| d.severity() == Severity::Error);
    assert_eq!(analysis.scenario.is_none(), has_errors, "{text}");
    analysis
        .diagnostics
        .iter()
        .map(|d| (d.code, d.span.line, d.span.column))
        .collect()
}

fn edit(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "the base has no `{from}`");
    BASE.replacen(from, to, 1)
}

#[test]
fn base_is_clean() {
    assert_eq!(check(BASE, true), vec![]);
}

#[test]
#[allow(clippy::too_many_lines, reason = "one table row per rule")]
fn each_rule_finds_its_problem_where_it_is() {
    // (what, replace this, with this, code, line, column)
    let cases: &[(&str, &str, &str, Code, usize, usize)] = &[
        (
            "format",
            "format: 1",
            "format: 2",
            Code::UnsupportedFormat,
            1,
            9,
        ),
        (
            "kebab id",
            "id: tiny",
            "id: Tiny_One",
            Code::InvalidId,
            2,
            5,
        ),
        ("snake id", "id: first", "id: First", Code::InvalidId, 9, 9),
        (
            "empty title",
            "title: Tiny",
            "title: ' '",
            Code::EmptyText,
            3,
            8,
        ),
        (
            "empty prompt",
            "prompt: First?",
            "prompt: ''",
            Code::EmptyText,
            10,
            13,
        ),
        (
            "empty quote",
            "quote: the second one",
            "quote: ''",
            Code::EmptyText,
            43,
            16,
        ),
        (
            "start",
            "start: first",
            "start: frist",
            Code::DanglingStart,
            7,
            8,
        ),
        (
            "start at ending",
            "start: first",
            "start: done",
            Code::DanglingStart,
            7,
            8,
        ),
        (
            "next",
            "next: second",
            "next: secnd",
            Code::DanglingNext,
            15,
            15,
        ),
        (
            "recommends",
            "recommends: [do_a]",
            "recommends: [do_x]",
            Code::DanglingRecommendation,
            14,
            22,
        ),
        (
            "duplicate question",
            "id: second",
            "id: first",
            Code::DuplicateId,
            19,
            9,
        ),
        (
            "duplicate choice",
            "id: b",
            "id: a",
            Code::DuplicateId,
            16,
            13,
        ),
        (
            "duplicate recommendation",
            "id: do_b",
            "id: do_a",
            Code::DuplicateId,
            37,
            9,
        ),
        (
            "ending shares question ids",
            "id: done",
            "id: second",
            Code::DuplicateId,
            45,
            9,
        ),
        (
            "cycle",
            "next: done\n      - id: d",
            "next: first\n      - id: d",
            Code::Cycle,
            24,
            15,
        ),
        (
            "paragraph 0",
            "paragraph: 1",
            "paragraph: 0",
            Code::UnknownParagraph,
            35,
            20,
        ),
        (
            "repeated",
            "recommends: [do_a]",
            "recommends: [do_a, do_a]",
            Code::RepeatedRecommendation,
            14,
            28,
        ),
        (
            "long quote",
            "quote: the second one",
            "quote: 'Ends. Starts'",
            Code::LongQuote,
            43,
            16,
        ),
        (
            "unknown key",
            "label: B",
            "lable: B",
            Code::UnknownKey,
            17,
            9,
        ),
        (
            "wrong type",
            "label: B",
            "label: [B]",
            Code::WrongType,
            17,
            16,
        ),
        (
            "invalid basis",
            "basis: inferred",
            "basis: implied",
            Code::InvalidValue,
            40,
            12,
        ),
        (
            "missing key",
            "    prompt: Second?\n",
            "",
            Code::MissingKey,
            20,
            5,
        ),
        (
            "duplicate key",
            "    prompt: Second?\n",
            "    prompt: Second?\n    prompt: Again?\n",
            Code::DuplicateKey,
            21,
            5,
        ),
        (
            "syntax",
            "title: Tiny",
            "title: 'Tiny",
            Code::YamlSyntax,
            3,
            8,
        ),
    ];
    for (what, from, to, code, line, column) in cases {
        let found = check(&edit(from, to), false);
        assert!(
            found.contains(&(*code, *line, *column)),
            "{what}: expected {code} at {line}:{column}, found {found:?}"
        );
    }
}

#[test]
fn too_few_choices_points_at_the_question() {
    let text = edit("      - id: c\n        label: C\n        next: done\n", "");
    assert!(check(&text, false).contains(&(Code::TooFewChoices, 19, 9)));
}

#[test]
fn warnings_leave_the_scenario_playable() {
    let unreachable = edit("next: second", "next: done");
    let found = check(&unreachable, false);
    assert!(
        found.contains(&(Code::UnreachableQuestion, 19, 9)),
        "{found:?}"
    );
    let uncited = edit(
        "    cites:\n      - paragraph: 2\n        quote: the second one\n",
        "",
    );
    assert!(check(&uncited, false).contains(&(Code::UncitedRecommendation, 37, 9)));
    let unused = edit("recommends: [do_b]", "recommends: []");
    assert!(check(&unused, false).contains(&(Code::UnusedRecommendation, 37, 9)));
    let dead_end = format!("{BASE}  - id: spare\n");
    assert!(check(&dead_end, false).contains(&(Code::UnreachableEnding, 47, 9)));
}

#[test]
fn citations_are_checked_against_the_source() {
    let misplaced = edit("paragraph: 2", "paragraph: 1");
    let found = check(&misplaced, true);
    assert!(found.contains(&(Code::Misquote, 43, 16)), "{found:?}");
    let beyond = edit("paragraph: 2", "paragraph: 9");
    assert!(check(&beyond, true).contains(&(Code::UnknownParagraph, 42, 20)));
    let reworded = edit("quote: the second one", "quote: the third one");
    assert!(check(&reworded, true).contains(&(Code::Misquote, 43, 16)));
    assert_eq!(check(&reworded, false), vec![], "no source, no quote check");
}

#[test]
fn reports_every_problem_at_once() {
    let text = edit("next: second", "next: secnd").replacen("start: first", "start: frist", 1);
    let text = text.replacen("recommends: [do_b]", "recommends: [do_c]", 1);
    let codes: Vec<Code> = check(&text, false).into_iter().map(|f| f.0).collect();
    for code in [
        Code::DanglingStart,
        Code::DanglingNext,
        Code::DanglingRecommendation,
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn cycles_read_as_paths() {
    let text = edit("next: done\n      - id: d", "next: first\n      - id: d");
    let document: Document = yaml::parse(&text).expect("parses");
    let analysis = analyse(document, None);
    let cycle = analysis
        .diagnostics
        .iter()
        .find(|d| d.code == Code::Cycle)
        .expect("a cycle");
    assert_eq!(
        cycle.message,
        "questions form a cycle: first -> second -> first"
    );
}

#[test]
fn suggestions_name_the_nearest_id() {
    let text = edit("next: second", "next: secnd");
    let document: Document = yaml::parse(&text).expect("parses");
    let analysis = analyse(document, None);
    let help = analysis.diagnostics[0].help.as_deref().unwrap_or_default();
    assert!(help.starts_with("did you mean `second`?"), "{help}");
}

#[test]
fn builds_the_checked_scenario() {
    let document: Document = yaml::parse(BASE).expect("parses");
    let scenario = analyse(document, None).scenario.expect("valid");
    assert_eq!(scenario.questions.len(), 2);
    assert_eq!(
        scenario.questions[0].choices[0].recommends[0].recommendation,
        RecommendationIx::new(0)
    );
    assert_eq!(scenario.endings[0].headline(&|_| None), Some("Done."));
}

#[test]
fn id_styles() {
    for (id, snake, kebab) in [
        ("nk_provocation", true, false),
        ("korea-us-alliance", false, true),
        ("a1", true, true),
        ("1a", false, false),
        ("a__b", false, false),
        ("a_", false, false),
        ("A", false, false),
        ("", false, false),
    ] {
        assert_eq!(is_snake_case(id), snake, "{id}");
        assert_eq!(is_kebab_case(id), kebab, "{id}");
    }
}

/// A scenario with conditions: `second` is asked only after `a`, and choice `d` and an
/// ending recommendation depend on earlier answers.
const GATED: &str = include_str!("../../../../../tests/fixtures/valid/gated.yaml");

fn gated(from: &str, to: &str) -> Vec<(Code, usize, usize)> {
    assert!(GATED.contains(from), "the gated scenario has no `{from}`");
    check(&GATED.replacen(from, to, 1), false)
}

#[test]
fn conditions_resolve_and_build() {
    assert_eq!(check(GATED, false), vec![]);
    let document: Document = yaml::parse(GATED).expect("parses");
    let scenario = analyse(document, None).scenario.expect("valid");
    assert!(scenario.questions[1].gate.is_some());
    assert!(scenario.questions[1].choices[1].when.is_some());
    assert_eq!(scenario.tests.len(), 1);
    assert_eq!(scenario.tests[0].expect, vec![RecommendationIx::new(1)]);
}

/// The condition and test rules: (what, replace this, with this, code, line, column).
const CONDITION_CASES: &[(&str, &str, &str, Code, usize, usize)] = &[
    (
        "unknown question",
        "when: {first: a}\n    otherwise",
        "when: {frist: a}\n    otherwise",
        Code::DanglingCondition,
        20,
        12,
    ),
    (
        "unknown choice",
        "when: {first: a}\n    otherwise",
        "when: {first: z}\n    otherwise",
        Code::DanglingCondition,
        20,
        19,
    ),
    (
        "no otherwise",
        "    otherwise: done\n",
        "",
        Code::IncompleteGate,
        20,
        11,
    ),
    (
        "no when",
        "    when: {first: a}\n    otherwise",
        "    otherwise",
        Code::IncompleteGate,
        20,
        16,
    ),
    (
        "reads itself",
        "when: {not: {first: b}}",
        "when: {second: c}",
        Code::ConditionOrder,
        30,
        15,
    ),
    (
        "reads a later question",
        "when: {first: a}\n    otherwise",
        "when: {second: c}\n    otherwise",
        Code::ConditionOrder,
        20,
        11,
    ),
    (
        "never true",
        "when: {first: a}\n    otherwise",
        "when: {all: [{first: a}, {first: b}]}\n    otherwise",
        Code::NeverTrue,
        20,
        11,
    ),
    (
        "never offered",
        "when: {not: {first: b}}",
        "when: {first: b}",
        Code::NeverTrue,
        30,
        15,
    ),
    (
        "test question",
        "answers: {first: b}",
        "answers: {frist: b}",
        Code::InvalidTest,
        55,
        15,
    ),
    (
        "test choice",
        "answers: {first: b}",
        "answers: {first: x}",
        Code::InvalidTest,
        55,
        22,
    ),
    (
        "test expectation",
        "expect: [do_b]",
        "expect: [do_c]",
        Code::InvalidTest,
        56,
        14,
    ),
    (
        "test answers a question its walk skips",
        "answers: {first: b}",
        "answers: {first: b, second: c}",
        Code::SkippedAnswer,
        55,
        25,
    ),
];

#[test]
fn condition_rules() {
    for (what, from, to, code, line, column) in CONDITION_CASES {
        let found = gated(from, to);
        assert!(
            found.contains(&(*code, *line, *column)),
            "{what}: expected {code} at {line}:{column}, found {found:?}"
        );
    }
}

#[test]
fn recommendations_no_walk_adds_are_warned_about() {
    let found = gated(
        "{id: do_a, when: {first: a}}",
        "{id: do_a, when: {first: b}}",
    );
    assert!(
        found.contains(&(Code::UnreachableRecommendation, 33, 9)),
        "{found:?}"
    );
    assert!(found.contains(&(Code::NeverTrue, 26, 30)), "{found:?}");
}

#[test]
fn a_question_left_with_no_choice_is_a_dead_end() {
    let text = GATED
        .replacen("when: {not: {first: b}}", "when: {first: b}", 1)
        .replacen(
            "        label: C\n",
            "        label: C\n        when: {first: b}\n",
            1,
        );
    let found = check(&text, false);
    assert!(found.contains(&(Code::DeadEnd, 18, 9)), "{found:?}");
}

/// A scenario that names its essay in `source.file` is checked against it, through the
/// reader it is given; one that cannot be read is a warning, and the rest still checked.
#[test]
fn a_named_source_file_is_read_and_checked_against() {
    let named = BASE.replacen(
        "  title: An Essay\n",
        "  title: An Essay\n  file: essay.txt\n",
        1,
    );
    let misquoted = named.replacen("quote: the second one", "quote: the third one", 1);
    let file = |text: &str| ScenarioFile::new("tiny.yaml", text);
    let mut files = MemorySources::default();
    files.0.insert("essay.txt".to_owned(), ESSAY.to_owned());
    // (what, scenario, essays on hand, codes found, quotes checked)
    let cases: [(&str, &str, bool, &[Code], bool); 5] = [
        ("named and read", &named, true, &[], true),
        (
            "a misquote found",
            &misquoted,
            true,
            &[Code::Misquote],
            true,
        ),
        (
            "unreadable",
            &misquoted,
            false,
            &[Code::UnreadableSource],
            false,
        ),
        ("names none", BASE, true, &[], false),
        ("named, not given a reader", &misquoted, true, &[], false),
    ];
    for (what, text, on_hand, codes, checked) in cases {
        let mut empty = MemorySources::default();
        let reader: &mut dyn SourceFiles = if on_hand { &mut files } else { &mut empty };
        let against = if what.ends_with("not given a reader") {
            Against::Nothing
        } else {
            Against::Named(reader)
        };
        let analysis = check_file_against(&file(text), against);
        let found: Vec<Code> = analysis.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(found, codes, "{what}");
        assert_eq!(analysis.checked_quotes, checked, "{what}");
    }
    // An essay given outright wins over the one the scenario names.
    let given = SourceText::parse("Title\n\nNothing quoted here.\n");
    let analysis = check_file_against(&file(&named), Against::Text(&given));
    assert!(
        analysis
            .diagnostics
            .iter()
            .any(|d| d.code == Code::Misquote),
        "{:?}",
        analysis.diagnostics
    );
}

/// The base's ending with `headline` as a list of entries.
fn with_headlines(entries: &str) -> String {
    edit(
        "    headline: Done.\n",
        &format!("    headline:\n{entries}"),
    )
}

#[test]
#[allow(clippy::too_many_lines, reason = "one table row per rule")]
fn headlines_and_the_citations_of_questions_and_choices_are_checked() {
    let question_cite = |quote: &str| {
        edit(
            "    prompt: First?\n",
            &format!(
                "    prompt: First?\n    cites:\n      - paragraph: 1\n        quote: {quote}\n"
            ),
        )
    };
    let choice_cite = |paragraph: u32, quote: &str| {
        edit(
            "        label: A\n",
            &format!(
                "        label: A\n        cites:\n          - paragraph: {paragraph}\n            quote: {quote}\n"
            ),
        )
    };
    let two_sentences = "This is the first paragraph. It has two sentences.";
    // (what, scenario, checked against the essay, code, line, column)
    let cases: Vec<(&str, String, bool, Code, usize, usize)> = vec![
        (
            "a misquoted question cite",
            question_cite("the third one"),
            true,
            Code::Misquote,
            13,
            16,
        ),
        (
            "a long question cite",
            question_cite(two_sentences),
            false,
            Code::LongQuote,
            13,
            16,
        ),
        (
            "a misquoted choice cite",
            choice_cite(2, "the first paragraph"),
            true,
            Code::Misquote,
            16,
            20,
        ),
        (
            "a long choice cite",
            choice_cite(1, two_sentences),
            false,
            Code::LongQuote,
            16,
            20,
        ),
        (
            "a choice cite of paragraph 0",
            choice_cite(0, "the first paragraph"),
            false,
            Code::UnknownParagraph,
            15,
            24,
        ),
        (
            "a question's basis that is no basis",
            edit(
                "    prompt: First?\n",
                "    prompt: First?\n    basis: maybe\n",
            ),
            false,
            Code::InvalidValue,
            11,
            12,
        ),
        (
            "a choice's basis that is no basis",
            edit(
                "        label: A\n",
                "        label: A\n        basis: maybe\n",
            ),
            false,
            Code::InvalidValue,
            14,
            16,
        ),
        (
            "a headline condition naming no choice",
            with_headlines(
                "      - text: Second.\n        when: {second: e}\n      - text: Done.\n",
            ),
            false,
            Code::DanglingCondition,
            48,
            24,
        ),
        (
            "a headline condition naming no question",
            with_headlines("      - text: Second.\n        when: {third: c}\n"),
            false,
            Code::DanglingCondition,
            48,
            16,
        ),
        (
            "a headline condition that holds on no walk",
            with_headlines(
                "      - text: Never.\n        when: {first: b, second: c}\n      - text: Done.\n",
            ),
            false,
            Code::NeverTrue,
            48,
            15,
        ),
        (
            "a headline an earlier one always shadows",
            with_headlines(
                "      - text: A.\n        when: {first: a}\n      - text: C.\n        when: {second: c}\n",
            ),
            false,
            Code::NeverTrue,
            50,
            15,
        ),
        (
            "a headline after one without `when`",
            with_headlines("      - text: Done.\n      - text: Later.\n        when: {first: a}\n"),
            false,
            Code::NeverTrue,
            49,
            15,
        ),
        (
            "an empty headline entry",
            with_headlines("      - text: ''\n        when: {first: a}\n"),
            false,
            Code::EmptyText,
            47,
            15,
        ),
        (
            "an unknown key in a headline entry",
            with_headlines("      - text: Done.\n        if: {first: a}\n"),
            false,
            Code::UnknownKey,
            48,
            9,
        ),
    ];
    for (what, text, with_source, code, line, column) in &cases {
        let found = check(text, *with_source);
        assert!(
            found.contains(&(*code, *line, *column)),
            "{what}: expected {code} at {line}:{column}, found {found:?}\n{text}"
        );
    }
    let valid = [
        question_cite("the first paragraph"),
        choice_cite(2, "the second one"),
        with_headlines("      - text: A.\n        when: {first: a}\n      - text: Done.\n"),
    ];
    for text in &valid {
        assert_eq!(check(text, true), vec![], "{text}");
    }
}

/// The findings of `text` with `code`, each as its message and help in `messages`' language.
fn worded(text: &str, code: Code, messages: Messages) -> Vec<(String, Option<String>)> {
    let file = ScenarioFile::new("s.yaml", text);
    let mut sources = MemorySources::default();
    let analysis = check_file_against(&file, Against::Named(&mut sources));
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| {
            // The English fields are the phrases' English wording.
            assert_eq!(d.message_in(Messages::english()), d.message);
            assert_eq!(d.help_in(Messages::english()), d.help);
            assert_eq!(d.label_in(Messages::english()), d.label);
            (d.message_in(messages), d.help_in(messages))
        })
        .collect()
}

#[test]
#[allow(clippy::too_many_lines, reason = "one table row per family of rules")]
fn findings_are_worded_in_the_interface_language() {
    // (replace this, with this, code, [English message, help], [Korean message, help])
    type Words<'a> = (&'a str, Option<&'a str>);
    let ko = Messages::new(Locale::Ko);
    let cases: &[(&str, &str, Code, Words<'_>, Words<'_>)] = &[
        // Loading: a key the format does not have, with the did-you-mean.
        (
            "title: Tiny",
            "title: Tiny\ntitel: Tiny",
            Code::UnknownKey,
            (
                "unknown key `titel`",
                Some(
                    "did you mean `title`? valid keys here: `format`, `id`, `title`, `summary`, `source`, `start`, `questions`, `recommendations`, `endings`, `tests`",
                ),
            ),
            (
                "알 수 없는 키 `titel`",
                Some(
                    "혹시 `title`입니까? 가능한 키: `format`, `id`, `title`, `summary`, `source`, `start`, `questions`, `recommendations`, `endings`, `tests`",
                ),
            ),
        ),
        // References: a `next` that names nothing, with the did-you-mean.
        (
            "next: second",
            "next: secnd",
            Code::DanglingNext,
            (
                "choice `a` of question `first` leads to `secnd`, which is neither a question nor an ending",
                Some(
                    "did you mean `second`? valid questions and endings: `first`, `second`, `done`",
                ),
            ),
            (
                "`first` 질문의 `a` 선택지에서 이어지는 `secnd` 항목은 질문도 결말도 아닙니다",
                Some("혹시 `second`입니까? 가능한 질문과 결말: `first`, `second`, `done`"),
            ),
        ),
        // Ids: a kind of id inside the sentence.
        (
            "id: first",
            "id: First",
            Code::InvalidId,
            (
                "question id `First` is not snake_case",
                Some(
                    "use lower-case letters, digits and `_`, starting with a letter, like `nk_provocation`",
                ),
            ),
            (
                "질문 id `First` 값은 snake_case 형식이 아닙니다",
                Some("영문 소문자, 숫자, `_`만 쓰고 영문자로 시작하십시오. 예: `nk_provocation`"),
            ),
        ),
        // Texts: a field named in the sentence.
        (
            "prompt: First?",
            "prompt: ''",
            Code::EmptyText,
            ("`prompt` is empty", None),
            ("`prompt` 값이 비어 있습니다", None),
        ),
        // The question graph.
        (
            "next: second",
            "next: done",
            Code::UnreachableQuestion,
            (
                "no walk from `first` reaches question `second`",
                Some("point a choice's `next` at it, or remove it"),
            ),
            (
                "`first`에서 시작하는 어떤 진행도 `second` 질문에 닿지 않습니다",
                Some("어떤 선택지의 `next`가 이곳을 가리키게 하거나, 이것을 지우십시오"),
            ),
        ),
        // A count chooses the English plural.
        (
            "      - id: b\n        label: B\n        next: done\n",
            "",
            Code::TooFewChoices,
            (
                "question `first` has 1 choice; a question needs at least two",
                Some("add a choice, or fold the question into the one before it"),
            ),
            (
                "`first` 질문의 선택지가 1개입니다. 질문에는 선택지가 두 개 이상 있어야 합니다",
                Some("선택지를 더하거나, 이 질문을 앞 질문에 합치십시오"),
            ),
        ),
        // Conditions: a choice the question does not have, with the did-you-mean.
        (
            "      - id: c\n        label: C\n",
            "      - id: c\n        label: C\n        when: {first: bb}\n",
            Code::DanglingCondition,
            (
                "question `first` has no choice `bb`",
                Some("did you mean `b`? valid choices: `a`, `b`"),
            ),
            (
                "`first` 질문에는 `bb` 선택지가 없습니다",
                Some("혹시 `b`입니까? 가능한 선택지: `a`, `b`"),
            ),
        ),
        // Recommendations.
        (
            "recommends: [do_b]",
            "recommends: [do_bb]",
            Code::DanglingRecommendation,
            (
                "no recommendation has the id `do_bb`",
                Some("did you mean `do_b`? valid recommendations: `do_a`, `do_b`"),
            ),
            (
                "id가 `do_bb`인 권고가 없습니다",
                Some("혹시 `do_b`입니까? 가능한 권고: `do_a`, `do_b`"),
            ),
        ),
        // Golden-path tests.
        (
            "    headline: Done.\n",
            "    headline: Done.\ntests:\n  - answers: {frist: a}\n    expect: [do_a]\n",
            Code::InvalidTest,
            (
                "the test answers `frist`, which is not a question",
                Some("did you mean `first`? valid questions: `first`, `second`"),
            ),
            (
                "테스트가 답하는 `frist` 항목은 질문이 아닙니다",
                Some("혹시 `first`입니까? 가능한 질문: `first`, `second`"),
            ),
        ),
    ];
    for (from, to, code, english, korean) in cases {
        let text = edit(from, to);
        for (messages, (message, help)) in [(Messages::english(), english), (ko, korean)] {
            let found = worded(&text, *code, messages);
            let expected = (message.to_string(), help.map(str::to_owned));
            assert!(
                found.contains(&expected),
                "{code} in {}: {found:#?}",
                messages.locale().tag()
            );
        }
    }
}
