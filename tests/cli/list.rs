//! `stance list` and the top-level help.

use std::fs;

use crate::support::{fixture, stance};

#[test]
fn lists_built_in_and_folder_scenarios() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("scenarios");
    fs::create_dir(&folder).expect("mkdir");
    fs::copy(fixture("cycle.yaml"), folder.join("tiny.yaml")).expect("copy");
    fs::write(folder.join("broken.yaml"), "id: [\n").expect("write");
    let done = stance(["list"]).current_dir(dir.path()).run().ok();
    let lines: Vec<&str> = done.stdout.lines().collect();
    assert!(lines[0].starts_with("ID"), "{}", done.stdout);
    assert!(lines[1].starts_with("korea-us-alliance"));
    assert!(lines[1].contains("built-in:korea-us-alliance.yaml"));
    assert!(lines[1].contains("  4  "), "{}", lines[1]);
    assert!(lines[2].starts_with("tutorial"), "{}", done.stdout);
    assert!(done.stdout.contains("scenarios/tiny.yaml"));
    assert!(done.stdout.contains("(cannot be read; see `stance check`)"));

    let json = stance(["list", "--format", "json"])
        .current_dir(dir.path())
        .run()
        .ok()
        .json();
    let rows = json.as_array().expect("rows");
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["id"], "korea-us-alliance");
    assert_eq!(rows[0]["questions"], 4);
    assert_eq!(rows[0]["built_in"], true);
    assert_eq!(rows[1]["id"], "tutorial");
    assert!(
        rows[2]["error"].is_string(),
        "broken.yaml sorts first: {json:#}"
    );
    assert_eq!(rows[3]["id"], "tiny");
}

#[test]
fn a_named_folder_must_exist() {
    stance(["list", "--dir", "nowhere"])
        .run()
        .code(2)
        .stderr_has("cannot read `nowhere`: no such folder");
    // Also when the scenario named is a built-in one, which needs no look at the folder.
    stance([
        "play",
        "korea-us-alliance",
        "--dir",
        "nowhere",
        "--no-input",
    ])
    .run()
    .code(2)
    .stderr_has("cannot read `nowhere`: no such folder");
}

#[test]
fn help_has_examples_and_bad_flags_exit_2() {
    stance(["--help"])
        .run()
        .ok()
        .stdout_has("Examples:")
        .stdout_has("Exit codes:");
    for command in ["play", "check", "list"] {
        stance([command, "--help"])
            .run()
            .ok()
            .stdout_has("Examples:");
    }
    stance(["play", "--frmat", "json"])
        .run()
        .code(2)
        .stderr_has("--format");
    stance(["--version"]).run().ok().stdout_has("stance ");
}

#[test]
fn an_unreadable_file_in_the_folder_hides_nothing_else() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("scenarios");
    fs::create_dir(&folder).expect("mkdir");
    fs::write(folder.join("latin1.yaml"), b"title: caf\xe9\n").expect("write");
    let done = stance(["list"]).current_dir(dir.path()).run().ok();
    assert!(done.stdout.contains("korea-us-alliance"));
    assert!(done.stdout.contains("latin1.yaml"));
    stance([
        "play",
        "--answer",
        "peninsula=reunification",
        "--answer",
        "sma=inside_sofa",
        "--answer",
        "regional_role=no",
    ])
    .current_dir(dir.path())
    .run()
    .ok();
    // `check` names the file it cannot read, and checks the others: that file did not pass.
    stance(["check"])
        .current_dir(dir.path())
        .run()
        .code(1)
        .stderr_has("latin1.yaml` is not valid UTF-8")
        .stderr_has("1 of 3 scenario files did not pass");
}
