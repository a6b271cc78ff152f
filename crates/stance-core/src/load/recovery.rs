//! Going on after unknown and repeated keys: each is found ([`key_scan`]), mended in the
//! text (a misspelt key read as the one meant, any other such entry blanked, line numbers
//! kept), and the mended text parsed again, so that one run reports every such key.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::diagnostic::{Code, Diagnostic, Span};
use crate::load::key_scan;
use crate::load::yaml::{parse_untagged, unsupported_tags};

/// How many unknown or repeated keys one file may report before the rest are left unsaid.
const MAX_RECOVERIES: usize = 100;

/// Parses like [`parse`], but goes on after unknown and repeated keys: a misspelt key is
/// read as the one meant and any other such entry blanked (keeping line numbers), so that one
/// run reports every such key. The keys are found in one pass ([`key_scan`]) and mended
/// together; what the mended text still holds is mended one parse at a time. Every tag
/// beyond the core schema's is reported too. Returns the value when the rest parses, and
/// every finding on the way.
pub fn parse_recovering<T: DeserializeOwned + JsonSchema>(
    text: &str,
) -> (Option<T>, Vec<Diagnostic>) {
    recover(text, None, &mut parse_untagged::<T>, key_scan::scan::<T>)
}

/// What a quicker read of a whole text (parsing in parts) found.
#[derive(Debug)]
pub enum QuickRead<T> {
    /// The text, read as one parse would read it.
    Read(T),
    /// Unknown or repeated keys stopped it: the keys are looked at first.
    KeysAtFault,
    /// It could not say: a plain parse must.
    Unsure,
}

/// A quicker way to read a whole text.
pub type Quick<'q, T> = &'q mut dyn FnMut(&str) -> QuickRead<T>;

/// [`parse_recovering`] with a quicker way to read a whole text tried first, and a quicker
/// way to find every unknown or repeated key (`scan`, which says `None` when it cannot, and
/// the text is then scanned as one). When keys stop the quick read, they are looked for
/// first, and the text mended of them is read the quick way again: a large file whose only
/// faults are keys costs two quick reads and one quick pass over its keys.
pub fn parse_recovering_with<T: DeserializeOwned + JsonSchema>(
    text: &str,
    quick: Quick<'_, T>,
    scan: impl Fn(&str) -> Option<Vec<Diagnostic>>,
) -> (Option<T>, Vec<Diagnostic>) {
    recover(text, Some(quick), &mut parse_untagged::<T>, |text| {
        scan(text).or_else(|| key_scan::scan::<T>(text))
    })
}

/// [`parse_recovering`] with its parsers and its pass over the keys given, so that tests can
/// count the parses.
fn recover<T>(
    text: &str,
    mut quick: Option<Quick<'_, T>>,
    parse: &mut dyn FnMut(&str) -> Result<T, Box<Diagnostic>>,
    scan: impl Fn(&str) -> Option<Vec<Diagnostic>>,
) -> (Option<T>, Vec<Diagnostic>) {
    // The first fault, when it is known; a quick read stopped by keys does not say which.
    let quickly = quick
        .as_deref_mut()
        .map_or(QuickRead::Unsure, |quick| quick(text));
    // A quick read checked the tags of every part it read.
    if let QuickRead::Read(value) = quickly {
        return (Some(value), Vec::new());
    }
    let mut findings = unsupported_tags(text);
    let mut pending = match quickly {
        QuickRead::Read(value) => return (Some(value), findings),
        QuickRead::KeysAtFault => None,
        QuickRead::Unsure => match parse(text) {
            Ok(value) => return (Some(value), findings),
            Err(diagnostic) => Some(*diagnostic),
        },
    };
    let mut current = Cow::Borrowed(text);
    let mut renamed: Vec<String> = Vec::new();
    let keys_may_be_at_fault = pending
        .as_ref()
        .is_none_or(|d| matches!(d.code, Code::UnknownKey | Code::DuplicateKey));
    let keys = if keys_may_be_at_fault {
        scan(text)
    } else {
        None
    };
    match keys {
        Some(keys) if !keys.is_empty() => {
            pending = None;
            match mend_all(text, keys, &mut renamed, &mut findings) {
                Some(mended) => current = Cow::Owned(mended),
                None => return (None, findings),
            }
        }
        // No key at fault: the fault is the one a plain parse names.
        _ if pending.is_none() => match parse(text) {
            Ok(value) => return (Some(value), findings),
            Err(diagnostic) => pending = Some(*diagnostic),
        },
        _ => {}
    }
    let mut recoveries = findings.len();
    loop {
        let diagnostic = if let Some(diagnostic) = pending.take() {
            diagnostic
        } else {
            if let Some(QuickRead::Read(value)) = quick.as_deref_mut().map(|quick| quick(&current))
            {
                return (Some(value), findings);
            }
            match parse(&current) {
                Ok(value) => return (Some(value), findings),
                Err(diagnostic) => *diagnostic,
            }
        };
        let recovered = match (diagnostic.code, &diagnostic.suggestion) {
            // A misspelt key: read it as the key it was meant to be.
            (Code::UnknownKey, Some(key)) => {
                renamed.push(key.clone());
                replace(&current, diagnostic.span, key)
            }
            (Code::UnknownKey | Code::DuplicateKey, _) => blank_entry(&current, diagnostic.span),
            _ => None,
        };
        // A key read as the one meant, when that one is there too: the misspelling was
        // already reported, so drop the entry quietly.
        let ours = diagnostic.code == Code::DuplicateKey
            && text_at(&current, diagnostic.span).is_some_and(|key| renamed.contains(&key));
        if !ours {
            findings.push(diagnostic);
        }
        recoveries += 1;
        match recovered {
            Some(text) if recoveries <= MAX_RECOVERIES => current = Cow::Owned(text),
            _ => return (None, findings),
        }
    }
}

/// Mends every key `keys` names, in one go, as the parse-at-a-time loop would one by one:
/// a misspelt key renamed, any other entry blanked. Stops (`None`) at the first that cannot
/// be mended without losing other entries, or past [`MAX_RECOVERIES`], reporting it and
/// those before it. The text is indexed once and rebuilt once, whatever the number of keys.
fn mend_all(
    text: &str,
    keys: Vec<Diagnostic>,
    renamed: &mut Vec<String>,
    findings: &mut Vec<Diagnostic>,
) -> Option<String> {
    let lines = Lines::of(text);
    let mut edits = Vec::with_capacity(keys.len());
    for key in keys {
        let edit = match (key.code, &key.suggestion) {
            (Code::UnknownKey, Some(name)) => lines.rename(key.span, name),
            _ => lines.blank(key.span),
        };
        if let (Code::UnknownKey, Some(name)) = (key.code, &key.suggestion) {
            renamed.push(name.clone());
        }
        findings.push(key);
        match edit {
            Some(edit) if findings.len() <= MAX_RECOVERIES => edits.push(edit),
            _ => return None,
        }
    }
    Some(lines.apply(edits))
}

/// A change to a text: the bytes of `range` become `with`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Edit {
    range: std::ops::Range<usize>,
    with: String,
}

/// A text and where each of its lines starts, so that a place by line and column is found
/// without reading the text from the start.
struct Lines<'t> {
    text: &'t str,
    /// The byte offset of each line's start.
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn of(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|&i| i <= text.len())
            .collect();
        Self { text, starts }
    }

    /// Line `n` (0-based) with its line end.
    fn line(&self, n: usize) -> Option<&'t str> {
        let start = *self.starts.get(n)?;
        let end = self.starts.get(n + 1).copied().unwrap_or(self.text.len());
        self.text.get(start..end)
    }

    /// The byte range of the characters at `span`, within its line.
    fn range(&self, span: Span) -> Option<std::ops::Range<usize>> {
        let n = span.line.checked_sub(1)?;
        let start_of_line = *self.starts.get(n)?;
        let line = self.line(n)?;
        let mut offsets = line
            .char_indices()
            .map(|(i, _)| start_of_line + i)
            .chain([start_of_line + line.len()]);
        let start = offsets.nth(span.column.checked_sub(1)?)?;
        let end = offsets
            .nth(span.len.checked_sub(1)?)
            .unwrap_or(start_of_line + line.len());
        Some(start..end)
    }

    /// The characters at `span` replaced by `with`.
    fn rename(&self, span: Span, with: &str) -> Option<Edit> {
        Some(Edit {
            range: self.range(span)?,
            with: with.to_owned(),
        })
    }

    /// The block-mapping entry whose key starts at `span` replaced by empty lines: the key's
    /// line and the more deeply indented lines after it. `None` when the key does not start
    /// its line (a flow mapping, or the first key of a list item), where blanking lines would
    /// take other entries with it.
    fn blank(&self, span: Span) -> Option<Edit> {
        let first = span.line.checked_sub(1)?;
        let indent = span.column.checked_sub(1)?;
        if self.line(first)?.chars().take(indent).any(|c| c != ' ') {
            return None;
        }
        let deeper = |line: &str| {
            let content = line.trim_start_matches(' ');
            let depth = line.len() - content.len();
            let content = content.trim();
            content.is_empty() || content.starts_with('#') || depth > indent
        };
        let mut end = first + 1;
        while self.line(end).is_some_and(deeper) {
            end += 1;
        }
        let mut with = String::new();
        for n in first..end {
            let line = self.line(n)?;
            with.push_str(if line.ends_with("\r\n") {
                "\r\n"
            } else if line.ends_with('\n') {
                "\n"
            } else {
                ""
            });
        }
        let start = self.starts[first];
        let stop = self.starts.get(end).copied().unwrap_or(self.text.len());
        Some(Edit {
            range: start..stop,
            with,
        })
    }

    /// The text with `edits` made; an edit that overlaps one before it is left out.
    fn apply(&self, mut edits: Vec<Edit>) -> String {
        edits.sort_by_key(|e| e.range.start);
        let mut out = String::with_capacity(self.text.len());
        let mut at = 0;
        for edit in edits {
            if edit.range.start < at {
                continue;
            }
            out.push_str(&self.text[at..edit.range.start]);
            out.push_str(&edit.with);
            at = edit.range.end;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// The characters at `span`.
fn text_at(text: &str, span: Span) -> Option<String> {
    let lines = Lines::of(text);
    text.get(lines.range(span)?).map(str::to_owned)
}

/// The text with the characters at `span` replaced by `with`.
fn replace(text: &str, span: Span, with: &str) -> Option<String> {
    let lines = Lines::of(text);
    let edit = lines.rename(span, with)?;
    Some(lines.apply(vec![edit]))
}

/// The text with the block-mapping entry whose key starts at `span` blanked; see
/// [`Lines::blank`].
fn blank_entry(text: &str, span: Span) -> Option<String> {
    let lines = Lines::of(text);
    let edit = lines.blank(span)?;
    Some(lines.apply(vec![edit]))
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::fmt::Write as _;

    use super::{MAX_RECOVERIES, blank_entry, parse_recovering, recover, replace, text_at};
    use crate::diagnostic::{Code, Diagnostic};
    use crate::load::document::Document;
    use crate::load::key_scan;
    use crate::load::yaml::parse_untagged;
    use crate::load::yaml::tests::Doc;

    /// Recovery as it was first written: one whole parse per key mended. The reference that
    /// mending every key in one go must agree with.
    fn recover_one_parse_at_a_time(text: &str) -> (Option<Document>, Vec<Diagnostic>) {
        let mut findings = Vec::new();
        let mut current = Cow::Borrowed(text);
        let mut renamed: Vec<String> = Vec::new();
        for _ in 0..=MAX_RECOVERIES {
            match parse_untagged::<Document>(&current) {
                Ok(value) => return (Some(value), findings),
                Err(diagnostic) => {
                    let diagnostic = *diagnostic;
                    let recovered = match (diagnostic.code, &diagnostic.suggestion) {
                        (Code::UnknownKey, Some(key)) => {
                            renamed.push(key.clone());
                            replace(&current, diagnostic.span, key)
                        }
                        (Code::UnknownKey | Code::DuplicateKey, _) => {
                            blank_entry(&current, diagnostic.span)
                        }
                        _ => None,
                    };
                    let ours = diagnostic.code == Code::DuplicateKey
                        && text_at(&current, diagnostic.span)
                            .is_some_and(|key| renamed.contains(&key));
                    if !ours {
                        findings.push(diagnostic);
                    }
                    match recovered {
                        Some(text) => current = Cow::Owned(text),
                        None => break,
                    }
                }
            }
        }
        (None, findings)
    }

    /// A small valid scenario, with `extra` put in after line `at` (0: first).
    fn scenario_with(at: usize, extra: &str) -> String {
        let base = include_str!("../../../../tests/fixtures/valid/gated.yaml");
        let mut lines: Vec<&str> = base.lines().collect();
        lines.insert(at, extra);
        lines.join("\n") + "\n"
    }

    #[test]
    fn mending_every_key_at_once_finds_what_one_at_a_time_finds() {
        let texts = [
            scenario_with(2, "titel: T"),
            scenario_with(2, "colour: red\nshade:\n  - dark"),
            scenario_with(9, "        lable: A2"),
            scenario_with(9, "        label: again"),
            scenario_with(2, "id: twice"),
            // A misspelling of a key that is there too.
            scenario_with(2, "titl: other"),
            // In a flow mapping: cannot be mended, so the rest is not read.
            scenario_with(1, "extra: {a: 1}").replace("source:", "sourse:"),
            scenario_with(20, "    wen: {first: a}"),
            scenario_with(24, "          - {id: do_a, wehn: {first: a}}"),
            scenario_with(40, "    quote2: x"),
            // A wrong type after an unknown key stops the one-at-a-time parse there.
            scenario_with(2, "colour: red").replace("title: Gated", "title: [Gated]"),
            scenario_with(2, "colour: red\ncolor: blue\ncolr: green\nsumary: x"),
        ];
        for text in &texts {
            let (reference, expected) = recover_one_parse_at_a_time(text);
            let (mended, found) = parse_recovering::<Document>(text);
            let describe =
                |list: &[Diagnostic]| -> Vec<(&str, usize, usize, String, Option<String>)> {
                    let mut list: Vec<_> = list
                        .iter()
                        .map(|d| {
                            (
                                d.code.as_str(),
                                d.span.line,
                                d.span.column,
                                d.message.clone(),
                                d.help.clone(),
                            )
                        })
                        .collect();
                    list.sort();
                    list
                };
            let (found, expected) = (describe(&found), describe(&expected));
            // One at a time stops at a wrong type; at once, the keys after it are reported
            // too. Everything the reference finds is found.
            for finding in &expected {
                assert!(
                    found.contains(finding),
                    "{text}\nmissing {finding:?} in {found:?}"
                );
            }
            for finding in &found {
                assert!(
                    expected.contains(finding) || reference.is_none(),
                    "{text}\nextra {finding:?} beyond {expected:?}"
                );
            }
            assert_eq!(
                mended.map(|d| format!("{d:?}")),
                reference.map(|d| format!("{d:?}")),
                "{text}"
            );
        }
    }

    #[test]
    fn a_hundred_unknown_keys_cost_two_parses_not_a_hundred() {
        let mut text = include_str!("../../../../tests/fixtures/valid/gated.yaml").to_owned();
        for i in 0..MAX_RECOVERIES {
            let _ = writeln!(text, "unknown_{i}: {i}");
        }
        let mut parses = 0;
        let mut counted = |t: &str| {
            parses += 1;
            parse_untagged::<Document>(t)
        };
        let (document, found) = recover(&text, None, &mut counted, key_scan::scan::<Document>);
        assert!(document.is_some());
        assert_eq!(found.len(), MAX_RECOVERIES);
        assert!(found.iter().all(|d| d.code == Code::UnknownKey));
        assert_eq!(parses, 2, "the first parse, then one of the mended text");
    }

    #[test]
    fn recovers_from_every_unknown_or_repeated_key() {
        let text = "name: x\ncolour: y\n  more: z\ntags: [a]\ntgas:\n  - b\nname: again\n";
        let (doc, found) = parse_recovering::<Doc>(text);
        let places: Vec<(Code, usize)> = found.iter().map(|d| (d.code, d.span.line)).collect();
        assert_eq!(
            places,
            vec![
                (Code::UnknownKey, 2),
                (Code::UnknownKey, 5),
                (Code::DuplicateKey, 7)
            ]
        );
        assert_eq!(doc.expect("the rest parses").name.value, "x");
    }

    #[test]
    fn reads_a_misspelt_key_as_the_one_meant() {
        let (doc, found) = parse_recovering::<Doc>("nmae: x\ntags: [a]\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].suggestion.as_deref(), Some("name"));
        assert_eq!(doc.expect("recovered").name.value, "x");
    }

    #[test]
    fn stops_where_blanking_would_lose_other_entries() {
        let (doc, found) = parse_recovering::<Doc>("{name: x, nmae: y}\n");
        assert!(doc.is_none());
        assert_eq!(found.len(), 1);
        let (doc, found) = parse_recovering::<Doc>("name: [x]\ncolour: y\n");
        assert!(doc.is_none());
        assert_eq!(found[0].code, Code::WrongType);
    }
}
