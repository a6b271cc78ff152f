//! Classroom and briefing commands through the real binary: quiz sheets and grading,
//! compare, report, brief and rehearse.

use std::fmt::Write as _;
use std::fs;

use crate::support::{Driven, STATUS_QUO_WALK, stance};

#[test]
fn quiz_sheets_are_reproducible_and_keys_are_for_facilitators() {
    let sheet = stance(["quiz", "--seed", "7", "--questions", "2"])
        .run()
        .ok()
        .stdout;
    assert_eq!(
        sheet,
        stance(["quiz", "--seed", "7", "--questions", "2"])
            .run()
            .ok()
            .stdout
    );
    assert_ne!(
        sheet,
        stance(["quiz", "--seed", "8", "--questions", "2"])
            .run()
            .ok()
            .stdout
    );
    assert!(sheet.starts_with("Quiz: Keeping the US-South Korea Alliance on Course (seed 7)"));
    assert!(!sheet.contains("Answer:"), "participants get no key");
    let key = stance([
        "quiz",
        "--seed",
        "7",
        "--questions",
        "2",
        "--role",
        "facilitator",
        "--format",
        "markdown",
    ])
    .run()
    .ok()
    .stdout;
    assert!(key.contains("> Answer: c) keep_objective"), "{key}");
    let json = stance([
        "quiz",
        "--seed",
        "7",
        "--questions",
        "3",
        "--format",
        "json",
    ])
    .run()
    .ok()
    .json();
    let counts: Vec<usize> = json["situations"]
        .as_array()
        .expect("situations")
        .iter()
        .map(|s| s["items"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(counts, [9, 4, 2], "items asked before are not asked again");
    assert!(json["situations"][0]["items"][0]["answer"].is_null());
}

/// Another program takes a quiz through `--events`: it reads each `item` and answers by
/// letter, by id, or not at all, after a refusal; the `result` is the one the same responses
/// get from `--responses`, and the record is kept.
#[test]
fn another_program_takes_a_quiz_through_the_events() {
    let mut quiz = Driven::spawn([
        "quiz",
        "--seed",
        "7",
        "--questions",
        "1",
        "--events",
        "--record",
        "q.json",
    ]);
    let started = quiz.expect("started");
    assert_eq!(started["seed"], 7, "{started}");
    let items = started["items"].as_u64().expect("a count");
    assert_eq!(quiz.expect("situation")["number"], 1);
    let mut responses = String::new();
    let mut right = 0;
    for number in 1..=items {
        let item = quiz.expect("item");
        assert_eq!(item["number"], number, "{item}");
        assert_eq!(item["answer"], serde_json::Value::Null, "a participant's");
        let second = item["options"][1]["id"].as_str().expect("an id").to_owned();
        match number % 3 {
            1 => {
                quiz.send(r#"{"type":"answer","choice":"z"}"#);
                assert_eq!(quiz.expect("error")["code"], "not_an_option");
                quiz.send(r#"{"type":"answer","choice":"A"}"#);
                let _ = writeln!(responses, "{number}: a");
            }
            2 => {
                quiz.send(&format!(
                    r#"{{"type":"answer","item":{number},"choice":"{second}"}}"#
                ));
                let _ = writeln!(responses, "{number}: {second}");
            }
            _ => quiz.send(r#"{"type":"skip"}"#),
        }
        let graded = quiz.expect("graded");
        assert_eq!(graded["item"], number, "{graded}");
        assert!(graded["rationale"].is_string(), "{graded}");
        right += usize::from(graded["correct"] == true);
    }
    let result = quiz.expect("result");
    assert!(quiz.dir().join("q.json").is_file());
    let (code, rest, stderr, dir) = quiz.finish();
    assert_eq!((code, rest.len(), stderr.as_str()), (0, 0, ""), "{rest:?}");
    assert_eq!(result["result"]["score"], right, "{result}");
    fs::write(dir.path().join("r.yaml"), responses).expect("write");
    let graded = stance([
        "quiz",
        "--seed",
        "7",
        "--questions",
        "1",
        "--responses",
        "r.yaml",
        "--format",
        "json",
    ])
    .current_dir(dir.path())
    .run()
    .ok()
    .json();
    assert_eq!(result["result"], graded);
}

/// `quiz --events --walk`: the program walks first, as `play --events` is driven, then is
/// quizzed on that walk; a quit during the walk stops with nothing saved.
#[test]
fn another_program_walks_then_is_quizzed_on_its_walk() {
    let mut quiz = Driven::spawn([
        "quiz", "--seed", "7", "--events", "--walk", "--record", "q.json",
    ]);
    let started = quiz.expect("started");
    assert_eq!(
        (
            &started["command"],
            &started["situations"],
            &started["items"]
        ),
        (&"quiz".into(), &1.into(), &serde_json::Value::Null),
        "{started}"
    );
    let walk = [
        ("peninsula", "status_quo"),
        ("nk_provocation", "no"),
        ("sma", "inside_sofa"),
        ("regional_role", "no"),
    ];
    for (question, choice) in walk {
        assert_eq!(quiz.expect("question")["question"], question);
        quiz.send(&format!(r#"{{"type":"answer","choice":"{choice}"}}"#));
        assert_eq!(quiz.expect("answered")["choice"], choice);
    }
    assert_eq!(quiz.expect("finished")["type"], "finished");
    let situation = quiz.expect("situation");
    let path: Vec<(&str, &str)> = situation["path"]
        .as_array()
        .expect("the walk")
        .iter()
        .map(|s| {
            (
                s["question"].as_str().unwrap_or_default(),
                s["choice"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(path, walk, "the quiz is on the walk: {situation}");
    let mut asked = 0;
    loop {
        let event = quiz.next();
        match event["type"].as_str() {
            Some("item") => {
                asked += 1;
                quiz.send(r#"{"type":"answer","choice":"a"}"#);
                assert_eq!(quiz.expect("graded")["item"], asked);
            }
            Some("result") => break,
            other => panic!("unexpected {other:?}: {event}"),
        }
    }
    assert!(asked > 0);
    assert!(quiz.dir().join("q.json").is_file());
    let (code, rest, stderr, _dir) = quiz.finish();
    assert_eq!((code, rest.len(), stderr.as_str()), (0, 0, ""), "{rest:?}");

    let mut walker = Driven::spawn(["quiz", "--events", "--walk", "--record", "q.json"]);
    walker.expect("started");
    walker.expect("question");
    walker.send(r#"{"type":"quit"}"#);
    let stopped = walker.expect("stopped");
    assert_eq!(stopped["saved"], serde_json::Value::Null, "{stopped}");
    assert!(
        !walker.dir().join("q.json").exists(),
        "nothing recorded yet"
    );
    let (code, _, stderr, _) = walker.finish();
    assert_eq!((code, stderr.as_str()), (130, ""));
}

#[test]
fn prepared_responses_are_graded() {
    let dir = tempfile::tempdir().expect("dir");
    let responses = dir.path().join("ana.json");
    fs::write(
        &responses,
        r#"{"responses": ["keep_objective", "support_diplomacy", "refuse_beyond_sofa"]}"#,
    )
    .expect("write");
    let shown = responses.display().to_string();
    let json = stance([
        "quiz",
        "--seed",
        "7",
        "--questions",
        "1",
        "--responses",
        &shown,
        "--format",
        "json",
    ])
    .run()
    .ok()
    .json();
    assert_eq!(json["score"], 2);
    assert_eq!(json["total"], 9);
    assert_eq!(json["items"][2]["correct"], false);
    assert_eq!(json["items"][3]["picked"], serde_json::Value::Null);
    let text = stance([
        "quiz",
        "--seed",
        "7",
        "--questions",
        "1",
        "--responses",
        &shown,
        "--name",
        "Ana",
    ])
    .run()
    .ok()
    .stdout;
    assert!(text.starts_with("Quiz result for Ana: 2 of 9"), "{text}");
    assert!(
        text.contains("3. (situation 1) picked: Decline any cost-sharing deal"),
        "{text}"
    );
    assert!(
        text.contains("the author recommends: Agree to pay only for cost items"),
        "{text}"
    );
    // Grading needs the seed, and ids must be real.
    stance(["quiz", "--responses", &shown])
        .run()
        .code(2)
        .stderr_has("needs the quiz's `--seed`");
    fs::write(&responses, "[keep_objectiv]").expect("write");
    stance(["quiz", "--seed", "7", "--responses", &shown])
        .run()
        .code(2)
        .stderr_has("did you mean `keep_objective`?");
    // A given walk makes a one-situation quiz.
    let walked = stance([
        "quiz",
        "--seed",
        "1",
        "-a",
        "peninsula=reunification",
        "-a",
        "sma=inside_sofa",
        "-a",
        "regional_role=no",
        "--format",
        "json",
    ])
    .run()
    .ok()
    .json();
    assert_eq!(
        walked["situations"][0]["path"][0]["choice"],
        "reunification"
    );
}

/// A paper sheet's circled letters grade as the ids behind them: listed in item order or
/// mapped from item numbers, resolved against the sheet the seed gives.
#[test]
fn the_letters_circled_on_a_paper_sheet_are_graded() {
    // The key, as the facilitator's sheet prints it: `Answer: c) keep_objective`.
    let key = stance([
        "quiz",
        "--seed",
        "7",
        "--questions",
        "1",
        "--no-input",
        "--role",
        "facilitator",
    ])
    .run()
    .ok()
    .stdout;
    let answers: Vec<&str> = key
        .lines()
        .filter_map(|line| line.trim().strip_prefix("Answer: "))
        .collect();
    let letters: Vec<String> = answers.iter().map(|a| a[..1].to_owned()).collect();
    let first_id = answers[0].split_once(") ").expect("letter) id").1;
    assert_eq!(letters.len(), 9, "{key}");
    let dir = tempfile::tempdir().expect("dir");
    let sheet = dir.path().join("dan.yaml");
    let shown = sheet.display().to_string();
    let grade = |text: &str| {
        fs::write(&sheet, text).expect("write");
        stance([
            "quiz",
            "--seed",
            "7",
            "--questions",
            "1",
            "--responses",
            &shown,
            "--format",
            "json",
        ])
        .run()
    };
    let all_right = format!("[{}]", letters.join(", "));
    assert_eq!(grade(&all_right).ok().json()["score"], 9);
    // `1: c` lines, in any order, and capitals as a hand may write them.
    let mapped: Vec<String> = letters
        .iter()
        .enumerate()
        .rev()
        .map(|(i, l)| format!("{}: {}", i + 1, l.to_uppercase()))
        .collect();
    let mapped = mapped.join("\n");
    assert_eq!(grade(&mapped).ok().json()["score"], 9);
    // Items left out get no response; letters and ids mix.
    let json = grade(&format!(
        "responses:\n  2: {}\n  1: {first_id}\n",
        letters[1]
    ))
    .ok()
    .json();
    assert_eq!(json["score"], 2);
    assert_eq!(json["items"][2]["picked"], serde_json::Value::Null);
    // A letter past the item's options names the item and its letters.
    grade("[a, a, a, a, e]")
        .code(2)
        .stderr_has("dan.yaml: response 5 is `e`, but item 5 has 4 options, `a` to `d`");
    grade("1: c\nsix: d\n")
        .code(2)
        .stderr_has("`six` is not an item number");
    // Numbers beyond the quiz are left over, and said so.
    grade("1: c\n12: d\n")
        .ok()
        .stderr_has("1 response(s) left over, for item(s) 12: the quiz has 9 items");
}

/// Records for a small class: two walks with notes and one quiz.
fn class(dir: &std::path::Path) -> Vec<String> {
    let ana = dir.join("ana.json").display().to_string();
    let bo = dir.join("bo.json").display().to_string();
    let cy = dir.join("cy.json").display().to_string();
    stance(["play"].into_iter().chain(STATUS_QUO_WALK).chain([
        "--note",
        "sma=Seoul could pay a little more",
        "--name",
        "Ana",
        "--record",
        &ana,
    ]))
    .run()
    .ok();
    stance([
        "play",
        "-a",
        "peninsula=reunification",
        "-a",
        "sma=outside_sofa",
        "-a",
        "regional_role=yes",
        "--note",
        "regional_role==SUM(1,1)",
        "--record",
        &bo,
    ])
    .run()
    .ok();
    let responses = dir.join("cy.yaml");
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
        &cy,
    ])
    .run()
    .ok();
    vec![ana, bo, cy]
}

#[test]
fn a_class_report_in_every_format() {
    let dir = tempfile::tempdir().expect("dir");
    let records = class(dir.path());
    let args = |extra: &[&str]| {
        let mut args = vec!["report".to_owned()];
        args.extend(records.iter().cloned());
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        args
    };
    let text = stance(args(&[])).run().ok().stdout;
    for expected in [
        "Class report: Keeping the US-South Korea Alliance on Course",
        "- Ana (walk)\n  - Respond to the alliance's challenges broadly and flexibly while holding\u{2026}\n",
        "- bo (walk)\n  - Revisit and reset the alliance's aims",
        "- Cy (quiz): 2 of 9",
        "- Where does the Korean Peninsula stand right now?\n  - Still divided, with no peace settlement: 1\n  - A permanent peace regime is in place: 0\n  - The two Koreas have reunified: 1\n",
        "(missed 1 of 1)",
        "  - Ana: Seoul could pay a little more",
    ] {
        assert!(text.contains(expected), "lacks {expected:?}:\n{text}");
    }
    let csv = stance(args(&["--format", "csv"])).run().ok().stdout;
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "name,kind,finished,score,total,percent,ending,recommendations,language"
    );
    assert!(rows[3].starts_with("Cy,quiz,true,2,9,22,,"), "{csv}");
    let json = stance(args(&["--format", "json"])).run().ok().json();
    assert_eq!(json["participants"][2]["score"], 2);
    assert_eq!(json["answers"][2]["choices"][1]["count"], 1);
    assert_eq!(json["notes"][1]["notes"][0]["note"], "=SUM(1,1)");
    let markdown = stance(args(&["--format", "markdown"])).run().ok().stdout;
    assert!(markdown.starts_with("# Class report: "), "{markdown}");
    let graph = stance(args(&["--graph"])).run().ok().stdout;
    assert!(graph.contains("1 took it"), "{graph}");
    let file = dir.path().join("class.dot");
    fs::write(&file, &graph).expect("write");
    let rendered = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(&file)
        .output()
        .expect("dot");
    assert!(rendered.status.success() && rendered.stderr.is_empty());
    // A record of another scenario does not mix in.
    let other = dir.path().join("tut.json").display().to_string();
    stance(["play", "tutorial", "--answers", "-", "--record", &other])
        .stdin(&tutorial_answers())
        .run()
        .ok();
    // One stray record is left out, with a warning, and the rest reported; `--strict`
    // refuses the set. The scenario is the one most records name, wherever the stray is.
    let done = stance(["report", &other, &records[0], &records[1]])
        .run()
        .ok()
        .stderr_has(&format!(
            "warning: left out: the record `{other}` was made with scenario `tutorial`, not `korea-us-alliance`"
        ))
        .stderr_has(&format!("help: report it on its own (`stance report {other}`)"));
    assert!(done.stdout.contains("- Ana (walk)"), "{}", done.stdout);
    assert!(done.stdout.contains("- bo (walk)"), "{}", done.stdout);
    assert!(!done.stdout.contains("tut"), "{}", done.stdout);
    // A quiz's record given to `play --resume` says which command goes on with it.
    stance(["play", "--resume", &records[2]])
        .run()
        .code(2)
        .stderr_has(&format!(
            "error: `{}` records a quiz (`stance quiz`), not a walk (`stance play`)",
            records[2]
        ))
        .stderr_has(&format!(
            "help: to go on with it, run `stance quiz --resume {}`",
            records[2]
        ));
    stance(["report", "--strict", &records[0], &other])
        .run()
        .code(2)
        .stderr_has("was made with scenario `tutorial`, not `korea-us-alliance`");
}

/// A complete walk of the tutorial scenario, as an answers file.
fn tutorial_answers() -> String {
    let json = stance(["paths", "tutorial", "--format", "json", "--limit", "1"])
        .run()
        .ok()
        .json();
    let answers = json[0]["answers"].as_array().expect("answers");
    let pairs: Vec<String> = answers
        .iter()
        .map(|a| {
            format!(
                "{}: \"{}\"",
                a["question"].as_str().unwrap_or_default(),
                a["choice"].as_str().unwrap_or_default()
            )
        })
        .collect();
    format!("{{{}}}", pairs.join(", "))
}

#[test]
fn compare_sets_each_answer_beside_the_author() {
    let dir = tempfile::tempdir().expect("dir");
    let records = class(dir.path());
    let text = stance(["compare", &records[0]]).run().ok().stdout;
    assert!(text.starts_with(
        "Compared with the author for Ana: Keeping the US-South Korea Alliance on Course"
    ));
    assert!(text.contains("3. Do Washington's cost-sharing demands stay within what SOFA covers?\n   answered: Yes: the demands stay within what SOFA covers\n   your note: Seoul could pay a little more\n   the author recommends: Agree to pay only for cost items"), "{text}");
    assert!(
        text.contains("\u{b6}13 \u{201c}It\u{2019}s only possible"),
        "{text}"
    );
    let quiz = stance(["compare", &records[2], "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(quiz["kind"], "quiz");
    assert_eq!(quiz["score"], serde_json::json!([2, 9]));
    assert_eq!(quiz["entries"][1]["correct"], false);
    assert_eq!(quiz["entries"][1]["author"][0]["id"], "support_diplomacy");
    let markdown = stance(["compare", &records[1], "--format", "markdown"])
        .run()
        .ok()
        .stdout;
    assert!(
        markdown.contains("## 1. Where does the Korean Peninsula stand right now?"),
        "{markdown}"
    );
    stance(["compare", "missing.json"])
        .run()
        .code(2)
        .stderr_has("cannot read `missing.json`");
}

#[test]
fn briefs_in_markdown_and_self_contained_html() {
    let answers = [
        "-a",
        "peninsula=status_quo",
        "-a",
        "nk_provocation=yes",
        "-a",
        "sma=outside_sofa",
        "-a",
        "regional_role=yes",
    ];
    let markdown = stance(["brief"].into_iter().chain(answers))
        .run()
        .ok()
        .stdout;
    for expected in [
        "# Brief: Keeping the US-South Korea Alliance on Course",
        "**Bottom line:** Keep the alliance anchored",
        "## Situation",
        "2. **Put deterrence ahead of accommodation",
        "   - This is our reading of the essay, not a line the author wrote.",
        "## Rationale",
        "## Anticipated questions",
        "- What would count as a serious provocation, and who should decide?",
        "## Sources",
        "- 2: \u{b6}11 \u{201c}unless North Korea engages",
    ] {
        assert!(
            markdown.contains(expected),
            "lacks {expected:?}:\n{markdown}"
        );
    }
    assert!(
        !markdown.contains("Facilitator notes"),
        "participants never see them"
    );
    let facilitator = stance(
        ["brief", "--role", "facilitator"]
            .into_iter()
            .chain(answers),
    )
    .run()
    .ok()
    .stdout;
    assert!(facilitator.contains("## Facilitator notes"));
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("brief.html");
    stance(
        [
            "brief",
            "--format",
            "html",
            "--output",
            &file.display().to_string(),
        ]
        .into_iter()
        .chain(answers),
    )
    .run()
    .ok();
    let html = fs::read_to_string(&file).expect("written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@media print"));
    assert!(
        !html.contains("http://")
            && !html.contains("https://")
            && !html.contains("<link")
            && !html.contains("<script")
    );
    assert!(
        html.contains("Washington&#39;s cost-sharing"),
        "text is escaped"
    );
    // Hostile text stays text.
    let text = fs::read_to_string(crate::support::root().join("scenarios/korea-us-alliance.yaml"))
        .expect("read")
        .replacen(
            "title: \"Keeping the US-South Korea Alliance on Course\"",
            "title: \"<script>alert(1)</script>\"",
            1,
        );
    let html = stance(
        ["brief", "-", "--format", "html"]
            .into_iter()
            .chain(answers),
    )
    .stdin(&text)
    .run()
    .ok()
    .stdout;
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    stance(["brief", "-a", "peninsula=status_quo"])
        .run()
        .code(2)
        .stderr_has("no answer for 3 questions");
}

#[test]
fn rehearse_scripted_repeats_missed_cards() {
    let json = stance([
        "rehearse", "--seed", "3", "--cards", "3", "--grades", "y,n,y,y", "--format", "json",
    ])
    .run()
    .ok()
    .json();
    assert_eq!(json["first_try"], 2);
    assert_eq!(json["attempts"], 4);
    assert_eq!(json["cards"][1]["attempts"], 2);
    let text = stance([
        "rehearse", "--seed", "3", "--cards", "3", "--grades", "y,n,y,y",
    ])
    .run()
    .ok()
    .stdout;
    assert!(
        text.starts_with("Drill (seed 3): 3 cards, 2 recalled the first time, 4 attempts in all"),
        "{text}"
    );
    stance(["rehearse", "--seed", "3", "--cards", "3", "--grades", "y,n"])
        .run()
        .code(2)
        .stderr_has("needs a grade for attempt 3");
    stance(["rehearse", "--grades", "maybe"])
        .run()
        .code(2)
        .stderr_has("takes y or n");
    stance(["rehearse"])
        .run()
        .code(2)
        .stderr_has("needs a terminal");
}

#[test]
fn facilitator_notes_are_for_facilitators_only() {
    let participant = stance(["show"]).run().ok().stdout;
    assert!(participant.contains("  discuss: What would count as a serious provocation"));
    assert!(!participant.contains("facilitator:"));
    let facilitator = stance(["show", "--role", "facilitator"]).run().ok().stdout;
    assert!(
        facilitator.contains(
            "  facilitator: The essay only says what to do when there is no serious provocation."
        ),
        "{facilitator}"
    );
    let json = stance(["show", "--format", "json"]).run().ok().json();
    assert!(json["questions"][0]["facilitator_notes"].is_null());
    assert_eq!(
        json["recommendations"][0]["talking_points"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    let json = stance(["show", "--format", "json", "--role", "facilitator"])
        .run()
        .ok()
        .json();
    assert!(json["questions"][0]["facilitator_notes"].is_string());
}

#[test]
fn html_writes_one_self_contained_player_page() {
    let page = stance(["html"]).run().ok().stdout;
    assert!(page.starts_with("<!doctype html>\n<html lang=\"en\">"));
    assert!(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-"));
    assert!(page.contains("data-role=\"participant\""));
    assert!(page.contains("\"format\": \"stance-table/1\""));
    assert!(!page.contains("\"facilitator_notes\""));
    // The record the page writes belongs to the same scenario text a terminal record does.
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("ana.json");
    let record = record.display().to_string();
    stance(
        ["play"]
            .into_iter()
            .chain(STATUS_QUO_WALK)
            .chain(["--record", &record]),
    )
    .run()
    .ok();
    let hash =
        serde_json::from_str::<serde_json::Value>(&fs::read_to_string(&record).expect("record"))
            .expect("json")["scenario"]["hash"]
            .as_str()
            .expect("hash")
            .to_owned();
    assert!(page.contains(&format!("\"hash\": \"{hash}\"")));

    let file = dir.path().join("korea.html");
    let file = file.display().to_string();
    let done = stance(["html", "--role", "facilitator", "--output", &file])
        .run()
        .ok();
    assert_eq!(done.stdout, "");
    let written = fs::read_to_string(&file).expect("written");
    assert!(written.contains("data-role=\"facilitator\""));
    assert!(written.contains("\"facilitator_notes\""));
    assert!(
        written
            .contains("<title>Keeping the US-South Korea Alliance on Course (facilitator)</title>")
    );
    stance(["html", "tutorial", "--output", &file]).run().ok();
    assert!(
        fs::read_to_string(&file)
            .expect("rewritten")
            .contains("data-role=\"participant\"")
    );
    // The page is never written over what it is made from.
    let scenario = dir.path().join("mine.yaml");
    fs::copy(
        crate::support::root().join("scenarios/tutorial.yaml"),
        &scenario,
    )
    .expect("copy");
    let scenario = scenario.display().to_string();
    stance(["html", &scenario, "--output", &scenario])
        .run()
        .code(2)
        .stderr_has("the output");
    stance(["html", "--role", "teacher"])
        .run()
        .code(2)
        .stderr_has("facilitator");
}

#[test]
fn html_refuses_a_scenario_whose_conditions_make_too_many_states() {
    // Seventeen two-way questions that one condition reads: 2^17 states, more than a table holds.
    let mut yaml = String::from(
        "format: 1\nid: states\ntitle: States\nsource: {author: A, title: B}\nstart: q0\nquestions:\n",
    );
    for i in 0..17 {
        let next = format!("q{}", i + 1);
        let _ = write!(
            yaml,
            "  - id: q{i}\n    prompt: Q{i}?\n    choices:\n      - {{id: a, label: A, next: {next}}}\n      - {{id: b, label: B, next: {next}}}\n"
        );
    }
    let reads: Vec<String> = (0..17).map(|i| format!("{{q{i}: a}}")).collect();
    let _ = write!(
        yaml,
        "  - id: q17\n    prompt: Last?\n    choices:\n      - {{id: a, label: A, next: end, recommends: [r]}}\n      - {{id: b, label: B, next: end, when: {{any: [{}]}}}}\nrecommendations:\n  - {{id: r, text: Do., rationale: Why., basis: inferred}}\nendings:\n  - {{id: end}}\n",
        reads.join(", ")
    );
    stance(["html", "-"]).stdin(&yaml).run().code(2).stderr_has(
        "the scenario's conditions make more than 100000 states, more than a walk table holds",
    );
}

#[test]
fn a_brief_gives_the_citations_of_the_situation() {
    let grounded = crate::support::fixture("valid/grounded.yaml");
    let walk = ["brief", &grounded, "-a", "first=a", "-a", "second=c"];
    let markdown = stance(walk).run().ok().stdout;
    assert!(
        markdown.contains(
            "**Bottom line:** A, then C.\n\n## Situation\n\n\
             - First? **A**\n    - \u{b6}1 \u{201c}This is the first paragraph.\u{201d}\n    \
             - \u{b6}2 \u{201c}the second one\u{201d}\n- Second? **C**\n"
        ),
        "{markdown}"
    );
    let html = stance(walk.into_iter().chain(["--format", "html"]))
        .run()
        .ok()
        .stdout;
    assert!(
        html.contains(
            "<li>First? <strong>A</strong><ul class=\"cites\"><li>\u{b6}1 <q>This is the first paragraph.</q></li>"
        ),
        "{html}"
    );
    let other = stance(["brief", &grounded, "-a", "first=b", "-a", "second=c"])
        .run()
        .ok()
        .stdout;
    assert!(other.contains("**Bottom line:** Not A."), "{other}");
    assert!(!other.contains("\u{b6}2"), "b cites nothing:\n{other}");
}

/// The plain quiz and drill, for a screen reader or a script: read from a pipe, said in
/// plain lines with no escape sequence, in English or in Korean, by `--plain` or
/// `ACCESSIBLE`.
#[test]
fn the_plain_quiz_and_drill_read_their_answers_from_a_pipe() {
    for (args, env) in [
        (
            &["quiz", "--seed", "7", "--questions", "1", "--plain"][..],
            None,
        ),
        (&["quiz", "--seed", "7", "--questions", "1"][..], Some("1")),
    ] {
        let mut run = stance(args).stdin(&format!("zz\n?\n{}", "a\nb\nc\n".repeat(3)));
        if let Some(value) = env {
            run = run.env("ACCESSIBLE", value);
        }
        let done = run.run().ok();
        for expected in [
            "Type the letter of a response and press Enter. Also: ? to hear the situation again, q to stop.",
            "Situation 1 of 1:\nWhere does the Korean Peninsula stand right now? Answer: ",
            "Item 1: Which response does the author recommend?\nGiven: ",
            "\na) ",
            "Type a letter from a to ",
            "Your answer: Answered: ",
        ] {
            assert!(
                done.stderr.contains(expected),
                "lacks {expected:?}:\n{}",
                done.stderr
            );
        }
        assert!(done.stdout.starts_with("Quiz result: "), "{}", done.stdout);
        assert!(!done.stderr.contains('\u{1b}') && !done.stdout.contains('\u{1b}'));
    }
    stance(["quiz", "--seed", "7", "--questions", "1", "--plain"])
        .stdin("")
        .run()
        .code(2)
        .stderr_has("the input ended at item 1, before the quiz did");
    // In Korean.
    let done = stance([
        "quiz",
        "--seed",
        "7",
        "--questions",
        "1",
        "--plain",
        "--lang",
        "ko",
    ])
    .stdin(&"a\n".repeat(9))
    .run()
    .ok();
    done.stderr_has("대응의 글자를 입력하고 Enter를 누르십시오.")
        .stderr_has("상황 1/1:\n한반도는 지금 어떤 상황입니까? 답: ")
        .stderr_has("문항 1: 저자는 어떤 대응을 권고합니까?\n주어진 상황: ")
        .stdout_has("퀴즈 결과: ");

    // The drill: Enter to see the stance, then y or n.
    let done = stance(["rehearse", "--seed", "3", "--cards", "2", "--plain"])
        .stdin("\nmaybe\ny\n\nn\n\ny\n")
        .run()
        .ok();
    for expected in [
        "\nCard 1:\n",
        "Recall the author's stance, then press Enter to see it (q to stop).\nThe author's stance:\n",
        "Did you have it? Type y or n and Enter: Type y if you had it, n if not, or q to stop: ",
        "\nCard 2, attempt 2:\n",
    ] {
        assert!(
            done.stderr.contains(expected),
            "lacks {expected:?}:\n{}",
            done.stderr
        );
    }
    assert!(!done.stderr.contains('\u{1b}'), "{:?}", done.stderr);
    done.stdout_has("Drill (seed 3): 2 cards, 1 recalled the first time, 3 attempts in all");
    stance(["rehearse", "--seed", "3", "--cards", "1", "--plain"])
        .env("ACCESSIBLE", "1")
        .stdin("\n")
        .run()
        .code(2)
        .stderr_has("the input ended at card 1, before the drill did");
    stance([
        "rehearse", "--seed", "3", "--cards", "1", "--plain", "--lang", "ko",
    ])
    .stdin("\n예\n")
    .run()
    .ok()
    .stderr_has("카드 1:\n")
    .stderr_has("저자의 입장:\n");
}
