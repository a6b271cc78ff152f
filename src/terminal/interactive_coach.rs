//! The interactive drill: a situation, time to recall (with a countdown), the reveal, and a
//! self-grade.

use std::fmt::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use console::Key;
use dialoguer::Confirm;
use stance_core::classroom::rehearsal::Coach;
use stance_core::scenario::Scenario;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::printable::printable;
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap::wrap;
use stance_core::walk::stance::Stance;
use stance_core::walk::stop::Stop;

use crate::terminal::width::stderr_width;
use crate::terminal::{Terminal, situation_lines, terminal_error};

/// Drills on the terminal (stderr for drawing, the controlling terminal for keys).
#[derive(Debug)]
pub struct InteractiveCoach {
    ui: Terminal,
    time_limit: Option<Duration>,
    messages: Messages,
}

impl InteractiveCoach {
    /// A coach with an optional time to recall each card, in the words of `messages`.
    pub fn new(color: bool, time_limit: Option<Duration>, messages: Messages) -> Self {
        Self {
            ui: Terminal::new(color, messages),
            time_limit,
            messages,
        }
    }

    /// Waits for Enter; with a time limit, counts down on the line meanwhile.
    fn wait_for_enter(&self) -> Result<(), Stop> {
        let done = Arc::new(AtomicBool::new(false));
        let messages = self.messages;
        let countdown = self.time_limit.map(|limit| {
            let done = Arc::clone(&done);
            let term = self.ui.term.clone();
            thread::spawn(move || {
                let start = Instant::now();
                while !done.load(Ordering::Relaxed) {
                    let left = limit.saturating_sub(start.elapsed());
                    let line = if left.is_zero() {
                        format!("  {}", messages.text("drill-time-up"))
                    } else {
                        let seconds = (left.as_secs() + 1).to_string();
                        let line =
                            messages.text_with("drill-left", &[("seconds", Arg::from(seconds))]);
                        format!("  {line}")
                    };
                    let _ = term.clear_line();
                    let _ = term.write_str(&line);
                    if left.is_zero() {
                        break;
                    }
                    thread::sleep(Duration::from_millis(200));
                }
            })
        });
        if countdown.is_none() {
            let recall = format!("  {}", self.messages.text("drill-recall"));
            self.ui.write(&self.ui.paint.paint(Style::Muted, &recall))?;
        }
        loop {
            match self.ui.term.read_key() {
                Ok(Key::Enter) => break,
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    done.store(true, Ordering::Relaxed);
                    let _ = self.ui.term.show_cursor();
                    return Err(Stop::Interrupted);
                }
                Err(e) => return Err(Stop::Failed(e.to_string())),
            }
        }
        done.store(true, Ordering::Relaxed);
        if let Some(handle) = countdown {
            let _ = handle.join();
            let _ = self.ui.term.clear_line();
        }
        Ok(())
    }
}

impl Coach for InteractiveCoach {
    fn show(
        &mut self,
        scenario: &Scenario,
        number: usize,
        attempt: usize,
        stance: &Stance<'_>,
    ) -> Result<(), Stop> {
        let heading = if attempt > 1 {
            self.messages.text_with(
                "drill-card-again",
                &[
                    ("number", Arg::from(number)),
                    ("attempt", Arg::from(attempt)),
                ],
            )
        } else {
            self.messages
                .text_with("drill-card", &[("number", Arg::from(number))])
        };
        let mut out = format!("\n{}\n", self.ui.paint.paint(Style::Strong, &heading));
        out.push_str(&situation_lines(scenario, &stance.path, self.ui.paint));
        self.ui.write(&out)?;
        self.wait_for_enter()
    }

    fn reveal(&mut self, _: &Scenario, stance: &Stance<'_>) -> Result<(), Stop> {
        let width = stderr_width();
        let mut out = String::new();
        if let Some(headline) = stance.headline() {
            let _ = writeln!(
                out,
                "{}",
                self.ui.paint.paint(
                    Style::Strong,
                    &wrap(&printable(headline), width, "  ", "  ")
                )
            );
        }
        for (i, recommendation) in stance.recommendations().enumerate() {
            let number = format!("  {}. ", i + 1);
            let _ = writeln!(
                out,
                "{}",
                wrap(&printable(&recommendation.text), width, &number, "     ")
            );
            for point in &recommendation.talking_points {
                let _ = writeln!(
                    out,
                    "{}",
                    self.ui.paint.paint(
                        Style::Muted,
                        &wrap(&printable(point), width, "     - ", "       ")
                    )
                );
            }
        }
        self.ui.write(&out)
    }

    fn grade(&mut self) -> Result<bool, Stop> {
        Confirm::with_theme(self.ui.theme())
            .with_prompt(self.messages.text("drill-grade"))
            .interact_on(&self.ui.term)
            .map_err(terminal_error)
    }
}
