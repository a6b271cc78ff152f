//! Findings about a scenario file: what is wrong, where, and how to fix it.

use std::fmt;

use serde::Serialize;

use crate::text::localized::Localized;
use crate::text::messages::Messages;
use crate::text::phrase::Phrase;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The scenario cannot be played.
    Error,
    /// The scenario can be played, but something is probably not what the author meant.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Error => "error",
            Self::Warning => "warning",
        })
    }
}

/// A stable identifier for each kind of finding, listed in `docs/scenario-format.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// The file is not well-formed YAML.
    YamlSyntax,
    /// The file breaks one of the parser's safety limits.
    YamlLimit,
    /// A value carries a tag beyond the YAML core schema's, such as `!!binary`.
    UnsupportedTag,
    /// A mapping holds a key the format does not define.
    UnknownKey,
    /// A required key is absent.
    MissingKey,
    /// A mapping holds the same key twice.
    DuplicateKey,
    /// A value has the wrong type (a list where a string belongs, say).
    WrongType,
    /// A value is not one of the allowed values.
    InvalidValue,
    /// The `format` version is not one this build understands.
    UnsupportedFormat,
    /// An id does not follow its naming rule.
    InvalidId,
    /// Two items share an id.
    DuplicateId,
    /// `start` does not name a question.
    DanglingStart,
    /// A choice's `next` names no question or ending.
    DanglingNext,
    /// A `recommends` entry names no recommendation.
    DanglingRecommendation,
    /// Following `next` from a question can come back to it.
    Cycle,
    /// A question offers fewer than two choices.
    TooFewChoices,
    /// A text that must say something is empty.
    EmptyText,
    /// A citation names paragraph 0, or one the source text does not have.
    UnknownParagraph,
    /// A quote does not appear in the paragraph it cites.
    Misquote,
    /// No walk from `start` reaches this question.
    UnreachableQuestion,
    /// No walk from `start` reaches this ending.
    UnreachableEnding,
    /// No choice or ending recommends this recommendation.
    UnusedRecommendation,
    /// A recommendation has no citation.
    UncitedRecommendation,
    /// A list of recommendations names the same one twice.
    RepeatedRecommendation,
    /// A quote runs over more than one sentence.
    LongQuote,
    /// A condition names no question, or a choice its question does not have.
    DanglingCondition,
    /// A condition reads a question that cannot be answered before it is evaluated.
    ConditionOrder,
    /// A question's `when` lacks `otherwise`, or `otherwise` lacks `when`.
    IncompleteGate,
    /// A walk can reach a question with none of its choices offered.
    DeadEnd,
    /// A condition holds on no walk.
    NeverTrue,
    /// Something recommends it, but no walk adds it.
    UnreachableRecommendation,
    /// A golden-path test names an unknown question, choice or recommendation.
    InvalidTest,
    /// A golden-path test answers a question its walk never asks.
    SkippedAnswer,
    /// The essay named in `source.file` cannot be read.
    UnreadableSource,
    /// A translation gives no text (or an empty one) for a text of the scenario.
    TranslationMissing,
    /// A translated text's scenario text changed since it was translated.
    TranslationStale,
    /// A translation names a text the scenario does not have.
    TranslationUnknown,
}

impl Code {
    /// Every code, in the order the reference documentation lists them.
    pub const ALL: [Self; 37] = [
        Self::YamlSyntax,
        Self::YamlLimit,
        Self::UnsupportedTag,
        Self::UnknownKey,
        Self::MissingKey,
        Self::DuplicateKey,
        Self::WrongType,
        Self::InvalidValue,
        Self::UnsupportedFormat,
        Self::InvalidId,
        Self::DuplicateId,
        Self::DanglingStart,
        Self::DanglingNext,
        Self::DanglingRecommendation,
        Self::Cycle,
        Self::TooFewChoices,
        Self::EmptyText,
        Self::UnknownParagraph,
        Self::Misquote,
        Self::UnreachableQuestion,
        Self::UnreachableEnding,
        Self::UnusedRecommendation,
        Self::UncitedRecommendation,
        Self::RepeatedRecommendation,
        Self::LongQuote,
        Self::DanglingCondition,
        Self::ConditionOrder,
        Self::IncompleteGate,
        Self::DeadEnd,
        Self::NeverTrue,
        Self::UnreachableRecommendation,
        Self::InvalidTest,
        Self::SkippedAnswer,
        Self::UnreadableSource,
        Self::TranslationMissing,
        Self::TranslationStale,
        Self::TranslationUnknown,
    ];

    /// The code as printed and as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::YamlSyntax => "yaml-syntax",
            Self::YamlLimit => "yaml-limit",
            Self::UnsupportedTag => "unsupported-tag",
            Self::UnknownKey => "unknown-key",
            Self::MissingKey => "missing-key",
            Self::DuplicateKey => "duplicate-key",
            Self::WrongType => "wrong-type",
            Self::InvalidValue => "invalid-value",
            Self::UnsupportedFormat => "unsupported-format",
            Self::InvalidId => "invalid-id",
            Self::DuplicateId => "duplicate-id",
            Self::DanglingStart => "dangling-start",
            Self::DanglingNext => "dangling-next",
            Self::DanglingRecommendation => "dangling-recommendation",
            Self::Cycle => "cycle",
            Self::TooFewChoices => "too-few-choices",
            Self::EmptyText => "empty-text",
            Self::UnknownParagraph => "unknown-paragraph",
            Self::Misquote => "misquote",
            Self::UnreachableQuestion => "unreachable-question",
            Self::UnreachableEnding => "unreachable-ending",
            Self::UnusedRecommendation => "unused-recommendation",
            Self::UncitedRecommendation => "uncited-recommendation",
            Self::RepeatedRecommendation => "repeated-recommendation",
            Self::LongQuote => "long-quote",
            Self::DanglingCondition => "dangling-condition",
            Self::ConditionOrder => "condition-order",
            Self::IncompleteGate => "incomplete-gate",
            Self::DeadEnd => "dead-end",
            Self::NeverTrue => "never-true",
            Self::UnreachableRecommendation => "unreachable-recommendation",
            Self::InvalidTest => "invalid-test",
            Self::SkippedAnswer => "skipped-answer",
            Self::UnreadableSource => "unreadable-source",
            Self::TranslationMissing => "translation-missing",
            Self::TranslationStale => "translation-stale",
            Self::TranslationUnknown => "translation-unknown",
        }
    }

    /// The severity every finding with this code has.
    pub fn severity(self) -> Severity {
        match self {
            Self::UnreachableQuestion
            | Self::UnreachableEnding
            | Self::UnusedRecommendation
            | Self::UncitedRecommendation
            | Self::RepeatedRecommendation
            | Self::LongQuote
            | Self::NeverTrue
            | Self::UnreachableRecommendation
            | Self::SkippedAnswer
            | Self::UnreadableSource
            | Self::TranslationMissing
            | Self::TranslationStale => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place in a scenario file: 1-based line and column, and how many characters it covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// 1-based line; 0 when the place is unknown.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// Characters covered; at least one is underlined.
    pub len: usize,
}

impl Span {
    /// Whether the span points at a real place in the file.
    pub fn is_known(self) -> bool {
        self.line > 0
    }
}

/// One finding: a code, a message, where it is, and an optional hint.
///
/// The message, label and help are [`Phrase`]s, worded in the language they are shown in
/// ([`Diagnostic::message_in`] and the others); the `String` fields are their English
/// wording, made once: what `check --format json` writes (machine output stays English)
/// and what other errors and logs quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What kind of finding this is.
    pub code: Code,
    /// What is wrong, lower-case, naming things in backticks; in English.
    pub message: String,
    /// Where it is.
    pub span: Span,
    /// A label under the underlined text; in English.
    pub label: Option<String>,
    /// What would be valid, or a did-you-mean; in English.
    pub help: Option<String>,
    /// A replacement for the text at `span` that would likely fix it.
    pub suggestion: Option<String>,
    /// The message, label and help, to word in any language.
    pub words: Words,
}

/// A finding's message, label and help, as phrases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    /// What is wrong.
    pub message: Phrase,
    /// A label under the underlined text.
    pub label: Option<Phrase>,
    /// What would be valid, or a did-you-mean.
    pub help: Option<Phrase>,
}

impl Diagnostic {
    /// A finding with a code, message and place.
    pub fn new(code: Code, span: Span, message: Phrase) -> Self {
        Self {
            code,
            message: message.to_string(),
            span,
            label: None,
            help: None,
            suggestion: None,
            words: Words {
                message,
                label: None,
                help: None,
            },
        }
    }

    /// Adds a label shown under the underlined text.
    #[must_use]
    pub fn with_label(mut self, label: Phrase) -> Self {
        self.label = Some(label.to_string());
        self.words.label = Some(label);
        self
    }

    /// Adds a help line, if there is one.
    #[must_use]
    pub fn with_help(mut self, help: Option<Phrase>) -> Self {
        self.help = help.as_ref().map(Phrase::to_string);
        self.words.help = help;
        self
    }

    /// Adds a replacement for the text at the span, if there is one.
    #[must_use]
    pub fn with_suggestion(mut self, suggestion: Option<&str>) -> Self {
        self.suggestion = suggestion.map(str::to_owned);
        self
    }

    /// The finding's severity, which follows from its code.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// What is wrong, in `messages`' language.
    pub fn message_in(&self, messages: Messages) -> String {
        self.words.message.message(messages)
    }

    /// The label under the underlined text, in `messages`' language.
    pub fn label_in(&self, messages: Messages) -> Option<String> {
        self.words
            .label
            .as_ref()
            .map(|label| label.message(messages))
    }

    /// The help line, in `messages`' language.
    pub fn help_in(&self, messages: Messages) -> Option<String> {
        self.words.help.as_ref().map(|help| help.message(messages))
    }
}
