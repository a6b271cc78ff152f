//! The words stance itself shows a person, in the interface's language: Fluent catalogues
//! (`locales/LANG/*.ftl`), embedded at compile time. Machine output (JSON keys, finding
//! codes, ids, CSV headers) never comes from here: it stays the same in every language.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

use crate::text::localized::Localized;
use crate::text::phrase::Phrase;

fluent_templates::static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps each argument in Unicode isolation marks, which a terminal shows as
        // stray characters and a test cannot see; stance's arguments are ids, numbers and
        // texts of one direction.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language stance's interface is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locale {
    /// English, the default and the fallback.
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Locale {
    /// Every interface language, English first.
    pub const ALL: [Self; 2] = [Self::En, Self::Ko];

    /// The language's tag: `en`, `ko`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ko => "ko",
        }
    }

    /// The interface language of a tag, or of the language it belongs to (`ko` for
    /// `ko-KR`); none for a language stance does not speak.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Self::ALL.into_iter().find(|l| l.tag() == primary)
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Self::En => langid!("en"),
            Self::Ko => langid!("ko"),
        }
    }
}

/// A value put into a message: a text, a number (which chooses a plural form), or a
/// phrase, worded in the message's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A text, shown as it is.
    Text(String),
    /// A count.
    Number(u64),
    /// A message of its own, such as a did-you-mean inside a help line.
    Phrase(Box<Phrase>),
}

impl From<Phrase> for Arg {
    fn from(phrase: Phrase) -> Self {
        Self::Phrase(Box::new(phrase))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Self::Number(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Self::Number(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Self::Number(u64::from(n))
    }
}

/// The interface's words in one language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Messages {
    locale: Locale,
}

impl Messages {
    /// The words of `locale`.
    pub fn new(locale: Locale) -> Self {
        Self { locale }
    }

    /// English.
    pub fn english() -> Self {
        Self::new(Locale::En)
    }

    /// The language.
    pub fn locale(self) -> Locale {
        self.locale
    }

    /// The message `key`.
    pub fn text(self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// The message `key` with its arguments.
    pub fn text_with(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Phrase(phrase) => FluentValue::from(phrase.message(self)),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        self.lookup(key, Some(&args))
    }

    /// Looks `key` up in the language, then in English; a key in neither (the tests see
    /// that none is) shows as itself rather than as nothing.
    fn lookup(
        self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        CATALOGUES
            .try_lookup_complete(&self.locale.id(), key, args)
            .or_else(|| CATALOGUES.try_lookup_complete(&Locale::En.id(), key, args))
            .unwrap_or_else(|| key.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use super::{Arg, Locale, Messages};

    /// The workspace's root.
    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    /// The message ids of a catalogue's text: lines `id = …` at the start of a line.
    fn ids(text: &str) -> BTreeSet<String> {
        text.lines()
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id)
            .filter(|id| {
                id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .map(str::to_owned)
            .collect()
    }

    /// Every message id of a language, from all its catalogue files.
    fn catalogue(locale: Locale) -> BTreeSet<String> {
        let dir = root().join("crates/stance-core/locales").join(locale.tag());
        let mut all = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).expect("the catalogue folder") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                all.extend(ids(&std::fs::read_to_string(&path).expect("a catalogue")));
            }
        }
        all
    }

    /// The text of every source file that may use a message: Rust, and the pages' scripts
    /// and templates.
    fn sources() -> Vec<(PathBuf, String)> {
        let mut found = Vec::new();
        let mut pending = vec![root().join("src"), root().join("crates")];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(&dir).expect("a folder") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    if !path.ends_with("target") && !path.ends_with("locales") {
                        pending.push(path);
                    }
                } else if path
                    .extension()
                    .is_some_and(|e| e == "rs" || e == "js" || e == "html")
                {
                    let text = std::fs::read_to_string(&path).expect("a source");
                    found.push((path, text));
                }
            }
        }
        found
    }

    #[test]
    fn every_message_is_in_every_language_and_used_and_every_one_used_exists() {
        let english = catalogue(Locale::En);
        assert!(english.len() > 10, "{english:?}");
        for locale in Locale::ALL {
            let ids = catalogue(locale);
            let missing: Vec<_> = english.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&english).collect();
            assert!(missing.is_empty(), "`{}` lacks {missing:?}", locale.tag());
            assert!(
                extra.is_empty(),
                "`{}` has ids English lacks: {extra:?}",
                locale.tag()
            );
        }
        let sources = sources();
        // This file's own test names some keys; they are not uses.
        let uses = |id: &str| {
            sources.iter().any(|(path, text)| {
                !path.ends_with("text/messages.rs")
                    && (text.contains(&format!("\"{id}\"")) || text.contains(&format!("'{id}'")))
            })
        };
        // The `help-` keys are made from the command line's paths and ids, not named in
        // code; the coverage test in `src/cli/help_text.rs` guards them.
        let unused: Vec<_> = english
            .iter()
            .filter(|id| !id.starts_with("help-") && !uses(id))
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
        // Every id a call names is in the catalogue.
        for (path, text) in &sources {
            if path.ends_with("text/messages.rs") {
                continue;
            }
            for call in ["text(\"", "text_with(\"", "t('", "t(\""] {
                for (at, _) in text.match_indices(call) {
                    // `t(` alone, not the end of a longer name such as `split(`.
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let id: String = text[at + call.len()..]
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                        .collect();
                    assert!(
                        english.contains(&id),
                        "{}: `{id}` is in no catalogue",
                        path.display()
                    );
                }
            }
        }
    }

    #[test]
    fn messages_come_in_the_language_with_their_arguments_and_no_isolation_marks() {
        let en = Messages::new(Locale::En);
        let ko = Messages::new(Locale::Ko);
        assert_eq!(en.text("stance-situation"), "Situation");
        assert_eq!(ko.text("stance-situation"), "상황");
        let shown = ko.text_with("stance-why", &[("rationale", Arg::from("이유"))]);
        assert_eq!(shown, "이유: 이유");
        assert!(!shown.contains(['\u{2068}', '\u{2069}']), "{shown:?}");
        assert_eq!(en.text("no-such-key"), "no-such-key");
        assert_eq!(Locale::from_tag("ko-KR"), Some(Locale::Ko));
        assert_eq!(Locale::from_tag("fr"), None);
    }
}
