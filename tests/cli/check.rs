//! `stance check`: every rule through the real binary, output formats and exit codes.

use std::fs;

use stance_core::diagnostic::Code;

use crate::support::{essay, fixture, root, stance};

/// Every finding code has a fixture named after it whose first line says where the finding
/// must be: `# expect: CODE LINE:COLUMN`. Each is checked against `essay.txt`, or against
/// the essay it names itself.
#[test]
fn every_rule_has_a_fixture_that_finds_it_where_it_is() {
    let mut codes = Vec::new();
    for entry in fs::read_dir(root().join("tests/fixtures")).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("fixture text");
        let expect = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
            .unwrap_or_else(|| panic!("{} lacks an `# expect:` line", path.display()));
        let (code, place) = expect.split_once(' ').expect("CODE LINE:COLUMN");
        let (line, column) = place.split_once(':').expect("LINE:COLUMN");
        let name = path.display().to_string();
        let essay = fixture("essay.txt");
        // A fixture that names its own essay in `source.file` is checked against that.
        let names_its_essay = text.contains("\n  file: ");
        let mut args = vec!["check", "--format", "json"];
        if !names_its_essay {
            args.extend(["--source", &essay]);
        }
        args.push(&name);
        let done = stance(args).run();
        let findings = done.json();
        let hit = findings
            .as_array()
            .expect("a list")
            .iter()
            .find(|f| f["code"] == code)
            .unwrap_or_else(|| panic!("{name}: no `{code}` in {findings:#}"));
        assert_eq!(hit["file"], name.as_str());
        assert_eq!(hit["line"].to_string(), line, "{name}: {hit}");
        assert_eq!(hit["column"].to_string(), column, "{name}: {hit}");
        let expected_code = i32::from(hit["severity"] == "error");
        assert_eq!(done.code, expected_code, "{name}");
        codes.push(code.to_owned());
    }
    // The documented list of codes, each with its fixture.
    let documented = fs::read_to_string(root().join("docs/scenario-format.md")).expect("docs");
    for code in &codes {
        assert!(
            documented.contains(&format!("`{code}`")),
            "`{code}` is not in docs/scenario-format.md"
        );
    }
    let all: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    codes.sort();
    let mut expected = all.clone();
    expected.sort_unstable();
    assert_eq!(codes, expected, "one fixture per code");
}

#[test]
fn the_built_in_and_shipped_scenarios_are_clean_and_quote_the_essay_verbatim() {
    stance(["check", "--deny-warnings"])
        .current_dir(&root())
        .run()
        .ok()
        .stderr_has("checked 4 scenario files and 4 translations: no errors, 0 warnings");
    let korea = root()
        .join("scenarios/korea-us-alliance.yaml")
        .display()
        .to_string();
    let essay = essay();
    if let Some(essay) = &essay {
        stance(["check", "--deny-warnings", "--source", essay, &korea])
            .run()
            .ok();
        stance(["check", "--source", essay, "korea-us-alliance"])
            .run()
            .ok();
    } else {
        eprintln!("the essay is not beside this checkout: its quotes are checked by .ci/run");
    }
    let tutorial_source = root()
        .join("docs/tutorial-source.txt")
        .display()
        .to_string();
    stance([
        "check",
        "--deny-warnings",
        "--source",
        &tutorial_source,
        "tutorial",
    ])
    .run()
    .ok();
    // Each scenario's quotes come from its own essay, not the other's.
    let other = essay.unwrap_or_else(|| fixture("essay.txt"));
    stance(["check", "--source", &other, "tutorial"])
        .run()
        .code(1)
        .stderr_has("misquote");
}

#[test]
fn human_output_shows_the_place_the_line_and_a_suggestion() {
    let done = stance(["check", "--color", "never", &fixture("dangling-next.yaml")])
        .run()
        .code(1);
    let name = fixture("dangling-next.yaml");
    let stderr = done.stderr;
    for expected in [
        "error[dangling-next]: choice `a` of question `first` leads to `secnd`, which is neither a question nor an ending",
        &format!("--> {name}:16:15"),
        "16 |         next: secnd",
        "^^^^^ no question or ending has this id",
        "help: did you mean `second`?",
        "warning[unreachable-question]",
        "error: 1 of 1 scenario file did not pass (1 error, 1 warning)",
    ] {
        assert!(stderr.contains(expected), "lacks {expected:?}:\n{stderr}");
    }
    assert!(done.stdout.is_empty(), "findings go to stderr");
}

#[test]
fn all_findings_come_in_one_run() {
    let broken = "format: 1\nid: Bad\ntitle: x\nsource: {author: a, title: t}\nstart: nowhere\n\
questions:\n  - id: q\n    prompt: ''\n    choices:\n      - {id: a, label: A, next: q, recommends: [ghost]}\n\
endings:\n  - id: end\n";
    let done = stance(["check", "--format", "json", "-"])
        .stdin(broken)
        .run()
        .code(1);
    let codes: Vec<String> = done
        .json()
        .as_array()
        .expect("list")
        .iter()
        .map(|f| f["code"].as_str().expect("code").to_owned())
        .collect();
    for code in [
        "invalid-id",
        "dangling-start",
        "empty-text",
        "too-few-choices",
        "dangling-recommendation",
        "cycle",
    ] {
        assert!(
            codes.contains(&code.to_owned()),
            "{code} missing: {codes:?}"
        );
    }
}

#[test]
fn every_unknown_key_is_reported_and_the_rest_still_checked() {
    let text = fs::read_to_string(fixture("dangling-next.yaml"))
        .expect("read")
        .replacen("recommends: [do_a]", "recomends: [do_a]", 1)
        .replacen("headline: Done.", "headlin: Done.", 1)
        .replacen(
            "    prompt: Second?\n",
            "    prompt: Second?\n    prompt: Again?\n",
            1,
        );
    let done = stance(["check", "--format", "json", "-"])
        .stdin(&text)
        .run()
        .code(1);
    let found: Vec<(String, u64)> = done
        .json()
        .as_array()
        .expect("list")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().expect("code").to_owned(),
                f["line"].as_u64().expect("line"),
            )
        })
        .collect();
    for expected in [
        ("unknown-key", 15),
        ("dangling-next", 16),
        ("duplicate-key", 22),
        ("unknown-key", 48),
    ] {
        assert!(
            found.contains(&(expected.0.to_owned(), expected.1)),
            "{expected:?} missing from {found:?}"
        );
    }
}

#[test]
fn warnings_pass_unless_denied() {
    let file = fixture("unreachable-ending.yaml");
    stance(["check", &file])
        .run()
        .ok()
        .stderr_has("warning[unreachable-ending]")
        .stderr_has("no errors, 1 warning");
    stance(["check", "--deny-warnings", &file]).run().code(1);
}

#[test]
fn several_files_and_folders_are_all_reported() {
    let dir = tempfile::tempdir().expect("dir");
    for name in ["cycle.yaml", "misquote.yaml", "unknown-key.yaml"] {
        fs::copy(fixture(name), dir.path().join(name)).expect("copy");
    }
    let done = stance([
        "check",
        "--format",
        "json",
        &dir.path().display().to_string(),
    ])
    .run()
    .code(1);
    let files: Vec<String> = done
        .json()
        .as_array()
        .expect("list")
        .iter()
        .map(|f| f["file"].as_str().expect("file").to_owned())
        .collect();
    assert!(files.iter().any(|f| f.ends_with("cycle.yaml")));
    assert!(files.iter().any(|f| f.ends_with("unknown-key.yaml")));
    // Without --source, the misquote fixture is clean but for the other file's findings.
    assert!(
        !files.iter().any(|f| f.ends_with("misquote.yaml")),
        "{files:?}"
    );
    let done = stance(["check", &dir.path().display().to_string()])
        .run()
        .code(1);
    assert!(
        done.stderr.contains("2 of 3 scenario files did not pass"),
        "{}",
        done.stderr
    );
}

#[test]
fn unreadable_inputs_are_usage_errors() {
    stance(["check", "no-such-file.yaml"])
        .run()
        .code(2)
        .stderr_has("error: cannot read `no-such-file.yaml`: no such file or directory");
    stance(["check", "--source", "missing.txt", "korea-us-alliance"])
        .run()
        .code(2)
        .stderr_has("cannot read `missing.txt`");
    stance(["check", "korea-us-aliance"])
        .run()
        .code(2)
        .stderr_has("no scenario has the id `korea-us-aliance`")
        .stderr_has("did you mean `korea-us-alliance`?");
    let dir = tempfile::tempdir().expect("dir");
    let bad = dir.path().join("latin1.yaml");
    fs::write(&bad, b"title: caf\xe9\n").expect("write");
    stance(["check", &bad.display().to_string()])
        .run()
        .code(2)
        .stderr_has("is not valid UTF-8: bad byte at offset 10");
}

#[test]
fn bom_and_crlf_are_accepted() {
    let text = fs::read_to_string(root().join("scenarios/korea-us-alliance.yaml")).expect("read");
    let converted = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    stance(["check", "--deny-warnings", "-"])
        .stdin(&converted)
        .run()
        .ok();
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let file = fixture("dangling-next.yaml");
    let escape = "\u{1b}[";
    let always = stance(["check", "--color", "always", &file]).run().code(1);
    assert!(always.stderr.contains(escape), "{}", always.stderr);
    let never = stance(["check", "--color", "never", &file]).run().code(1);
    assert!(!never.stderr.contains(escape));
    // Not a terminal: auto means no colour.
    let auto = stance(["check", &file]).run().code(1);
    assert!(!auto.stderr.contains(escape));
    // NO_COLOR does not beat an explicit --color always.
    let forced = stance(["check", "--color", "always", &file])
        .env("NO_COLOR", "1")
        .run()
        .code(1);
    assert!(forced.stderr.contains(escape));
    // JSON never carries escape codes.
    let json = stance(["check", "--color", "always", "--format", "json", &file])
        .run()
        .code(1);
    assert!(!json.stdout.contains(escape));
}

/// A scenario that names its essay in `source.file` has its quotes checked without
/// `--source`; one that names none is checked for what needs no essay, and says so.
#[test]
fn a_scenario_naming_its_essay_is_checked_against_it_without_source() {
    let dir = tempfile::tempdir().expect("dir");
    let essays = dir.path().join("essays");
    let lessons = dir.path().join("lessons");
    fs::create_dir_all(&essays).expect("mkdir");
    fs::create_dir_all(&lessons).expect("mkdir");
    fs::copy(
        root().join("docs/tutorial-source.txt"),
        essays.join("library.txt"),
    )
    .expect("copy");
    let text = fs::read_to_string(root().join("scenarios/tutorial.yaml"))
        .expect("read")
        .replacen(
            "file: ../docs/tutorial-source.txt",
            "file: ../essays/library.txt",
            1,
        );
    let good = lessons.join("library.yaml");
    fs::write(&good, &text).expect("write");
    stance(["check", &good.display().to_string()])
        .run()
        .ok()
        .stderr_has("checked 1 scenario file: no errors, 0 warnings");
    let bad = lessons.join("misquoted.yaml");
    fs::write(
        &bad,
        text.replacen(
            "share the cost of the pilot",
            "share the price of the pilot",
            1,
        ),
    )
    .expect("write");
    stance(["check", "--color", "never", &bad.display().to_string()])
        .run()
        .code(1)
        .stderr_has("error[misquote]: this quote is not in \u{b6}5 of the source");
    // The built-in tutorial carries its essay; the built-in alliance scenario names none.
    let done = stance(["check", "--color", "never", "tutorial"]).run().ok();
    assert!(!done.stderr.contains("note:"), "{}", done.stderr);
    // Nor is a note given of a built-in file, which no one can edit.
    let done = stance(["check", "--color", "never", "korea-us-alliance"])
        .run()
        .ok();
    assert!(!done.stderr.contains("note:"), "{}", done.stderr);
    let copy = lessons.join("alliance.yaml");
    fs::copy(root().join("scenarios/korea-us-alliance.yaml"), &copy).expect("copy");
    stance(["check", "--color", "never", &copy.display().to_string()])
        .run()
        .ok()
        .stderr_has("note: `")
        .stderr_has("alliance.yaml` names no essay, so quotes were checked only for their length; name the essay in `source.file`, or give `--source ESSAY`");
    // An essay is looked for only near the scenario: not anywhere on the machine.
    for far in ["/etc/hostname", "../../essay.txt"] {
        let probe = lessons.join("probe.yaml");
        fs::write(&probe, text.replacen("../essays/library.txt", far, 1)).expect("write");
        stance(["check", "--color", "never", &probe.display().to_string()])
            .run()
            .ok()
            .stderr_has("warning[unreadable-source]")
            .stderr_has("is outside the scenario's folder and the folder above it");
    }
    // A path that leads nowhere is a warning that names where it looked.
    let lost = lessons.join("lost.yaml");
    fs::write(
        &lost,
        text.replacen("../essays/library.txt", "library.txt", 1),
    )
    .expect("write");
    stance(["check", "--color", "never", &lost.display().to_string()])
        .run()
        .ok()
        .stderr_has("warning[unreadable-source]: cannot read `")
        .stderr_has("lessons/library.txt`: no such file or directory");
}

/// A key indented one space short ends its mapping: the finding points at that line, not at
/// a `missing key` the file plainly has.
#[test]
fn a_mis_indented_line_is_named_instead_of_a_missing_key() {
    let text = fs::read_to_string(root().join("scenarios/tutorial.yaml"))
        .expect("read")
        .replacen(
            "    prompt: \"Which extra hours are residents asking for?\"\n    context: >-",
            "    prompt: \"Which extra hours are residents asking for?\"\n   context: >-",
            1,
        );
    let done = stance(["check", "--color", "never", "-"])
        .stdin(&text)
        .run()
        .code(1);
    let said = &done.stderr;
    for expected in [
        "error[missing-key]: missing key `choices`\n  --> -:44:4\n",
        "^ indented 3 spaces; the mapping's keys have 4",
        "help: this line ends the mapping, so `choices` on line 54 is not read as part of it; indent this line 4 spaces like the mapping's other keys",
    ] {
        assert!(said.contains(expected), "lacks {expected:?}:\n{said}");
    }
}

#[test]
fn a_misquoted_question_cite_is_found_against_the_essay() {
    let text = fs::read_to_string(fixture("valid/grounded.yaml"))
        .expect("read")
        .replacen(
            "quote: This is the first paragraph.",
            "quote: This is the opening paragraph.",
            1,
        );
    let essay = fixture("essay.txt");
    let done = stance(["check", "--format", "json", "--source", &essay, "-"])
        .stdin(&text)
        .run()
        .code(1);
    let findings = done.json();
    let codes: Vec<(&str, u64)> = findings
        .as_array()
        .expect("a list")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().expect("code"),
                f["line"].as_u64().expect("line"),
            )
        })
        .collect();
    assert_eq!(codes, [("misquote", 15)], "{findings:#}");
    stance(["check", "--source", &essay, "-"])
        .stdin(&text)
        .run()
        .code(1)
        .stderr_has("this quote is not in \u{b6}1 of the source");
}
