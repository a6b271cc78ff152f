//! A checked translation of a scenario: texts in another language, by slot, that replace the
//! scenario's own while its ids, structure and citations stay as they are.

use std::fmt::Write;

use sha2::{Digest, Sha256};

use crate::scenario::Scenario;
use crate::scenario::text_slot::TextSlot;

/// The texts of one language, each for a slot of the scenario it was checked against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    /// The language tag (`ko`).
    pub language: String,
    /// Translated texts, each for a slot whose text has not changed since it was translated.
    pub texts: Vec<(TextSlot, String)>,
    /// Slots left in the scenario's own language: no entry, or an empty one.
    pub missing: usize,
    /// Slots whose text changed since they were translated, also left in its own language.
    pub stale: usize,
}

impl Translation {
    /// The scenario with every translated text in place of its own, marked with the
    /// language. A text missing or stale stays as the author wrote it.
    pub fn apply(&self, scenario: &Scenario) -> Scenario {
        let mut translated = scenario.clone();
        for (slot, text) in &self.texts {
            slot.set(&mut translated, text.clone());
        }
        translated.language = Some(self.language.clone());
        translated
    }
}

/// The hash a translation records of the text it translates: the first eight hex digits of
/// its SHA-256, enough to tell that a text changed, short enough to read.
pub fn source_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(8);
    for byte in &digest[..4] {
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// Whether `tag` is a language tag a translation may carry: a primary language of two or
/// three lower-case letters (`ko`, `en`), then any subtags of letters and digits (`zh-Hant`,
/// `pt-BR`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::{is_language_tag, source_hash};

    #[test]
    fn a_hash_changes_with_its_text() {
        assert_eq!(source_hash("abc"), "ba7816bf");
        assert_ne!(source_hash("abc"), source_hash("abd"));
    }

    #[test]
    fn language_tags() {
        for good in ["ko", "en", "zh-Hant", "pt-BR", "yue"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "",
            "k",
            "KO",
            "korean",
            "ko_KR",
            "ko-",
            "ko-toolongsubtag",
            "../x",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
