//! The one module that names the YAML crate: parsing, spans and the parser's limits.

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Add;
use std::rc::Rc;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::{
    Budget, DuplicateKeyPolicy, Error, Location, MessageFormatter, Options, UserMessageFormatter,
};

use crate::diagnostic::{Code, Diagnostic, Span};
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;
use crate::text::suggest;

/// A value together with where it stands in the file.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Spanned<T> {
    /// The value itself.
    pub value: T,
    /// Where the value stands.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// A value whose place is not known (yet).
    pub fn unplaced(value: T) -> Self {
        Self {
            value,
            span: Span::default(),
        }
    }

    /// The value, placed at `span` if it has no place of its own.
    #[must_use]
    pub fn placed_at(mut self, span: Span) -> Self {
        if !self.span.is_known() {
            self.span = span;
        }
        self
    }
}

// The schema of a spanned value is the schema of the value: spans are not written.
impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Self {
            value: spanned.value,
            span: span_of(spanned.referenced),
        })
    }
}

/// Parses one YAML document into `T`, or says what stops it, where. A tag other than the
/// core schema's stops it too.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Box<Diagnostic>> {
    if let Some(tag) = unsupported_tags(text).into_iter().next() {
        return Err(Box::new(tag));
    }
    parse_untagged(text)
}

/// Parses as [`parse`] does, after the tags were checked.
pub(crate) fn parse_untagged<T: DeserializeOwned>(text: &str) -> Result<T, Box<Diagnostic>> {
    serde_saphyr::from_str_with_options(text, options())
        .map_err(|error| Box::new(diagnose(&error, text)))
}

/// Parses with every repeated key handed on to `T`'s visitor rather than refused, for the
/// one pass over a document's keys.
pub fn parse_keeping_repeats<T: DeserializeOwned>(text: &str) -> Result<T, Box<Diagnostic>> {
    let mut options = options();
    options.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    serde_saphyr::from_str_with_options(text, options)
        .map_err(|error| Box::new(diagnose(&error, text)))
}

/// Every tag in `text` other than the YAML core schema's (`!!str`, `!!int`, `!!float`,
/// `!!bool`, `!!null`, `!!seq`, `!!map`) and the non-specific `!`, each a finding. A
/// `!!binary` value would be read as the text it decodes to, not the text a reviewer sees;
/// other tags mean nothing to stance. The events are read only when some `!` could start a
/// tag (after a space, a line break or a flow indicator, and before anything but a space,
/// a line end or a double quote, which no tag holds), so plain text, exclamation marks
/// included, costs one scan for the byte.
pub fn unsupported_tags(text: &str) -> Vec<Diagnostic> {
    let bytes = text.as_bytes();
    let could_be_a_tag = bytes.iter().enumerate().any(|(i, &b)| {
        b == b'!'
            && (i == 0
                || matches!(
                    bytes[i - 1],
                    b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',' | b':' | b'?' | b'-'
                ))
            && bytes
                .get(i + 1)
                .is_some_and(|&next| !matches!(next, b' ' | b'\t' | b'\n' | b'\r' | b'"'))
    });
    if !could_be_a_tag {
        return Vec::new();
    }
    let mut found = Vec::new();
    for event in granit_parser::Parser::new_from_str(text) {
        // A syntax error is the parse's to report.
        let Ok((event, span)) = event else { break };
        let (granit_parser::Event::Scalar(_, _, _, Some(tag))
        | granit_parser::Event::SequenceStart(_, _, Some(tag))
        | granit_parser::Event::MappingStart(_, _, Some(tag))) = &event
        else {
            continue;
        };
        let written = tag.original();
        if tag.core_suffix().is_some() || written == "!" {
            continue;
        }
        let place = tag_place(text, span.start.line(), span.start.col());
        found.push(
            Diagnostic::new(
                Code::UnsupportedTag,
                place,
                Phrase::text_with("finding-unsupported-tag", &[("tag", Arg::from(written))]),
            )
            .with_label(Phrase::text("finding-unsupported-tag-label"))
            .with_help(Some(Phrase::text("finding-unsupported-tag-help"))),
        );
    }
    found
}

/// Whether a parse accepts anchors and aliases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aliases {
    /// Within the budget's limits.
    Allowed,
    /// Not at all: any anchor or alias fails the parse.
    Refused,
}

/// What one parse spent of the limits that add up over a whole file. The limits on depth,
/// anchors and aliases apply node by node and are not here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Parser events.
    pub events: usize,
    /// Scalars, sequences and mappings.
    pub nodes: usize,
    /// The bytes of every scalar.
    pub scalar_bytes: usize,
    /// Merge keys (`<<`).
    pub merge_keys: usize,
}

/// What two parses spent together.
impl Add for Usage {
    type Output = Self;

    fn add(self, other: Self) -> Self {
        Self {
            events: self.events.saturating_add(other.events),
            nodes: self.nodes.saturating_add(other.nodes),
            scalar_bytes: self.scalar_bytes.saturating_add(other.scalar_bytes),
            merge_keys: self.merge_keys.saturating_add(other.merge_keys),
        }
    }
}

impl Usage {
    /// Whether one parse spending this much would stay within the budget.
    pub fn within_budget(self) -> bool {
        let budget = budget();
        self.events <= budget.max_events
            && self.nodes <= budget.max_nodes
            && self.scalar_bytes <= budget.max_total_scalar_bytes
            && self.merge_keys <= budget.max_merge_keys
    }
}

/// Where the tag of a node whose value starts at 0-based `column` of `line` is written: the
/// last word before the value on its line that starts with `!`, or the value itself when
/// the tag stands on an earlier line.
fn tag_place(text: &str, line: usize, column: usize) -> Span {
    let at_value = Span {
        line,
        column: column + 1,
        len: 1,
    };
    let Some(content) = text.lines().nth(line.saturating_sub(1)) else {
        return at_value;
    };
    let before: Vec<char> = content.chars().take(column).collect();
    let starts = (0..before.len()).rev().find(|&i| {
        before[i] == '!'
            && (i == 0
                || matches!(
                    before[i - 1],
                    ' ' | '\t' | '[' | '{' | ',' | ':' | '?' | '-'
                ))
    });
    match starts {
        Some(i) => Span {
            line,
            column: i + 1,
            len: before[i..]
                .iter()
                .take_while(|c| !c.is_whitespace())
                .count()
                .max(1),
        },
        None => at_value,
    }
}

/// Parses like [`parse`], and says what the parse spent of the budget (`None` when the
/// parser did not say).
pub fn parse_counted<T: DeserializeOwned>(
    text: &str,
    aliases: Aliases,
) -> (Result<T, Box<Diagnostic>>, Option<Usage>) {
    if let Some(tag) = unsupported_tags(text).into_iter().next() {
        return (Err(Box::new(tag)), None);
    }
    let spent: Rc<Cell<Option<Usage>>> = Rc::new(Cell::new(None));
    let sink = Rc::clone(&spent);
    let mut options = options();
    if aliases == Aliases::Refused {
        let mut budget = budget();
        budget.max_anchors = 0;
        budget.max_aliases = 0;
        options.budget = Some(budget);
    }
    let options = options.with_budget_report(move |report| {
        sink.set(Some(Usage {
            events: report.events,
            nodes: report.nodes,
            scalar_bytes: report.total_scalar_bytes,
            merge_keys: report.merge_keys,
        }));
    });
    let parsed = serde_saphyr::from_str_with_options(text, options)
        .map_err(|error| Box::new(diagnose(&error, text)));
    (parsed, spent.get())
}

fn options() -> Options {
    serde_saphyr::options! {
        budget: Some(budget()),
        with_snippet: false,
        // YAML 1.2: `yes`, `no`, `on` and `off` are text, as choice ids often are.
        strict_booleans: true,
        alias_limits: alias_limits(),
    }
}

/// The parser's limits: generous for very large scenarios, strict against alias bombs and
/// deep nesting. A scenario is about six levels deep; 100,000 questions take a few million
/// nodes.
fn budget() -> Budget {
    serde_saphyr::budget! {
        max_events: 100_000_000,
        max_nodes: 50_000_000,
        max_depth: 64,
        flow_nesting_limit: 64,
        max_aliases: 10_000,
        max_anchors: 10_000,
        max_documents: 1,
    }
    .unwrap_or_default()
}

/// Limits on what aliases may expand to: a scenario has little use for aliases, and an
/// alias bomb (nested anchors, each alias doubling the data) must fail fast and small.
fn alias_limits() -> serde_saphyr::options::AliasLimits {
    serde_saphyr::alias_limits! {
        max_total_replayed_events: 100_000,
        max_replay_stack_depth: 16,
        max_alias_expansions_per_anchor: 10_000,
    }
}

/// A line near a mapping that lacks a key, indented so that it ends the mapping or holds
/// the key at another level: the likely reason the key is missing.
#[derive(Debug, PartialEq, Eq)]
struct Misindented {
    /// The line, counted from 1.
    line: usize,
    /// Its indentation, in spaces.
    indent: usize,
    /// The indentation of the mapping's keys.
    keys: usize,
    /// Whether the line holds the missing key itself; otherwise the key is on `key_line`.
    holds_key: bool,
    /// Where the missing key is, at the mapping's own indentation, when another line ends
    /// the mapping before it.
    key_line: Option<usize>,
}

impl Misindented {
    /// The finding, moved to the line at fault and saying why the key is not seen.
    fn explain(&self, missing: Diagnostic, field: &str) -> Diagnostic {
        let span = Span {
            line: self.line,
            column: self.indent + 1,
            len: 1,
        };
        let label = Phrase::text_with(
            "finding-misindented-label",
            &[
                ("indent", Arg::from(self.indent)),
                ("keys", Arg::from(self.keys)),
            ],
        );
        let help = if self.holds_key {
            Phrase::text_with(
                "finding-misindented-key",
                &[("key", Arg::from(field)), ("keys", Arg::from(self.keys))],
            )
        } else {
            let there = match self.key_line {
                None => {
                    Phrase::text_with("finding-misindented-there", &[("key", Arg::from(field))])
                }
                Some(line) => Phrase::text_with(
                    "finding-misindented-there-line",
                    &[("key", Arg::from(field)), ("line", Arg::from(line))],
                ),
            };
            Phrase::text_with(
                "finding-misindented-ends",
                &[("there", Arg::from(there)), ("keys", Arg::from(self.keys))],
            )
        };
        Diagnostic { span, ..missing }
            .with_label(label)
            .with_help(Some(help))
    }
}

/// How far below a mapping a line that ends it is looked for.
const MISINDENT_LINES: usize = 400;

/// Looks below the mapping at `span` (where the parser found it lacking `field`) for the
/// line that explains why: a line indented between the mapping's keys and its parent, which
/// ends the mapping early, or `field:` itself at another indentation.
fn misindented(text: &str, span: Span, field: &str) -> Option<Misindented> {
    let keys = span.column.checked_sub(1)?;
    let lines: Vec<&str> = text.lines().collect();
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let holds = |line: &str| {
        let rest = line.trim_start().trim_start_matches("- ");
        rest.strip_prefix(field)
            .is_some_and(|after| after.starts_with(':'))
    };
    let mut odd: Option<usize> = None;
    for (i, line) in lines
        .iter()
        .enumerate()
        .skip(span.line)
        .take(MISINDENT_LINES)
    {
        let content = line.trim_start();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let at = indent(line);
        // The parent's level (or a sibling list item): the mapping is over.
        if at + 2 <= keys {
            break;
        }
        if holds(line) {
            // Deeper under a key of its own (`source:` then `  title:`), it is a nested
            // mapping's key, not this one's.
            let parent = lines[..i]
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty() && indent(l) < at);
            if at > keys && parent.is_some_and(|p| p.trim_end().ends_with(':')) {
                continue;
            }
            if at != keys {
                return Some(Misindented {
                    line: i + 1,
                    indent: at,
                    keys,
                    holds_key: true,
                    key_line: None,
                });
            }
            return odd.map(|line| Misindented {
                line,
                indent: indent(lines[line - 1]),
                keys,
                holds_key: false,
                key_line: Some(i + 1),
            });
        }
        if at < keys && odd.is_none() {
            odd = Some(i + 1);
        }
    }
    odd.map(|line| Misindented {
        line,
        indent: indent(lines[line - 1]),
        keys,
        holds_key: false,
        key_line: None,
    })
}

fn span_of(location: Location) -> Span {
    let to_usize = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    Span {
        line: to_usize(location.line()),
        column: to_usize(location.column()),
        len: to_usize(location.span().len()).max(1),
    }
}

#[allow(clippy::too_many_lines, reason = "one arm per kind of parser error")]
fn diagnose(error: &Error, text: &str) -> Diagnostic {
    let span = error.location().map(span_of).unwrap_or_default();
    match error.without_snippet() {
        Error::WithSnippet { error, .. } | Error::AliasError { error, .. } => {
            let inner = diagnose(error, text);
            // Prefer where the alias is used over where its anchor was defined.
            let span = if span.is_known() { span } else { inner.span };
            Diagnostic { span, ..inner }
        }
        Error::SerdeUnknownField {
            field, expected, ..
        } => Diagnostic::new(
            Code::UnknownKey,
            span,
            Phrase::text_with("finding-unknown-key", &[("key", Arg::from(field.as_str()))]),
        )
        .with_label(Phrase::text("finding-unknown-key-label"))
        .with_help(Some(suggest::help_phrase(
            field,
            Phrase::text("finding-what-keys-here"),
            expected.iter().copied(),
        )))
        .with_suggestion(suggest::nearest(field, expected.iter().copied())),
        Error::SerdeMissingField { field, .. } => {
            let missing = Diagnostic::new(
                Code::MissingKey,
                span,
                Phrase::text_with("finding-missing-key", &[("key", Arg::from(*field))]),
            );
            match misindented(text, span, field) {
                Some(found) => found.explain(missing, field),
                None => missing.with_label(Phrase::text_with(
                    "finding-missing-key-label",
                    &[("key", Arg::from(*field))],
                )),
            }
        }
        Error::DuplicateMappingKey { key, .. } => {
            let message = match key {
                Some(key) => {
                    Phrase::text_with("finding-duplicate-key", &[("key", Arg::from(key.as_str()))])
                }
                None => Phrase::text("finding-duplicate-key-unnamed"),
            };
            Diagnostic::new(Code::DuplicateKey, span, message)
                .with_label(Phrase::text("finding-duplicate-key-label"))
                .with_help(Some(Phrase::text("finding-duplicate-key-help")))
        }
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => Diagnostic::new(
            Code::InvalidValue,
            span,
            Phrase::text_with(
                "finding-invalid-value",
                &[("value", Arg::from(variant.as_str()))],
            ),
        )
        .with_help(Some(suggest::help_phrase(
            variant,
            Phrase::text("finding-what-values"),
            expected.iter().copied(),
        ))),
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => Diagnostic::new(
            Code::WrongType,
            span,
            // serde's words for the two, as they come.
            Phrase::text_with(
                "finding-expected-found",
                &[
                    ("expected", Arg::from(expected.as_str())),
                    ("found", Arg::from(unexpected.as_str())),
                ],
            ),
        ),
        Error::Unexpected { expected, .. } => Diagnostic::new(
            Code::WrongType,
            span,
            Phrase::text_with(
                "finding-expected",
                &[("expected", Arg::from(describe_expected(expected)))],
            ),
        ),
        Error::InvalidScalar { ty, .. } => Diagnostic::new(
            Code::WrongType,
            span,
            Phrase::text_with(
                "finding-expected",
                &[("expected", Arg::from(describe_scalar(ty)))],
            ),
        ),
        Error::NullIntoString { .. } => {
            Diagnostic::new(Code::WrongType, span, Phrase::text("finding-null-string"))
                .with_help(Some(Phrase::text("finding-null-string-help")))
        }
        Error::Budget {
            breach: BudgetBreach::Documents { .. },
            ..
        }
        | Error::MultipleDocuments { .. } => Diagnostic::new(
            Code::YamlSyntax,
            span,
            Phrase::text("finding-several-documents"),
        )
        .with_help(Some(Phrase::text("finding-several-documents-help"))),
        Error::Budget { breach, .. } => Diagnostic::new(Code::YamlLimit, span, limit(breach)),
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => {
            Diagnostic::new(Code::YamlLimit, span, Phrase::text("finding-alias-bomb"))
        }
        other => {
            let message = UserMessageFormatter.format_message(other).into_owned();
            // The parser's own guard against deep nesting, before the budget's.
            if message.contains("recursion limit") {
                return Diagnostic::new(
                    Code::YamlLimit,
                    span,
                    limit(&BudgetBreach::Depth { depth: 0 }),
                );
            }
            // The parser's own words, as they come.
            Diagnostic::new(
                Code::YamlSyntax,
                span,
                Phrase::verbatim(lower_first(&message)),
            )
        }
    }
}

fn limit(breach: &BudgetBreach) -> Phrase {
    let what = match breach {
        BudgetBreach::Depth { .. } => return Phrase::text("finding-limit-depth"),
        BudgetBreach::Aliases { .. } | BudgetBreach::Anchors { .. } => {
            Phrase::text("finding-limit-aliases")
        }
        BudgetBreach::AliasAnchorRatio { .. }
        | BudgetBreach::RecordedAnchorEvents { .. }
        | BudgetBreach::RecordedAnchorBytes { .. } => return Phrase::text("finding-alias-bomb"),
        BudgetBreach::MergeKeys { .. } => Phrase::text("finding-limit-merge-keys"),
        BudgetBreach::Events { .. } | BudgetBreach::Nodes { .. } => {
            Phrase::text("finding-limit-values")
        }
        BudgetBreach::ScalarBytes { .. } | BudgetBreach::InputBytes { .. } => {
            Phrase::text("finding-limit-text")
        }
        _ => Phrase::text("finding-limit-structure"),
    };
    Phrase::text_with("finding-limit", &[("what", Arg::from(what))])
}

/// serde-saphyr's parser-level names for what it wanted, in the format's words.
fn describe_expected(expected: &str) -> Phrase {
    if expected.contains("string") || expected.contains("scalar") {
        Phrase::text("finding-expected-scalar")
    } else if expected.contains("sequence") {
        Phrase::text("finding-expected-list")
    } else if expected.contains("mapping") {
        Phrase::text("finding-expected-mapping")
    } else {
        Phrase::verbatim(expected)
    }
}

/// Rust scalar type names in the format's words.
fn describe_scalar(ty: &str) -> Phrase {
    match ty {
        "u8" | "u16" | "u32" | "u64" | "usize" => Phrase::text("finding-expected-count"),
        "i8" | "i16" | "i32" | "i64" | "isize" => Phrase::text("finding-expected-integer"),
        "bool" => Phrase::text("finding-expected-bool"),
        other => Phrase::text_with("finding-expected-type", &[("type", Arg::from(other))]),
    }
}

/// Lower-cases the first letter of a sentence, but not of an acronym like `YAML`.
fn lower_first(message: &str) -> String {
    let mut chars = message.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain([second]).chain(chars).collect()
        }
        _ => message.to_owned(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use schemars::JsonSchema;
    use serde::Deserialize;

    use super::{Spanned, parse};
    use crate::diagnostic::Code;

    #[test]
    fn loading_findings_are_worded_in_the_interface_language() {
        use crate::load::document::Document;
        use crate::text::messages::{Locale, Messages};
        let ko = Messages::new(Locale::Ko);
        let base = include_str!("../../../../tests/fixtures/valid/grounded.yaml");
        // (replace this, with this, English message and label, Korean message and label)
        let cases: &[(&str, &str, [&str; 2], [&str; 2])] = &[
            (
                "    prompt: First?\n    basis: explicit",
                "    prompt: First?\n   basis: explicit",
                [
                    "missing key `choices`",
                    "indented 3 spaces; the mapping's keys have 4",
                ],
                [
                    "`choices` 키가 없습니다",
                    "3칸 들여 썼지만, 매핑의 키는 4칸입니다",
                ],
            ),
            (
                "title: ",
                "titel: ",
                ["unknown key `titel`", "not a key here"],
                ["알 수 없는 키 `titel`", "여기에 올 수 없는 키"],
            ),
            // No label: "".
            (
                "title: Grounded",
                "title: [x]",
                [
                    "expected a single value (text or a number), not a list or mapping",
                    "",
                ],
                [
                    "목록이나 매핑이 아닌 하나의 값(텍스트나 숫자)이 와야 합니다",
                    "",
                ],
            ),
        ];
        for (from, to, english, korean) in cases {
            assert!(base.contains(from), "{from}");
            let text = base.replacen(from, to, 1);
            let found = parse::<Document>(&text).expect_err("a finding");
            for (messages, [message, label]) in [(Messages::english(), english), (ko, korean)] {
                assert_eq!(found.message_in(messages), *message);
                assert_eq!(found.label_in(messages).unwrap_or_default(), *label);
            }
            assert_eq!(found.message_in(Messages::english()), found.message);
        }
    }

    #[test]
    fn tags_beyond_the_core_schema_are_refused() {
        // The text, and the line, column and tag of the one finding it gives.
        type Expected<'a> = Option<(usize, usize, &'a str)>;
        let cases: [(&str, Expected<'_>); 11] = [
            ("name: !$x Hello\n", Some((1, 7, "`!$x`"))),
            ("name: !'x y\n", Some((1, 7, "`!'x`"))),
            ("name: \"Attention !\"\ntags: [a !, b]\n", None),
            ("name: !!binary SGVsbG8=\n", Some((1, 7, "`!!binary`"))),
            ("name: !secret x\n", Some((1, 7, "`!secret`"))),
            ("name: x\ntags: !!set {a: null}\n", Some((2, 7, "`!!set`"))),
            (
                "name: !<tag:example.com,2000:x> y\n",
                Some((1, 7, "`!<tag:example.com,2000:x>`")),
            ),
            ("name: !!str x\ntags: !!seq [a]\n", None),
            ("name: ! 12\n", None),
            ("name: \"Act now!\"\n", None),
            ("name: x # !!binary in a comment\n", None),
        ];
        for (text, expected) in cases {
            let found = super::unsupported_tags(text);
            match expected {
                None => assert!(found.is_empty(), "{text}: {found:?}"),
                Some((line, column, tag)) => {
                    assert_eq!(found.len(), 1, "{text}: {found:?}");
                    assert_eq!(found[0].code, Code::UnsupportedTag);
                    assert_eq!(
                        (found[0].span.line, found[0].span.column),
                        (line, column),
                        "{text}"
                    );
                    assert!(
                        found[0].message.contains(tag),
                        "{text}: {}",
                        found[0].message
                    );
                    let error = parse::<Doc>(text).expect_err(text);
                    assert_eq!(error.code, Code::UnsupportedTag);
                }
            }
        }
    }

    /// Items of a list, as a question holds choices.
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Items {
        items: Vec<Item>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        #[serde(default)]
        note: Option<String>,
        more: Vec<String>,
        #[serde(default)]
        source: Option<Source>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Source {
        more: Option<String>,
    }

    /// A missing key that is really there, mis-indented, is pointed at: the line at fault,
    /// and what the help says of it.
    #[test]
    fn a_missing_key_that_is_mis_indented_is_pointed_at() {
        // (text, the line and column of the finding, a phrase of its help); `None` when
        // nothing explains the missing key.
        type Expected = Option<(usize, usize, &'static str)>;
        let cases: [(&str, Expected); 5] = [
            (
                "items:\n  - id: a\n    note: x\n   more: [b]\n",
                Some((4, 4, "`more` is here, at another indentation")),
            ),
            (
                "items:\n  - id: a\n   note: x\n    more: [b]\n",
                Some((
                    3,
                    4,
                    "this line ends the mapping, so `more` on line 4 is not read",
                )),
            ),
            (
                "items:\n  - id: a\n    note: >-\n      x\n      more: [b]\n",
                Some((5, 7, "`more` is here, at another indentation")),
            ),
            // Really missing: the nested mapping's own `more` is not this one's.
            ("items:\n  - id: a\n    source:\n      more: x\n", None),
            ("items:\n  - id: a\n  - id: b\n    more: [c]\n", None),
        ];
        for (text, expected) in cases {
            let error = parse::<Items>(text).expect_err(text);
            assert_eq!(error.code, Code::MissingKey, "{text}");
            match expected {
                Some((line, column, help)) => {
                    assert_eq!(
                        (error.span.line, error.span.column),
                        (line, column),
                        "{text}"
                    );
                    let said = error.help.as_deref().unwrap_or_default();
                    assert!(said.contains(help), "{text}: {said}");
                    assert!(
                        error
                            .label
                            .as_deref()
                            .is_some_and(|l| l.starts_with("indented "))
                    );
                }
                None => assert_eq!(
                    error.label.as_deref(),
                    Some("in the mapping that needs `more`"),
                    "{text}"
                ),
            }
        }
    }

    /// A small document for the parser's tests and the recovery's.
    #[derive(Debug, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    pub(crate) struct Doc {
        pub(crate) name: Spanned<String>,
        #[serde(default)]
        tags: Vec<Spanned<String>>,
        size: Option<u32>,
    }

    #[test]
    fn spans_are_one_based() {
        let doc: Doc = parse("name: x\ntags: [a, bb]\n").expect("valid");
        assert_eq!((doc.name.span.line, doc.name.span.column), (1, 7));
        assert_eq!((doc.tags[1].span.line, doc.tags[1].span.column), (2, 11));
        assert_eq!(doc.tags[1].span.len, 2);
    }

    #[test]
    fn errors_carry_codes_and_places() {
        let cases: &[(&str, Code, usize, usize)] = &[
            ("name: x\nnmae: y\n", Code::UnknownKey, 2, 1),
            ("tags: []\n", Code::MissingKey, 1, 1),
            ("name: x\nname: y\n", Code::DuplicateKey, 2, 1),
            ("name: [a]\n", Code::WrongType, 1, 7),
            ("name: x\nsize: big\n", Code::WrongType, 2, 7),
            ("name: 'x\n", Code::YamlSyntax, 1, 7),
            ("name: x\n---\nname: y\n", Code::YamlSyntax, 2, 1),
        ];
        for (text, code, line, column) in cases {
            let found = parse::<Doc>(text).expect_err(text);
            assert_eq!(found.code, *code, "{text}: {found:?}");
            assert_eq!(
                (found.span.line, found.span.column),
                (*line, *column),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn unknown_key_suggests() {
        let found = parse::<Doc>("name: x\nnmae: y\n").expect_err("unknown key");
        assert!(
            found
                .help
                .as_deref()
                .is_some_and(|h| h.starts_with("did you mean `name`?")),
            "{found:?}"
        );
    }
}
