//! What a hostile student, a careless teacher or a malicious file could do, and what stance
//! does instead: records, folders, file names and output targets from someone else.

use std::fs;
use std::path::Path;

use serde_json::{Value, json};

use crate::support::{root, stance};

/// A change made to a record's JSON.
type Edit = fn(&mut Value);

/// A file name that would retitle the window and clear the screen if printed raw.
const HOSTILE_NAME: &str = "x\u{1b}]0;PWNED\u{7}\u{1b}[2J.yaml";

/// Asserts that `text` holds nothing that drives a terminal or reorders what it shows.
#[track_caller]
fn assert_inert(what: &str, text: &str) {
    let bad = text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
    });
    assert!(bad.is_none(), "{what} holds {bad:?}:\n{text:?}");
}

/// A copy of the tutorial scenario (which carries golden-path tests) at `path`.
fn tutorial_at(path: &Path) {
    fs::copy(root().join("scenarios/tutorial.yaml"), path).expect("copy");
}

/// A finished walk of the built-in scenario, recorded at `path` under `name`.
fn walk_record(path: &Path, name: &str) -> Value {
    let shown = path.display().to_string();
    stance([
        "play",
        "-a",
        "peninsula=status_quo",
        "-a",
        "nk_provocation=no",
        "-a",
        "sma=inside_sofa",
        "-a",
        "regional_role=no",
        "--note",
        "sma=my own view",
        "--name",
        name,
        "--record",
        &shown,
    ])
    .run()
    .ok();
    read_json(path)
}

/// A finished one-situation quiz of the built-in scenario, graded and recorded at `path`.
fn quiz_record(path: &Path) -> Value {
    let dir = path.parent().expect("a folder");
    let responses = dir.join("responses.yaml");
    fs::write(
        &responses,
        "[keep_objective, deter_first, share_within_sofa]\n",
    )
    .expect("write");
    stance([
        "quiz",
        "--seed",
        "7",
        "--questions",
        "1",
        "--responses",
        &responses.display().to_string(),
        "--name",
        "Cy",
        "--record",
        &path.display().to_string(),
    ])
    .run()
    .ok();
    read_json(path)
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).expect("read")).expect("JSON")
}

fn write_json(path: &Path, value: &Value) -> String {
    fs::write(path, serde_json::to_string_pretty(value).expect("JSON")).expect("write");
    path.display().to_string()
}

#[test]
fn file_names_and_paths_never_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("lessons");
    fs::create_dir(&folder).expect("mkdir");
    let scenario = folder.join(HOSTILE_NAME);
    tutorial_at(&scenario);
    let shown = scenario.display().to_string();

    // `check DIR` names each file in its `--> PATH:line` line.
    let broken = folder.join(format!("broken-{HOSTILE_NAME}"));
    fs::write(&broken, "format: 1\nid: broken\ncolour: red\n").expect("write");
    let done = stance(["check", &folder.display().to_string()])
        .run()
        .code(1);
    assert_inert("check's findings", &done.stderr);
    assert!(
        done.stderr
            .contains("broken-x\u{fffd}]0;PWNED\u{fffd}\u{fffd}[2J.yaml:3:1"),
        "{}",
        done.stderr
    );
    fs::remove_file(&broken).expect("rm");

    // `test` names the file on stdout.
    let done = stance(["test", &shown]).run().ok();
    assert_inert("test's report", &done.stdout);
    assert!(done.stdout.contains("PWNED"), "{}", done.stdout);

    // The replay line of a walk names the scenario as given.
    let play = ["play", &shown, "-a", "demand=little", "--color", "never"];
    let done = stance(play).run().ok();
    assert_inert("the stance", &done.stdout);
    assert!(
        done.stdout.contains("Replay: stance play '"),
        "{}",
        done.stdout
    );
    let done = stance([
        "play",
        &shown,
        "-a",
        "demand=little",
        "--format",
        "markdown",
    ])
    .run()
    .ok();
    assert_inert("the Markdown stance", &done.stdout);

    // A record of a changed scenario is named in the warning.
    let record = dir.path().join(format!("rec-{HOSTILE_NAME}.json"));
    let record_shown = record.display().to_string();
    stance([
        "play",
        &shown,
        "-a",
        "demand=little",
        "--record",
        &record_shown,
    ])
    .run()
    .ok();
    let text = fs::read_to_string(&scenario).expect("read");
    fs::write(&scenario, format!("{text}\n# edited\n")).expect("write");
    let done = stance(["play", &shown, "--resume", &record_shown])
        .run()
        .ok();
    assert!(done.stderr.contains("has changed since"), "{}", done.stderr);
    assert_inert("the warning", &done.stderr);

    // `new` says where it wrote.
    let fresh = dir.path().join(format!("new-{HOSTILE_NAME}"));
    let done = stance(["new", &fresh.display().to_string()]).run().ok();
    assert!(done.stderr.starts_with("wrote `"), "{}", done.stderr);
    assert_inert("new's note", &done.stderr);

    // An error message quoting an argument.
    let done = stance(["play", &format!("{}/{HOSTILE_NAME}", dir.path().display())])
        .run()
        .code(2);
    assert_inert("the error", &done.stderr);
}

#[test]
fn bidirectional_and_invisible_characters_are_named() {
    let dir = tempfile::tempdir().expect("dir");
    let scenario = dir.path().join("trojan.yaml");
    let text = fs::read_to_string(root().join("scenarios/tutorial.yaml")).expect("read");
    let text = text
        .replacen(
            "Which extra hours are residents asking for?",
            "Which extra hours\u{202e} are \u{2066}residents\u{2069} asking\u{200b} for?",
            1,
        )
        .replacen("id: tutorial", "id: tutorial\nt\u{202e}itle2: x", 1);
    fs::write(&scenario, text).expect("write");
    let shown = scenario.display().to_string();
    // The diagnostic names the character in the key it quotes and in the line it shows.
    let done = stance(["check", &shown]).run().code(1);
    assert_inert("the finding", &done.stderr);
    assert!(done.stderr.contains("t<U+202E>itle2"), "{}", done.stderr);
    // Text output names them; JSON keeps them exact, escaped.
    let edited = fs::read_to_string(&scenario)
        .expect("read")
        .replace("t\u{202e}itle2: x\n", "");
    fs::write(&scenario, edited).expect("write");
    let done = stance(["show", &shown]).run().ok();
    assert_inert("the outline", &done.stdout);
    assert!(
        done.stdout.contains(
            "Which extra hours<U+202E> are <U+2066>residents<U+2069> asking<U+200B> for?"
        ),
        "{}",
        done.stdout
    );
    let done = stance(["show", &shown, "--format", "json"]).run().ok();
    assert_inert("the JSON outline", &done.stdout);
    assert!(done.stdout.contains("\\u202e"), "escaped in JSON");
    assert_eq!(
        done.json()["questions"][0]["prompt"],
        "Which extra hours\u{202e} are \u{2066}residents\u{2069} asking\u{200b} for?",
        "and reads back exactly"
    );
    // A note in a record, read back by the report.
    let record = dir.path().join("ana.json");
    let mut value = walk_record(&record, "Ana");
    value["steps"][2]["note"] = json!("pay\u{202e}more");
    let record = write_json(&record, &value);
    let done = stance(["report", &record]).run().ok();
    assert_inert("the report", &done.stdout);
    assert!(done.stdout.contains("pay<U+202E>more"), "{}", done.stdout);
}

#[test]
fn record_strings_stay_on_one_line() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("eve.json");
    let mut value = walk_record(&path, "Eve");
    value["name"] = json!("Eve\n- Mallory (play): ended at `end`");
    value["steps"][2]["note"] = json!("fine\n  - Mallory: forged note");
    let record = write_json(&path, &value);
    for format in ["text", "markdown"] {
        let done = stance(["report", &record, "--format", format]).run().ok();
        let forged: Vec<&str> = done
            .stdout
            .lines()
            .filter(|l| l.trim_start().starts_with("- Mallory"))
            .collect();
        assert!(forged.is_empty(), "{format}: {forged:?}\n{}", done.stdout);
        assert!(
            done.stdout.contains("Eve\u{23ce}- Mallory"),
            "{}",
            done.stdout
        );
        let done = stance(["compare", &record, "--format", format]).run().ok();
        let heading = done.stdout.lines().next().expect("a heading");
        assert!(heading.contains("Eve\u{23ce}- Mallory"), "{heading}");
        assert!(
            !done
                .stdout
                .lines()
                .any(|l| l.trim_start().starts_with("- Mallory")),
            "{}",
            done.stdout
        );
    }
}

#[test]
fn csv_cells_stay_cells_in_every_locale() {
    let dir = tempfile::tempdir().expect("dir");
    let mut records = Vec::new();
    for (file, name) in [
        ("a.json", "Ana;=1+1;@SUM(A1)"),
        ("b.json", "\t=HYPERLINK(\"x\")"),
        ("c.json", "Bo\tLee"),
    ] {
        let path = dir.path().join(file);
        walk_record(&path, name);
        records.push(path.display().to_string());
    }
    let mut args = vec!["report".to_owned(), "--format".to_owned(), "csv".to_owned()];
    args.extend(records);
    let done = stance(args).run().ok();
    let rows: Vec<&str> = done.stdout.lines().skip(1).collect();
    assert!(rows[0].starts_with("\"Ana;=1+1;@SUM(A1)\","), "{}", rows[0]);
    assert!(
        rows[1].starts_with("\"'\t=HYPERLINK(\"\"x\"\")\","),
        "{}",
        rows[1]
    );
    assert!(rows[2].starts_with("\"Bo\tLee\","), "{}", rows[2]);
}

#[test]
fn a_record_names_its_scenario_by_id_never_by_path() {
    let dir = tempfile::tempdir().expect("dir");
    // A file a hostile id might name, in the folder stance runs in.
    fs::write(dir.path().join("secret-notes"), "TOPSECRET\n").expect("write");
    let walk = dir.path().join("walk.json");
    let quiz = dir.path().join("quiz.json");
    let walk_value = walk_record(&walk, "Ana");
    let quiz_value = quiz_record(&quiz);
    let cases = [
        ("/etc/hostname", "not a scenario id"),
        ("-", "not a scenario id"),
        ("../secret-notes", "not a scenario id"),
        ("secret-notes", "no scenario has the id `secret-notes`"),
    ];
    for (id, expected) in cases {
        let mut edited = walk_value.clone();
        edited["scenario"]["id"] = json!(id);
        let walk_shown = write_json(&walk, &edited);
        let mut edited = quiz_value.clone();
        edited["scenario"]["id"] = json!(id);
        let quiz_shown = write_json(&quiz, &edited);
        let runs: [Vec<&str>; 4] = [
            vec!["compare", &walk_shown],
            vec!["report", &walk_shown],
            vec!["play", "--resume", &walk_shown],
            vec!["quiz", "--resume", &quiz_shown, "--no-input"],
        ];
        for args in runs {
            let done = stance(&args)
                .current_dir(dir.path())
                .stdin("format: 1\nid: from-stdin\n")
                .run()
                .code(2);
            assert!(
                done.stderr.contains(expected),
                "{args:?} {id}: {}",
                done.stderr
            );
            assert!(
                !done.stderr.contains("TOPSECRET"),
                "{args:?} {id}: {}",
                done.stderr
            );
            assert!(
                !done.stderr.contains("from-stdin"),
                "{args:?} {id}: {}",
                done.stderr
            );
        }
    }
    // The person may still name the scenario file themselves.
    let tutorial = dir.path().join("lesson.yaml");
    tutorial_at(&tutorial);
    let record = dir.path().join("lesson.json");
    let lesson = tutorial.display().to_string();
    let shown = record.display().to_string();
    stance(["play", &lesson, "-a", "demand=little", "--record", &shown])
        .run()
        .ok();
    stance(["compare", &shown, "--scenario", &lesson])
        .run()
        .ok();
    stance(["compare", &shown])
        .run()
        .ok()
        .stdout_has("Compared with the author");
}

#[test]
fn quiz_records_are_checked_fully_and_scores_recomputed() {
    let dir = tempfile::tempdir().expect("dir");
    let quiz = dir.path().join("quiz.json");
    let value = quiz_record(&quiz);
    let honest = stance(["report", &quiz.display().to_string(), "--format", "json"])
        .run()
        .ok()
        .json();
    let score = honest["participants"][0]["score"]
        .as_u64()
        .expect("a score");
    let total = honest["participants"][0]["total"]
        .as_u64()
        .expect("a total");
    assert!(score < total, "the fixture misses some items");

    // Editing every item's `answer` to the pick would give 100 %.
    let mut edited = value.clone();
    for item in edited["quiz"]["items"].as_array_mut().expect("items") {
        item["answer"] = item["picked"].clone();
    }
    let shown = write_json(&quiz, &edited);
    for command in ["compare", "report"] {
        stance([command, &shown])
            .run()
            .code(2)
            .stderr_has("is not a stance record: quiz item 2: its `answer` is not what the quiz (seed 7) puts there");
    }
    let quiz_cases: [(Edit, &str); 6] = [
        (
            |v| v["quiz"]["items"][0]["options"] = json!([]),
            "quiz item 1: `options` is empty",
        ),
        (
            |v| v["quiz"]["items"][0]["situation"] = json!(0),
            "quiz item 1: `situation` is 0",
        ),
        (
            |v| v["quiz"]["items"][0]["picked"] = json!("keep_objective_x"),
            "`picked` is `keep_objective_x`, which is not one of its `options`",
        ),
        (
            |v| v["quiz"]["items"][0]["path"][0]["question"] = json!("nowhere"),
            "quiz item 1: its `path`",
        ),
        (
            |v| v["started"] = json!("garbage"),
            "`started` is `garbage`, not a time",
        ),
        (
            |v| v["quiz"]["situations"] = json!(1_000_000_000_000_000_000_u64),
            "`quiz.situations` is 1000000000000000000; a quiz has 1 to 100",
        ),
    ];
    for (edit, expected) in quiz_cases {
        let mut edited = value.clone();
        edit(&mut edited);
        let shown = write_json(&quiz, &edited);
        for args in [
            vec!["compare", &shown],
            vec!["report", &shown],
            vec!["quiz", "--resume", &shown, "--no-input"],
        ] {
            stance(&args).run().code(2).stderr_has(expected);
        }
    }
    // A hundred million situations are refused before anything is drawn.
    let mut edited = value.clone();
    edited["quiz"]["situations"] = json!(100_000_000);
    let shown = write_json(&quiz, &edited);
    stance(["quiz", "--resume", &shown, "--no-input"])
        .run()
        .code(2)
        .stderr_has("a quiz has 1 to 100");
}

#[test]
fn walk_records_are_checked_fully_and_finishes_recomputed() {
    // An unknown question, a finish the walk did not reach, a repeated key.
    let dir = tempfile::tempdir().expect("dir");
    let walk = dir.path().join("walk.json");
    let value = walk_record(&walk, "Bo");
    let mut edited = value.clone();
    edited["steps"][1]["question"] = json!("nowhere");
    let shown = write_json(&walk, &edited);
    stance(["report", &shown])
        .run()
        .code(2)
        .stderr_has("step 2: question `nowhere` is not in the scenario");
    let mut edited = value.clone();
    edited["steps"].as_array_mut().expect("steps").truncate(1);
    edited["finished"] = json!(true);
    let shown = write_json(&walk, &edited);
    let report = stance(["report", &shown, "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(
        report["participants"][0]["finished"], false,
        "recomputed from the scenario"
    );
    stance(["report", &shown])
        .run()
        .ok()
        .stdout_has("- Bo (play) (not finished)");
    stance(["compare", &shown])
        .run()
        .ok()
        .stdout_has("The record is not finished");
    let text = fs::read_to_string(&walk).expect("read");
    let doubled = text.replacen(
        "\"name\": \"Bo\",",
        "\"name\": \"Bo\",\n  \"name\": \"Mallory\",",
        1,
    );
    fs::write(&walk, doubled).expect("write");
    stance(["report", &shown])
        .run()
        .code(2)
        .stderr_has("key `name` appears twice in one object at line");
}

#[test]
fn counts_from_flags_and_records_are_bounded() {
    for args in [
        vec!["quiz", "--questions", "18446744073709551615"],
        vec!["quiz", "--questions", "0"],
        vec!["rehearse", "--cards", "18446744073709551615"],
        vec!["rehearse", "--cards", "1000000000"],
        vec![
            "rehearse",
            "--cards",
            "3",
            "--time-limit",
            "18446744073709551615",
        ],
    ] {
        stance(&args).run().code(2).stderr_has("is not in 1..=");
    }
}
