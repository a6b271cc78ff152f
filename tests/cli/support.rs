//! A small builder around the real executable.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A complete walk of the built-in scenario as `--answer` flags: still divided, no serious
/// provocation, cost-sharing inside SOFA, no pressure for a wider regional role.
pub const STATUS_QUO_WALK: [&str; 8] = [
    "-a",
    "peninsula=status_quo",
    "-a",
    "nk_provocation=no",
    "-a",
    "sma=inside_sofa",
    "-a",
    "regional_role=no",
];

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under `tests/fixtures`.
pub fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// The essay the built-in scenario encodes, when it is beside this checkout. It is not part
/// of the repository (only one-sentence quotes from it are), so a clone on its own has no
/// copy; `.ci/run` checks every quote against it where it is.
pub fn essay() -> Option<String> {
    let path = root().join("../shared/seeds/000_e4733addc5630eda.txt");
    path.is_file().then(|| path.display().to_string())
}

/// One run of `stance`, being set up.
pub struct Run {
    command: Command,
    stdin: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

/// `stance ARGS…`, run in an empty temporary folder with a clean colour environment.
pub fn stance<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut command = Command::cargo_bin("stance").expect("the binary is built");
    command
        .args(args)
        .current_dir(dir.path())
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("TERM", "xterm-256color");
    // The language too: a developer's Korean locale must not change what tests see.
    for name in ["STANCE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "ACCESSIBLE"] {
        command.env_remove(name);
    }
    Run {
        command,
        stdin: None,
        _dir: Some(dir),
    }
}

impl Run {
    /// Runs in `dir` instead of an empty folder.
    pub fn current_dir(mut self, dir: &Path) -> Self {
        self.command.current_dir(dir);
        self
    }

    /// Sets an environment variable.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.command.env(key, value);
        self
    }

    /// Kills the run, and fails the test, if it takes longer than `seconds`: for what used
    /// to hang.
    pub fn timeout(mut self, seconds: u64) -> Self {
        self.command
            .timeout(std::time::Duration::from_secs(seconds));
        self
    }

    /// Feeds `text` on stdin.
    pub fn stdin(mut self, text: &str) -> Self {
        self.stdin = Some(text.to_owned());
        self
    }

    /// Runs and collects the outcome.
    pub fn run(mut self) -> Done {
        if let Some(text) = self.stdin {
            self.command.write_stdin(text);
        }
        let output = self.command.output().expect("stance runs");
        Done {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
            stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
        }
    }
}

/// What a finished run printed and returned.
#[derive(Debug)]
pub struct Done {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Done {
    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn code(self, expected: i32) -> Self {
        assert_eq!(
            self.code, expected,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts success.
    #[track_caller]
    pub fn ok(self) -> Self {
        self.code(0)
    }

    /// Parses stdout as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// Asserts stderr contains `text`.
    #[track_caller]
    pub fn stderr_has(self, text: &str) -> Self {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr
        );
        self
    }

    /// Asserts stdout contains `text`.
    #[track_caller]
    pub fn stdout_has(self, text: &str) -> Self {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}:\n{}",
            self.stdout
        );
        self
    }
}

/// `stance ARGS…` driven through the event protocol, as another program drives it:
/// commands written to its standard input one line at a time, events read from its
/// standard output as they come.
pub struct Driven {
    child: std::process::Child,
    stdin: Option<std::process::ChildStdin>,
    events: std::sync::mpsc::Receiver<String>,
    /// Every event line read so far.
    pub lines: Vec<String>,
    dir: tempfile::TempDir,
}

impl Driven {
    /// Starts `stance ARGS…` in an empty temporary folder.
    pub fn spawn<I, S>(args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        use std::io::BufRead;
        use std::process::Stdio;
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("stance"))
            .args(args)
            .current_dir(dir.path())
            .env_remove("ACCESSIBLE")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("stance starts");
        let stdout = child.stdout.take().expect("piped");
        let (send, events) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Self {
            stdin: child.stdin.take(),
            child,
            events,
            lines: Vec::new(),
            dir,
        }
    }

    /// The folder it runs in.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The next event; fails the test when none comes within 20 seconds, or the output
    /// ends. Checks the envelope: version 1, and numbers counting from 1 without a gap.
    pub fn next(&mut self) -> serde_json::Value {
        let line = self
            .events
            .recv_timeout(std::time::Duration::from_secs(20))
            .unwrap_or_else(|e| panic!("no event after {:?}: {e}", self.lines));
        let event: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        self.lines.push(line);
        assert_eq!(event["v"], 1, "{event}");
        assert_eq!(event["seq"], self.lines.len(), "{event}");
        event
    }

    /// The next event, which must be of type `kind`.
    pub fn expect(&mut self, kind: &str) -> serde_json::Value {
        let event = self.next();
        assert_eq!(event["type"], kind, "{event}");
        event
    }

    /// Writes `command` and a newline.
    pub fn send(&mut self, command: &str) {
        use std::io::Write;
        let stdin = self.stdin.as_mut().expect("standard input is open");
        stdin
            .write_all(format!("{command}\n").as_bytes())
            .and_then(|()| stdin.flush())
            .expect("the command is written");
    }

    /// Closes standard input: the end of the commands.
    pub fn close(&mut self) {
        self.stdin = None;
    }

    /// Waits for the exit; the exit code, what was left on stdout, stderr, and the folder
    /// it ran in, kept.
    pub fn finish(mut self) -> (i32, Vec<String>, String, tempfile::TempDir) {
        use std::io::Read;
        self.close();
        let status = self.child.wait().expect("stance exits");
        let rest: Vec<String> = self.events.iter().collect();
        let mut stderr = String::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            pipe.read_to_string(&mut stderr).expect("UTF-8 stderr");
        }
        (status.code().unwrap_or(-1), rest, stderr, self.dir)
    }
}
