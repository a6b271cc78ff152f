//! `stance play`, scripted: the 20 paths of the built-in scenario, formats, answers, errors.

use std::fs;

use serde_json::Value;

use crate::support::{Driven, fixture, stance};

/// The built-in scenario's contract, written out independently of its YAML: per question,
/// each choice, where it leads, and what it recommends.
/// A choice: its id, where it leads, what it recommends.
type Choice = (&'static str, &'static str, &'static [&'static str]);
/// A complete path: the answers, and the recommendations expected.
type Path = (Vec<(&'static str, &'static str)>, Vec<&'static str>);

const TREE: &[(&str, &[Choice])] = &[
    (
        "peninsula",
        &[
            ("status_quo", "nk_provocation", &["keep_objective"]),
            ("peace_regime", "nk_provocation", &["readjust_goal"]),
            ("reunification", "sma", &["readjust_goal"]),
        ],
    ),
    (
        "nk_provocation",
        &[
            ("no", "sma", &["support_diplomacy"]),
            ("yes", "sma", &["deter_first"]),
        ],
    ),
    (
        "sma",
        &[
            (
                "inside_sofa",
                "regional_role",
                &[
                    "share_within_sofa",
                    "bear_inevitable_costs",
                    "strategic_dialogue",
                ],
            ),
            (
                "outside_sofa",
                "regional_role",
                &[
                    "refuse_beyond_sofa",
                    "bear_inevitable_costs",
                    "strategic_dialogue",
                ],
            ),
        ],
    ),
    (
        "regional_role",
        &[
            ("yes", "end", &["keep_peninsula_focus"]),
            ("no", "end", &[]),
        ],
    ),
];

const ENDING: &[&str] = &[
    "reassure_china",
    "reassure_us_japan",
    "multilevel_cooperation",
    "cooperative_self_reliance",
];

/// Where each recommendation must cite.
const PARAGRAPHS: &[(&str, &[u64])] = &[
    ("keep_objective", &[9]),
    ("readjust_goal", &[10]),
    ("support_diplomacy", &[11]),
    ("deter_first", &[11]),
    ("share_within_sofa", &[13]),
    ("refuse_beyond_sofa", &[13, 14, 6]),
    ("bear_inevitable_costs", &[14]),
    ("strategic_dialogue", &[14]),
    ("keep_peninsula_focus", &[8]),
    ("reassure_china", &[11]),
    ("reassure_us_japan", &[12]),
    ("multilevel_cooperation", &[15]),
    ("cooperative_self_reliance", &[16]),
];

/// Every complete path of [`TREE`]: the answers and the expected recommendation ids.
fn paths() -> Vec<Path> {
    let mut done = Vec::new();
    let mut pending = vec![("peninsula", Vec::new(), Vec::new())];
    while let Some((question, answers, recommends)) = pending.pop() {
        let (_, choices) = TREE.iter().find(|(q, _)| *q == question).expect("question");
        for (choice, next, adds) in *choices {
            let mut answers = answers.clone();
            answers.push((question, *choice));
            let mut recommends = recommends.clone();
            recommends.extend_from_slice(adds);
            if *next == "end" {
                recommends.extend_from_slice(ENDING);
                done.push((answers, recommends));
            } else {
                pending.push((next, answers, recommends));
            }
        }
    }
    done
}

fn answer_args(answers: &[(&str, &str)]) -> Vec<String> {
    let mut args = vec!["play".to_owned(), "--format".to_owned(), "json".to_owned()];
    for (question, choice) in answers {
        args.push("--answer".to_owned());
        args.push(format!("{question}={choice}"));
    }
    args
}

fn ids(json: &Value, key: &str, field: &str) -> Vec<String> {
    json[key]
        .as_array()
        .expect("a list")
        .iter()
        .map(|item| item[field].as_str().expect("a string").to_owned())
        .collect()
}

#[test]
fn all_twenty_paths_reach_the_expected_stance() {
    let paths = paths();
    assert_eq!(paths.len(), 20);
    for (answers, expected) in paths {
        let json = stance(answer_args(&answers)).run().ok().json();
        assert_eq!(ids(&json, "recommendations", "id"), expected, "{answers:?}");
        let walked: Vec<String> = answers.iter().map(|(q, _)| (*q).to_owned()).collect();
        assert_eq!(ids(&json, "path", "question"), walked);
        assert_eq!(json["unused_answers"], Value::Array(Vec::new()));
        assert_eq!(json["ending"], "end");
        assert!(json["headline"].is_string());
        for recommendation in json["recommendations"].as_array().expect("list") {
            let id = recommendation["id"].as_str().expect("id");
            let basis = if id == "deter_first" {
                "inferred"
            } else {
                "explicit"
            };
            assert_eq!(recommendation["basis"], basis, "{id}");
            let mut cited: Vec<u64> = recommendation["cites"]
                .as_array()
                .expect("cites")
                .iter()
                .map(|c| c["paragraph"].as_u64().expect("number"))
                .collect();
            cited.dedup();
            let (_, expected) = PARAGRAPHS.iter().find(|(r, _)| *r == id).expect("known id");
            assert_eq!(&cited, expected, "{id}");
        }
    }
}

const REUNIFIED: [&str; 7] = [
    "play",
    "--answer",
    "peninsula=reunification",
    "--answer",
    "sma=outside_sofa",
    "--answer",
    "regional_role=yes",
];

#[test]
fn json_output_snapshot() {
    let done = stance(REUNIFIED.iter().copied().chain(["--format", "json"]))
        .run()
        .ok();
    insta::assert_snapshot!("play_json", done.stdout);
}

#[test]
fn markdown_output_snapshot() {
    let done = stance(REUNIFIED.iter().copied().chain(["--format", "markdown"]))
        .run()
        .ok();
    insta::assert_snapshot!("play_markdown", done.stdout);
}

#[test]
fn text_output_snapshot() {
    let done = stance(REUNIFIED).run().ok();
    assert!(!done.stdout.contains('\u{1b}'), "no colour into a pipe");
    insta::assert_snapshot!("play_text", done.stdout);
}

#[test]
fn colour_in_text_only_when_asked() {
    let escape = "\u{1b}[";
    let coloured = stance(REUNIFIED.iter().copied().chain(["--color", "always"]))
        .run()
        .ok();
    assert!(coloured.stdout.contains(escape));
    let no_color = stance(REUNIFIED.iter().copied().chain(["--color", "auto"]))
        .env("NO_COLOR", "1")
        .run()
        .ok();
    assert!(!no_color.stdout.contains(escape));
    for format in ["json", "markdown"] {
        let done = stance(
            REUNIFIED
                .iter()
                .copied()
                .chain(["--color", "always", "--format", format]),
        )
        .run()
        .ok();
        assert!(!done.stdout.contains(escape), "{format}");
    }
}

#[test]
fn missing_answers_without_a_terminal_are_listed_with_their_choices() {
    stance(["play", "--answer", "peninsula=reunification"])
        .run()
        .code(2)
        .stderr_has("error: no answer for 2 questions the walk may reach:")
        .stderr_has("`sma`: choices `inside_sofa`, `outside_sofa`")
        .stderr_has("`regional_role`: choices `yes`, `no`")
        .stderr_has("--answer QUESTION=CHOICE");
    // --no-input behaves the same way.
    stance(["play", "--no-input"])
        .run()
        .code(2)
        .stderr_has("no answer for 4 questions");
}

#[test]
fn unknown_questions_and_choices_suggest_the_nearest() {
    stance([
        "play",
        "--answer",
        "smaa=inside_sofa",
        "--answer",
        "peninsula=peace",
    ])
    .run()
    .code(2)
    .stderr_has("error: `--answer smaa=inside_sofa`: unknown question `smaa`")
    .stderr_has("did you mean `sma`?")
    .stderr_has("error: `--answer peninsula=peace`: question `peninsula` has no choice `peace`")
    .stderr_has("valid choices: `status_quo`, `peace_regime`, `reunification`");
    stance(["play", "--answer", "sma"])
        .run()
        .code(2)
        .stderr_has("expected QUESTION=CHOICE");
    stance([
        "play",
        "--answer",
        "sma=inside_sofa",
        "--answer",
        "sma=outside_sofa",
    ])
    .run()
    .code(2)
    .stderr_has("answered twice");
}

#[test]
fn answers_for_questions_never_reached_are_warned_about() {
    let done = stance(REUNIFIED.iter().copied().chain([
        "--answer",
        "nk_provocation=yes",
        "--format",
        "json",
    ]))
    .run()
    .ok()
    .stderr_has("warning: the walk never reached `nk_provocation`");
    let json = done.json();
    assert_eq!(json["unused_answers"][0]["question"], "nk_provocation");
    assert_eq!(json["unused_answers"][0]["choice"], "yes");
}

#[test]
fn answers_files_in_yaml_json_and_stdin() {
    let dir = tempfile::tempdir().expect("dir");
    let yaml = dir.path().join("answers.yaml");
    fs::write(
        &yaml,
        "peninsula: reunification\nsma: outside_sofa\nregional_role: yes\n",
    )
    .expect("write");
    let from_yaml = stance([
        "play",
        "--format",
        "json",
        "--answers",
        &yaml.display().to_string(),
    ])
    .run()
    .ok()
    .json();
    let json = r#"{"peninsula": "reunification", "sma": "outside_sofa", "regional_role": "yes"}"#;
    let from_stdin = stance(["play", "--format", "json", "--answers", "-"])
        .stdin(json)
        .run()
        .ok()
        .json();
    assert_eq!(from_yaml, from_stdin);
    // Flags add to a file.
    let partial = dir.path().join("partial.json");
    fs::write(&partial, r#"{"peninsula": "reunification"}"#).expect("write");
    stance([
        "play",
        "--answers",
        &partial.display().to_string(),
        "--answer",
        "sma=inside_sofa",
        "--answer",
        "regional_role=no",
    ])
    .run()
    .ok();
    let bad = dir.path().join("bad.yaml");
    fs::write(&bad, "peninsula: [status_quo]\n").expect("write");
    let shown = bad.display().to_string();
    stance(["play", "--answers", &shown])
        .run()
        .code(2)
        .stderr_has(&format!("{shown}:1:12:"));
    let typo = dir.path().join("typo.yaml");
    fs::write(&typo, "peninsula: reunification\nsmaa: inside_sofa\n").expect("write");
    let shown = typo.display().to_string();
    stance(["play", "--answers", &shown])
        .run()
        .code(2)
        .stderr_has(&format!("error: {shown}:2:1: unknown question `smaa`"));
}

#[test]
fn scenarios_by_path_and_from_stdin() {
    let text = fs::read_to_string(crate::support::root().join("scenarios/korea-us-alliance.yaml"))
        .expect("read");
    stance(
        REUNIFIED
            .iter()
            .copied()
            .map(|a| if a == "play" { "play" } else { a })
            .chain(["-"]),
    )
    .stdin(&text)
    .run()
    .ok();
    stance(["play", "-", "--answers", "-"])
        .run()
        .code(2)
        .stderr_has("standard input can be read only once");
    stance(["play", "nonexistent"])
        .run()
        .code(2)
        .stderr_has("no scenario has the id `nonexistent`");
}

#[test]
fn an_invalid_scenario_is_refused_with_its_diagnostics() {
    stance(["play", &fixture("dangling-next.yaml"), "--color", "never"])
        .run()
        .code(1)
        .stderr_has("error[dangling-next]")
        .stderr_has("help: `stance check");
}

#[test]
fn output_files_are_written_whole_and_atomically() {
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("brief.md");
    fs::write(&target, "old contents\n").expect("write");
    let shown = target.display().to_string();
    let done = stance(
        REUNIFIED
            .iter()
            .copied()
            .chain(["--format", "markdown", "--output", &shown]),
    )
    .run()
    .ok();
    assert!(done.stdout.is_empty());
    let written = fs::read_to_string(&target).expect("read");
    assert!(written.starts_with("# "), "{written}");
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary files left: {leftovers:?}");

    // An error before writing leaves the old file alone.
    stance(["play", "--answer", "peninsula=nowhere", "--output", &shown])
        .run()
        .code(2);
    assert_eq!(fs::read_to_string(&target).expect("read"), written);

    // A folder that does not exist is a clear error, and nothing is created.
    let missing = dir.path().join("no/such/folder/out.json");
    stance(
        REUNIFIED
            .iter()
            .copied()
            .chain(["--output", &missing.display().to_string()]),
    )
    .run()
    .code(2)
    .stderr_has(&format!(
        "error: cannot write `{}`: the folder `{}` does not exist",
        missing.display(),
        dir.path().join("no/such/folder").display()
    ))
    .stderr_has("help: create it first (`mkdir -p ");
    assert!(!missing.exists());
    // Said before any work: a brief's folder is checked before its walk.
    stance(["brief", "--output", "handouts/brief.md", "--no-input"])
        .run()
        .code(2)
        .stderr_has("error: cannot write `handouts/brief.md`: the folder `handouts` does not exist")
        .stderr_has("help: create it first (`mkdir -p handouts`)");
    // A record's folder is made, and said.
    let records = dir.path().join("records");
    let record = records.join("ana.json");
    stance(
        REUNIFIED
            .iter()
            .copied()
            .chain(["--record", &record.display().to_string()]),
    )
    .run()
    .ok()
    .stderr_has(&format!(
        "created the folder `{}` for the record",
        records.display()
    ));
    assert!(record.is_file());
    // `-` is stdout.
    stance(REUNIFIED.iter().copied().chain(["--output", "-"]))
        .run()
        .ok()
        .stdout_has("Replay: stance play korea-us-alliance");
}

#[test]
fn the_replay_line_keeps_the_notes() {
    stance(REUNIFIED.iter().copied().chain([
        "--note",
        "sma=Seoul's offer",
        "--note",
        "peninsula=first",
        "--color",
        "never",
    ]))
    .run()
    .ok()
    .stdout_has(
        "Replay: stance play korea-us-alliance --answer peninsula=reunification --answer sma=outside_sofa --answer regional_role=yes --note peninsula=first --note 'sma=Seoul'\\''s offer'",
    );
}

#[test]
fn every_answer_problem_is_reported_in_one_run() {
    stance(["play", "--answer", "sma", "--answer", "smaa=x"])
        .run()
        .code(2)
        .stderr_has("`--answer sma`: expected QUESTION=CHOICE")
        .stderr_has("`--answer smaa=x`: unknown question `smaa`");
}

#[test]
fn replay_names_the_scenario_as_given() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("my lessons");
    fs::create_dir(&folder).expect("mkdir");
    let path = folder.join("korea.yaml");
    fs::copy(
        crate::support::root().join("scenarios/korea-us-alliance.yaml"),
        &path,
    )
    .expect("copy");
    let args = REUNIFIED.iter().copied().skip(1);
    let done = stance(["play", "my lessons/korea.yaml"].into_iter().chain(args))
        .current_dir(dir.path())
        .run()
        .ok();
    assert!(
        done.stdout.contains(
            "Replay: stance play 'my lessons/korea.yaml' --answer peninsula=reunification"
        ),
        "{}",
        done.stdout
    );
}

#[test]
fn control_characters_in_scenario_text_never_reach_the_output() {
    let text = fs::read_to_string(crate::support::root().join("scenarios/korea-us-alliance.yaml"))
        .expect("read")
        .replacen(
            "title: \"Keeping the US-South Korea Alliance on Course\"",
            "title: \"Keeping \\e]0;owned\\a\\e[2J the alliance\"",
            1,
        );
    assert!(text.contains("\\e[2J"), "the edit applied");
    for format in ["text", "markdown"] {
        let done = stance(REUNIFIED.iter().copied().chain(["--format", format, "-"]))
            .stdin(&text)
            .run()
            .ok();
        assert!(
            !done.stdout.contains('\u{1b}'),
            "{format}: {:?}",
            done.stdout
        );
        assert!(!done.stdout.contains('\u{7}'), "{format}");
    }
    // JSON carries the text exactly, escaped as JSON.
    let json = stance(REUNIFIED.iter().copied().chain(["--format", "json", "-"]))
        .stdin(&text)
        .run()
        .ok();
    assert!(json.stdout.contains("\\u001b[2J"), "{}", json.stdout);
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_updates_its_target() {
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("real.json");
    let link = dir.path().join("link.json");
    fs::write(&target, "{}").expect("write");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    stance(REUNIFIED.iter().copied().chain([
        "--format",
        "json",
        "--output",
        &link.display().to_string(),
    ]))
    .run()
    .ok();
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&target)
            .expect("read")
            .contains("\"readjust_goal\"")
    );
}

#[test]
fn conditions_skip_questions_hide_choices_and_gate_recommendations() {
    let gated = fixture("valid/gated.yaml");
    // `second` is skipped after `b`, and the ending then adds `do_b`.
    let json = stance(["play", &gated, "--answer", "first=b", "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(ids(&json, "path", "question"), ["first"]);
    assert_eq!(ids(&json, "recommendations", "id"), ["do_b"]);
    // After `a` it is asked; `c` adds `do_a` because `first` was `a`.
    let json = stance([
        "play", &gated, "-a", "first=a", "-a", "second=c", "--format", "json",
    ])
    .run()
    .ok()
    .json();
    assert_eq!(ids(&json, "recommendations", "id"), ["do_a", "do_b"]);
    // A choice that its condition hides cannot be answered.
    let text = fs::read_to_string(&gated)
        .expect("read")
        .replacen("    when: {first: a}\n    otherwise: done\n", "", 1)
        .replacen("when: {not: {first: b}}", "when: {first: a}", 1);
    stance(["play", "-", "-a", "first=b", "-a", "second=d"])
        .stdin(&text)
        .run()
        .code(2)
        .stderr_has("question `second` does not offer `d` after the answers before it")
        .stderr_has("the choices offered there: `c`");
}

#[test]
fn bad_and_stale_records_are_refused_clearly() {
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("r.json");
    let shown = record.display().to_string();
    stance(
        REUNIFIED
            .iter()
            .copied()
            .chain(["--record", &shown, "--name", "Bo"]),
    )
    .run()
    .ok();
    let good = fs::read_to_string(&record).expect("read");

    // Truncated.
    fs::write(&record, &good[..good.len() / 2]).expect("write");
    stance(["play", "--resume", &shown])
        .run()
        .code(2)
        .stderr_has(&format!(
            "error: `{shown}` is not a stance record: the file ends too early"
        ));
    // Edited into something else.
    fs::write(&record, good.replace("stance-record/1", "stance-record/9")).expect("write");
    stance(["play", "--resume", &shown])
        .run()
        .code(2)
        .stderr_has("`format` is `stance-record/9`");
    fs::write(&record, good.replace("\"sma\"", "\"smx\"")).expect("write");
    stance(["play", "--resume", &shown])
        .run()
        .code(2)
        .stderr_has("is not a stance record: step 2: question `smx` is not in the scenario");
    // Another scenario's record.
    fs::write(&record, &good).expect("write");
    stance(["play", "tutorial", "--resume", &shown])
        .run()
        .code(2)
        .stderr_has("was made with scenario `korea-us-alliance`, not `tutorial`");
    // A changed scenario whose answers still fit goes on, with a warning.
    let text = fs::read_to_string(crate::support::root().join("scenarios/korea-us-alliance.yaml"))
        .expect("read")
        .replacen(
            "Where does the Korean Peninsula stand right now?",
            "Where does the peninsula stand?",
            1,
        );
    let done = stance(["play", "-", "--resume", &shown, "--format", "json"])
        .stdin(&text)
        .run()
        .ok()
        .stderr_has("warning: the scenario has changed since");
    assert_eq!(
        done.json()["path"][0]["prompt"],
        "Where does the peninsula stand?"
    );
    // Notes need QUESTION=TEXT and a real question.
    stance(["play", "--note", "smaa=x"])
        .run()
        .code(2)
        .stderr_has("`--note smaa=x`: unknown question `smaa`");
    stance(["play", "--note", "sma"])
        .run()
        .code(2)
        .stderr_has("expected QUESTION=TEXT");
}

#[test]
fn the_headline_is_the_first_that_holds_on_the_walk() {
    let grounded = fixture("valid/grounded.yaml");
    let play = |answers: [&str; 2], format: &str| {
        stance([
            "play", &grounded, "-a", answers[0], "-a", answers[1], "--format", format,
        ])
        .run()
        .ok()
    };
    let walks = [
        (["first=a", "second=c"], "A, then C."),
        (["first=a", "second=d"], "A first."),
        (["first=b", "second=c"], "Not A."),
    ];
    for (answers, headline) in walks {
        let json = play(answers, "json").json();
        assert_eq!(json["headline"], headline, "{answers:?}");
        let text = play(answers, "text").stdout;
        assert!(
            text.contains(&format!("The author's stance\n  {headline}\n")),
            "{answers:?}:\n{text}"
        );
        for other in walks.iter().map(|w| w.1).filter(|h| *h != headline) {
            assert!(
                !text.contains(other),
                "{answers:?} shows {other:?}:\n{text}"
            );
        }
    }
    let paths = stance(["paths", &grounded, "--format", "json"])
        .run()
        .ok()
        .json();
    let headlines: Vec<&str> = paths
        .as_array()
        .expect("paths")
        .iter()
        .map(|p| p["headline"].as_str().expect("a headline"))
        .collect();
    assert_eq!(headlines, ["A, then C.", "A first.", "Not A.", "Not A."]);
}

/// The plain walk through a pipe, as a screen reader user's script or an expect-style test
/// drives it: `--plain`, or `ACCESSIBLE` set, asks even though standard input is not a
/// terminal.
#[test]
fn the_plain_walk_reads_answers_from_a_pipe() {
    for (args, env) in [(&["play", "--plain"][..], None), (&["play"][..], Some("1"))] {
        let mut run = stance(args).stdin("2\nn\nThe talks may fail.\n1\n1\n2\n");
        if let Some(value) = env {
            run = run.env("ACCESSIBLE", value);
        }
        let done = run.run().ok();
        assert!(
            done.stderr.contains(
                "Question 1: Where does the Korean Peninsula stand right now?\n1. Still divided"
            ),
            "{}",
            done.stderr
        );
        assert!(done.stderr.contains("Note kept."), "{}", done.stderr);
        assert!(
            done.stdout.contains("A permanent peace regime is in place"),
            "{}",
            done.stdout
        );
        assert!(
            done.stdout.contains("Your note: The talks may fail."),
            "{}",
            done.stdout
        );
        assert!(!done.stderr.contains('\u{1b}') && !done.stdout.contains('\u{1b}'));
    }
    // A pipe that ends early says where, and the walk is not written.
    stance(["play", "--plain"])
        .stdin("1\n")
        .run()
        .code(2)
        .stderr_has("the input ended at question 2, `nk_provocation`, before the walk did");
    // An empty `ACCESSIBLE` is not set, and `--no-input` still never asks.
    stance(["play"])
        .env("ACCESSIBLE", "")
        .stdin("1\n")
        .run()
        .code(2)
        .stderr_has("no answer for");
    stance(["play", "--plain", "--no-input"])
        .stdin("1\n")
        .run()
        .code(2)
        .stderr_has("no answer for");
}

/// Another program walks the built-in scenario through `--events`: it reads each
/// `question`, answers with the first choice it offers, and on the way sends a typo, goes
/// back, writes a note and a line that is not JSON; the walk goes on after each refusal, and
/// ends in the stance `--format json` gives for the same answers, and a record.
#[test]
fn another_program_drives_a_whole_walk_through_the_events() {
    let mut walk = Driven::spawn(["play", "--events", "--record", "walk.json", "--name", "Ana"]);
    let started = walk.expect("started");
    assert_eq!(started["scenario"], "korea-us-alliance", "{started}");
    let mut answers: Vec<(String, String)> = Vec::new();
    let mut detoured = false;
    let told = loop {
        let event = walk.next();
        match event["type"].as_str().expect("a type") {
            "question" => {
                let question = event["question"].as_str().expect("an id").to_owned();
                let choice = event["choices"][0]["id"]
                    .as_str()
                    .expect("a choice")
                    .to_owned();
                assert_eq!(event["number"], answers.len() + 1, "{event}");
                assert_eq!(event["can_go_back"], !answers.is_empty(), "{event}");
                let so_far: Vec<(String, String)> = event["answers"]
                    .as_array()
                    .expect("answers")
                    .iter()
                    .map(|a| {
                        (
                            a["question"].as_str().unwrap_or_default().to_owned(),
                            a["choice"].as_str().unwrap_or_default().to_owned(),
                        )
                    })
                    .collect();
                assert_eq!(so_far, answers, "{event}");
                if answers.len() == 1 && !detoured {
                    detoured = true;
                    walk.send(&format!(r#"{{"type":"answer","choice":"{choice}x"}}"#));
                    let refused = walk.expect("error");
                    assert_eq!(refused["code"], "unknown_choice", "{refused}");
                    assert_eq!(refused["suggestion"], choice.as_str(), "{refused}");
                    walk.send("not json");
                    assert_eq!(walk.expect("error")["code"], "bad_json");
                    walk.send(r#"{"type":"back"}"#);
                    assert_eq!(walk.expect("went_back")["keep"], 0);
                    answers.pop();
                    continue;
                }
                if answers.is_empty() && detoured {
                    walk.send(r#"{"type":"note","note":"Mine."}"#);
                    let noted = walk.expect("noted");
                    assert_eq!(noted["question"], question.as_str(), "{noted}");
                    assert_eq!(noted["note"], "Mine.", "{noted}");
                    assert_eq!(walk.expect("question")["question"], question.as_str());
                }
                walk.send(&format!(r#"{{"type":"answer","choice":"{choice}"}}"#));
                let answered = walk.expect("answered");
                assert_eq!(answered["question"], question.as_str(), "{answered}");
                assert_eq!(answered["choice"], choice.as_str(), "{answered}");
                answers.push((question, choice));
            }
            "finished" => {
                assert!(event["ending"].is_string(), "{event}");
                break walk.expect("stance");
            }
            other => panic!("unexpected `{other}`: {event}"),
        }
    };
    assert!(detoured && answers.len() >= 3, "{answers:?}");
    let record: Value = serde_json::from_str(
        &fs::read_to_string(walk.dir().join("walk.json")).expect("the record is written"),
    )
    .expect("JSON");
    let (code, rest, stderr, _dir) = walk.finish();
    assert_eq!((code, rest.len(), stderr.as_str()), (0, 0, ""), "{rest:?}");
    let mut args = vec![
        "play".to_owned(),
        "--format".into(),
        "json".into(),
        "--note".into(),
    ];
    args.push(format!("{}=Mine.", answers[0].0));
    for (question, choice) in &answers {
        args.push("-a".into());
        args.push(format!("{question}={choice}"));
    }
    let scripted = stance(&args).run().ok().json();
    assert_eq!(told["stance"], scripted);
    assert_eq!(record["finished"], true, "{record}");
    assert_eq!(record["name"], "Ana", "{record}");
}

/// `quit`, and the end of standard input, stop the walk with a `stopped` event and nothing
/// on stderr; the record it names goes on with `--resume`, through the events again.
#[test]
fn the_events_stop_at_quit_or_the_end_of_input_and_resume() {
    let mut walk = Driven::spawn(["play", "--events", "--record", "walk.json"]);
    walk.expect("started");
    let first = walk.expect("question");
    let choice = first["choices"][1]["id"]
        .as_str()
        .expect("a choice")
        .to_owned();
    walk.send(&format!(r#"{{"type":"answer","choice":"{choice}"}}"#));
    walk.expect("answered");
    walk.expect("question");
    walk.send(r#"{"type":"quit"}"#);
    let stopped = walk.expect("stopped");
    assert_eq!(stopped["reason"], "quit", "{stopped}");
    assert_eq!(stopped["saved"], "walk.json", "{stopped}");
    let (code, rest, stderr, dir) = walk.finish();
    let kept = fs::read_to_string(dir.path().join("walk.json")).expect("the record is kept");
    assert_eq!(
        (code, rest.len(), stderr.as_str()),
        (130, 0, ""),
        "{rest:?}"
    );

    let resumed = stance(["play", "--events", "--resume", "walk.json"])
        .current_dir(dir.path())
        .stdin("")
        .run();
    let events: Vec<Value> = resumed
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect(line))
        .collect();
    let types: Vec<&str> = events
        .iter()
        .map(|e| e["type"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(types, ["started", "question", "stopped"], "{kept}");
    assert_eq!(events[1]["number"], 2, "{}", events[1]);
    assert_eq!(events[1]["answers"][0]["choice"], choice.as_str());
    assert_eq!(events[2]["reason"], "end_of_input");
    assert_eq!((resumed.code, resumed.stderr.as_str()), (130, ""));

    // Flags that make no sense with the protocol are refused before anything is asked.
    for flag in [
        "--plain",
        "--no-input",
        "--format=json",
        "--answers=a.yaml",
        "--output=x",
    ] {
        stance(["play", "--events", flag])
            .run()
            .code(2)
            .stderr_has("cannot be used with");
    }
}

/// The transcript in docs/output.md is what stance says: its commands fed to the command it
/// names give exactly its events, in order.
#[test]
fn the_documented_event_transcript_is_what_stance_says() {
    let doc = fs::read_to_string(crate::support::root().join("docs/output.md")).expect("read");
    let marker = "<!-- events-transcript: stance ";
    let at = doc.find(marker).expect("the transcript's marker") + marker.len();
    let (command, rest) = doc[at..]
        .split_once(" -->\n```text\n")
        .expect("a text block");
    let (block, _) = rest.split_once("\n```").expect("the block's end");
    let mut commands = String::new();
    let mut expected = Vec::new();
    for line in block.lines() {
        if let Some(command) = line.strip_prefix("> ") {
            commands.push_str(command);
            commands.push('\n');
        } else if let Some(event) = line.strip_prefix("< ") {
            expected.push(event);
        } else {
            panic!("a transcript line is `> ` or `< `: {line:?}");
        }
    }
    assert!(
        commands.lines().count() >= 4 && expected.len() >= 10,
        "{block}"
    );
    let done = stance(command.split(' ')).stdin(&commands).run().ok();
    assert_eq!(done.stdout.lines().collect::<Vec<_>>(), expected);
    assert_eq!(done.stderr, "");
}
