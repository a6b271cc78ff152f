//! The accessible plain quiz: each situation and item said once, in order, its options
//! lettered, the answer typed as a letter (or a recommendation's id) and Enter. Nothing is
//! redrawn, coloured or decorated, and a pipe drives it as well as a terminal.

use std::fmt::Write as _;
use std::io::{BufRead, Write};

use stance_core::classroom::examiner::Examiner;
use stance_core::classroom::quiz_items::{Item, Situation};
use stance_core::classroom::responses::letter;
use stance_core::classroom::role::Role;
use stance_core::scenario::Scenario;
use stance_core::scenario::index::RecommendationIx;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::printable::one_line;
use stance_core::walk::step::Step;
use stance_core::walk::stop::Stop;

use crate::terminal::plain_lines::PlainLines;
use crate::terminal::plain_prompter::{from_the_essay, is_yes};

/// An examiner that says each item on `out` and reads the answers, a line at a time, from
/// `input`.
#[derive(Debug)]
pub struct PlainExaminer<R, W> {
    lines: PlainLines<R, W>,
    messages: Messages,
    role: Role,
    /// The situation's lines, said again on `?`.
    situation: String,
    /// Whether the help line has been said.
    helped: bool,
}

impl<R: BufRead, W: Write> PlainExaminer<R, W> {
    /// Asks on `out`, reading from `input`, showing what `role` may see.
    pub fn new(input: R, out: W, role: Role, messages: Messages) -> Self {
        Self {
            lines: PlainLines::new(input, out),
            messages,
            role,
            situation: String::new(),
            helped: false,
        }
    }
}

/// A walk's answers, a line each: the question, then its answer.
pub fn path_lines(scenario: &Scenario, path: &[Step], messages: Messages) -> String {
    let mut out = String::new();
    for step in path {
        let question = &scenario.questions[step.question];
        let line = messages.text_with(
            "plain-path-step",
            &[
                ("prompt", Arg::from(one_line(&question.prompt).into_owned())),
                (
                    "label",
                    Arg::from(one_line(&question.choices[step.choice].label).into_owned()),
                ),
            ],
        );
        let _ = writeln!(out, "{line}");
    }
    out
}

/// Which option a typed answer names: its letter, its recommendation's id, or its number
/// from 1.
fn pick(typed: &str, scenario: &Scenario, item: &Item) -> Option<RecommendationIx> {
    item.option_named(scenario, typed).or_else(|| {
        let n: usize = typed.parse().ok()?;
        item.options.get(n.checked_sub(1)?).copied()
    })
}

impl<R: BufRead, W: Write> Examiner for PlainExaminer<R, W> {
    fn situation(
        &mut self,
        scenario: &Scenario,
        number: usize,
        total: usize,
        situation: &Situation,
    ) -> Result<(), Stop> {
        let m = self.messages;
        let heading = m.text_with(
            "plain-situation",
            &[("number", Arg::from(number)), ("total", Arg::from(total))],
        );
        self.situation = format!("{heading}\n{}", path_lines(scenario, &situation.path, m));
        let mut out = String::new();
        if !self.helped {
            self.helped = true;
            let _ = writeln!(out, "{}", m.text("plain-quiz-help"));
        }
        let _ = write!(out, "\n{}", self.situation);
        self.lines.say(&out)
    }

    fn ask(
        &mut self,
        scenario: &Scenario,
        situation: &Situation,
        item: &Item,
        number: usize,
    ) -> Result<Option<RecommendationIx>, Stop> {
        let m = self.messages;
        let mut out = String::new();
        // The answer the item is about, said as the situation says it, with no arrow.
        let given = match item.source.and_then(|i| situation.path.get(i)) {
            Some(step) => path_lines(scenario, std::slice::from_ref(step), m)
                .trim_end()
                .to_owned(),
            None => m.text("quiz-at-the-end"),
        };
        let _ = writeln!(
            out,
            "\n{}",
            m.text_with("plain-item", &[("number", Arg::from(number))])
        );
        let _ = writeln!(
            out,
            "{}",
            m.text_with("quiz-given", &[("situation", Arg::from(given))])
        );
        for (i, &r) in item.options.iter().enumerate() {
            let mut text = one_line(&scenario.recommendations[r].text).into_owned();
            if self.role.is_facilitator() && r == item.answer {
                let _ = write!(text, " {}", m.text("plain-option-authors"));
            }
            let _ = writeln!(out, "{}) {text}", letter(i));
        }
        self.lines.say(&out)?;
        loop {
            self.lines
                .say(&format!("{} ", m.text("plain-your-answer")))?;
            let Some(typed) = self.lines.line()? else {
                return Err(Stop::Script(m.text_with(
                    "plain-quiz-input-ended",
                    &[("number", Arg::from(number))],
                )));
            };
            match typed.as_str() {
                "?" => {
                    let again = self.situation.clone();
                    self.lines.say(&again)?;
                }
                "q" | "Q" => {
                    self.lines
                        .say(&format!("{} ", m.text("plain-quiz-confirm")))?;
                    if self.lines.line()?.is_some_and(|answer| is_yes(&answer, m)) {
                        return Err(Stop::Quit);
                    }
                    self.lines.say(&format!("{}\n", m.text("plain-going-on")))?;
                }
                _ => {
                    if let Some(r) = pick(&typed, scenario, item) {
                        let text = one_line(&scenario.recommendations[r].text).into_owned();
                        let answered = m.text_with("plain-answered", &[("label", Arg::from(text))]);
                        self.lines.say(&format!("{answered}\n"))?;
                        return Ok(Some(r));
                    }
                    let last = letter(item.options.len().saturating_sub(1)).to_string();
                    let hint = m.text_with("plain-quiz-unknown", &[("last", Arg::from(last))]);
                    self.lines.say(&format!("{hint}\n"))?;
                }
            }
        }
    }

    fn feedback(
        &mut self,
        scenario: &Scenario,
        item: &Item,
        picked: Option<RecommendationIx>,
    ) -> Result<(), Stop> {
        let m = self.messages;
        let answer = &scenario.recommendations[item.answer];
        let mut out = String::new();
        if picked == Some(item.answer) {
            let _ = writeln!(out, "{}", m.text("plain-right"));
        } else {
            let text = one_line(&answer.text).into_owned();
            let _ = writeln!(
                out,
                "{}",
                m.text_with("plain-not-quite", &[("text", Arg::from(text))])
            );
        }
        let why = one_line(&answer.rationale).into_owned();
        let _ = writeln!(
            out,
            "{}",
            m.text_with("stance-why", &[("rationale", Arg::from(why))])
        );
        for cite in &answer.cites {
            let _ = writeln!(out, "{}", from_the_essay(cite, m));
        }
        self.lines.say(&out)
    }
}

#[cfg(test)]
mod tests {
    use stance_core::check::analyser::built_in_scenario;
    use stance_core::classroom::examiner::Examiner;
    use stance_core::classroom::quiz_items;
    use stance_core::classroom::role::Role;
    use stance_core::text::messages::Messages;
    use stance_core::walk::stop::Stop;

    use super::PlainExaminer;

    #[test]
    fn typed_letters_ids_and_keys_answer_or_stop_and_every_line_is_plain() {
        let scenario = built_in_scenario();
        let situations = quiz_items::draw(&scenario, 7, 1);
        let situation = &situations[0];
        let item = &situation.items[0];
        let second = item.options[1];
        let id = scenario.recommendations[second].id.clone();
        let cases: [(String, Result<Option<_>, Stop>); 4] = [
            ("B\n".to_owned(), Ok(Some(second))),
            (format!("zz\n?\n{id}\n"), Ok(Some(second))),
            ("q\nno\n2\n".to_owned(), Ok(Some(second))),
            ("q\ny\n".to_owned(), Err(Stop::Quit)),
        ];
        for (typed, expected) in cases {
            let mut out = Vec::new();
            let mut examiner = PlainExaminer::new(
                typed.as_bytes(),
                &mut out,
                Role::Participant,
                Messages::english(),
            );
            examiner
                .situation(&scenario, 1, 1, situation)
                .expect("said");
            let got = examiner.ask(&scenario, situation, item, 1);
            assert_eq!(got, expected, "{typed:?}");
            let said = String::from_utf8(out).expect("UTF-8");
            assert!(
                said.contains("Item 1: Which response does the author recommend?"),
                "{said}"
            );
            assert!(said.contains("\na) "), "{said}");
            assert!(!said.contains('\u{1b}'), "{said:?}");
        }
        let mut out = Vec::new();
        let mut examiner = PlainExaminer::new(
            "".as_bytes(),
            &mut out,
            Role::Participant,
            Messages::english(),
        );
        assert!(matches!(
            examiner.ask(&scenario, situation, item, 3),
            Err(Stop::Script(message)) if message.contains("item 3")
        ));
    }
}
