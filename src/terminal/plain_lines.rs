//! The plain front ends' conversation: text said on one stream, answers read a line at a time
//! from another, so that a screen reader reads everything once, in order, and a pipe or an
//! expect-style script drives it as well as a person at a terminal.

use std::io::{BufRead, Write};

use stance_core::walk::stop::Stop;

/// Says on `out` and reads lines from `input`.
#[derive(Debug)]
pub struct PlainLines<R, W> {
    input: R,
    out: W,
}

impl<R: BufRead, W: Write> PlainLines<R, W> {
    /// Says on `out`, reading from `input`.
    pub fn new(input: R, out: W) -> Self {
        Self { input, out }
    }

    /// Writes `text` as it is, flushed, so that a prompt is seen before the answer is typed.
    pub fn say(&mut self, text: &str) -> Result<(), Stop> {
        self.out
            .write_all(text.as_bytes())
            .and_then(|()| self.out.flush())
            .map_err(|e| Stop::Failed(e.to_string()))
    }

    /// The next line typed, trimmed; `None` at the end of the input.
    pub fn line(&mut self) -> Result<Option<String>, Stop> {
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line.trim().to_owned())),
            Err(e) => Err(Stop::Failed(e.to_string())),
        }
    }
}

/// Whether the plain mode is asked for: `--plain`, or the environment variable `ACCESSIBLE`
/// set to anything but nothing (the convention of charmbracelet/huh).
pub fn wanted(flag: bool) -> bool {
    flag || std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty())
}
