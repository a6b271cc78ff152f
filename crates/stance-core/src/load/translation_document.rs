//! A translation file as written, before it is checked against its scenario.

use indexmap::IndexMap;
use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::diagnostic::Diagnostic;
use crate::load::yaml::{self, Spanned};

/// A translation file: its language, the scenario it translates, and its texts by key.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationDocument {
    /// The file format's version; 1.
    pub format: Spanned<u32>,
    /// The language tag of the texts (`ko`).
    pub translation: Spanned<String>,
    /// The id of the scenario translated.
    pub scenario: Spanned<String>,
    /// Each translated text by its slot's key (`question.peninsula.prompt`), in file order.
    #[serde(default)]
    pub entries: IndexMap<Spanned<String>, Spanned<EntryDocument>>,
}

/// One translated text and the hash of the text it translates.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryDocument {
    /// The hash of the scenario's text when it was translated.
    pub source: Spanned<String>,
    /// The translation; absent or empty while it is still to be written.
    #[serde(default)]
    pub text: Option<Spanned<String>>,
}

impl TranslationDocument {
    /// Parses a translation file, or says what stops it, where.
    pub fn parse(text: &str) -> Result<Self, Box<Diagnostic>> {
        yaml::parse(text)
    }
}

/// Whether a YAML file is a translation rather than a scenario: it has a top-level
/// `translation` key. Scenario folders hold both, and only scenarios are listed by id.
pub fn is_translation(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        translation: Option<IgnoredAny>,
    }
    // A scenario's texts may say "translation"; only a file that does is parsed to tell.
    text.contains("translation")
        && yaml::parse::<Probe>(text).is_ok_and(|probe| probe.translation.is_some())
}

#[cfg(test)]
mod tests {
    use super::is_translation;

    #[test]
    fn a_translation_is_told_from_a_scenario_by_its_key() {
        let cases = [
            ("format: 1\ntranslation: ko\nscenario: x\n", true),
            ("format: 1\nid: x\ntitle: no translation here\n", false),
            ("format: 1\nid: x\ntitle: [\n", false),
        ];
        for (text, expected) in cases {
            assert_eq!(is_translation(text), expected, "{text}");
        }
    }
}
