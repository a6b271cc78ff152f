//! "Did you mean" hints for names that do not exist.

use std::fmt::Write;

use crate::text::localized::Localized;
use crate::text::messages::{Arg, Messages};
use crate::text::phrase::Phrase;

/// The longest word a suggestion is looked for, in bytes.
pub const MAX_WORD_BYTES: usize = 256;

/// The candidate closest to `word`, if any is close enough to be a likely typo.
pub fn nearest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    // No name is this long: a word that is cannot be a typo of one, and comparing it with
    // every candidate would cost time in proportion to its length (a server's request).
    if word.len() > MAX_WORD_BYTES {
        return None;
    }
    let lowered = word.to_lowercase();
    let mut best: Option<(f64, &'a str)> = None;
    for candidate in candidates {
        if candidate.to_lowercase() == lowered {
            return Some(candidate);
        }
        let score = strsim::jaro_winkler(&lowered, &candidate.to_lowercase());
        // clap uses the same bar: below it, suggestions are mostly noise.
        if score > 0.8 && best.is_none_or(|(top, _)| score > top) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// `did you mean `x`?`, when a candidate is close to `word`.
pub fn did_you_mean<'a, I>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    did_you_mean_in(Messages::english(), word, candidates)
}

/// [`did_you_mean`] in `messages`' language.
pub fn did_you_mean_in<'a, I>(messages: Messages, word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    did_you_mean_phrase(word, candidates).map(|phrase| phrase.message(messages))
}

/// [`did_you_mean`] as a phrase, worded in the language it is shown in.
pub fn did_you_mean_phrase<'a, I>(word: &str, candidates: I) -> Option<Phrase>
where
    I: IntoIterator<Item = &'a str>,
{
    nearest(word, candidates)
        .map(|name| Phrase::text_with("suggest-did-you-mean", &[("name", Arg::from(name))]))
}

/// Names in backticks, separated by commas: `` `a`, `b`, `c` ``.
pub fn list<'a, I>(names: I) -> String
where
    I: IntoIterator<Item = &'a str>,
{
    let mut out = String::new();
    for (i, name) in names.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "`{name}`");
    }
    out
}

/// The most valid names a help line lists; the rest are counted, so that a scenario of
/// 100,000 questions does not print them all with every finding.
const MAX_LISTED: usize = 30;

/// A help line: the did-you-mean if there is one, then the valid names (the first
/// [`MAX_LISTED`], and how many more). `what` names the candidates, in English.
pub fn help<'a, I>(word: &str, what: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    help_in(Messages::english(), word, what, candidates)
}

/// [`help`] in `messages`' language; `what` names the candidates in that language.
pub fn help_in<'a, I>(messages: Messages, word: &str, what: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    help_phrase(word, Phrase::verbatim(what), candidates).message(messages)
}

/// [`help`] as a phrase, worded in the language it is shown in: the nearest name and the
/// names listed are found now, the words around them later. `what` names the candidates.
pub fn help_phrase<'a, I>(word: &str, what: Phrase, candidates: I) -> Phrase
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    let total = candidates.clone().into_iter().count();
    let names = list(candidates.clone().into_iter().take(MAX_LISTED));
    let what = Arg::from(what);
    let valid = match total.saturating_sub(MAX_LISTED) {
        _ if total == 0 => Phrase::text_with("suggest-none", &[("what", what)]),
        0 => Phrase::text_with(
            "suggest-valid",
            &[("what", what), ("names", Arg::from(names))],
        ),
        more => Phrase::text_with(
            "suggest-valid-more",
            &[
                ("what", what),
                ("names", Arg::from(names)),
                ("more", Arg::from(more)),
            ],
        ),
    };
    match did_you_mean_phrase(word, candidates) {
        Some(hint) => Phrase::text_with(
            "suggest-with-hint",
            &[("hint", Arg::from(hint)), ("valid", Arg::from(valid))],
        ),
        None => valid,
    }
}

#[cfg(test)]
mod tests {
    use super::{did_you_mean, help, help_in, list, nearest};
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn suggestions() {
        let cases: &[(&str, &[&str], Option<&str>)] = &[
            ("smaa", &["peninsula", "sma"], Some("sma")),
            ("nxt", &["id", "label", "next"], Some("next")),
            ("SMA", &["sma"], Some("sma")),
            ("zzzz", &["peninsula", "sma"], None),
            ("x", &[], None),
        ];
        for (word, candidates, expected) in cases {
            assert_eq!(
                nearest(word, candidates.iter().copied()),
                *expected,
                "{word}"
            );
        }
        // A word longer than any name is not looked at: `sma` and a kilobyte after it.
        let long = format!("sma{}", "a".repeat(super::MAX_WORD_BYTES));
        assert_eq!(nearest(&long, ["sma"]), None);
    }

    #[test]
    fn phrasing() {
        assert_eq!(
            did_you_mean("nxt", ["next"]).as_deref(),
            Some("did you mean `next`?")
        );
        assert_eq!(list(["a", "b"]), "`a`, `b`");
        assert_eq!(
            help("nxt", "keys", ["id", "next"]),
            "did you mean `next`? valid keys: `id`, `next`"
        );
        assert_eq!(help("q", "keys", ["id"]), "valid keys: `id`");
        assert_eq!(help("q", "keys", []), "there are no keys");
        let many: Vec<String> = (0..100_000).map(|i| format!("q{i}")).collect();
        let line = help("q99x", "questions", many.iter().map(String::as_str));
        assert!(
            line.starts_with("did you mean `q99`? valid questions: `q0`, `q1`,"),
            "{line}"
        );
        assert!(line.ends_with("`q29` and 99970 more"), "{line}");
    }

    #[test]
    fn phrasing_in_korean() {
        let ko = Messages::new(Locale::Ko);
        let cases: &[(&str, &[&str], &str)] = &[
            (
                "nxt",
                &["id", "next"],
                "혹시 `next`입니까? 가능한 질문: `id`, `next`",
            ),
            ("q", &["id"], "가능한 질문: `id`"),
            ("q", &[], "질문 목록이 비어 있습니다"),
        ];
        for (word, candidates, expected) in cases {
            let what = ko.text("suggest-questions");
            assert_eq!(
                help_in(ko, word, &what, candidates.iter().copied()),
                *expected
            );
        }
        let many: Vec<String> = (0..40).map(|i| format!("q{i}")).collect();
        let line = help_in(ko, "zz", "질문", many.iter().map(String::as_str));
        assert!(line.ends_with("`q29` 외 10개"), "{line}");
    }
}
