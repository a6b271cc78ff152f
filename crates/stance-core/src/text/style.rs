//! The emphasis a renderer marks in its text, for each front end to show in its own way.

/// What a piece of text is, to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// A title, a headline or a name to find at a glance.
    Strong,
    /// The heading of a section.
    Section,
    /// Background: a source line, a hint, a replay command.
    Muted,
    /// A question's id where it is named.
    Question,
    /// A question's id heading its own entry.
    QuestionHeading,
    /// An ending's id where it is named.
    Ending,
    /// An ending's id heading its own entry.
    EndingHeading,
    /// A recommendation, or one added.
    Added,
    /// A recommendation taken away, or an expectation missed.
    Removed,
    /// The answer a person gave.
    Answer,
    /// A person's own note.
    Note,
    /// An answer taken back: going back undid it.
    Undone,
    /// The basis of a recommendation the scenario's writer drew out of the essay rather
    /// than one the author states: set apart from `explicit` by more than a colour.
    Inferred,
    /// A quotation from the essay.
    Citation,
    /// A check that passed: `checked`, `Right.`.
    Success,
    /// A check that failed: `FAIL`, `error:`.
    Failure,
    /// The word `warning`.
    Warning,
    /// The word `help:`.
    Help,
}

/// How a front end shows each [`Style`]: a terminal paints it, a plain file ignores it.
pub trait Styler {
    /// `text` shown as `style`.
    fn paint(&self, style: Style, text: &str) -> String;
}

/// Text as it is, for files, pipes and tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Plain;

impl Styler for Plain {
    fn paint(&self, _: Style, text: &str) -> String {
        text.to_owned()
    }
}
