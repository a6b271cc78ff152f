//! The accessible plain walk: numbered, append-only prompts a screen reader reads in order,
//! answered by typing a number or an id and Enter. Nothing is redrawn or moved, and nothing
//! but text is written: no colour, no cursor movement, no decorative glyph. It reads lines,
//! so a pipe drives it as well as a terminal.

use std::fmt::Write as _;
use std::io::{BufRead, Write};

use stance_core::scenario::Scenario;
use stance_core::scenario::index::{ChoiceIx, QuestionIx};
use stance_core::text::citation;
use stance_core::text::messages::Messages;
use stance_core::text::printable::one_line;
use stance_core::walk::prompter::{Action, Prompter};
use stance_core::walk::step::Step;
use stance_core::walk::stop::Stop;

/// What the plain walk says once, before the first question.
const HELP: &str = "Type the number or the id of a choice and press Enter. Also: b to go back, ? for the background, n for a note, q to quit.";

/// A prompter that asks on `out` and reads answers, a line at a time, from `input`.
#[derive(Debug)]
pub struct PlainPrompter<R, W> {
    input: R,
    out: W,
    /// Whether the help line has been said.
    helped: bool,
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    /// Asks on `out`, reading from `input`.
    pub fn new(input: R, out: W) -> Self {
        Self {
            input,
            out,
            helped: false,
        }
    }

    fn say(&mut self, text: &str) -> Result<(), Stop> {
        self.out
            .write_all(text.as_bytes())
            .and_then(|()| self.out.flush())
            .map_err(|e| Stop::Failed(e.to_string()))
    }

    /// The next line typed, trimmed; `None` at the end of the input.
    fn line(&mut self) -> Result<Option<String>, Stop> {
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line.trim().to_owned())),
            Err(e) => Err(Stop::Failed(e.to_string())),
        }
    }
}

/// What a typed answer asks for.
#[derive(Debug, PartialEq, Eq)]
enum Typed {
    Choice(ChoiceIx),
    Back,
    Background,
    Note,
    Quit,
    Unknown,
}

/// Reads what was typed at a question offering `available`: a number from 1, a choice's id,
/// or one of the keys of the help line.
fn read(typed: &str, scenario: &Scenario, question: QuestionIx, available: &[ChoiceIx]) -> Typed {
    match typed {
        "b" | "B" => return Typed::Back,
        "?" => return Typed::Background,
        "n" | "N" => return Typed::Note,
        "q" | "Q" => return Typed::Quit,
        _ => {}
    }
    if let Some(&c) = typed
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| available.get(i))
    {
        return Typed::Choice(c);
    }
    let choices = &scenario.questions[question].choices;
    available
        .iter()
        .find(|&&c| choices[c].id == typed)
        .map_or(Typed::Unknown, |&c| Typed::Choice(c))
}

impl<R: BufRead, W: Write> Prompter for PlainPrompter<R, W> {
    fn ask(
        &mut self,
        scenario: &Scenario,
        question_ix: QuestionIx,
        available: &[ChoiceIx],
        steps: &[Step],
    ) -> Result<Action, Stop> {
        let question = &scenario.questions[question_ix];
        let mut shown = String::new();
        if !self.helped {
            self.helped = true;
            let _ = writeln!(shown, "{HELP}");
        }
        let _ = writeln!(
            shown,
            "\nQuestion {}: {}",
            steps.len() + 1,
            one_line(&question.prompt)
        );
        for (n, &c) in available.iter().enumerate() {
            let _ = writeln!(shown, "{}. {}", n + 1, one_line(&question.choices[c].label));
        }
        self.say(&shown)?;
        loop {
            self.say("Your answer: ")?;
            let Some(typed) = self.line()? else {
                // A pipe that ends before the walk does: what is missing is said as for
                // answers given with flags.
                return Err(Stop::Script(format!(
                    "the input ended at question {}, `{}`, before the walk did",
                    steps.len() + 1,
                    question.id
                )));
            };
            match read(&typed, scenario, question_ix, available) {
                Typed::Choice(c) => {
                    self.say(&format!(
                        "Answered: {}\n",
                        one_line(&question.choices[c].label)
                    ))?;
                    return Ok(Action::Choose(c));
                }
                Typed::Back if steps.is_empty() => {
                    self.say("This is the first question; there is nothing to go back to.\n")?;
                }
                Typed::Back => {
                    self.say("Going back to the previous question; its answer is undone.\n")?;
                    return Ok(Action::Back);
                }
                Typed::Background => {
                    let mut text = String::new();
                    match &question.context {
                        Some(context) => {
                            let _ = writeln!(text, "Background: {}", one_line(context));
                        }
                        None => text.push_str("This question has no background.\n"),
                    }
                    for cite in &question.cites {
                        let _ = writeln!(
                            text,
                            "From the essay: {}",
                            one_line(&citation::of(cite, Messages::english()))
                        );
                    }
                    self.say(&text)?;
                }
                Typed::Note => {
                    self.say("Your note on this question (Enter for none): ")?;
                    let note = self.line()?.unwrap_or_default();
                    if note.is_empty() {
                        self.say("No note kept.\n")?;
                    } else {
                        self.say("Note kept.\n")?;
                        return Ok(Action::Note(note));
                    }
                }
                Typed::Quit => {
                    self.say("Quit this walk? Type y and Enter to quit, anything else to stay: ")?;
                    if self
                        .line()?
                        .is_some_and(|answer| answer.eq_ignore_ascii_case("y"))
                    {
                        return Ok(Action::Quit);
                    }
                    self.say("Staying at this question.\n")?;
                }
                Typed::Unknown => {
                    let ids: Vec<&str> = available
                        .iter()
                        .map(|&c| question.choices[c].id.as_str())
                        .collect();
                    self.say(&format!(
                        "Type a number from 1 to {}, a choice's id ({}), or b, ?, n or q.\n",
                        available.len(),
                        ids.join(", ")
                    ))?;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use stance_core::check::analyser::built_in_scenario;
    use stance_core::walk::prompter::{Action, Prompter};

    use super::PlainPrompter;
    use stance_core::scenario::index::{ChoiceIx, QuestionIx};

    #[test]
    fn typed_lines_become_actions_and_every_line_is_plain_text() {
        let scenario = built_in_scenario();
        let start = scenario.start;
        let all: Vec<ChoiceIx> = ChoiceIx::all(scenario.questions[start].choices.len()).collect();
        // (what is typed, the action it ends in)
        let cases: [(&str, Action); 5] = [
            ("2\n", Action::Choose(all[1])),
            ("status_quo\n", Action::Choose(all[0])),
            ("x\n?\n3\n", Action::Choose(all[2])),
            ("n\nmine\n", Action::Note("mine".to_owned())),
            ("q\nno\nq\ny\n", Action::Quit),
        ];
        for (typed, expected) in cases {
            let mut out = Vec::new();
            let mut prompter = PlainPrompter::new(typed.as_bytes(), &mut out);
            let action = prompter.ask(&scenario, start, &all, &[]).expect(typed);
            assert_eq!(action, expected, "{typed:?}");
            let shown = String::from_utf8(out).expect("UTF-8");
            assert!(shown.starts_with("Type the number or the id"), "{shown}");
            assert!(!shown.contains('\u{1b}'), "{shown}");
            assert!(shown.contains("\n1. Still divided"), "{shown}");
        }
        let mut out = Vec::new();
        let mut prompter = PlainPrompter::new("".as_bytes(), &mut out);
        let stopped = prompter
            .ask(&scenario, QuestionIx::new(0), &all, &[])
            .expect_err("ends");
        assert!(
            stopped
                .to_string()
                .contains("the input ended at question 1"),
            "{stopped}"
        );
    }
}
