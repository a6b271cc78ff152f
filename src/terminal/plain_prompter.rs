//! The accessible plain walk: numbered, append-only prompts a screen reader reads in order,
//! answered by typing a number or an id and Enter. Nothing is redrawn or moved, and nothing
//! but text is written: no colour, no cursor movement, no decorative glyph. It reads lines,
//! so a pipe drives it as well as a terminal.

use std::fmt::Write as _;
use std::io::{BufRead, Write};

use stance_core::scenario::index::{ChoiceIx, QuestionIx};
use stance_core::scenario::{Cite, Scenario};
use stance_core::text::citation;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::printable::one_line;
use stance_core::walk::prompter::{Action, Prompter};
use stance_core::walk::step::Step;
use stance_core::walk::stop::Stop;

use crate::terminal::plain_lines::PlainLines;

/// A prompter that asks on `out` and reads answers, a line at a time, from `input`.
#[derive(Debug)]
pub struct PlainPrompter<R, W> {
    lines: PlainLines<R, W>,
    messages: Messages,
    /// Whether the help line has been said.
    helped: bool,
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    /// Asks on `out`, reading from `input`, in the words of `messages`.
    pub fn new(input: R, out: W, messages: Messages) -> Self {
        Self {
            lines: PlainLines::new(input, out),
            messages,
            helped: false,
        }
    }

    fn say(&mut self, text: &str) -> Result<(), Stop> {
        self.lines.say(text)
    }

    fn line(&mut self) -> Result<Option<String>, Stop> {
        self.lines.line()
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
        let m = self.messages;
        let mut shown = String::new();
        if !self.helped {
            self.helped = true;
            let _ = writeln!(shown, "{}", m.text("plain-walk-help"));
        }
        let heading = m.text_with(
            "plain-question",
            &[
                ("number", Arg::from(steps.len() + 1)),
                ("prompt", Arg::from(one_line(&question.prompt).into_owned())),
            ],
        );
        let _ = writeln!(shown, "\n{heading}");
        for (n, &c) in available.iter().enumerate() {
            let _ = writeln!(shown, "{}. {}", n + 1, one_line(&question.choices[c].label));
        }
        self.say(&shown)?;
        loop {
            self.say(&format!("{} ", m.text("plain-your-answer")))?;
            let Some(typed) = self.line()? else {
                // A pipe that ends before the walk does: what is missing is said as for
                // answers given with flags.
                return Err(Stop::Script(m.text_with(
                    "plain-input-ended",
                    &[
                        ("number", Arg::from(steps.len() + 1)),
                        ("id", Arg::from(question.id.as_str())),
                    ],
                )));
            };
            match read(&typed, scenario, question_ix, available) {
                Typed::Choice(c) => {
                    let label = one_line(&question.choices[c].label).into_owned();
                    self.say(&format!(
                        "{}\n",
                        m.text_with("plain-answered", &[("label", Arg::from(label))])
                    ))?;
                    return Ok(Action::Choose(c));
                }
                Typed::Back if steps.is_empty() => {
                    self.say(&format!("{}\n", m.text("plain-nothing-to-undo")))?;
                }
                Typed::Back => {
                    self.say(&format!("{}\n", m.text("plain-going-back")))?;
                    return Ok(Action::Back);
                }
                Typed::Background => {
                    let mut text = String::new();
                    match &question.context {
                        Some(context) => {
                            let context = one_line(context).into_owned();
                            let line =
                                m.text_with("plain-background", &[("context", Arg::from(context))]);
                            let _ = writeln!(text, "{line}");
                        }
                        None => {
                            let _ = writeln!(text, "{}", m.text("plain-no-background"));
                        }
                    }
                    for cite in &question.cites {
                        let _ = writeln!(text, "{}", from_the_essay(cite, m));
                    }
                    self.say(&text)?;
                }
                Typed::Note => {
                    self.say(&format!("{} ", m.text("menu-note-prompt")))?;
                    let note = self.line()?.unwrap_or_default();
                    if note.is_empty() {
                        self.say(&format!("{}\n", m.text("plain-no-note")))?;
                    } else {
                        self.say(&format!("{}\n", m.text("plain-note-kept")))?;
                        return Ok(Action::Note(note));
                    }
                }
                Typed::Quit => {
                    self.say(&format!("{} ", m.text("plain-quit-confirm")))?;
                    if self.line()?.is_some_and(|answer| is_yes(&answer, m)) {
                        return Ok(Action::Quit);
                    }
                    self.say(&format!("{}\n", m.text("plain-staying")))?;
                }
                Typed::Unknown => {
                    let ids: Vec<&str> = available
                        .iter()
                        .map(|&c| question.choices[c].id.as_str())
                        .collect();
                    let hint = m.text_with(
                        "plain-walk-unknown",
                        &[
                            ("count", Arg::from(available.len())),
                            ("ids", Arg::from(ids.join(", "))),
                        ],
                    );
                    self.say(&format!("{hint}\n"))?;
                }
            }
        }
    }
}

/// `From the essay: ¶N “quote”`, with the translation's gloss if it gives one.
pub fn from_the_essay(cite: &Cite, messages: Messages) -> String {
    let cite = one_line(&citation::of(cite, messages)).into_owned();
    messages.text_with("plain-from-the-essay", &[("cite", Arg::from(cite))])
}

/// Whether a typed answer is yes: `y`, or the language's own word for it.
pub fn is_yes(typed: &str, messages: Messages) -> bool {
    typed.eq_ignore_ascii_case("y")
        || typed.eq_ignore_ascii_case("yes")
        || typed == messages.text("plain-yes-word")
}

#[cfg(test)]
mod tests {
    use stance_core::check::analyser::built_in_scenario;
    use stance_core::text::messages::Messages;
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
            let mut prompter = PlainPrompter::new(typed.as_bytes(), &mut out, Messages::english());
            let action = prompter.ask(&scenario, start, &all, &[]).expect(typed);
            assert_eq!(action, expected, "{typed:?}");
            let shown = String::from_utf8(out).expect("UTF-8");
            assert!(shown.starts_with("Type the number or the id"), "{shown}");
            assert!(!shown.contains('\u{1b}'), "{shown}");
            assert!(shown.contains("\n1. Still divided"), "{shown}");
        }
        let mut out = Vec::new();
        let mut prompter = PlainPrompter::new("".as_bytes(), &mut out, Messages::english());
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
