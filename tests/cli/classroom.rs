//! Classroom and briefing commands through the real binary: quiz sheets and grading,
//! compare, report, brief and rehearse.

use std::fs;

use crate::support::stance;

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
