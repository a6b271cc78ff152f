//! Parsing a large scenario in parts, side by side: the text is cut between questions, each
//! part parsed on its own core, and the questions put back in order.
//!
//! The YAML parser is nearly all the time `stance check` takes on a large scenario. Cutting
//! is refused (and the whole text parsed as one) unless the questions are a block list under
//! a top-level `questions:` line, and any part that does not parse cleanly (an anchor or an
//! alias among the questions fails it) makes the whole text be parsed as one: findings are
//! always those of one parse. [`Split`] says why a clean parse of every part reads what one parse would.

use std::num::NonZeroUsize;
use std::thread;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::diagnostic::{Code, Diagnostic};
use crate::load::document::{Document, QuestionDoc};
use crate::load::key_scan;
use crate::load::recovery::{self, QuickRead};
use crate::load::yaml::{self, Aliases, Usage};

/// Below this size a scenario is parsed as one: threads would cost more than they save.
const MIN_BYTES: usize = 1024 * 1024;

/// The most parts a text is cut into, whatever the number of cores.
const MAX_PARTS: usize = 8;

/// Each part's parser recurses as deep as the main thread's may (nesting is capped at 64
/// levels by the parser's budget, but serde's frames are large).
const STACK_BYTES: usize = 8 * 1024 * 1024;

/// Parses a scenario document: in parts when it is large and can be cut safely, as one
/// otherwise. Returns what [`recovery::parse_recovering`] returns for the whole text.
pub fn parse_document(text: &str) -> (Option<Document>, Vec<Diagnostic>) {
    let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get);
    if text.len() >= MIN_BYTES && cores > 1 {
        // A text mended of unknown keys is read in parts again: recovering a large file
        // costs its parts twice and one pass over its keys, not a parse per key.
        let mut quick = |text: &str| read_in_parts(text, cores.min(MAX_PARTS));
        let scan = |text: &str| scan_in_parts(text, cores.min(MAX_PARTS));
        return recovery::parse_recovering_with::<Document>(text, &mut quick, scan);
    }
    recovery::parse_recovering::<Document>(text)
}

/// Parses `text` cut into at most `parts` parts, or `None` when it cannot be cut safely or a
/// part does not parse cleanly (the caller then parses the whole text as one).
pub fn parse_in_parts(text: &str, parts: usize) -> Option<Document> {
    match read_in_parts(text, parts) {
        QuickRead::Read(document) => Some(document),
        QuickRead::KeysAtFault | QuickRead::Unsure => None,
    }
}

/// Reads `text` in at most `parts` parts: the document, or whether unknown or repeated keys
/// stopped a part (a hint that costs only time if wrong: the keys are then looked for in the
/// whole text), or nothing to say.
pub fn read_in_parts(text: &str, parts: usize) -> QuickRead<Document> {
    let Some(split) = Split::new(text, parts) else {
        return QuickRead::Unsure;
    };
    thread::scope(|scope| {
        let spawned: Vec<_> = split
            .parts
            .iter()
            .map(|part| {
                thread::Builder::new()
                    .stack_size(STACK_BYTES)
                    .spawn_scoped(scope, || {
                        // With no anchor in any part, no alias can name one in another part,
                        // nor an anchor redefine one the head names.
                        let (part, usage) =
                            yaml::parse_counted::<QuestionsPart>(part, Aliases::Refused);
                        part.map_err(|d| d.code).map(|part| (part, usage))
                    })
            })
            .collect();
        // Nothing left open before `questions:` (a quoted text, a flow mapping) means the
        // line is the top-level key it looks like.
        let header = yaml::parse::<IgnoredAny>(&text[..split.header_end]).is_ok();
        let (head, head_usage) = yaml::parse_counted::<Document>(&split.head, Aliases::Allowed);
        // Every part is joined, even after one has failed: a part left unjoined that
        // panicked would make the scope panic.
        let results: Vec<Option<PartResult>> = spawned
            .into_iter()
            .map(|handle| handle.ok()?.join().ok())
            .collect();
        let keys = |code: Code| matches!(code, Code::UnknownKey | Code::DuplicateKey);
        let key_fault = header
            && (head.as_ref().is_err_and(|d| keys(d.code))
                || results
                    .iter()
                    .flatten()
                    .any(|result| result.as_ref().is_err_and(|code| keys(*code))));
        let read = || -> Option<Document> {
            let mut document = head.ok().filter(|_| header)?;
            let mut usage = head_usage?;
            let parts: Vec<(QuestionsPart, Option<Usage>)> = results
                .into_iter()
                .map(|result| result?.ok())
                .collect::<Option<_>>()?;
            document.questions =
                Vec::with_capacity(parts.iter().map(|(p, _)| p.questions.len()).sum());
            for (part, spent) in parts {
                usage = usage + spent?;
                document.questions.extend(part.questions);
            }
            // The limits on a whole file hold for the parts together (which count a little
            // more than one parse would: each part's `questions:` key).
            usage.within_budget().then_some(document)
        };
        match read() {
            Some(document) => QuickRead::Read(document),
            // A part that could not start, panicked or failed: parse the whole text instead.
            None if key_fault => QuickRead::KeysAtFault,
            None => QuickRead::Unsure,
        }
    })
}

/// What one part's parse gave: its questions and what it spent, or the code of what stopped
/// it.
type PartResult = Result<(QuestionsPart, Option<Usage>), Code>;

/// Every unknown or repeated key of `text` ([`key_scan::scan`]), looked for part by part on
/// all cores; `None` when it cannot be cut, or a part cannot be read as a tree of keys (the
/// caller then scans the whole text as one). The cut is the one the parse in parts uses, so
/// each key is found in exactly one part, at its place in the whole text.
pub fn scan_in_parts(text: &str, parts: usize) -> Option<Vec<Diagnostic>> {
    let split = Split::new(text, parts)?;
    thread::scope(|scope| {
        let spawned: Vec<_> = split
            .parts
            .iter()
            .map(|part| {
                thread::Builder::new()
                    .stack_size(STACK_BYTES)
                    .spawn_scoped(scope, || key_scan::scan::<QuestionsPart>(part))
            })
            .collect();
        let head = key_scan::scan::<Document>(&split.head);
        // Every part is joined before any result is used, as in `read_in_parts`.
        let results: Vec<Option<Vec<Diagnostic>>> = spawned
            .into_iter()
            .map(|handle| handle.ok()?.join().ok()?)
            .collect();
        let mut found = head?;
        for part in results {
            found.extend(part?);
        }
        found.sort_by_key(|d| d.span);
        Some(found)
    })
}

/// The questions of one part.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct QuestionsPart {
    questions: Vec<QuestionDoc>,
}

/// A text cut between questions. Every part keeps its line numbers: each is `questions:`,
/// then blank lines down to where its questions stood, then those questions; the head is the
/// rest, with `questions: []` and blank lines where the questions were.
///
/// Each part is parsed as a whole document, so anything that spans a cut (a quoted text, a
/// flow list) is unterminated at the end of a part and fails it. A part that parses cleanly
/// therefore ends where the whole text's list is between two items, and the next part starts
/// where the whole text's reading would: on an item of the same list.
#[derive(Debug)]
struct Split {
    /// Where the `questions:` line starts: everything before it must parse on its own.
    header_end: usize,
    /// The text with no questions.
    head: String,
    /// The questions, part by part, in order.
    parts: Vec<String>,
}

impl Split {
    /// Cuts `text` into up to `parts` parts of about equal size, or `None` when it should be
    /// parsed as one.
    fn new(text: &str, parts: usize) -> Option<Self> {
        // YAML also breaks lines at a lone CR; the line arithmetic below does not.
        let bytes = text.as_bytes();
        if bytes
            .iter()
            .enumerate()
            .any(|(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
        {
            return None;
        }
        let lines: Vec<(usize, &str)> = text
            .split_inclusive('\n')
            .scan(0, |offset, line| {
                let start = *offset;
                *offset += line.len();
                Some((start, line))
            })
            .collect();
        let key = question_key_line(&lines)?;
        // Directives (`%TAG`) would apply to every part but be written in one.
        if lines[..key]
            .iter()
            .any(|(_, line)| line.trim_start_matches('\u{feff}').starts_with('%'))
        {
            return None;
        }
        let (items, end) = items(&lines, key)?;
        let cuts = cuts(&lines, &items, parts);
        if cuts.is_empty() {
            return None;
        }
        let offset = |line: usize| lines.get(line).map_or(text.len(), |(start, _)| *start);
        let mut head = String::with_capacity(offset(key) + end + text.len() - offset(end));
        head.push_str(&text[..offset(key)]);
        head.push_str("questions: []\n");
        head.extend(std::iter::repeat_n('\n', end - key - 1));
        head.push_str(&text[offset(end)..]);
        let starts = std::iter::once(key + 1).chain(cuts.iter().copied());
        let ends = cuts.iter().copied().chain([end]);
        let parts = starts
            .zip(ends)
            .map(|(from, to)| {
                let body = &text[offset(from)..offset(to)];
                let mut part = String::with_capacity(from + 10 + body.len());
                part.push_str("questions:\n");
                // `questions:` is line 1, so the body starts on its own line, `from + 1`.
                part.extend(std::iter::repeat_n('\n', from - 1));
                part.push_str(body);
                part
            })
            .collect();
        Some(Self {
            header_end: offset(key),
            head,
            parts,
        })
    }
}

/// The index of the one line that is exactly `questions:` (a top-level key with its value
/// below), or `None` when there is no such line or more than one.
fn question_key_line(lines: &[(usize, &str)]) -> Option<usize> {
    let mut found = lines
        .iter()
        .enumerate()
        .filter(|(_, (_, line))| content(line).trim_end_matches(' ') == "questions:")
        .map(|(i, _)| i);
    let key = found.next()?;
    found.next().is_none().then_some(key)
}

/// The lines where the question items start, all at one indentation, and the line after the
/// list; `None` unless the value is a block sequence.
fn items(lines: &[(usize, &str)], key: usize) -> Option<(Vec<usize>, usize)> {
    let mut indent = None;
    let mut starts = Vec::new();
    let mut end = lines.len();
    for (i, (_, line)) in lines.iter().enumerate().skip(key + 1) {
        let text = content(line);
        let trimmed = text.trim_start_matches(' ');
        // A line of spaces and tabs is blank.
        if trimmed.trim_start_matches([' ', '\t']).is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let depth = text.len() - trimmed.len();
        let item = trimmed == "-" || trimmed.starts_with("- ");
        match indent {
            None if item => indent = Some(depth),
            // The value is not a block sequence.
            None => return None,
            Some(at) if depth == at && item => {}
            Some(at) if depth > at => continue,
            // Less indented than the items, or a new top-level key: the list has ended.
            Some(_) => {
                end = i;
                break;
            }
        }
        starts.push(i);
    }
    indent.map(|_| (starts, end))
}

/// Where each later part starts: the first item at or after each equal share of the list.
fn cuts(lines: &[(usize, &str)], items: &[usize], parts: usize) -> Vec<usize> {
    let (Some(&first), Some(&last)) = (items.first(), items.last()) else {
        return Vec::new();
    };
    let (from, to) = (lines[first].0, lines[last].0);
    let mut cuts: Vec<usize> = Vec::new();
    let mut next = items.iter().skip(1).peekable();
    for share in 1..parts {
        let target = from + (to - from) * share / parts;
        while next.next_if(|&&i| lines[i].0 < target).is_some() {}
        match next.next() {
            Some(&i) => cuts.push(i),
            None => break,
        }
    }
    cuts
}

/// A line without its line end.
fn content(line: &str) -> &str {
    line.trim_end_matches(['\n', '\r'])
}

#[cfg(test)]
mod split_tests;
