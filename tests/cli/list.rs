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
        .stderr_has("1 of 3 scenario files and 2 translations did not pass");
}

/// A teacher's edited copy of a built-in scenario, under its id: each command that resolves
/// the id says the built-in one is used and how to use the file; naming the file uses it.
#[test]
fn an_edited_copy_of_a_built_in_scenario_is_not_ignored_in_silence() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("scenarios");
    fs::create_dir(&folder).expect("mkdir");
    let built_in =
        fs::read_to_string(crate::support::root().join("scenarios/korea-us-alliance.yaml"))
            .expect("read");
    let edited = built_in.replacen("title: \"", "title: \"Our class's copy of ", 1);
    assert_ne!(edited, built_in);
    fs::write(folder.join("korea-us-alliance.yaml"), &edited).expect("write");
    // An unedited copy, under another name, is no surprise: it says nothing.
    fs::write(folder.join("same.yaml"), &built_in).expect("write");
    let warning = "warning: `scenarios/korea-us-alliance.yaml` has the id `korea-us-alliance` of a built-in scenario, so `korea-us-alliance` means the built-in one, not the file";
    for (command, args) in [
        ("show", vec!["show", "korea-us-alliance"]),
        ("paths", vec!["paths", "korea-us-alliance"]),
        ("check", vec!["check", "korea-us-alliance"]),
        ("play", vec!["play", "--no-input"]),
        ("brief", vec!["brief", "korea-us-alliance"]),
    ] {
        let done = stance(&args).current_dir(dir.path()).run();
        assert!(done.stderr.contains(warning), "{command}: {}", done.stderr);
        assert!(
            done.stderr.contains(&format!(
                "help: to use the file, name it instead of the id: `stance {command} scenarios/korea-us-alliance.yaml`"
            )),
            "{command}: {}",
            done.stderr
        );
        assert!(!done.stderr.contains("same.yaml"), "{}", done.stderr);
    }
    let done = stance(["list"]).current_dir(dir.path()).run().ok();
    assert!(done.stderr.contains(warning), "{}", done.stderr);
    // Named by its path, the copy is the one used, with no warning.
    let done = stance(["show", "scenarios/korea-us-alliance.yaml"])
        .current_dir(dir.path())
        .run()
        .ok();
    assert!(
        done.stdout.contains("Our class's copy of"),
        "{}",
        done.stdout
    );
    assert!(!done.stderr.contains("warning"), "{}", done.stderr);
    // And with the built-in one unchanged beside it, nothing is said.
    fs::write(folder.join("korea-us-alliance.yaml"), &built_in).expect("write");
    let done = stance(["show", "korea-us-alliance"])
        .current_dir(dir.path())
        .run()
        .ok();
    assert!(done.stderr.is_empty(), "{}", done.stderr);
}

#[test]
fn a_mistyped_command_suggests_the_nearest_only_and_help_sets_global_options_apart() {
    let done = stance(["paly"]).run().code(2);
    assert!(done.stderr.contains("'play'"), "{}", done.stderr);
    assert!(!done.stderr.contains("analyze"), "{}", done.stderr);
    let help = stance(["play", "--help"]).run().ok().stdout;
    let global = help
        .find("Global options:")
        .expect("a Global options heading");
    for flag in ["--color", "--dir", "--max-bytes"] {
        assert!(
            help.rfind(flag).is_some_and(|at| at > global),
            "{flag}:\n{help}"
        );
    }
    assert!(!help.contains("docs/output.md"), "{help}");
    let show = stance(["show", "--help"]).run().ok().stdout;
    assert!(show.contains("the ids that"), "{show}");
}
