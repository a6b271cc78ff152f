//! Properties over random scenarios, in process: valid ones check clean and count what they
//! enumerate; mangled ones never make the checker panic; parsing in parts reads what one
//! parse reads.

use std::fmt::Write as _;

use proptest::collection::vec;
use proptest::prelude::{ProptestConfig, Strategy, any, prop_assert, prop_assert_eq, proptest};
use stance_core::analysis::all_paths::AllPaths;
use stance_core::analysis::path_count::{PathCount, count_paths};
use stance_core::check::analyser;
use stance_core::load::document::Document;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::load::{split, yaml};

/// A scenario's shape: per question, per choice, (how far ahead it leads, which
/// recommendation it adds); leading past the last question means an ending.
type Shape = Vec<Vec<(usize, usize)>>;

fn shapes() -> impl Strategy<Value = (Shape, usize)> {
    (1usize..10, 1usize..4).prop_flat_map(|(questions, endings)| {
        let choice = (1usize..4, 0usize..6);
        (
            vec(vec(choice, 2..4), questions),
            proptest::strategy::Just(endings),
        )
    })
}

fn render((shape, endings): &(Shape, usize), conditional: bool) -> String {
    let n = shape.len();
    let mut text = String::from(
        "format: 1\nid: random\ntitle: Random\nsource: {author: a, title: t}\nstart: q0\nquestions:\n",
    );
    for (i, choices) in shape.iter().enumerate() {
        let _ = writeln!(text, "  - id: q{i}\n    prompt: Q{i}?\n    choices:");
        for (c, (jump, rec)) in choices.iter().enumerate() {
            let target = i + jump;
            let next = if target < n {
                format!("q{target}")
            } else {
                format!("e{}", target % endings)
            };
            // The first choice of each later question adds its recommendation only after an
            // `c0` at the first question: conditions stay true on some walk.
            let recommends = if conditional && i > 0 && c == 0 {
                format!("[{{id: r{rec}, when: {{q0: c0}}}}]")
            } else {
                format!("[r{rec}]")
            };
            let _ = writeln!(
                text,
                "      - {{id: c{c}, label: C{c}, recommends: {recommends}, next: {next}}}"
            );
        }
    }
    text.push_str("recommendations:\n");
    for r in 0..6 {
        let _ = writeln!(
            text,
            "  - {{id: r{r}, text: T{r}., rationale: R{r}., basis: explicit, cites: [{{paragraph: 1, quote: q}}]}}"
        );
    }
    text.push_str("endings:\n");
    for e in 0..*endings {
        let _ = writeln!(text, "  - id: e{e}");
    }
    text
}

/// Applies byte edits to `text`: `(where, byte, how)` removes, inserts or overwrites a byte,
/// or repeats the line.
fn mangle(text: String, edits: Vec<(usize, u8, u8)>) -> Option<String> {
    let mut text = text.into_bytes();
    for (at, byte, how) in edits {
        if text.is_empty() {
            break;
        }
        let at = at % text.len();
        match how {
            0 => {
                text.remove(at);
            }
            1 => text.insert(at, byte),
            2 => text[at] = byte,
            _ => {
                // Repeat a line: duplicate keys, ids, entries.
                let start = text[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let end = text[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(text.len(), |p| at + p + 1);
                let line = text[start..end].to_vec();
                text.splice(start..start, line);
            }
        }
    }
    String::from_utf8(text).ok()
}

/// Bytes that mean something to YAML, most likely to make a cut unsafe.
const SYNTAX: &[u8] = b"\"'[]{}#&*|>-:,? \n\r\t%!<";

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn parsing_in_parts_reads_what_one_parse_reads(
        shape in shapes(),
        edits in vec((any::<usize>(), any::<usize>(), 0u8..4), 0..4),
        parts in 2usize..5,
    ) {
        let edits = edits.into_iter().map(|(at, b, how)| (at, SYNTAX[b % SYNTAX.len()], how)).collect();
        let Some(text) = mangle(render(&shape, true), edits) else { return Ok(()) };
        if let Some(document) = split::parse_in_parts(&text, parts) {
            match yaml::parse::<Document>(&text) {
                Ok(whole) => prop_assert_eq!(format!("{document:?}"), format!("{whole:?}"), "{}", text),
                Err(error) => prop_assert!(false, "parts read what one parse rejects: {error:?}\n{text}"),
            }
        }
    }

    #[test]
    fn valid_scenarios_check_clean_and_count_what_they_enumerate(shape in shapes(), conditional in any::<bool>()) {
        let text = render(&shape, conditional);
        let analysis = analyser::check_file(&ScenarioFile::new("random.yaml", text.clone()), None);
        let errors: Vec<_> = analysis
            .diagnostics
            .iter()
            .filter(|d| d.severity() == stance_core::diagnostic::Severity::Error)
            .collect();
        prop_assert!(errors.is_empty(), "{errors:?}\n{text}");
        // Cut into parts wherever there are two questions to cut between.
        prop_assert_eq!(split::parse_in_parts(&text, 2).is_some(), shape.0.len() > 1);
        let scenario = analysis.scenario.expect("no errors, so a scenario");
        let enumerated = AllPaths::new(&scenario).count();
        let counted = count_paths(&scenario);
        prop_assert_eq!(counted, PathCount::Exact(enumerated.into()));
    }

    #[test]
    fn mangled_scenarios_never_panic(
        shape in shapes(),
        cuts in vec((any::<usize>(), any::<u8>(), 0u8..4), 1..6),
    ) {
        let Some(text) = mangle(render(&shape, true), cuts) else { return Ok(()) };
        let file = ScenarioFile::new("mangled.yaml", text);
        let analysis = analyser::check_file(&file, None);
        for locale in stance_core::text::messages::Locale::ALL {
            let messages = stance_core::text::messages::Messages::new(locale);
            let _ = stance_core::export::findings::render_human(
                &file,
                &analysis.diagnostics,
                false,
                messages,
            );
        }
        if let Some(scenario) = analysis.scenario {
            let _ = count_paths(&scenario);
            let _ = AllPaths::new(&scenario).take(100).count();
        }
    }
}
