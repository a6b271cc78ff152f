//! Hostile and huge input: limits, no stack overflow, terminal safety, faults.

use std::fmt::Write as _;
use std::fs;
use std::process::Command;

use crate::generate;
use crate::support::{STATUS_QUO_WALK, root, stance};

/// The classic alias bomb: ten levels, each alias list nine times the one before.
fn alias_bomb() -> String {
    let mut text = String::from("format: 1\nid: bomb\ntitle: Bomb\n");
    text.push_str("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let aliases = vec![format!("*a{}", i - 1); 9].join(", ");
        let _ = writeln!(text, "a{i}: &a{i} [{aliases}]");
    }
    text
}

#[test]
fn alias_bombs_are_refused_wherever_yaml_is_read() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("scenarios");
    fs::create_dir(&folder).expect("mkdir");
    fs::write(folder.join("bomb.yaml"), alias_bomb()).expect("write");
    // `list` reads only a few keys and skips the rest: the bomb must not go off there.
    let json = stance(["list", "--format", "json"])
        .current_dir(dir.path())
        .run()
        .ok()
        .json();
    let error = json[2]["error"].as_str().expect("an error");
    assert!(error.contains("aliases expand to too much data"), "{error}");
    // An answers file, a responses file: the same parser, the same limits.
    let bomb = folder.join("bomb.yaml").display().to_string();
    // Typed keys stop it before any alias is expanded; either way it fails at once.
    stance(["play", "--answers", &bomb])
        .run()
        .code(2)
        .stderr_has(&bomb);
    let quiz = stance(["quiz", "--seed", "1", "--responses", &bomb])
        .run()
        .code(2);
    assert!(
        quiz.stderr.contains("alias") || quiz.stderr.contains("expected a list"),
        "{}",
        quiz.stderr
    );
    // In a scenario, typed keys catch it first; it still fails cleanly.
    stance(["check", &bomb]).run().code(1).stderr_has("error[");
}

#[test]
fn deep_nesting_is_refused_without_a_stack_overflow() {
    let flow = format!(
        "format: 1\nid: deep\ntitle: Deep\ndeep: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let done = stance(["check", "-"]).stdin(&flow).run();
    assert_eq!(done.code, 1, "{}", done.stderr);
    let mut block = String::from("format: 1\nid: deep\ntitle: Deep\ndeep:\n");
    for depth in 1..10_000 {
        let _ = writeln!(block, "{}- ", " ".repeat(depth));
    }
    let done = stance(["check", "-"]).stdin(&block).run();
    assert_eq!(done.code, 1, "{}", done.stderr);
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("scenarios");
    fs::create_dir(&folder).expect("mkdir");
    fs::write(folder.join("deep.yaml"), &flow).expect("write");
    let json = stance(["list", "--format", "json"])
        .current_dir(dir.path())
        .run()
        .ok()
        .json();
    let error = json[2]["error"].as_str().expect("an error");
    assert!(error.contains("nests more than 64 levels"), "{error}");
}

#[test]
fn files_over_the_size_limit_are_refused_before_reading() {
    let text = fs::read_to_string(root().join("scenarios/korea-us-alliance.yaml")).expect("read");
    stance(["check", "--max-bytes", "1000", "-"])
        .stdin(&text)
        .run()
        .code(2)
        .stderr_has("`-` is larger than 1000 bytes")
        .stderr_has("--max-bytes");
    let path = root()
        .join("scenarios/korea-us-alliance.yaml")
        .display()
        .to_string();
    stance(["check", "--max-bytes", "1000", &path])
        .run()
        .code(2)
        .stderr_has("is larger than 1000 bytes");
    stance(["check", "--max-bytes", "1000000", &path])
        .run()
        .ok();
    // A record is an input like any other, with the same way out.
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("r.json").display().to_string();
    stance(
        ["play"]
            .into_iter()
            .chain(STATUS_QUO_WALK)
            .chain(["--record", &record]),
    )
    .run()
    .ok();
    for args in [
        vec!["compare", &record],
        vec!["report", &record],
        vec!["play", "--resume", &record],
    ] {
        let mut args = args;
        args.extend(["--max-bytes", "100"]);
        stance(args)
            .run()
            .code(2)
            .stderr_has("is larger than 100 bytes")
            .stderr_has("help: raise the limit with `--max-bytes BYTES` if the file is trusted");
    }
}

#[test]
fn a_hundred_thousand_question_chain_checks_and_counts() {
    let mut text = String::with_capacity(100_000 * 120);
    text.push_str("format: 1\nid: chain\ntitle: Chain\nsource: {author: a, title: t}\nstart: q0\nquestions:\n");
    for i in 0..100_000 {
        let next = if i == 99_999 {
            "end".to_owned()
        } else {
            format!("q{}", i + 1)
        };
        let _ = write!(
            text,
            "  - id: q{i}\n    prompt: Q?\n    choices:\n      - {{id: a, label: A, next: {next}}}\n      - {{id: b, label: B, next: {next}}}\n"
        );
    }
    text.push_str("endings:\n  - id: end\n");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("chain.yaml");
    fs::write(&file, &text).expect("write");
    let shown = file.display().to_string();
    stance(["check", &shown]).run().ok().stderr_has("no errors");
    // 2^100000 paths: beyond the exact range, and said so.
    stance(["paths", "--count", &shown])
        .run()
        .ok()
        .stdout_has("more than 2^65536");
    let first = stance(["paths", "--limit", "1", "--format", "csv", &shown])
        .run()
        .ok()
        .stdout;
    assert_eq!(first.lines().count(), 2);
}

#[test]
fn a_large_scenario_read_in_parts_reports_findings_where_they_are() {
    // 5,000 questions, 1.5 MB: large enough to be parsed in parts.
    let text = generate::scenario(5_000, 3, 1);
    assert!(text.len() > 1024 * 1024);
    let line_of = |text: &str, needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .expect("there")
            + 1
    };
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("large.yaml");
    let shown = file.display().to_string();
    // (mistake, what it replaces, where it stands, its column, what the finding says)
    let cases = [
        // A finding of the analyser, far into the list: every part parsed, lines kept.
        (
            "next: q4501x\n",
            "next: q4501\n",
            "q4501x",
            15,
            ["did you mean `q4501`?", "and 4971 more"],
        ),
        // A misspelt key in a later part: that part fails, the whole text is parsed as one,
        // and the key is still read as meant.
        (
            "  - id: q4000\n    promt:",
            "  - id: q4000\n    prompt:",
            "promt:",
            5,
            ["did you mean `prompt`?", "1 error, 0 warnings"],
        ),
    ];
    for (mistake, replaced, needle, column, says) in cases {
        let edited = text.replace(replaced, mistake);
        fs::write(&file, &edited).expect("write");
        let line = line_of(&edited, needle);
        let mut run = stance(["check", &shown])
            .run()
            .code(1)
            .stderr_has(&format!("{shown}:{line}:{column}"));
        for said in says {
            run = run.stderr_has(said);
        }
    }
}

#[test]
fn escape_sequences_in_a_scenario_never_reach_the_terminal() {
    let hostile = fs::read_to_string(root().join("tests/fixtures/valid/gated.yaml"))
        .expect("read")
        .replacen(
            "title: Gated",
            "title: \"Gated \\e]0;pwned\\a\\e[2J\\u009b31m\"",
            1,
        )
        .replacen("prompt: First?", "prompt: \"First \\e[31m?\"", 1)
        .replacen("label: A\n", "label: \"A \\e[1A\"\n", 1);
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("hostile.yaml");
    fs::write(&file, &hostile).expect("write");
    let shown = file.display().to_string();
    let runs: Vec<Vec<&str>> = vec![
        vec!["show", &shown],
        vec!["show", &shown, "--format", "json"],
        vec!["play", &shown, "-a", "first=a", "-a", "second=c"],
        vec![
            "play", &shown, "-a", "first=a", "-a", "second=c", "--format", "json",
        ],
        vec![
            "play", &shown, "-a", "first=a", "-a", "second=c", "--format", "markdown",
        ],
        vec!["paths", &shown],
        vec!["paths", &shown, "--format", "csv"],
        vec!["paths", &shown, "--format", "json"],
        vec!["paths", &shown, "--format", "markdown"],
        vec!["graph", &shown],
        vec!["graph", &shown, "--format", "mermaid"],
        vec!["brief", &shown, "-a", "first=a", "-a", "second=c"],
        vec![
            "brief", &shown, "-a", "first=a", "-a", "second=c", "--format", "html",
        ],
        vec!["quiz", &shown, "--seed", "1", "--no-input"],
        vec!["test", &shown],
        vec!["list"],
    ];
    for args in runs {
        let done = stance(args.clone()).current_dir(dir.path()).run();
        for (stream, text) in [("stdout", &done.stdout), ("stderr", &done.stderr)] {
            assert!(
                !text
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t'),
                "{args:?} wrote a control character to {stream}: {text:?}"
            );
        }
    }
    // A key that is itself an escape sequence, reported back in a diagnostic.
    let done = stance(["check", "-", "--color", "never"])
        .stdin("format: 1\n\"\\e[2Jboom\": 1\n")
        .run()
        .code(1);
    assert!(!done.stderr.contains('\u{1b}'), "{:?}", done.stderr);
    assert!(done.stderr.contains("unknown key"), "{}", done.stderr);
}

#[test]
fn write_failures_leave_no_partial_file() {
    // A folder that cannot hold files: /proc is read-only, even for root.
    stance([
        "play",
        "-a",
        "peninsula=reunification",
        "-a",
        "sma=inside_sofa",
        "-a",
        "regional_role=no",
        "--output",
        "/proc/stance.md",
    ])
    .run()
    .code(2)
    .stderr_has("cannot write `/proc/stance.md`");
    // A full disk, as the file-size limit simulates it (with SIGXFSZ ignored, writes fail
    // with EFBIG): the old file stays whole and no temporary file is left.
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("paths.md");
    fs::write(&target, "old\n").expect("write");
    let script = format!(
        "trap '' XFSZ; ulimit -f 4; exec '{}' paths --format markdown --output '{}'",
        env!("CARGO_BIN_EXE_stance"),
        target.display()
    );
    let done = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .output()
        .expect("sh");
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cannot write"), "{stderr}");
    assert_eq!(fs::read_to_string(&target).expect("read"), "old\n");
    let names: Vec<String> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["paths.md"], "no temporary file is left");
}
