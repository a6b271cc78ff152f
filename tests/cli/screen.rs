//! What a person sees: the interactive screens in a real pseudo-terminal, read back through a
//! terminal emulator at 60 and 100 columns.

use std::io::ErrorKind;
use std::num::NonZeroU16;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Expect, Session};

const DOWN: &str = "\u{1b}[B";
const ENTER: &str = "\r";
const ESC: &str = "\u{1b}";
const ROWS: u16 = 50;
const HINT: &str = "Use \u{2191}/\u{2193} and Enter to answer; Esc or q to quit.";

/// One row of the screen or its scrollback.
struct Row {
    /// Its text, trailing blanks trimmed.
    text: String,
    /// Whether the terminal carried it on to the next row: text wider than the screen.
    wrapped: bool,
    /// Each cell's text and whether it is in italics.
    cells: Vec<(String, bool)>,
}

/// The program in a pseudo-terminal of `cols` columns, and the screen it has drawn.
struct Screen {
    session: OsSession,
    parser: vt100::Parser,
    cols: u16,
    ended: bool,
    _dir: tempfile::TempDir,
}

impl Screen {
    fn spawn(cols: u16, args: &[&str]) -> Self {
        let dir = tempfile::tempdir().expect("dir");
        let mut command = Command::new("sh");
        // The shell waits for the size set below, so that stance draws its first line at it.
        command
            .arg("-c")
            .arg(format!(
                "while [ \"$(stty size)\" != '{ROWS} {cols}' ]; do sleep 0.01; done; exec \"$0\" \"$@\""
            ))
            .arg(env!("CARGO_BIN_EXE_stance"))
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
        session
            .get_process_mut()
            .set_window_size(cols, ROWS)
            .expect("size the pty");
        let size = |n| NonZeroU16::new(n).expect("a size");
        Self {
            session,
            parser: vt100::Parser::new(size(ROWS), size(cols), 10_000),
            cols,
            ended: false,
            _dir: dir,
        }
    }

    /// Feeds the emulator whatever the program has written so far.
    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => {
                    self.ended = true;
                    return;
                }
                Ok(n) => self.parser.process(&buf[..n]),
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                // The pty reports an error once the program has closed it.
                Err(_) => {
                    self.ended = true;
                    return;
                }
            }
        }
    }

    /// Waits, for 20 seconds at most, until `done` holds of the screen.
    fn wait_for(&mut self, what: &str, done: impl Fn(&Self) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            self.pump();
            if done(self) {
                return;
            }
            assert!(
                !self.ended && Instant::now() < deadline,
                "at {} columns, waited for {what}; the screen:\n{}",
                self.cols,
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn wait_text(&mut self, text: &str) {
        self.wait_for(&format!("{text:?}"), |s| s.contents().contains(text));
    }

    /// Waits until the program has closed the terminal.
    fn wait_end(&mut self) {
        self.wait_for_end();
        let status = self.session.get_process().wait().expect("wait");
        assert!(
            matches!(status, WaitStatus::Exited(_, 0)),
            "at {} columns: {status:?}",
            self.cols
        );
    }

    fn wait_for_end(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.ended {
            assert!(
                Instant::now() < deadline,
                "at {} columns, the program did not end; the screen:\n{}",
                self.cols,
                self.contents()
            );
            self.pump();
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn send(&mut self, keys: &[&str]) {
        for key in keys {
            self.session.send(key).expect("send a key");
            // Keys a moment apart, as a person presses them.
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// What the screen shows now.
    fn contents(&self) -> String {
        self.parser.screen().contents()
    }

    /// The rows the screen shows now.
    fn rows(&self) -> Vec<String> {
        self.parser
            .screen()
            .rows(0, self.cols)
            .map(|row| row.trim_end().to_owned())
            .collect()
    }

    /// Every row written, the scrollback's first, without the blank rows at the end.
    fn transcript(&mut self) -> Vec<Row> {
        let cols = self.cols;
        let screen = self.parser.screen_mut();
        let row_at = |screen: &vt100::Screen, r: u16| Row {
            text: screen
                .rows(0, cols)
                .nth(usize::from(r))
                .unwrap_or_default()
                .trim_end()
                .to_owned(),
            wrapped: screen.row_wrapped(r),
            cells: (0..cols)
                .filter_map(|c| screen.cell(r, c))
                .filter(|cell| !cell.is_wide_continuation())
                .map(|cell| (cell.contents().to_owned(), cell.italic()))
                .collect(),
        };
        screen.set_scrollback(usize::MAX);
        let back = screen.scrollback();
        let mut rows = Vec::new();
        for offset in (1..=back).rev() {
            screen.set_scrollback(offset);
            rows.push(row_at(screen, 0));
        }
        screen.set_scrollback(0);
        for r in 0..ROWS {
            rows.push(row_at(screen, r));
        }
        while rows.last().is_some_and(|row| row.text.is_empty()) {
            rows.pop();
        }
        rows
    }
}

/// Rows the terminal had to carry on to the next: text stance should have wrapped itself.
fn soft_wrapped(rows: &[Row]) -> Vec<String> {
    rows.iter()
        .filter(|row| row.wrapped)
        .map(|row| row.text.clone())
        .collect()
}

/// Whether `needle` is on `row` in italics (`Some(true)`), upright (`Some(false)`), or not
/// on it at all.
fn italic(row: &Row, needle: &str) -> Option<bool> {
    let needle: Vec<char> = needle.chars().collect();
    let cells: Vec<char> = row
        .cells
        .iter()
        .map(|(text, _)| text.chars().next().unwrap_or(' '))
        .collect();
    let at = cells.windows(needle.len()).position(|w| w == needle)?;
    Some(row.cells[at..at + needle.len()].iter().all(|c| c.1))
}

/// A note long enough to run past the note prompt's line at `cols` columns.
fn long_note(cols: u16) -> String {
    let words = "Seoul could pay a little more if Washington asked for less elsewhere";
    let mut note = String::new();
    for word in words.split(' ').cycle() {
        if note.chars().count() > usize::from(cols) - 36 {
            break;
        }
        if !note.is_empty() {
            note.push(' ');
        }
        note.push_str(word);
    }
    note
}

fn play_screen(cols: u16) {
    let mut screen = Screen::spawn(cols, &["play"]);
    screen.wait_text("1. Where does the Korean Peninsula stand right now?");
    let note = long_note(cols);
    note_then_not_quitting(&mut screen, &note);
    back_and_the_long_question(&mut screen);
    // Yes, pressure: the stance.
    screen.send(&[ENTER]);
    screen.wait_end();
    the_stance(&mut screen, &note);
}

/// A note long enough to wrap: its prompt is drawn once, and the note shown once taken.
/// Then quitting, and not: the question leaves no trace.
fn note_then_not_quitting(screen: &mut Screen, note: &str) {
    let cols = screen.cols;
    screen.send(&[DOWN, DOWN, DOWN, DOWN, ENTER]);
    screen.wait_text("Your note on this question");
    screen.send(&[note]);
    let tail: String = note.split(' ').next_back().unwrap_or_default().to_owned();
    screen.wait_for("the note typed in full", |s| {
        s.rows().iter().any(|r| r.ends_with(&tail))
    });
    screen.send(&[ENTER]);
    screen.wait_for("the menu after the note", |s| {
        s.contents().contains("(quit)") && s.contents().contains(note)
    });
    let shown = screen.contents();
    assert!(
        !shown.contains("Your note on this question"),
        "at {cols} columns, the note's prompt is left behind:\n{shown}"
    );
    assert!(
        screen
            .rows()
            .iter()
            .any(|r| r.contains(&format!("Your note: {note}"))),
        "at {cols} columns, the note taken is not shown:\n{shown}"
    );

    screen.send(&[ESC]);
    screen.wait_text("Quit this walk?");
    screen.send(&["n"]);
    screen.wait_text("(quit)");
    let shown = screen.contents();
    assert!(
        !shown.contains("Quit this walk?"),
        "at {cols} columns, the quit question stays:\n{shown}"
    );
}

/// Still divided; yes, a provocation; back from the cost question, which marks the answer
/// undone; yes again, within SOFA; then the long question about the regional role, asked
/// once and in full, under answers the terminal did not have to break.
fn back_and_the_long_question(screen: &mut Screen) {
    let cols = screen.cols;
    screen.send(&[ENTER]);
    screen.wait_text("2. Has North Korea made a serious provocation");
    screen.send(&[DOWN, ENTER]);
    screen.wait_text("3. Do Washington's cost-sharing demands");
    screen.send(&[DOWN, DOWN, DOWN, DOWN, ENTER]);
    screen.wait_for("the provocation question again", |s| {
        !s.contents().contains("3. Do Washington's")
            && s.contents().contains("(back to the previous question)")
    });
    let rows = screen.rows();
    assert!(
        rows.iter()
            .any(|r| r.contains("undone") && r.contains("2. Has North Korea")),
        "at {cols} columns, the undone answer is not marked:\n{}",
        rows.join("\n")
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("\u{2714} 2.")),
        "at {cols} columns, the undone answer still looks taken:\n{}",
        rows.join("\n")
    );

    screen.send(&[DOWN, ENTER]);
    screen.wait_text("3. Do Washington's cost-sharing demands");
    screen.send(&[ENTER]);
    screen.wait_for("the long question's menu", |s| {
        s.rows()
            .iter()
            .skip_while(|r| !r.contains("4. Is Washington pressing"))
            .any(|r| r.ends_with("(quit)"))
    });
    let rows = screen.rows();
    let asked: Vec<&String> = rows
        .iter()
        .filter(|r| r.contains("Washington pressing"))
        .collect();
    assert_eq!(
        asked.len(),
        1,
        "at {cols} columns, the long question is shown more than once:\n{}",
        rows.join("\n")
    );
    assert!(
        !asked[0].contains('\u{2026}'),
        "at {cols} columns, the long question is cut: {asked:?}"
    );
    let transcript = screen.transcript();
    assert_eq!(
        soft_wrapped(&transcript),
        Vec::<String>::new(),
        "at {cols} columns, lines broken by the terminal, mid-word"
    );
    assert!(
        transcript.iter().any(|r| r.text.starts_with("\u{2714} 2.")),
        "at {cols} columns, the answer given again is confirmed"
    );
}

/// The stance: set apart from the last answer, wrapped, its replay line broken between
/// shell words, and inferred recommendations marked apart from explicit ones.
fn the_stance(screen: &mut Screen, note: &str) {
    let cols = screen.cols;
    let transcript = screen.transcript();
    let texts: Vec<&str> = transcript.iter().map(|r| r.text.as_str()).collect();
    let all = texts.join("\n");
    assert_eq!(
        soft_wrapped(&transcript),
        Vec::<String>::new(),
        "at {cols} columns, lines broken by the terminal, mid-word:\n{all}"
    );
    let title = texts
        .iter()
        .rposition(|t| t.starts_with("Keeping the US-South Korea Alliance"))
        .expect("the stance's title");
    let answered = texts[..title]
        .iter()
        .rposition(|t| t.starts_with('\u{2714}'))
        .expect("the last answer");
    assert!(
        texts[answered].starts_with("\u{2714} 4. Is Washington pressing")
            && texts[title - 1].is_empty()
            && !texts[title - 2].is_empty(),
        "at {cols} columns, the stance starts right under the last answer:\n{all}"
    );

    let replay = texts
        .iter()
        .position(|t| t.starts_with("Replay: "))
        .expect("a replay line");
    let mut words = Vec::new();
    for (i, line) in texts[replay..].iter().enumerate() {
        let line: &str = if i == 0 {
            &line["Replay: ".len()..]
        } else {
            line
        };
        let (line, more) = match line.strip_suffix(" \\") {
            Some(line) => (line, true),
            None => (line, false),
        };
        let line = line.trim_start();
        assert!(
            i == 0 || line.starts_with("--"),
            "at {cols} columns, a replay line starts inside a flag: {line:?}\n{all}"
        );
        words.push(line.to_owned());
        if !more {
            break;
        }
    }
    assert_eq!(
        words.join(" "),
        format!(
            "stance play korea-us-alliance --answer peninsula=status_quo \
             --answer nk_provocation=yes --answer sma=inside_sofa --answer regional_role=yes \
             --note 'peninsula={note}'"
        ),
        "at {cols} columns:\n{all}"
    );

    let inferred = transcript
        .iter()
        .find_map(|row| italic(row, "(inferred)"))
        .expect("an inferred recommendation");
    let explicit = transcript
        .iter()
        .find_map(|row| italic(row, "[explicit]"))
        .expect("an explicit recommendation");
    assert!(
        inferred && !explicit,
        "at {cols} columns, inferred in italics ({inferred}), explicit not ({explicit})"
    );
}

fn quiz_screen(cols: u16) {
    let mut screen = Screen::spawn(cols, &["quiz", "--seed", "7", "--questions", "1"]);
    screen.wait_text("Situation 1 of 1");
    screen.wait_text("1. Which response does the author recommend?");
    assert!(
        screen.contents().contains(HINT),
        "at {cols} columns, no key hint:\n{}",
        screen.contents()
    );

    // Stopping, then not: the question leaves no trace.
    screen.send(&[ESC]);
    screen.wait_text("Stop the quiz?");
    screen.send(&["n"]);
    screen.wait_text("1. Which response does the author recommend?");
    assert!(
        !screen.contents().contains("Stop the quiz?"),
        "at {cols} columns, the stop question stays:\n{}",
        screen.contents()
    );

    for number in 1..=9 {
        let prompt = format!("{number}. Which response does the author recommend?");
        screen.wait_text(&prompt);
        // The menu is drawn in full: the last option's line is there.
        screen.wait_for("the menu", |s| {
            s.rows()
                .iter()
                .skip_while(|r| !r.contains(&prompt))
                .any(|r| r.trim_start().starts_with("d)"))
        });
        let rows = screen.rows();
        let asked = rows
            .iter()
            .rposition(|r| r.contains(&prompt))
            .expect("the prompt");
        let reminder = rows[..asked]
            .iter()
            .rposition(|r| r.starts_with("  In situation 1: "));
        let feedback = rows[..asked]
            .iter()
            .rposition(|r| r.contains("Right.") || r.contains("Not quite."));
        assert!(
            reminder.is_some() && reminder > feedback,
            "at {cols} columns, item {number} has no reminder of its situation:\n{}",
            rows.join("\n")
        );
        screen.send(&[ENTER]);
    }
    screen.wait_end();
    let transcript = screen.transcript();
    let all: Vec<&str> = transcript.iter().map(|r| r.text.as_str()).collect();
    assert!(
        all.iter().any(|t| t.starts_with("Quiz result: ")),
        "{}",
        all.join("\n")
    );
    assert_eq!(
        soft_wrapped(&transcript),
        Vec::<String>::new(),
        "at {cols} columns, lines broken by the terminal, mid-word:\n{}",
        all.join("\n")
    );
}

#[test]
fn play_screen_at_60_columns() {
    play_screen(60);
}

#[test]
fn play_screen_at_100_columns() {
    play_screen(100);
}

#[test]
fn quiz_screen_at_60_columns() {
    quiz_screen(60);
}

#[test]
fn quiz_screen_at_100_columns() {
    quiz_screen(100);
}

/// The walk in Korean: the translation's texts and stance's own words, every line wrapped
/// by stance (two columns a character) and none by the terminal, the menu's lines cut to
/// fit and the stance at the end.
fn korean_play_screen(cols: u16) {
    let mut screen = Screen::spawn(cols, &["play", "--lang", "ko"]);
    screen.wait_text("한반도는 지금 어떤 상황입니까?");
    screen.wait_text("(배경 보기)");
    screen.wait_text("(그만하기)");
    let menu = screen.transcript();
    let all = menu
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(
        soft_wrapped(&menu),
        Vec::<String>::new(),
        "at {cols} columns, the question and its menu broken by the terminal:\n{all}"
    );
    assert!(
        all.contains("↑/↓ 키로 고르고"),
        "at {cols} columns, the key hint:\n{all}"
    );
    // The quit question says its default in Korean; no, and the walk goes on.
    screen.send(&[ESC]);
    screen.wait_text("이 진행을 그만둘까요?");
    screen.wait_for("the default", |s| {
        s.rows()
            .iter()
            .any(|r| r.contains("그만둘까요? (y/n) › 아니요"))
    });
    screen.send(&["n"]);
    screen.wait_for("the menu again", |s| {
        !s.contents().contains("그만둘까요?") && s.contents().contains("(그만하기)")
    });
    // The background, then each first choice to the end.
    screen.send(&[DOWN, DOWN, DOWN, ENTER]);
    screen.wait_text("해양 세력과 대륙 세력이");
    for _ in 0..6 {
        if screen.ended {
            break;
        }
        screen.send(&[ENTER]);
        std::thread::sleep(Duration::from_millis(150));
        screen.pump();
    }
    screen.wait_end();
    let transcript = screen.transcript();
    let texts: Vec<&str> = transcript.iter().map(|r| r.text.as_str()).collect();
    let all = texts.join("\n");
    assert_eq!(
        soft_wrapped(&transcript),
        Vec::<String>::new(),
        "at {cols} columns, lines broken by the terminal:\n{all}"
    );
    for expected in [
        "\u{2714} 1. 한반도는 지금 어떤 상황입니까?",
        "저자의 입장",
        "이유:",
        "다시 실행:",
    ] {
        assert!(
            all.contains(expected),
            "at {cols} columns, lacks {expected:?}:\n{all}"
        );
    }
    let heading = texts
        .iter()
        .position(|t| *t == "상황")
        .expect("the situation heading");
    assert!(texts[heading + 1].starts_with("  1. 한반도는"), "{all}");
}

#[test]
fn korean_play_screen_at_40_columns() {
    korean_play_screen(40);
}

#[test]
fn korean_play_screen_at_100_columns() {
    korean_play_screen(100);
}

/// The quiz in Korean: its words and the translation's, every line wrapped by stance and
/// none by the terminal, each item with its reminder.
fn korean_quiz_screen(cols: u16) {
    let mut screen = Screen::spawn(
        cols,
        &["quiz", "--lang", "ko", "--seed", "7", "--questions", "1"],
    );
    screen.wait_text("상황 1/1");
    for number in 1..=9 {
        let prompt = format!("{number}. 저자는 어떤 대응을 권고합니까?");
        screen.wait_text(&prompt);
        screen.wait_for("the menu", |s| {
            s.rows()
                .iter()
                .skip_while(|r| !r.contains(&prompt))
                .any(|r| r.trim_start().starts_with("b)"))
        });
        assert!(
            screen.rows().iter().any(|r| r.starts_with("  상황 1: ")),
            "at {cols} columns, item {number} has no reminder:\n{}",
            screen.contents()
        );
        screen.send(&[ENTER]);
    }
    screen.wait_end();
    let transcript = screen.transcript();
    let all: Vec<&str> = transcript.iter().map(|r| r.text.as_str()).collect();
    assert!(
        all.iter().any(|t| t.starts_with("퀴즈 결과: ")),
        "{}",
        all.join("\n")
    );
    assert!(
        all.iter()
            .any(|t| t.contains("맞았습니다.") || t.contains("아쉽습니다."))
    );
    assert_eq!(
        soft_wrapped(&transcript),
        Vec::<String>::new(),
        "at {cols} columns, lines broken by the terminal:\n{}",
        all.join("\n")
    );
}

#[test]
fn korean_quiz_screen_at_40_columns() {
    korean_quiz_screen(40);
}

#[test]
fn korean_quiz_screen_at_100_columns() {
    korean_quiz_screen(100);
}
