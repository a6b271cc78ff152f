//! The author's toolkit through the real binary: show, paths, analyze, graph, test, new,
//! schema, completions and man.

use std::fs;
use std::process::Command;

use crate::generate;
use stance_core::load::translation_document::is_translation;

use crate::support::{fixture, root, stance};

#[test]
fn show_prints_the_outline_and_the_resolved_scenario() {
    let done = stance(["show"]).run().ok();
    let text = &done.stdout;
    for expected in [
        "Keeping the US-South Korea Alliance on Course (korea-us-alliance)",
        "start: peninsula",
        "peninsula: Where does the Korean Peninsula stand right now?",
        "  reunification: The two Koreas have reunified",
        "      \u{2192} sma  +readjust_goal",
        "ending end: Keep the alliance anchored",
        "  deter_first [inferred \u{b6}11]",
    ] {
        assert!(text.contains(expected), "lacks {expected:?}:\n{text}");
    }
    let json = stance(["show", "--format", "json"]).run().ok().json();
    assert_eq!(json["start"], "peninsula");
    assert_eq!(
        json["questions"][0]["choices"][2]["next"]["question"],
        "sma"
    );
    assert_eq!(json["questions"][3]["choices"][0]["next"]["ending"], "end");
    assert_eq!(json["tests"].as_array().map(Vec::len), Some(20));
    let gated = stance([
        "show",
        &fixture("never-true.yaml").replace("never-true", "unreachable-recommendation"),
    ])
    .run()
    .ok();
    assert!(
        gated.stdout.contains("asked when first = a, otherwise"),
        "{}",
        gated.stdout
    );
    assert!(
        gated.stdout.contains("offered when not(first = b)"),
        "{}",
        gated.stdout
    );
}

#[test]
fn paths_in_every_format() {
    let text = stance(["paths"]).run().ok().stdout;
    assert_eq!(text.matches("path ").count(), 20);
    assert!(text.starts_with(
        "path 1: peninsula=status_quo nk_provocation=no sma=inside_sofa regional_role=yes\n"
    ));
    let csv = stance(["paths", "--format", "csv"]).run().ok().stdout;
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 21);
    assert_eq!(rows[0], "path,answers,ending,headline,recommendations");
    assert!(
        rows[20]
            .starts_with("20,\"peninsula=reunification;sma=outside_sofa;regional_role=no\",end,\""),
        "a cell that holds `;` is quoted: {}",
        rows[20]
    );
    let json = stance(["paths", "--format", "json"]).run().ok().json();
    let paths = json.as_array().expect("a list");
    assert_eq!(paths.len(), 20);
    assert_eq!(paths[19]["recommendations"][0], "readjust_goal");
    let limited = stance(["paths", "--format", "json", "--limit", "3"])
        .run()
        .ok()
        .json();
    assert_eq!(limited.as_array().map(Vec::len), Some(3));
    let none = stance(["paths", "--format", "json", "--limit", "0"])
        .run()
        .ok()
        .json();
    assert_eq!(none, serde_json::json!([]));
    let markdown = stance(["paths", "--format", "markdown", "--limit", "1"])
        .run()
        .ok()
        .stdout;
    assert!(markdown.starts_with("# Every path: Keeping the US-South Korea Alliance on Course\n"));
    assert!(markdown.contains("| 1 | Where does the Korean Peninsula stand right now? \u{2192} **Still divided, with no peace settlement**"));
    assert!(markdown.contains("(explicit; \u{b6}9)"), "{markdown}");
}

#[test]
fn counting_needs_no_enumeration() {
    stance(["paths", "--count"]).run().ok().stdout_has("20\n");
    let json = stance(["paths", "--count", "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(json, serde_json::json!({"paths": "20", "exact": true}));
    stance(["paths", "--count", "--format", "csv"])
        .run()
        .code(2)
        .stderr_has("`--count` prints text or JSON");
    // 2^200 paths: answered at once, exactly.
    let text = generate::scenario(200, 2, 1);
    stance(["paths", "--count", "-"])
        .stdin(&text)
        .run()
        .ok()
        .stdout_has("1606938044258990275541962092341162602522202993782792835301376\n");
    // Enumeration streams: the first path of 2^200 comes at once.
    let done = stance(["paths", "--limit", "1", "-"])
        .stdin(&text)
        .run()
        .ok();
    assert!(done.stdout.starts_with("path 1: q0=c0 q1=c0"));
}

#[test]
fn a_closed_pipe_ends_paths_quietly() {
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' paths | head -1",
            env!("CARGO_BIN_EXE_stance")
        ))
        .output()
        .expect("sh runs");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "path 1: peninsula=status_quo nk_provocation=no sma=inside_sofa regional_role=yes\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "",
        "no panic, no error"
    );
}

/// Long ids and every count line up in their columns.
#[test]
fn analyze_aligns_its_columns_for_long_ids() {
    let dir = tempfile::tempdir().expect("dir");
    let text = fs::read_to_string(root().join("tests/fixtures/valid/gated.yaml"))
        .expect("read")
        .replace("second", "a_second_question_with_a_very_long_id_indeed")
        .replace("do_a", "do_a_thing_whose_id_is_longer_than_twenty_four");
    let path = dir.path().join("long.yaml");
    fs::write(&path, text).expect("write");
    let out = stance(["analyze", &path.display().to_string(), "--color", "never"])
        .run()
        .ok()
        .stdout;
    let table: Vec<&str> = out.lines().skip(2).take(3).collect();
    assert!(table[0].starts_with("question "), "{out}");
    // Each row ends its counts at the same column as the heading does.
    let end_of = |line: &str, word: &str| line.find(word).map(|i| i + word.len());
    let paths_end = end_of(table[0], "paths").expect("a paths column");
    let stances_end = end_of(table[0], "stances").expect("a stances column");
    for row in &table[1..] {
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(
            end_of(row, &format!(" {}", cells[1])),
            Some(paths_end),
            "{out}"
        );
        assert_eq!(
            row[paths_end..]
                .find(cells[2])
                .map(|i| paths_end + i + cells[2].len()),
            Some(stances_end),
            "{out}"
        );
    }
    assert!(
        out.contains("    do_a_thing_whose_id_is_longer_than_twenty_four  1 of 3"),
        "{out}"
    );
}

#[test]
fn analyze_finds_pivots_and_flips() {
    let text = stance(["analyze"]).run().ok().stdout;
    assert!(
        text.starts_with("20 paths reach 20 distinct stances."),
        "{text}"
    );
    assert!(
        text.contains("nk_provocation     16       16  yes"),
        "{text}"
    );
    assert!(
        text.contains("on every path: bear_inevitable_costs, strategic_dialogue, reassure_china")
    );
    assert!(
        text.contains("    keep_objective         8 of 20\n    readjust_goal         12 of 20\n"),
        "{text}"
    );
    let flips = stance([
        "analyze",
        "-a",
        "peninsula=reunification",
        "-a",
        "sma=inside_sofa",
        "-a",
        "regional_role=no",
    ])
    .run()
    .ok()
    .stdout;
    assert!(flips.contains("peninsula: reunification \u{2192} status_quo (with nk_provocation=yes): +keep_objective +deter_first -readjust_goal"), "{flips}");
    assert!(
        flips.contains("regional_role: no \u{2192} yes: +keep_peninsula_focus"),
        "{flips}"
    );
    let json = stance([
        "analyze",
        "--format",
        "json",
        "-a",
        "peninsula=reunification",
        "-a",
        "sma=inside_sofa",
        "-a",
        "regional_role=no",
    ])
    .run()
    .ok()
    .json();
    assert_eq!(json["paths"], 20);
    assert_eq!(json["questions"][1]["pivotal"], true);
    assert_eq!(json["recommendations"]["none"], serde_json::json!([]));
    let change = &json["flips"]["changes"][2];
    assert_eq!(change["question"], "sma");
    assert_eq!(
        change["outcomes"][0]["adds"],
        serde_json::json!(["refuse_beyond_sofa"])
    );
    assert_eq!(
        change["outcomes"][0]["removes"],
        serde_json::json!(["share_within_sofa"])
    );
    stance(["analyze", "-a", "peninsula=reunification"])
        .run()
        .code(2)
        .stderr_has("no answer for 2 questions");
}

#[test]
fn graphs_render_with_graphviz_and_mermaid() {
    let dot = stance(["graph", "--with-recommendations"])
        .run()
        .ok()
        .stdout;
    assert!(dot.starts_with("digraph \"korea-us-alliance\" {"), "{dot}");
    // Graphviz itself must accept it, without a single warning.
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("graph.dot");
    fs::write(&file, &dot).expect("write");
    let rendered = Command::new("dot")
        .arg("-Tsvg")
        .arg(&file)
        .output()
        .expect("Graphviz `dot` is installed (.ci/run installs it)");
    assert!(
        rendered.status.success(),
        "{}",
        String::from_utf8_lossy(&rendered.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&rendered.stderr),
        "",
        "Graphviz warned"
    );
    assert!(String::from_utf8_lossy(&rendered.stdout).contains("<svg"));
    for name in ["never-true.yaml", "dangling-next.yaml"] {
        let path = fixture(name);
        let done = stance(["graph", &path]).run();
        if done.code == 0 {
            fs::write(&file, &done.stdout).expect("write");
            let rendered = Command::new("dot")
                .arg("-Tsvg")
                .arg(&file)
                .output()
                .expect("dot");
            assert!(rendered.status.success(), "{name}");
        }
    }
    let mermaid = stance(["graph", "--format", "mermaid"]).run().ok().stdout;
    insta::assert_snapshot!("graph_mermaid", mermaid);
    let with = stance(["graph", "--format", "mermaid", "--with-recommendations"])
        .run()
        .ok()
        .stdout;
    insta::assert_snapshot!("graph_mermaid_recommendations", with);
}

#[test]
fn golden_tests_pass_and_failures_show_a_diff() {
    stance(["test", "korea-us-alliance"])
        .run()
        .ok()
        .stdout_has("korea-us-alliance (built-in:korea-us-alliance.yaml): 20 passed, 0 failed")
        .stdout_has("20 passed, 0 failed\n");
    let text = fs::read_to_string(root().join("scenarios/korea-us-alliance.yaml"))
        .expect("read")
        .replacen(
            "      - keep_peninsula_focus\n",
            "      - readjust_goal\n",
            1,
        );
    let done = stance(["test", "--color", "never", "-"])
        .stdin(&text)
        .run()
        .code(1);
    let out = &done.stdout;
    assert!(out.contains("FAIL korea-us-alliance \u{203a} status quo, no provocation, costs within SOFA, pressure for a wider role"), "{out}");
    assert!(out.contains("    - readjust_goal\n"), "{out}");
    assert!(out.contains("    + keep_peninsula_focus\n"), "{out}");
    assert!(out.contains("19 passed, 1 failed"), "{out}");
    let json = stance(["test", "--format", "json", "-"])
        .stdin(&text)
        .run()
        .code(1)
        .json();
    assert_eq!(json[0]["passed"], false);
    assert_eq!(json[1]["passed"], true);
    // A scenario without tests says so.
    stance([
        "test",
        &fixture("cycle.yaml").replace("cycle", "unreachable-ending"),
    ])
    .run()
    .ok()
    .stdout_has("no tests");
}

/// A golden test that answers a question its walk skips is treated as `--answer` treats it:
/// `check` warns and names the question, and `test` still runs it and passes.
#[test]
fn a_test_answering_a_skipped_question_is_a_check_warning_and_still_runs() {
    let text = fs::read_to_string(fixture("valid/gated.yaml"))
        .expect("read")
        .replacen("answers: {first: b}", "answers: {first: b, second: c}", 1);
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("gated.yaml");
    fs::write(&file, &text).expect("write");
    let shown = file.display().to_string();
    stance(["check", "--color", "never", &shown])
        .run()
        .ok()
        .stderr_has("warning[skipped-answer]: the test `skipped` answers `second`, which its walk never asks")
        .stderr_has(":55:25");
    stance(["check", "--deny-warnings", &shown]).run().code(1);
    stance(["test", "--color", "never", &shown])
        .run()
        .ok()
        .stdout_has("1 passed, 0 failed")
        .stderr_has("warning: gated \u{203a} skipped (")
        .stderr_has("answers `second`, which its walk never asks");
    let json = stance(["test", "--format", "json", &shown])
        .run()
        .ok()
        .json();
    assert_eq!(json[0]["passed"], true);
    assert_eq!(json[0]["skipped"], serde_json::json!(["second"]));
    assert_eq!(json[0]["problem"], serde_json::Value::Null);
}

#[test]
fn source_numbers_the_paragraphs_as_citations_count_them() {
    let essay = root()
        .join("docs/tutorial-source.txt")
        .display()
        .to_string();
    let done = stance(["source", &essay]).run().ok();
    let out = &done.stdout;
    for expected in [
        ": 10 body paragraphs; 4 blocks not counted (marked -): they do not end in `.`, `!` or `?`\n",
        "\n  -  line 1    27 chars  Later Lights at the Library\n",
        "\n \u{b6}1  line 7   347 chars  Every few years someone stands up at a council meeting\u{2026}\n",
        "\n  -  line 15   22 chars  Who pays and who works\n",
        "\n\u{b6}10  line 27  394 chars  Finally, some pilots",
    ] {
        assert!(out.contains(expected), "lacks {expected:?}:\n{out}");
    }
    let json = stance(["source", "--format", "json", &essay])
        .run()
        .ok()
        .json();
    assert_eq!(json["paragraphs"], 10);
    assert_eq!(json["blocks"][3]["paragraph"], 1);
    assert_eq!(json["blocks"][3]["line"], 7);
    assert_eq!(json["blocks"][0]["paragraph"], serde_json::Value::Null);
    // Standard input too.
    let text = fs::read_to_string(&essay).expect("read");
    stance(["source", "-"])
        .stdin(&text)
        .run()
        .ok()
        .stdout_has("-: 10 body paragraphs");
    // Every quote of the tutorial is found in the paragraph it cites: the numbering is the
    // one `stance check` uses.
    let scenario = stance(["show", "--format", "json", "tutorial"])
        .run()
        .ok()
        .json();
    let mut quotes = 0;
    for recommendation in scenario["recommendations"].as_array().expect("list") {
        for cite in recommendation["cites"].as_array().expect("cites") {
            let quote = cite["quote"].as_str().expect("quote");
            let found = stance(["source", &essay, "--format", "json", "--find", quote])
                .run()
                .ok()
                .json();
            assert_eq!(
                found[0]["found"][0]["paragraph"], cite["paragraph"],
                "{quote}"
            );
            quotes += 1;
        }
    }
    assert!(quotes > 5, "{quotes}");
}

#[test]
fn source_find_says_where_words_depart_and_fails_when_they_are_nowhere() {
    let essay = root()
        .join("docs/tutorial-source.txt")
        .display()
        .to_string();
    stance(["source", &essay, "--find", "Money is  the hard part"])
        .run()
        .ok()
        .stdout_has("\u{201c}Money is the hard part\u{201d}: \u{b6}5 (line 17), verbatim\n");
    stance(["source", &essay, "--find", "Money is the easy part", "--find", "Who pays and who works"])
        .run()
        .code(1)
        .stdout_has("\u{201c}Money is the easy part\u{201d}: in no body paragraph; its first 3 words are in \u{b6}5 (line 17), and the text goes on differently after \u{201c}Money is the\u{201d}\n")
        .stdout_has("\u{201c}Who pays and who works\u{201d}: in no body paragraph; it is in the block at line 15, which is not counted");
    let json = stance([
        "source",
        &essay,
        "--format",
        "json",
        "--find",
        "Who pays and who works",
    ])
    .run()
    .code(1)
    .json();
    assert_eq!(json[0]["uncounted"][0]["line"], 15);
    stance(["source", &essay, "--find", "  "])
        .run()
        .code(2)
        .stderr_has("`--find` number 1 has no words to look for");
    stance(["source", "no-such-essay.txt"])
        .run()
        .code(2)
        .stderr_has("no-such-essay.txt");
}

#[test]
fn new_writes_a_starter_that_checks_clean_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("mine.yaml");
    let shown = file.display().to_string();
    stance(["new", &shown]).run().ok().stderr_has("wrote");
    stance(["check", "--deny-warnings", &shown]).run().ok();
    stance(["test", &shown])
        .run()
        .ok()
        .stdout_has("1 passed, 0 failed");
    fs::write(&file, "mine\n").expect("write");
    stance(["new", &shown])
        .run()
        .code(2)
        .stderr_has("already exists");
    assert_eq!(fs::read_to_string(&file).expect("read"), "mine\n");
}

/// The committed schema is the one `stance schema` writes, and every shipped scenario names
/// it; that each validates against it is the Node suite's `schema.test.mjs` (Ajv), run by
/// `the_player_page_in_a_real_browser`.
#[test]
fn the_committed_schema_matches_and_every_shipped_scenario_names_it() {
    let generated = stance(["schema"]).run().ok().stdout;
    let committed = fs::read_to_string(root().join("docs/scenario.schema.json")).expect("read");
    assert!(
        committed == generated,
        "docs/scenario.schema.json is stale: run `stance schema --output docs/scenario.schema.json`"
    );
    for entry in fs::read_dir(root().join("scenarios")).expect("scenarios") {
        let path = entry.expect("entry").path();
        let text = fs::read_to_string(&path).expect("read");
        // A translation is checked against its scenario, not the scenario format's schema.
        if is_translation(&text) {
            continue;
        }
        assert!(
            text.starts_with("# yaml-language-server: $schema=../docs/scenario.schema.json\n"),
            "{} lacks the schema modeline",
            path.display()
        );
    }
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let done = stance(["completions", shell]).run().ok();
        assert!(done.stdout.contains("paths"), "{shell}");
    }
    stance(["completions", "tcsh"]).run().code(2);
    let man = stance(["man"]).run().ok().stdout;
    assert!(
        man.contains(".TH stance 1"),
        "{}",
        &man[..200.min(man.len())]
    );
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("stance.1");
    stance(["man", "--output", &file.display().to_string()])
        .run()
        .ok();
    assert_eq!(fs::read_to_string(&file).expect("read"), man);
}

/// The commands `stance --help` lists, by name.
fn commands() -> Vec<String> {
    let help = stance(["--help"]).run().ok().stdout;
    let listed = help
        .split_once("Commands:\n")
        .expect("a command list")
        .1
        .split("\n\n")
        .next()
        .expect("commands");
    listed
        .lines()
        .filter_map(|line| line.strip_prefix("  "))
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_command_has_a_man_page_with_every_flag_and_its_examples() {
    let commands = commands();
    assert!(commands.len() > 15, "{commands:?}");
    let top = stance(["man"]).run().ok().stdout;
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().display().to_string();
    stance(["man", "--out-dir", &folder])
        .run()
        .ok()
        // stance(1), one page per command, and `stance-serve-export(1)`.
        .stderr_has(&format!(
            "wrote {} pages into `{folder}`",
            commands.len() + 2
        ));
    assert_eq!(
        fs::read_to_string(dir.path().join("stance.1")).expect("stance.1"),
        top
    );
    for command in &commands {
        // The page the top one points at exists, under the name `man` looks for.
        assert!(
            top.contains(&format!("stance\\-{command}(1)")),
            "stance(1) does not list {command}"
        );
        let page = stance(["man", command]).run().ok().stdout;
        let written = fs::read_to_string(dir.path().join(format!("stance-{command}.1")))
            .unwrap_or_else(|e| panic!("stance-{command}.1: {e}"));
        assert_eq!(page, written, "{command}");
        assert!(
            page.contains(&format!(".TH stance-{command} 1")),
            "{command}"
        );
        assert!(
            page.contains(".SH \"SEE ALSO\"\n\\fBstance\\fR(1)"),
            "{command}"
        );
        // Every long flag of `--help`, its own and the global ones, is in the page.
        let help = stance([command.as_str(), "--help"]).run().ok().stdout;
        for flag in help
            .split_whitespace()
            .filter(|word| word.starts_with("--") && word.len() > 2)
            .map(|word| {
                word.trim_end_matches([',', '.', ')', '`', ':'])
                    .split(['=', '[', '`'])
                    .next()
                    .unwrap_or(word)
            })
        {
            assert!(
                page.contains(&flag.replace('-', "\\-")),
                "stance-{command}(1) lacks {flag}"
            );
        }
        for global in ["\\-\\-color", "\\-\\-dir", "\\-\\-max\\-bytes"] {
            assert!(page.contains(global), "stance-{command}(1) lacks {global}");
        }
        if help.contains("Examples:") {
            // Kept as typed, so that they can be copied into a shell.
            assert!(page.contains(".SH EXAMPLES\n.nf\n"), "{command}");
        }
    }
    // A command's own commands have pages too, and every page the others name exists.
    let export = fs::read_to_string(dir.path().join("stance-serve-export.1")).expect("export");
    assert!(export.contains(".TH stance-serve-export 1"), "{export}");
    assert_eq!(stance(["man", "serve export"]).run().ok().stdout, export);
    assert_eq!(stance(["man", "stance"]).run().ok().stdout, top);
    for entry in fs::read_dir(dir.path()).expect("pages") {
        let page = fs::read_to_string(entry.expect("entry").path()).expect("page");
        for line in page
            .lines()
            .filter(|l| l.starts_with("stance\\-") && l.ends_with("(1)"))
        {
            let file = format!("{}.1", line.trim_end_matches("(1)").replace("\\-", "-"));
            assert!(
                dir.path().join(&file).is_file(),
                "a page names {file}, which is not written"
            );
        }
    }
    let play = stance(["man", "stance-play"]).run().ok().stdout;
    assert!(
        play.contains("  stance play \\-\\-resume ana.json"),
        "{play}"
    );
    stance(["man", "paly"])
        .run()
        .code(2)
        .stderr_has("error: `paly` is not a command of stance; did you mean `play`?");
    let missing = dir.path().join("man1");
    stance(["man", "--out-dir", &missing.display().to_string()])
        .run()
        .code(2)
        .stderr_has("does not exist")
        .stderr_has("mkdir -p");
}

#[test]
fn show_gives_the_grounding_of_questions_and_choices_and_every_headline() {
    let grounded = fixture("valid/grounded.yaml");
    let text = stance(["show", &grounded]).run().ok().stdout;
    for expected in [
        "first: First?\n  basis: explicit; cites \u{b6}1 \u{201c}This is the first paragraph.\u{201d}\n",
        "  a: A\n      basis: inferred; cites \u{b6}2 \u{201c}the second one\u{201d}\n      \u{2192} second",
        "ending done:\n    A, then C.\n      when all(first = a, second = c)\n    A first.\n      when first = a\n    Not A.\n      otherwise\n",
    ] {
        assert!(text.contains(expected), "lacks {expected:?}:\n{text}");
    }
    let json = stance(["show", "--format", "json", &grounded])
        .run()
        .ok()
        .json();
    let first = &json["questions"][0];
    assert_eq!(first["basis"], "explicit");
    assert_eq!(
        first["cites"],
        serde_json::json!([{"paragraph": 1, "quote": "This is the first paragraph."}])
    );
    assert_eq!(first["choices"][0]["basis"], "inferred");
    assert_eq!(first["choices"][0]["cites"][0]["paragraph"], 2);
    assert_eq!(first["choices"][1]["basis"], serde_json::Value::Null);
    assert_eq!(first["choices"][1]["cites"], serde_json::json!([]));
    let ending = &json["endings"][0];
    assert_eq!(
        ending["headline"],
        serde_json::Value::Null,
        "it depends on the walk"
    );
    assert_eq!(ending["headlines"][1]["text"], "A first.");
    assert_eq!(
        ending["headlines"][1]["when"],
        serde_json::json!({"question": "first", "choices": ["a"]})
    );
    assert_eq!(ending["headlines"][2]["when"], serde_json::Value::Null);
}
