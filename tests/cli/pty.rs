//! The interactive prompt, driven in a real pseudo-terminal: keys in, screen out.

use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{ControlCode, Eof, Expect, Session};

const DOWN: &str = "\u{1b}[B";
const UP: &str = "\u{1b}[A";
const ENTER: &str = "\r";
const ESC: &str = "\u{1b}";
const SHOW_CURSOR: &str = "\u{1b}[?25h";

fn spawn(args: &[&str]) -> (OsSession, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    let mut command = Command::new(env!("CARGO_BIN_EXE_stance"));
    command
        .args(args)
        .current_dir(dir.path())
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        // A developer's own locale must not change what the tests see.
        .env_remove("STANCE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    let mut session = Session::spawn(command).expect("spawn in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    (session, dir)
}

fn expect(session: &mut OsSession, text: &str) -> String {
    let found = session
        .expect(text)
        .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"));
    String::from_utf8_lossy(found.before()).into_owned()
}

/// Everything printed until the process closes the terminal.
fn finish(session: &mut OsSession) -> String {
    let found = session.expect(Eof).expect("the program ends");
    let mut text = String::from_utf8_lossy(found.before()).into_owned();
    for part in found.matches() {
        text.push_str(&String::from_utf8_lossy(part));
    }
    text
}

fn send(session: &mut OsSession, keys: &[&str]) {
    for key in keys {
        session.send(key).expect("send a key");
        // Give the prompt time to redraw between keys, as a person would.
        std::thread::sleep(Duration::from_millis(30));
    }
}

fn exit_code(session: &OsSession) -> i32 {
    match session.get_process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("stance did not exit normally: {other:?}"),
    }
}

#[test]
fn arrow_keys_back_and_the_stance() {
    let (mut session, _dir) = spawn(&["play", "--color", "never"]);
    expect(&mut session, "Use \u{2191}/\u{2193} and Enter");
    expect(
        &mut session,
        "1. Where does the Korean Peninsula stand right now?",
    );
    // Second choice: a peace regime.
    send(&mut session, &[DOWN, ENTER]);
    expect(
        &mut session,
        "2. Has North Korea made a serious provocation",
    );
    // Open the background, then go back: no, yes, (show background), (add a note), (back).
    send(&mut session, &[DOWN, DOWN, ENTER]);
    expect(&mut session, "9.19");
    // The cursor is back on the first choice.
    send(&mut session, &[DOWN, DOWN, DOWN, DOWN, ENTER]);
    expect(
        &mut session,
        "1. Where does the Korean Peninsula stand right now?",
    );
    // Third choice this time: reunification skips the North Korea question.
    send(&mut session, &[DOWN, DOWN, ENTER]);
    expect(
        &mut session,
        "2. Do Washington's cost-sharing demands stay within",
    );
    send(&mut session, &[ENTER]);
    expect(&mut session, "3. Is Washington pressing");
    send(&mut session, &[DOWN, UP, DOWN, ENTER]);
    expect(&mut session, "The author's stance");
    expect(&mut session, "Revisit and reset the alliance's aims");
    // The replay line is broken to the terminal's width, as a shell reads it.
    let rest = finish(&mut session).replace(" \\\r\n  ", " ");
    assert!(
        rest.contains(
            "Replay: stance play korea-us-alliance --answer peninsula=reunification --answer sma=inside_sofa --answer regional_role=no"
        ),
        "going back undid the first answer:\n{rest}"
    );
    assert_eq!(exit_code(&session), 0);
}

#[test]
fn given_answers_are_used_and_the_rest_asked() {
    let (mut session, _dir) = spawn(&[
        "play",
        "--color",
        "always",
        "--answer",
        "peninsula=status_quo",
        "--answer",
        "nk_provocation=yes",
        "--format",
        "json",
    ]);
    expect(&mut session, "Do Washington's cost-sharing demands");
    send(&mut session, &[DOWN, ENTER]);
    expect(&mut session, "Is Washington pressing");
    send(&mut session, &[ENTER]);
    let rest = finish(&mut session);
    assert!(rest.contains("\"deter_first\""), "{rest}");
    assert!(rest.contains("\"refuse_beyond_sofa\""), "{rest}");
    assert_eq!(exit_code(&session), 0);
}

#[test]
fn ctrl_c_restores_the_cursor_exits_130_and_keeps_the_record() {
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("r.json");
    let shown = record.display().to_string();
    let (mut session, _cwd) = spawn(&["play", "--record", &shown]);
    expect(&mut session, "Where does the Korean Peninsula stand");
    send(&mut session, &[ENTER]);
    expect(&mut session, "Has North Korea made a serious provocation");
    send(&mut session, &[DOWN]);
    session.send(ControlCode::EndOfText).expect("Ctrl-C");
    let rest = finish(&mut session);
    assert!(
        rest.contains(SHOW_CURSOR),
        "cursor not shown again: {rest:?}"
    );
    assert!(
        !rest.contains("error"),
        "Ctrl-C needs no error message: {rest:?}"
    );
    // It says the walk stopped, where it is saved, and how to go on, wrapped to the width.
    let said = rest.replace("\r\n  ", " ");
    assert!(said.contains("stopped before the end."), "{rest:?}");
    assert!(
        said.contains(&format!(
            "your answers so far are saved in `{shown}`; go on with `stance play --resume {shown}`"
        )),
        "{rest:?}"
    );
    assert_eq!(exit_code(&session), 130);
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&record).expect("kept")).expect("whole");
    assert_eq!(saved["steps"][0]["choice"], "status_quo");
    assert_eq!(saved["finished"], false);
}

#[test]
fn escape_asks_before_quitting() {
    let (mut session, _dir) = spawn(&["play", "--color", "never"]);
    expect(&mut session, "Where does the Korean Peninsula stand");
    send(&mut session, &[ESC]);
    expect(&mut session, "Quit this walk?");
    send(&mut session, &["n"]);
    // The menu again, under the question still shown.
    expect(&mut session, "(quit)");
    send(&mut session, &["q"]);
    expect(&mut session, "Quit this walk?");
    send(&mut session, &["y"]);
    let rest = finish(&mut session).replace("\r\n  ", " ");
    // A person's own choice to stop is not an error.
    assert!(rest.contains("stopped before the end."), "{rest}");
    assert!(!rest.contains("error"), "{rest}");
    assert!(
        rest.contains("nothing was saved: with `--record FILE`, `stance play` can stop and go on later with `--resume FILE`"),
        "{rest}"
    );
    assert_eq!(exit_code(&session), 130);
}

#[test]
fn a_skipped_question_is_never_asked() {
    let gated = format!(
        "{}/tests/fixtures/valid/gated.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let (mut session, _dir) = spawn(&["play", &gated, "--color", "never"]);
    expect(&mut session, "1. First?");
    send(&mut session, &[DOWN, ENTER]);
    let rest = finish(&mut session);
    assert!(!rest.contains("Second?"), "{rest}");
    assert!(rest.contains("Do B."), "{rest}");
    assert_eq!(exit_code(&session), 0);
}

#[test]
fn a_killed_recorded_walk_resumes_with_every_earlier_answer() {
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("ana.json");
    let shown = record.display().to_string();
    let (mut session, _cwd) = spawn(&[
        "play", "--color", "never", "--name", "Ana", "--record", &shown,
    ]);
    expect(&mut session, "1. Where does the Korean Peninsula stand");
    // Third choice: reunification. Then a note on the cost question, then its first choice.
    send(&mut session, &[DOWN, DOWN, ENTER]);
    expect(&mut session, "2. Do Washington's cost-sharing demands");
    send(&mut session, &[DOWN, DOWN, DOWN, ENTER]);
    expect(&mut session, "Your note on this question");
    session
        .send_line("Seoul could pay a little more")
        .expect("type a note");
    expect(&mut session, "2. Do Washington's cost-sharing demands");
    send(&mut session, &[ENTER]);
    expect(&mut session, "3. Is Washington pressing");
    // A real signal to the real process, mid-walk.
    let pid = session.get_process().pid().to_string();
    let killed = Command::new("kill")
        .args(["-KILL", &pid])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let _ = session.get_process().wait();

    let saved = std::fs::read_to_string(&record).expect("the record survived");
    let saved: serde_json::Value = serde_json::from_str(&saved).expect("whole JSON");
    assert_eq!(saved["name"], "Ana");
    assert_eq!(saved["finished"], false);
    assert_eq!(saved["steps"][0]["choice"], "reunification");
    assert_eq!(saved["steps"][1]["choice"], "inside_sofa");
    assert_eq!(saved["steps"][1]["note"], "Seoul could pay a little more");

    // Resume without a terminal: the one answer left comes from the command line.
    let done = assert_cmd::Command::cargo_bin("stance")
        .expect("binary")
        .args([
            "play",
            "--resume",
            &shown,
            "--answer",
            "regional_role=no",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let stance: serde_json::Value = serde_json::from_slice(&done.stdout).expect("JSON");
    assert_eq!(stance["path"][0]["choice"], "reunification");
    assert_eq!(stance["path"][1]["choice"], "inside_sofa");
    assert_eq!(stance["notes"][0]["note"], "Seoul could pay a little more");
    let finished: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&record).expect("read")).expect("JSON");
    assert_eq!(finished["finished"], true);
    assert_eq!(finished["steps"].as_array().map(Vec::len), Some(3));
}

#[test]
fn a_quiz_gives_feedback_and_a_killed_quiz_resumes() {
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("quiz.json");
    let shown = record.display().to_string();
    let (mut session, _cwd) = spawn(&[
        "quiz",
        "--seed",
        "7",
        "--questions",
        "1",
        "--color",
        "never",
        "--name",
        "Ana",
        "--record",
        &shown,
    ]);
    expect(&mut session, "Situation 1 of 1");
    expect(
        &mut session,
        "Given: Where does the Korean Peninsula stand right now?",
    );
    expect(&mut session, "1. Which response does the author recommend?");
    // Seed 7 puts the author's answer third.
    send(&mut session, &[DOWN, DOWN, ENTER]);
    expect(&mut session, "Right.");
    expect(&mut session, "2. Which response does the author recommend?");
    send(&mut session, &[ENTER]);
    expect(&mut session, "Not quite. The author recommends:");
    expect(&mut session, "\u{b6}11");
    expect(&mut session, "3. Which response does the author recommend?");
    let pid = session.get_process().pid().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill")
            .success()
    );
    let _ = session.get_process().wait();

    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&record).expect("saved")).expect("JSON");
    let items = saved["quiz"]["items"].as_array().expect("items");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["picked"], "keep_objective");
    assert_eq!(items[1]["picked"], "deter_first");

    let responses = dir.path().join("rest.yaml");
    std::fs::write(
        &responses,
        "[share_within_sofa, bear_inevitable_costs, strategic_dialogue, reassure_china, \
         reassure_us_japan, multilevel_cooperation, cooperative_self_reliance]\n",
    )
    .expect("write");
    let done = assert_cmd::Command::cargo_bin("stance")
        .expect("binary")
        .args([
            "quiz",
            "--resume",
            &shown,
            "--responses",
            &responses.display().to_string(),
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let result: serde_json::Value = serde_json::from_slice(&done.stdout).expect("JSON");
    assert_eq!(result["score"], 8);
    assert_eq!(result["total"], 9);
    assert_eq!(result["items"][1]["picked"], "deter_first");
    assert_eq!(result["name"], "Ana");
}

#[test]
fn rehearse_reveals_after_recall_and_repeats_missed_cards() {
    let (mut session, _dir) = spawn(&[
        "rehearse",
        "--seed",
        "3",
        "--cards",
        "2",
        "--time-limit",
        "30",
        "--color",
        "never",
    ]);
    expect(&mut session, "Card 1");
    expect(&mut session, "s left; press Enter to see the stance");
    send(&mut session, &[ENTER]);
    expect(&mut session, "Keep the alliance anchored");
    expect(&mut session, "Did you have it?");
    send(&mut session, &["n"]);
    expect(&mut session, "Card 2");
    send(&mut session, &[ENTER]);
    expect(&mut session, "Did you have it?");
    send(&mut session, &["y"]);
    expect(&mut session, "Card 1 (attempt 2)");
    send(&mut session, &[ENTER]);
    expect(&mut session, "Did you have it?");
    send(&mut session, &["y"]);
    let rest = finish(&mut session);
    assert!(
        rest.contains("2 cards, 1 recalled the first time, 3 attempts in all"),
        "{rest}"
    );
    assert_eq!(exit_code(&session), 0);
}

#[test]
fn sigterm_during_a_menu_restores_the_cursor_and_a_second_session_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("ana.json");
    let shown = record.display().to_string();
    let (mut session, _cwd) = spawn(&["play", "--color", "never", "--record", &shown]);
    expect(&mut session, "1. Where does the Korean Peninsula stand");
    // While this session asks, another on the same record is refused, and loses nothing.
    let second = assert_cmd::Command::cargo_bin("stance")
        .expect("binary")
        .args([
            "play",
            "-a",
            "peninsula=reunification",
            "-a",
            "sma=outside_sofa",
            "-a",
            "regional_role=no",
            "--record",
            &shown,
        ])
        .output()
        .expect("runs");
    assert_eq!(second.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains("is being written by another stance session"),
        "{stderr}"
    );
    send(&mut session, &[DOWN, DOWN, ENTER]);
    expect(&mut session, "2. Do Washington's cost-sharing demands");
    let pid = session.get_process().pid().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill")
            .success()
    );
    let rest = finish(&mut session);
    assert!(
        rest.contains(SHOW_CURSOR),
        "the cursor is shown again: {rest:?}"
    );
    assert_eq!(exit_code(&session), 130);
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&record).expect("saved")).expect("JSON");
    assert_eq!(saved["steps"][0]["choice"], "reunification");
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["ana.json"], "the lock went with the session");
}

#[test]
fn a_quiz_on_ones_own_walk_removes_its_lock_when_stopped() {
    let dir = tempfile::tempdir().expect("dir");
    let record = dir.path().join("own.json");
    let shown = record.display().to_string();
    let (mut session, _cwd) = spawn(&[
        "quiz", "--walk", "--seed", "1", "--color", "never", "--record", &shown,
    ]);
    expect(&mut session, "1. Where does the Korean Peninsula stand");
    assert!(
        dir.path().join(".own.json.stance-lock").exists(),
        "held while asking"
    );
    let pid = session.get_process().pid().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill")
            .success()
    );
    let rest = finish(&mut session);
    assert!(rest.contains(SHOW_CURSOR), "{rest:?}");
    assert_eq!(exit_code(&session), 130);
    assert!(
        !dir.path().join(".own.json.stance-lock").exists(),
        "the lock went with it"
    );
}

/// The plain walk in a real terminal: numbered prompts, typed answers, and not one escape
/// sequence on the screen's stream, colour terminal or not.
#[test]
fn the_plain_walk_in_a_terminal_writes_only_text() {
    let (mut session, _dir) = spawn(&["play", "--plain"]);
    let mut shown = expect(&mut session, "Question 1: ");
    shown.push_str(&expect(&mut session, "Your answer: "));
    send(&mut session, &["?\r"]);
    shown.push_str(&expect(&mut session, "Your answer: "));
    send(&mut session, &["1\r"]);
    shown.push_str(&expect(&mut session, "Question 2: "));
    send(&mut session, &["b\r"]);
    shown.push_str(&expect(&mut session, "its answer is undone"));
    send(&mut session, &["status_quo\r", "1\r", "2\r", "2\r"]);
    shown.push_str(&finish(&mut session));
    assert_eq!(exit_code(&session), 0, "{shown}");
    for expected in [
        "Type the number or the id of a choice and press Enter. Also: b to go back, ? for the background, n for a note, q to quit.",
        "1. Still divided, with no peace settlement",
        "Background: The alliance between South Korea",
        "From the essay: \u{b6}10",
        "Answered: Still divided, with no peace settlement",
        "The author's stance",
    ] {
        assert!(shown.contains(expected), "lacks {expected:?}:\n{shown}");
    }
    assert_eq!(
        shown.matches("Type the number or the id").count(),
        1,
        "{shown}"
    );
    assert!(!shown.contains('\u{1b}'), "an escape sequence:\n{shown:?}");
    assert!(
        !shown.contains('\u{2191}') && !shown.contains('\u{276f}'),
        "{shown}"
    );
}

/// The plain quiz and drill in a real terminal: lines said once, answers typed, nothing but
/// text written.
#[test]
fn the_plain_quiz_and_drill_in_a_terminal_write_only_text() {
    let (mut session, _dir) = spawn(&["quiz", "--plain", "--seed", "7", "--questions", "1"]);
    let mut shown = expect(&mut session, "Item 1: ");
    shown.push_str(&expect(&mut session, "Your answer: "));
    send(&mut session, &["?\r"]);
    shown.push_str(&expect(&mut session, "Your answer: "));
    for _ in 0..9 {
        send(&mut session, &["a\r"]);
    }
    shown.push_str(&finish(&mut session));
    assert_eq!(exit_code(&session), 0, "{shown}");
    for expected in [
        "Type the letter of a response and press Enter.",
        "Situation 1 of 1:",
        "a) ",
        "Quiz result: ",
    ] {
        assert!(shown.contains(expected), "lacks {expected:?}:\n{shown}");
    }
    assert_eq!(
        shown.matches("Situation 1 of 1:").count(),
        2,
        "said again on ?:\n{shown}"
    );
    assert!(!shown.contains('\u{1b}'), "an escape sequence:\n{shown:?}");

    let (mut session, _dir) = spawn(&["rehearse", "--plain", "--seed", "3", "--cards", "1"]);
    let mut shown = expect(&mut session, "press Enter to see it");
    send(&mut session, &["\r"]);
    shown.push_str(&expect(&mut session, "Did you have it?"));
    send(&mut session, &["y\r"]);
    shown.push_str(&finish(&mut session));
    assert_eq!(exit_code(&session), 0, "{shown}");
    for expected in ["Card 1:", "The author's stance:", "Drill (seed 3): 1 cards"] {
        assert!(shown.contains(expected), "lacks {expected:?}:\n{shown}");
    }
    assert!(!shown.contains('\u{1b}'), "an escape sequence:\n{shown:?}");
}
