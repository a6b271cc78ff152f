//! The two streams of the event protocol: events written, numbered and flushed one a line;
//! commands read one line at a time, every line refused with an `error` event (and the
//! next one read) until one is a command.

use std::io::{BufRead, Read, StdinLock, StdoutLock, Write};

use stance_core::protocol::command_line::{self, CommandSet, MAX_LINE_BYTES};
use stance_core::protocol::envelope::Envelope;
use stance_core::protocol::event::{Event, StopReason, Told};
use stance_core::protocol::protocol_error::ProtocolError;
use stance_core::walk::stop::Stop;

use crate::cli::error::{EXIT_INTERRUPTED, EXIT_OK, Error, Saved};

/// Reads commands from `input` and writes events to `out`.
#[derive(Debug)]
pub struct EventChannel<R, W> {
    input: R,
    out: W,
    /// The last event's number.
    seq: u64,
    /// Why the session stopped, once a `quit` or the end of the input stopped it.
    stopped: Option<StopReason>,
}

/// The channel of `--events`: standard input and output.
pub type Stdio = EventChannel<StdinLock<'static>, StdoutLock<'static>>;

impl Stdio {
    /// Commands from standard input, events to standard output.
    pub fn stdio() -> Self {
        Self::new(std::io::stdin().lock(), std::io::stdout().lock())
    }
}

impl<R: BufRead, W: Write> EventChannel<R, W> {
    /// A channel with no event written yet.
    pub fn new(input: R, out: W) -> Self {
        Self {
            input,
            out,
            seq: 0,
            stopped: None,
        }
    }

    /// Writes `event` as the next line, and flushes it.
    pub fn send(&mut self, event: impl Into<Event>) -> Result<(), Stop> {
        self.seq += 1;
        let mut line = Envelope::new(self.seq, event.into()).line();
        line.push('\n');
        self.out
            .write_all(line.as_bytes())
            .and_then(|()| self.out.flush())
            .map_err(|e| Stop::Failed(format!("cannot write an event: {e}")))
    }

    /// The next command; `None` (the session stopped) at the end of the input. Blank lines
    /// are passed over; every other line that is not a command is answered with an `error`
    /// event.
    pub fn command<C: CommandSet>(&mut self) -> Result<Option<C>, Stop> {
        loop {
            let line = self
                .read_line()
                .map_err(|e| Stop::Failed(format!("cannot read a command: {e}")))?;
            let parsed = match line {
                None => {
                    self.stopped = Some(StopReason::EndOfInput);
                    return Ok(None);
                }
                Some(Ok(line)) if line.trim_ascii().is_empty() => continue,
                Some(Ok(line)) => command_line::parse::<C>(&line),
                Some(Err(error)) => Err(error),
            };
            match parsed {
                Ok(command) => return Ok(Some(command)),
                Err(error) => self.send(error)?,
            }
        }
    }

    /// Notes that a `quit` stopped the session.
    pub fn quit(&mut self) {
        self.stopped = Some(StopReason::Quit);
    }

    /// Why the session stopped, if it did.
    pub fn stopped(&self) -> Option<StopReason> {
        self.stopped
    }

    /// Ends the session with its last event: `done`'s of what it gave, or `stopped` (why,
    /// and the record that keeps the answers so far) when it stopped before its end, with
    /// exit code 130 and nothing on stderr. Any other error is the command's to say.
    pub fn finish<T>(
        &mut self,
        outcome: Result<T, Error>,
        done: impl FnOnce(T) -> Told,
        saved: &Saved,
    ) -> Result<i32, Error> {
        match outcome {
            Ok(value) => {
                self.send(done(value))?;
                Ok(EXIT_OK)
            }
            Err(Error::Stopped { .. }) => self.stop(saved),
            Err(error) => Err(error),
        }
    }

    /// Ends the session before its end with a `stopped` event (why, and the record that
    /// keeps the answers so far): exit code 130, and nothing on stderr.
    pub fn stop(&mut self, saved: &Saved) -> Result<i32, Error> {
        let reason = self.stopped.unwrap_or(StopReason::Quit);
        self.send(Told::Stopped {
            reason,
            saved: saved.record.clone(),
        })?;
        Ok(EXIT_INTERRUPTED)
    }

    /// One line without its line ending, at most [`MAX_LINE_BYTES`] long; a longer one is
    /// read to its end and refused. `None` at the end of the input.
    fn read_line(&mut self) -> std::io::Result<Option<Result<Vec<u8>, ProtocolError>>> {
        let mut line = Vec::new();
        let limit = u64::try_from(MAX_LINE_BYTES).unwrap_or(u64::MAX) + 1;
        if (&mut self.input).take(limit).read_until(b'\n', &mut line)? == 0 {
            return Ok(None);
        }
        if line.last() == Some(&b'\n') {
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
        } else if line.len() > MAX_LINE_BYTES {
            self.skip_line()?;
            return Ok(Some(Err(command_line::too_long())));
        }
        Ok(Some(Ok(line)))
    }

    /// Reads past the rest of the line, holding none of it.
    fn skip_line(&mut self) -> std::io::Result<()> {
        loop {
            let buffer = self.input.fill_buf()?;
            if buffer.is_empty() {
                return Ok(());
            }
            if let Some(end) = buffer.iter().position(|&b| b == b'\n') {
                self.input.consume(end + 1);
                return Ok(());
            }
            let read = buffer.len();
            self.input.consume(read);
        }
    }
}

#[cfg(test)]
mod tests {
    use stance_core::protocol::command_line::MAX_LINE_BYTES;
    use stance_core::protocol::event::StopReason;
    use stance_core::protocol::play_command::PlayCommand;

    use super::EventChannel;

    #[test]
    fn bad_lines_are_refused_one_event_each_and_the_end_stops() {
        let huge = "x".repeat(MAX_LINE_BYTES + 10);
        let input = format!("\n{{\n{huge}\n  \r\n{{\"type\":\"back\"}}\r\n{{\"type\":\"quit\"}}");
        let mut out = Vec::new();
        let mut channel = EventChannel::new(input.as_bytes(), &mut out);
        assert_eq!(
            channel.command::<PlayCommand>().expect("reads"),
            Some(PlayCommand::Back {})
        );
        assert_eq!(
            channel.command::<PlayCommand>().expect("reads"),
            Some(PlayCommand::Quit {}),
            "a last line without a newline is a line"
        );
        assert_eq!(channel.stopped(), None);
        assert_eq!(channel.command::<PlayCommand>().expect("reads"), None);
        assert_eq!(channel.stopped(), Some(StopReason::EndOfInput));
        let written = String::from_utf8(out).expect("UTF-8");
        let lines: Vec<&str> = written.lines().collect();
        assert_eq!(lines.len(), 2, "{written}");
        assert!(
            lines[0].starts_with(r#"{"v":1,"seq":1,"type":"error","code":"bad_json""#),
            "{}",
            lines[0]
        );
        assert!(
            lines[1].starts_with(r#"{"v":1,"seq":2,"type":"error","code":"line_too_long""#),
            "{}",
            lines[1]
        );
    }
}
