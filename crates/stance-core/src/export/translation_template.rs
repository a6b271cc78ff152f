//! A translation file to fill in: every text of a scenario by key, each with the hash of the
//! text it is to translate and that text as a comment, for `stance new --translation`.

use std::fmt::Write;

use crate::load::translation_document::TranslationDocument;
use crate::scenario::Scenario;
use crate::scenario::text_slot::TextSlot;
use crate::scenario::translation::source_hash;
use crate::text::printable::printable;
use crate::text::wrap::wrap;

/// The translation file of `scenario` into `language`. The texts of `existing`, a translation
/// already begun, are kept under their keys with the hash they had, so that `stance check`
/// still tells which of them are out of date; keys the scenario no longer has are dropped.
pub fn render(
    scenario: &Scenario,
    language: &str,
    existing: Option<&TranslationDocument>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# The `{language}` translation of the scenario `{}`: write each entry's `text`.",
        scenario.id
    );
    out.push_str(
        "# `source` is the hash of the text translated, shown above it: keep it, and `stance check`\n\
         # says when that text changes. Quotes stay in the essay's language; a `.gloss` entry,\n\
         # which may stay empty, translates one. Ids, structure and citations come from the\n\
         # scenario. docs/scenario-format.md, \"Translations\", tells the rest.\n",
    );
    let _ = writeln!(
        out,
        "format: 1\ntranslation: {language}\nscenario: {}",
        scenario.id
    );
    out.push_str("entries:\n");
    for slot in TextSlot::all(scenario) {
        let key = slot.key(scenario);
        let original = slot.text(scenario);
        let kept = existing.and_then(|document| {
            document
                .entries
                .iter()
                .find(|(k, _)| k.value == key)
                .map(|(_, entry)| &entry.value)
        });
        let (hash, text) = match kept {
            Some(entry) => (
                entry.source.value.clone(),
                entry.text.as_ref().map_or("", |t| t.value.as_str()),
            ),
            None => (source_hash(original), ""),
        };
        let _ = writeln!(out, "  {}:", plain_or_quoted(&key));
        // A comment holds only what YAML allows there: controls are shown, not written.
        for line in original.lines() {
            out.push_str(&wrap(
                &printable(line),
                Some(COMMENT_WIDTH),
                "    # ",
                "    # ",
            ));
            out.push('\n');
        }
        let _ = writeln!(out, "    source: {}", json(&hash));
        let _ = writeln!(out, "    text: {}", json(text));
    }
    out
}

/// The width the scenario's texts are wrapped to in the comments.
const COMMENT_WIDTH: usize = 88;

/// A key as it is: keys are made of ids and dots, which YAML reads as plain text; quoted
/// should an id ever hold anything else.
fn plain_or_quoted(key: &str) -> String {
    let plain = key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if plain { key.to_owned() } else { json(key) }
}

/// A YAML double-quoted scalar: JSON's strings are YAML's.
fn json(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

#[cfg(test)]
mod tests {
    use super::render;
    use crate::check::translation_check::check_translation;
    use crate::diagnostic::Code;
    use crate::export::hostile_scenario;
    use crate::load::translation_document::TranslationDocument;

    #[test]
    fn a_template_checks_with_only_missing_texts_and_keeps_what_was_begun() {
        let scenario = hostile_scenario();
        let template = render(&scenario, "ko", None);
        let analysis = check_translation(&template, &scenario);
        assert!(
            analysis
                .diagnostics
                .iter()
                .all(|d| d.code == Code::TranslationMissing),
            "{:?}",
            analysis.diagnostics
        );
        let translation = analysis.translation.expect("no error");
        assert!(translation.missing > 0);
        assert!(translation.texts.is_empty());

        let begun = template.replacen("text: \"\"", "text: \"제목\"", 1);
        let document = TranslationDocument::parse(&begun).expect("parses");
        let again = render(&scenario, "ko", Some(&document));
        assert!(again.contains("text: \"제목\""), "{again}");
        let translated = check_translation(&again, &scenario)
            .translation
            .expect("no error")
            .apply(&scenario);
        assert_eq!(translated.title, "제목");
    }
}
