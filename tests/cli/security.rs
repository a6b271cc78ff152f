//! What a hostile student, a careless teacher or a malicious file could do, and what stance
//! does instead: records, folders, file names and output targets from someone else.

use std::fs;
use std::path::Path;

use serde_json::{Value, json};

use crate::support::{STATUS_QUO_WALK, root, stance};

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
    stance(["play"].into_iter().chain(STATUS_QUO_WALK).chain([
        "--note",
        "sma=my own view",
        "--name",
        name,
        "--record",
        &shown,
    ]))
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

/// Makes a named pipe at `path`, and a reader of everything written to it; the reader is left
/// waiting, not joined, if nothing is ever written.
#[cfg(unix)]
fn pipe_with_reader(path: &Path) -> std::sync::mpsc::Receiver<String> {
    mkfifo(path);
    let (sent, received) = std::sync::mpsc::channel();
    let path = path.to_path_buf();
    std::thread::spawn(move || sent.send(fs::read_to_string(path).expect("read the pipe")));
    received
}

/// Makes a named pipe at `path`.
#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", path.display());
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
        .stdout_has("- Bo (walk) (not finished)");
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

#[cfg(unix)]
#[test]
fn links_and_pipes_in_the_scenario_folder_are_not_followed_out() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("scenarios");
    fs::create_dir_all(folder.join("unit")).expect("mkdir");
    tutorial_at(&folder.join("unit/lesson.yaml"));
    // Two links back to the folder made the walk exponential.
    symlink(".", folder.join("a")).expect("link");
    symlink(".", folder.join("b")).expect("link");
    symlink("..", folder.join("unit/up")).expect("link");
    // Links out of the folder, and a pipe in it.
    let secret = dir.path().join("secret.yaml");
    fs::write(&secret, "TOPSECRET: 1\n").expect("write");
    symlink(&secret, folder.join("out.yaml")).expect("link");
    symlink("/proc/self/fd/0", folder.join("stdin.yaml")).expect("link");
    symlink(dir.path().join("nothing"), folder.join("dangling.yaml")).expect("link");
    mkfifo(&folder.join("pipe.yaml"));
    // A link to a file inside the folder is read.
    symlink("unit/lesson.yaml", folder.join("inside.yaml")).expect("link");

    let json = stance(["list", "--format", "json"])
        .current_dir(dir.path())
        .timeout(20)
        .run()
        .ok()
        .json();
    let rows = json.as_array().expect("rows");
    let files: Vec<&str> = rows.iter().filter_map(|r| r["file"].as_str()).collect();
    let tutorial_rows = rows.iter().filter(|r| r["id"] == "tutorial").count();
    assert_eq!(
        tutorial_rows, 3,
        "built in, the file and the link inside: {files:?}"
    );
    let error_of = |name: &str| {
        rows.iter()
            .find(|r| r["file"].as_str().is_some_and(|f| f.ends_with(name)))
            .and_then(|r| r["error"].as_str())
            .unwrap_or_else(|| panic!("{name} is listed with an error: {rows:?}"))
            .to_owned()
    };
    assert!(error_of("out.yaml").contains("links out of the scenario folder"));
    assert!(error_of("stdin.yaml").contains("links out of the scenario folder"));
    assert!(error_of("dangling.yaml").contains("a link to nothing"));
    assert!(error_of("pipe.yaml").contains("not a regular file"));
    assert!(!json.to_string().contains("TOPSECRET"));

    let done = stance(["check"]).current_dir(dir.path()).timeout(20).run();
    assert!(!done.stderr.contains("TOPSECRET"), "{}", done.stderr);
    assert!(
        done.stderr
            .contains("skipped `scenarios/out.yaml`: it links out"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains("checked 4 scenario files"),
        "{}",
        done.stderr
    );
    stance(["check", "scenarios"])
        .current_dir(dir.path())
        .timeout(20)
        .run()
        .ok();
    stance(["test"])
        .current_dir(dir.path())
        .timeout(20)
        .run()
        .ok();
    // A folder id is found once, not once per link.
    fs::write(
        folder.join("unit/own.yaml"),
        fs::read_to_string(root().join("scenarios/tutorial.yaml"))
            .expect("read")
            .replacen("id: tutorial", "id: own-lesson", 1),
    )
    .expect("write");
    stance(["play", "own-lesson", "-a", "demand=little"])
        .current_dir(dir.path())
        .timeout(20)
        .run()
        .ok();
}

/// Runs `stance ARGS` under `sh` with a shell `prelude` (a umask, a redirection) in `dir`.
#[cfg(unix)]
fn in_shell(dir: &Path, prelude: &str, args: &[&str]) -> std::process::Output {
    let script = format!("{prelude} exec \"$0\" \"$@\"");
    std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_stance"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("sh runs")
}

#[cfg(unix)]
fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

#[cfg(unix)]
fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    // The folder a test makes is its own.
    let dir = tempfile::tempdir().expect("dir");
    fs::metadata(dir.path()).expect("metadata").uid() == 0
}

#[cfg(unix)]
#[test]
fn new_files_respect_the_umask_and_records_are_private() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().expect("dir");
    let cases = [
        ("umask 077;", "schema.json", 0o600),
        ("umask 022;", "open.json", 0o644),
        ("umask 027;", "group.json", 0o640),
    ];
    for (umask, name, mode) in cases {
        let done = in_shell(dir.path(), umask, &["schema", "--output", name]);
        assert!(done.status.success(), "{done:?}");
        assert_eq!(mode_of(&dir.path().join(name)), mode, "{umask} {name}");
    }
    // `new` too.
    let done = in_shell(dir.path(), "umask 077;", &["new", "starter.yaml"]);
    assert!(done.status.success(), "{done:?}");
    assert_eq!(mode_of(&dir.path().join("starter.yaml")), 0o600);
    // A record holds names and notes: its owner's only, whatever the umask.
    let done = in_shell(
        dir.path(),
        "umask 022;",
        &[
            "play",
            "-a",
            "peninsula=reunification",
            "-a",
            "sma=outside_sofa",
            "-a",
            "regional_role=no",
            "--name",
            "Ana",
            "--record",
            "ana.json",
        ],
    );
    assert!(done.status.success(), "{done:?}");
    assert_eq!(mode_of(&dir.path().join("ana.json")), 0o600);
    // A file replaced keeps its mode, and its owner where stance may give it.
    let kept = dir.path().join("kept.json");
    fs::write(&kept, "old").expect("write");
    fs::set_permissions(&kept, fs::Permissions::from_mode(0o640)).expect("chmod");
    if is_root() {
        std::os::unix::fs::chown(&kept, Some(4321), Some(4322)).expect("chown");
    }
    let done = in_shell(
        dir.path(),
        "umask 077;",
        &["schema", "--output", "kept.json"],
    );
    assert!(done.status.success(), "{done:?}");
    assert_eq!(mode_of(&kept), 0o640);
    if is_root() {
        let metadata = fs::metadata(&kept).expect("metadata");
        assert_eq!((metadata.uid(), metadata.gid()), (4321, 4322));
    }
    assert!(
        fs::read_to_string(&kept)
            .expect("read")
            .contains("\"$schema\"")
    );
}

#[cfg(unix)]
#[test]
fn special_files_are_written_in_place_and_dangling_links_refused() {
    use std::os::unix::fs::{FileTypeExt, symlink};
    let dir = tempfile::tempdir().expect("dir");
    // A pipe stays a pipe, and its reader gets the output.
    let fifo = dir.path().join("out.fifo");
    let received = pipe_with_reader(&fifo);
    stance(["schema", "--output", &fifo.display().to_string()])
        .timeout(20)
        .run()
        .ok();
    let read = received
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the pipe's reader got the output");
    assert!(read.contains("\"$schema\""));
    assert!(
        fs::symlink_metadata(&fifo)
            .expect("there")
            .file_type()
            .is_fifo()
    );
    // A character device (made as root) stays one.
    if is_root() {
        let null = dir.path().join("nul");
        let made = std::process::Command::new("mknod")
            .args([null.display().to_string().as_str(), "c", "1", "3"])
            .status()
            .expect("mknod");
        assert!(made.success());
        stance(["schema", "-o", &null.display().to_string()])
            .run()
            .ok();
        assert!(
            fs::symlink_metadata(&null)
                .expect("there")
                .file_type()
                .is_char_device()
        );
    }
    // A link to nothing is refused, and stays as it was.
    let dangling = dir.path().join("d.json");
    symlink("nowhere.json", &dangling).expect("link");
    stance(["schema", "-o", &dangling.display().to_string()])
        .current_dir(dir.path())
        .run()
        .code(2)
        .stderr_has("is a link to `nowhere.json`, which does not exist");
    assert!(
        fs::symlink_metadata(&dangling)
            .expect("there")
            .file_type()
            .is_symlink()
    );
    assert!(!dir.path().join("nowhere.json").exists());
    // A link to a file: the file is replaced, the link stays.
    let target = dir.path().join("real.json");
    fs::write(&target, "old").expect("write");
    let link = dir.path().join("link.json");
    symlink("real.json", &link).expect("link");
    stance(["schema", "-o", &link.display().to_string()])
        .run()
        .ok();
    assert!(
        fs::symlink_metadata(&link)
            .expect("there")
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&target)
            .expect("read")
            .contains("\"$schema\"")
    );
    // `/dev/stdout` into a pipe, and into a file opened for appending.
    let done = stance(["schema", "-o", "/dev/stdout"]).run().ok();
    assert!(done.stdout.contains("\"$schema\""));
    let done = in_shell(
        dir.path(),
        "echo earlier > log;",
        &["schema", "-o", "/dev/stdout"],
    );
    assert!(done.status.success());
    let done = in_shell(dir.path(), "", &["schema", "-o", "/dev/stdout"]);
    assert!(done.status.success());
    let appended = in_shell(dir.path(), "exec >> log;", &["schema", "-o", "/dev/stdout"]);
    assert!(appended.status.success(), "{appended:?}");
    let log = fs::read_to_string(dir.path().join("log")).expect("read");
    assert!(
        log.starts_with("earlier\n{"),
        "the earlier content is kept: {log:.40}"
    );
    // A folder is not a file.
    stance(["schema", "-o", &dir.path().display().to_string()])
        .run()
        .code(2)
        .stderr_has("it is a folder");
}

#[cfg(unix)]
#[test]
fn an_output_is_never_one_of_the_inputs() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("dir");
    let scenario = dir.path().join("lesson.yaml");
    tutorial_at(&scenario);
    let original = fs::read_to_string(&scenario).expect("read");
    let lesson = scenario.display().to_string();
    let record = dir.path().join("r.json");
    let shown = record.display().to_string();
    symlink("lesson.yaml", dir.path().join("alias.yaml")).expect("link");
    let alias = dir.path().join("alias.yaml").display().to_string();
    let cases: [(Vec<&str>, &str); 5] = [
        (
            vec![
                "play",
                &lesson,
                "-a",
                "demand=little",
                "--record",
                &shown,
                "-o",
                &shown,
            ],
            "the output `",
        ),
        (
            vec!["play", &lesson, "-a", "demand=little", "--record", &lesson],
            "the record `",
        ),
        (
            vec!["show", &lesson, "-o", &alias],
            "is the same file as the scenario",
        ),
        (
            vec!["play", &lesson, "--answers", &lesson, "-o", &alias],
            "is the same file as",
        ),
        (
            vec!["paths", &lesson, "-o", &lesson],
            "is the same file as the scenario",
        ),
    ];
    for (args, expected) in cases {
        stance(&args)
            .run()
            .code(2)
            .stderr_has(expected)
            .stderr_has("choose another file");
        assert_eq!(
            fs::read_to_string(&scenario).expect("read"),
            original,
            "{args:?}"
        );
        assert!(!record.exists(), "{args:?}");
    }
    // Compare and report read a record; their output may not replace it.
    stance(["play", &lesson, "-a", "demand=little", "--record", &shown])
        .run()
        .ok();
    let kept = fs::read_to_string(&record).expect("read");
    for command in ["compare", "report"] {
        stance([command, &shown, "-o", &shown])
            .run()
            .code(2)
            .stderr_has("is the same file as");
        assert_eq!(fs::read_to_string(&record).expect("read"), kept);
    }
    // Resuming into the same record is the usual way; writing the stance over it is not.
    stance(["play", &lesson, "--resume", &shown]).run().ok();
    stance(["play", &lesson, "--resume", &shown, "-o", &shown])
        .run()
        .code(2)
        .stderr_has("are the same file");
    let other = dir.path().join("other.json").display().to_string();
    stance([
        "play", &lesson, "--resume", &shown, "--record", &other, "-o", &shown,
    ])
    .run()
    .code(2)
    .stderr_has("is the same file as the resumed record");
}

#[cfg(unix)]
#[test]
fn a_record_is_written_by_one_session_at_a_time() {
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("r.json");
    let shown = record.display().to_string();
    let walk = [
        "play",
        "-a",
        "peninsula=reunification",
        "-a",
        "sma=outside_sofa",
        "-a",
        "regional_role=no",
        "--record",
        &shown,
    ];
    // Another session holds the lock beside the record.
    let lock = fs::File::create(dir.path().join(".r.json.stance-lock")).expect("create");
    lock.lock().expect("lock");
    stance(walk)
        .run()
        .code(2)
        .stderr_has(&format!(
            "the record `{shown}` is being written by another stance session"
        ))
        .stderr_has("wait for that session to end");
    assert!(!record.exists());
    drop(lock);
    // Once it has ended (its lock file left behind, as a killed session would), the next
    // session takes over, and removes the lock file when done.
    stance(walk).run().ok();
    assert!(record.exists());
    let left: Vec<String> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["r.json"], "nothing else is left");
}

#[cfg(unix)]
#[test]
fn stale_temporary_files_are_cleaned_on_the_next_write() {
    let dir = tempfile::tempdir().expect("dir");
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let stale = [".stance-tmp-AbC123.tmp", ".stance-tmp-xyz789.tmp"];
    // A fresh one may be another run's, writing now; the others stance never makes.
    let kept = [
        ".stance-tmp-fresh1.tmp",
        ".stance-tmp-toolong1.tmp",
        ".stance-tmp-xyz789",
        ".stance-config",
        ".stance-backup.tmp",
        "notes.tmp",
        ".r.json.stance-lock",
    ];
    for name in stale.iter().chain(&kept) {
        let path = dir.path().join(name);
        fs::write(&path, "Ana: private note").expect("write");
        if !name.contains("fresh") {
            fs::File::options()
                .write(true)
                .open(&path)
                .expect("open")
                .set_modified(old)
                .expect("age it");
        }
    }
    stance(["schema", "-o", "schema.json"])
        .current_dir(dir.path())
        .run()
        .ok();
    let mut left: Vec<String> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    let mut expected: Vec<String> = kept.iter().map(|s| (*s).to_owned()).collect();
    expected.push("schema.json".to_owned());
    expected.sort();
    assert_eq!(left, expected);
}

/// `questions` questions in a row: the first choice of each leads on, the second ends the
/// walk, so there are `questions + 1` paths, most of them long.
fn ladder(questions: usize) -> String {
    use std::fmt::Write as _;
    let mut text = String::from(
        "format: 1\nid: ladder\ntitle: Ladder\nsource: {author: a, title: t}\nstart: q0\nquestions:\n",
    );
    for i in 0..questions {
        let next = if i + 1 == questions {
            "end".to_owned()
        } else {
            format!("q{}", i + 1)
        };
        let _ = write!(
            text,
            "  - id: q{i}\n    prompt: Q?\n    choices:\n      - {{id: on, label: On, next: {next}}}\n      - {{id: off, label: Off, recommends: [stop], next: end}}\n"
        );
    }
    text.push_str("recommendations:\n  - {id: stop, text: Stop., rationale: R., basis: explicit, cites: [{paragraph: 1, quote: q}]}\n");
    text.push_str("endings:\n  - id: end\n");
    text
}

#[test]
fn analyze_refuses_at_once_what_it_cannot_compare_path_by_path() {
    let dir = tempfile::tempdir().expect("dir");
    let cases = [
        (
            "chain-100.yaml",
            crate::generate::scenario(100, 2, 1),
            "paths, and stance compares at most 200000",
        ),
        (
            "chain-300.yaml",
            crate::generate::scenario(300, 2, 1),
            "paths, and stance compares at most 200000",
        ),
        (
            "chain-100k.yaml",
            crate::generate::scenario(100_000, 2, 1),
            "paths, and stance compares at most 200000",
        ),
        (
            "ladder.yaml",
            ladder(4_000),
            "its 4001 paths take 8006000 answers in all, and stance compares at most 5000000",
        ),
    ];
    for (name, text, reason) in cases {
        let path = dir.path().join(name);
        fs::write(&path, text).expect("write");
        // A guard against a hang, not a measure of speed: a debug build on a busy machine
        // takes tens of seconds over the 100,000-question chain.
        stance(["analyze", &path.display().to_string()])
            .timeout(180)
            .run()
            .code(2)
            .stderr_has("the scenario is too large to analyse path by path")
            .stderr_has(reason)
            .stderr_has("`stance paths --count`");
    }
    // Within the limits, the walks are compared in one pass.
    let path = dir.path().join("short-ladder.yaml");
    fs::write(&path, ladder(1_000)).expect("write");
    let json = stance(["analyze", &path.display().to_string(), "--format", "json"])
        .timeout(60)
        .run()
        .ok()
        .json();
    assert_eq!(json["paths"], 1001);
    assert_eq!(json["stances"], 2);
    assert_eq!(json["questions"][0]["pivotal"], true);
    assert_eq!(json["questions"][999]["paths"], 2);
    assert_eq!(json["recommendations"]["some"][0]["paths"], 1000);
}

#[test]
fn tags_beyond_the_core_schema_are_refused_everywhere() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("scenarios");
    fs::create_dir(&folder).expect("mkdir");
    // A reviewer reads "SGVsbG8="; a player would have been shown "Hello".
    let text = fs::read_to_string(root().join("scenarios/tutorial.yaml"))
        .expect("read")
        .replacen(
            "title: \"Should the Library Stay Open Later?\"",
            "title: !!binary SGVsbG8=",
            1,
        )
        .replacen("id: tutorial", "id: tagged", 1)
        .replacen("  author: Mara Lindqvist", "  author: !secret Mara", 1);
    let scenario = folder.join("tagged.yaml");
    fs::write(&scenario, text).expect("write");
    let shown = scenario.display().to_string();
    let done = stance(["check", &shown]).run().code(1);
    assert_eq!(
        done.stderr.matches("error[unsupported-tag]").count(),
        2,
        "{}",
        done.stderr
    );
    assert!(
        done.stderr
            .contains("the tag `!!binary` is not one stance reads"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr
            .contains("the tag `!secret` is not one stance reads"),
        "{}",
        done.stderr
    );
    stance(["play", &shown, "-a", "demand=little"])
        .run()
        .code(1)
        .stderr_has("error[unsupported-tag]");
    let json = stance(["list", "--format", "json"])
        .current_dir(dir.path())
        .run()
        .ok()
        .json();
    let row = json
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| {
            r["file"]
                .as_str()
                .is_some_and(|f| f.ends_with("tagged.yaml"))
        })
        .expect("listed");
    assert!(
        row["error"]
            .as_str()
            .is_some_and(|e| e.contains("`!!binary`")),
        "{row}"
    );
    assert!(!json.to_string().contains("Hello"));
    // Answers files too.
    let answers = dir.path().join("answers.yaml");
    fs::write(&answers, "peninsula: !!binary cmV1bmlmaWNhdGlvbg==\n").expect("write");
    stance(["play", "--answers", &answers.display().to_string()])
        .run()
        .code(2)
        .stderr_has("the tag `!!binary` is not one stance reads");
}

#[cfg(unix)]
#[test]
fn a_broken_standard_error_keeps_the_exit_code() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("lessons");
    fs::create_dir(&folder).expect("mkdir");
    fs::write(folder.join("bad.yaml"), "format: 1\nid: bad\ncolour: red\n").expect("write");
    let bash = |script: &str| {
        std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("set -o pipefail; {script}"))
            .arg(env!("CARGO_BIN_EXE_stance"))
            .current_dir(dir.path())
            .output()
            .expect("bash runs")
    };
    // A reader that goes after ten bytes, and a full disk.
    let cases = [
        ("\"$0\" check lessons 2>&1 | head -c 10 >/dev/null", 1),
        ("\"$0\" check lessons 2>/dev/full", 1),
        (
            "\"$0\" play -a peninsula=reunification 2>/dev/full </dev/null",
            2,
        ),
        (
            "\"$0\" play -a peninsula=reunification -a sma=outside_sofa -a regional_role=no -a nk_provocation=no 2>/dev/full >/dev/null",
            0,
        ),
        ("\"$0\" nonsense 2>/dev/full", 2),
        ("\"$0\" check 2>/dev/full", 0),
    ];
    for (script, code) in cases {
        let done = bash(script);
        assert_eq!(done.status.code(), Some(code), "{script}: {done:?}");
        assert!(
            !String::from_utf8_lossy(&done.stderr).contains("panicked"),
            "{script}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_resumed_walk_is_replayed_first_and_saved_once() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("long.json");
    let shown = record.display().to_string();
    let scenario = dir.path().join("chain.yaml");
    fs::write(&scenario, crate::generate::scenario(4_000, 2, 1)).expect("write");
    let lesson = scenario.display().to_string();
    let mut answers = String::new();
    for i in 0..4_000 {
        let _ = writeln!(answers, "q{i}: c{}", i % 2);
    }
    let answers_file = dir.path().join("answers.yaml");
    fs::write(&answers_file, answers).expect("write");
    stance([
        "play",
        &lesson,
        "--answers",
        &answers_file.display().to_string(),
        "--record",
        &shown,
    ])
    .timeout(120)
    .run()
    .ok();
    assert_eq!(
        read_json(&record)["steps"].as_array().map(Vec::len),
        Some(4_000)
    );
    // Resumed into a pipe, the record is written whole once: not once per answer replayed.
    let fifo = dir.path().join("saved.fifo");
    let received = pipe_with_reader(&fifo);
    stance([
        "play",
        &lesson,
        "--resume",
        &shown,
        "--record",
        &fifo.display().to_string(),
        "--format",
        "json",
    ])
    .timeout(120)
    .run()
    .ok();
    let written = received
        .recv_timeout(std::time::Duration::from_secs(120))
        .expect("the record was written to the pipe");
    assert_eq!(
        written.matches("\"format\": \"stance-record/1\"").count(),
        1,
        "written once"
    );
    // Long records are compared and reported by id lookups, not scans.
    for command in ["compare", "report"] {
        stance([command, &shown, "--scenario", &lesson, "--format", "json"])
            .timeout(120)
            .run()
            .ok();
    }
}

#[test]
fn standard_input_is_read_once() {
    let cases = [
        (vec!["check", "-", "-"], "`-` stands for a scenario twice"),
        (
            vec!["compare", "-", "--scenario", "-"],
            "`-` stands for the record and the scenario",
        ),
        (
            vec!["quiz", "-", "--responses", "-"],
            "`-` stands for the scenario and the responses file",
        ),
        (vec!["report", "-", "-"], "`-` stands for a record twice"),
        (
            vec!["play", "-", "--answers", "-"],
            "`-` stands for the scenario and the answers file",
        ),
        (
            vec!["check", "-", "--source", "-"],
            "`-` stands for a scenario and the source",
        ),
    ];
    for (args, expected) in cases {
        stance(&args)
            .stdin("format: 1\n")
            .run()
            .code(2)
            .stderr_has("standard input can be read only once")
            .stderr_has(expected);
    }
    // A deep responses file is told of the limit, not of what a scenario needs.
    let deep = format!("{}{}\n", "[".repeat(100), "]".repeat(100));
    stance(["quiz", "--seed", "1", "--responses", "-"])
        .stdin(&deep)
        .run()
        .code(2)
        .stderr_has("nests more than 64 levels deep, the most stance reads");
}

#[cfg(unix)]
#[test]
fn outputs_never_overwrite_what_standard_input_reads_nor_the_quiz_sheet_an_input() {
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("rec.json");
    let kept = walk_record(&record, "Ana");
    // `-` names standard input; `/dev/stdin` names the file it reads.
    let done = in_shell(
        dir.path(),
        "exec < rec.json;",
        &["compare", "-", "--output", "/dev/stdin"],
    );
    assert_eq!(done.status.code(), Some(2), "{done:?}");
    assert!(String::from_utf8_lossy(&done.stderr).contains("is the same file as the record `-`"));
    assert_eq!(read_json(&record), kept);
    // The quiz sheet, printed when no one is asked, is an output like any other.
    let scenario = dir.path().join("lesson.yaml");
    tutorial_at(&scenario);
    let lesson = scenario.display().to_string();
    let before = fs::read_to_string(&scenario).expect("read");
    stance(["quiz", &lesson, "--seed", "1", "--output", &lesson])
        .run()
        .code(2)
        .stderr_has("is the same file as the scenario");
    assert_eq!(fs::read_to_string(&scenario).expect("read"), before);
    let quiz = dir.path().join("quiz.json");
    let value = quiz_record(&quiz);
    let shown = quiz.display().to_string();
    stance(["quiz", "--resume", &shown, "--output", &shown, "--no-input"])
        .run()
        .code(2)
        .stderr_has("are the same file");
    assert_eq!(read_json(&quiz), value);
}

#[cfg(unix)]
#[test]
fn standard_error_as_an_output_appends_as_it_was_opened() {
    let dir = tempfile::tempdir().expect("dir");
    fs::write(dir.path().join("log"), "EARLIER LINE\n").expect("write");
    let done = in_shell(
        dir.path(),
        "exec 2>> log;",
        &[
            "play",
            "-a",
            "peninsula=reunification",
            "-a",
            "sma=outside_sofa",
            "-a",
            "regional_role=no",
            "--format",
            "json",
            "--output",
            "/dev/stderr",
        ],
    );
    assert!(done.status.success(), "{done:?}");
    let log = fs::read_to_string(dir.path().join("log")).expect("read");
    assert!(log.starts_with("EARLIER LINE\n{"), "{log:.60}");
}

#[cfg(unix)]
#[test]
fn a_planted_lock_is_never_followed_and_a_record_is_never_standard_output() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("created-by-stance");
    symlink(&target, dir.path().join(".grades.json.stance-lock")).expect("link");
    let record = dir.path().join("grades.json").display().to_string();
    let walk = [
        "play",
        "-a",
        "peninsula=reunification",
        "-a",
        "sma=outside_sofa",
        "-a",
        "regional_role=no",
    ];
    stance(walk.iter().copied().chain(["--record", &record]))
        .run()
        .code(2)
        .stderr_has("is not a lock file stance made");
    assert!(!target.exists(), "nothing is made through the link");
    // `-` cannot hold a record, whether named by `--record` or by `--resume`.
    stance(walk.iter().copied().chain(["--record", "-"]))
        .current_dir(dir.path())
        .run()
        .code(2)
        .stderr_has("`-` cannot hold one");
    stance(["play", "--resume", "-"])
        .stdin("{}")
        .current_dir(dir.path())
        .run()
        .code(2)
        .stderr_has("`-` cannot hold one");
    assert!(!dir.path().join("-").exists());
    // The lock is taken before the record is read: a record another session is writing is
    // not read half-way.
    let record = dir.path().join("r.json");
    fs::write(&record, "{\"format\": \"stance-rec").expect("write");
    let lock = fs::File::create(dir.path().join(".r.json.stance-lock")).expect("create");
    lock.lock().expect("lock");
    stance(["play", "--resume", &record.display().to_string()])
        .run()
        .code(2)
        .stderr_has("is being written by another stance session");
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_not_replaced_behind_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    // Run as someone other than the superuser, who may write anything.
    let dir = tempfile::tempdir().expect("dir");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).expect("chmod");
    let protected = dir.path().join("protected.txt");
    fs::write(&protected, "kept\n").expect("write");
    fs::set_permissions(&protected, fs::Permissions::from_mode(0o444)).expect("chmod");
    let mut command = if is_root() {
        std::os::unix::fs::chown(&protected, Some(65534), Some(65534)).expect("chown");
        let mut command = std::process::Command::new("setpriv");
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_stance"));
        command
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_stance"))
    };
    let done = command
        .args(["schema", "--output", &protected.display().to_string()])
        .current_dir(dir.path())
        .output()
        .expect("runs");
    assert_eq!(done.status.code(), Some(2), "{done:?}");
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert!(
        stderr.contains(&format!(
            "cannot write `{}`: permission denied",
            protected.display()
        )),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&protected).expect("read"), "kept\n");
}

#[test]
fn no_text_from_a_file_or_an_argument_starts_a_line_of_its_own() {
    let dir = tempfile::tempdir().expect("dir");
    // An argument quoted back by a usage error.
    let done = stance(["--color", "\u{1b}]0;PWN\u{7}\u{202e}"])
        .run()
        .code(2);
    assert_inert("a usage error", &done.stderr);
    assert!(done.stderr.contains("<U+202E>"), "{}", done.stderr);
    // A record string quoted in an error.
    let path = dir.path().join("r.json");
    let mut value = walk_record(&path, "Ana");
    value["steps"][1]["question"] = json!("peninsula`\nhelp: the record is fine");
    let record = write_json(&path, &value);
    let done = stance(["compare", &record]).run().code(2);
    assert_eq!(done.stderr.lines().count(), 1, "{}", done.stderr);
    assert!(
        !done.stderr.contains("\nhelp: the record"),
        "{}",
        done.stderr
    );
    // An id in a scenario of the folder, shown by `list`; and a file name with a line break.
    let folder = dir.path().join("scenarios");
    fs::create_dir(&folder).expect("mkdir");
    let text = fs::read_to_string(root().join("scenarios/tutorial.yaml"))
        .expect("read")
        .replacen(
            "id: tutorial",
            "id: \"fake\\nkorea-us-alliance  Forged row\"",
            1,
        );
    fs::write(folder.join("forged.yaml"), text).expect("write");
    tutorial_at(&folder.join("x\nkorea-us-alliance FAKE.yaml"));
    let done = stance(["list"]).current_dir(dir.path()).run().ok();
    assert!(
        !done
            .stdout
            .lines()
            .any(|l| l.contains("Forged row") && !l.contains('\u{23ce}')),
        "{}",
        done.stdout
    );
    assert_eq!(
        done.stdout.lines().count(),
        5,
        "a header and four rows:\n{}",
        done.stdout
    );
    let done = stance(["test"]).current_dir(dir.path()).run();
    assert!(
        !done
            .stdout
            .lines()
            .any(|l| l.starts_with("korea-us-alliance FAKE")),
        "{}",
        done.stdout
    );
    // Markdown cannot spell an invisible character as an entity.
    let done = stance([
        "compare",
        &write_json(&path, &{
            let mut v = walk_record(&path, "Ana");
            v["name"] = json!("A&rlm;na");
            v
        }),
        "--format",
        "markdown",
    ])
    .run()
    .ok();
    assert!(done.stdout.contains("A\\&rlm;na"), "{}", done.stdout);
    // Help that cannot be written is an error, not a success.
    #[cfg(unix)]
    {
        let done = in_shell(dir.path(), "exec > /dev/full;", &["--help"]);
        assert_eq!(done.status.code(), Some(2), "{done:?}");
    }
}

#[test]
fn a_bad_file_in_the_folder_fails_alone_and_quizzes_that_differ_are_told() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().join("scenarios");
    fs::create_dir(&folder).expect("mkdir");
    tutorial_at(&folder.join("good.yaml"));
    fs::write(folder.join("latin1.yaml"), b"format: 1\nid: caf\xe9\n").expect("write");
    let done = stance(["check"]).current_dir(dir.path()).run().code(1);
    assert!(
        done.stderr.contains("latin1.yaml` is not valid UTF-8"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr
            .contains("1 of 4 scenario files and 2 translations did not pass"),
        "{}",
        done.stderr
    );
    let done = stance(["test"]).current_dir(dir.path()).run().code(1);
    assert!(done.stdout.contains("FAIL"), "{}", done.stdout);
    assert!(
        done.stdout.contains("tutorial (scenarios/good.yaml)"),
        "{}",
        done.stdout
    );
    // A class's quiz records of different quizzes.
    let a = dir.path().join("a.json");
    quiz_record(&a);
    let b = dir.path().join("b.json");
    let responses = dir.path().join("responses.yaml");
    stance([
        "quiz",
        "--seed",
        "8",
        "--questions",
        "1",
        "--responses",
        &responses.display().to_string(),
        "--record",
        &b.display().to_string(),
    ])
    .run();
    stance(["report", &a.display().to_string(), &b.display().to_string()])
        .run()
        .ok()
        .stderr_has("the quiz records are of 2 different quizzes, so their scores do not compare");
}
