//! The accessible plain drill: each card's situation said once, Enter to hear the author's
//! stance, then `y` or `n` for whether it was recalled. Nothing is redrawn: with a time limit,
//! the limit is said, not counted down.

use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::time::Duration;

use stance_core::classroom::rehearsal::Coach;
use stance_core::scenario::Scenario;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::printable::one_line;
use stance_core::walk::stance::Stance;
use stance_core::walk::stop::Stop;

use crate::terminal::plain_examiner::path_lines;
use crate::terminal::plain_lines::PlainLines;
use crate::terminal::plain_prompter::is_yes;

/// A coach that says each card on `out` and reads Enter and the grades, a line at a time,
/// from `input`.
#[derive(Debug)]
pub struct PlainCoach<R, W> {
    lines: PlainLines<R, W>,
    messages: Messages,
    time_limit: Option<Duration>,
    /// The card being drilled, for the message when the input ends.
    card: usize,
}

impl<R: BufRead, W: Write> PlainCoach<R, W> {
    /// Asks on `out`, reading from `input`; a time limit is said with each card.
    pub fn new(input: R, out: W, time_limit: Option<Duration>, messages: Messages) -> Self {
        Self {
            lines: PlainLines::new(input, out),
            messages,
            time_limit,
            card: 0,
        }
    }

    /// The next line, or the stop an ended input means.
    fn line(&mut self) -> Result<String, Stop> {
        let number = self.card;
        self.lines.line()?.ok_or_else(|| {
            Stop::Script(
                self.messages
                    .text_with("plain-drill-input-ended", &[("number", Arg::from(number))]),
            )
        })
    }
}

impl<R: BufRead, W: Write> Coach for PlainCoach<R, W> {
    fn show(
        &mut self,
        scenario: &Scenario,
        number: usize,
        attempt: usize,
        stance: &Stance<'_>,
    ) -> Result<(), Stop> {
        let m = self.messages;
        self.card = number;
        let heading = if attempt > 1 {
            m.text_with(
                "plain-card-again",
                &[
                    ("number", Arg::from(number)),
                    ("attempt", Arg::from(attempt)),
                ],
            )
        } else {
            m.text_with("plain-card", &[("number", Arg::from(number))])
        };
        let recall = match self.time_limit {
            Some(limit) => m.text_with(
                "plain-recall-timed",
                &[("seconds", Arg::from(limit.as_secs().to_string()))],
            ),
            None => m.text("plain-recall"),
        };
        let situation = path_lines(scenario, &stance.path, m);
        self.lines
            .say(&format!("\n{heading}\n{situation}{recall}\n"))?;
        let typed = self.line()?;
        if typed.eq_ignore_ascii_case("q") {
            return Err(Stop::Quit);
        }
        Ok(())
    }

    fn reveal(&mut self, _: &Scenario, stance: &Stance<'_>) -> Result<(), Stop> {
        let m = self.messages;
        let mut out = format!("{}\n", m.text("plain-stance"));
        if let Some(headline) = stance.headline() {
            let _ = writeln!(out, "{}", one_line(headline));
        }
        for (i, recommendation) in stance.recommendations().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, one_line(&recommendation.text));
            for point in &recommendation.talking_points {
                let _ = writeln!(out, "{}", one_line(point));
            }
        }
        self.lines.say(&out)
    }

    fn grade(&mut self) -> Result<bool, Stop> {
        let m = self.messages;
        self.lines.say(&format!("{} ", m.text("plain-grade")))?;
        loop {
            let typed = self.line()?;
            if is_yes(&typed, m) {
                return Ok(true);
            }
            if typed.eq_ignore_ascii_case("n")
                || typed.eq_ignore_ascii_case("no")
                || typed == m.text("plain-no-word")
            {
                return Ok(false);
            }
            if typed.eq_ignore_ascii_case("q") {
                return Err(Stop::Quit);
            }
            self.lines
                .say(&format!("{} ", m.text("plain-grade-again")))?;
        }
    }
}

#[cfg(test)]
mod tests {
    use stance_core::check::analyser::built_in_scenario;
    use stance_core::classroom::rehearsal::{self, Coach};
    use stance_core::text::messages::Messages;
    use stance_core::walk::Walk;
    use stance_core::walk::stop::Stop;

    use super::PlainCoach;

    #[test]
    fn enter_reveals_and_y_or_n_grades_and_every_line_is_plain() {
        let scenario = built_in_scenario();
        let cards = rehearsal::cards(&scenario, 3, 1);
        let mut walk = Walk::new(&scenario);
        for step in &cards[0] {
            walk.answer(step.choice);
        }
        let stance = &walk.stance(Vec::new()).expect("a card is a whole walk");
        let cases: [(&str, Result<bool, Stop>); 4] = [
            ("\ny\n", Ok(true)),
            ("\nmaybe\nn\n", Ok(false)),
            ("\nq\n", Err(Stop::Quit)),
            (
                "\n",
                Err(Stop::Script(
                    "the input ended at card 1, before the drill did".to_owned(),
                )),
            ),
        ];
        for (typed, expected) in cases {
            let mut out = Vec::new();
            let mut coach = PlainCoach::new(typed.as_bytes(), &mut out, None, Messages::english());
            coach.show(&scenario, 1, 1, stance).expect("shown");
            coach.reveal(&scenario, stance).expect("revealed");
            assert_eq!(coach.grade(), expected, "{typed:?}");
            let said = String::from_utf8(out).expect("UTF-8");
            assert!(said.starts_with("\nCard 1:\n"), "{said}");
            assert!(
                said.contains("The author's stance:\n") && said.contains("\n1. "),
                "{said}"
            );
            assert!(!said.contains('\u{1b}'), "{said:?}");
        }
    }
}
