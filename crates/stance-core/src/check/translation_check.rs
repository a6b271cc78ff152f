//! Checks a translation file against the scenario it translates: every entry must name a
//! text the scenario has, and record the hash of the text it translates, so that a text the
//! author changed since is told apart from one still current.

use rustc_hash::FxHashMap;

use crate::diagnostic::{Code, Diagnostic, Severity, Span};
use crate::load::translation_document::TranslationDocument;
use crate::scenario::Scenario;
use crate::scenario::text_slot::TextSlot;
use crate::scenario::translation::{Translation, is_language_tag, source_hash};
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;
use crate::text::suggest;

/// The format version of translation files this build reads.
pub const TRANSLATION_FORMAT: u32 = 1;

/// The longest a scenario's text is shown in a finding about its translation, in characters.
const SHOWN_CHARS: usize = 120;

/// A translation file, checked: the translation when nothing stops it, and every finding.
#[derive(Clone, Debug)]
pub struct TranslationAnalysis {
    /// The translation, when the file has no error.
    pub translation: Option<Translation>,
    /// Every finding, in file order, then the slots no entry names, in author order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses and checks the translation file `text` against `scenario`.
pub fn check_translation(text: &str, scenario: &Scenario) -> TranslationAnalysis {
    match TranslationDocument::parse(text) {
        Ok(document) => analyse(&document, scenario),
        Err(diagnostic) => TranslationAnalysis {
            translation: None,
            diagnostics: vec![*diagnostic],
        },
    }
}

/// Checks a parsed translation against `scenario`.
pub fn analyse(document: &TranslationDocument, scenario: &Scenario) -> TranslationAnalysis {
    let mut diagnostics = header(document, scenario);
    let language = &document.translation;
    let slots = TextSlot::all(scenario);
    let keys: Vec<String> = slots.iter().map(|slot| slot.key(scenario)).collect();
    let by_key: FxHashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, key)| (key.as_str(), i))
        .collect();
    let mut named = vec![false; slots.len()];
    let mut texts = Vec::new();
    let (mut missing, mut stale) = (0, 0);
    for (key, entry) in &document.entries {
        let Some(&i) = by_key.get(key.value.as_str()) else {
            diagnostics.push(unknown_key(&key.value, key.span, &keys));
            continue;
        };
        named[i] = true;
        let slot = slots[i];
        let original = slot.text(scenario);
        let translated = entry
            .value
            .text
            .as_ref()
            .map(|t| t.value.trim())
            .filter(|t| !t.is_empty());
        let Some(translated) = translated else {
            if !slot.is_optional() {
                missing += 1;
                diagnostics.push(not_translated(&key.value, key.span, original));
            }
            continue;
        };
        let hash = source_hash(original);
        if entry.value.source.value != hash {
            stale += 1;
            diagnostics.push(changed(
                &key.value,
                entry.value.source.span,
                original,
                &hash,
            ));
            continue;
        }
        texts.push((slot, translated.to_owned()));
    }
    let absent_keys: Vec<&str> = slots
        .iter()
        .zip(&keys)
        .zip(&named)
        .filter(|((slot, _), named)| !**named && !slot.is_optional())
        .map(|((_, key), _)| key.as_str())
        .collect();
    if !absent_keys.is_empty() {
        missing += absent_keys.len();
        diagnostics.push(absent(&absent_keys, document, scenario));
    }
    let failed = diagnostics.iter().any(|d| d.severity() == Severity::Error);
    TranslationAnalysis {
        translation: (!failed).then(|| Translation {
            language: language.value.clone(),
            texts,
            missing,
            stale,
        }),
        diagnostics,
    }
}

/// The findings about the file's header: its format, language tag and scenario id.
fn header(document: &TranslationDocument, scenario: &Scenario) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    if document.format.value != TRANSLATION_FORMAT {
        diagnostics.push(
            Diagnostic::new(
                Code::UnsupportedFormat,
                document.format.span,
                Phrase::text_with(
                    "finding-translation-format",
                    &[("version", Arg::from(document.format.value.to_string()))],
                ),
            )
            .with_help(Some(Phrase::text_with(
                "finding-translation-format-help",
                &[("version", Arg::from(TRANSLATION_FORMAT.to_string()))],
            ))),
        );
    }
    let language = &document.translation;
    if !is_language_tag(&language.value) {
        diagnostics.push(
            Diagnostic::new(
                Code::InvalidValue,
                language.span,
                Phrase::text_with(
                    "finding-translation-tag",
                    &[("tag", Arg::from(language.value.as_str()))],
                ),
            )
            .with_help(Some(Phrase::text("finding-translation-tag-help"))),
        );
    }
    if document.scenario.value != scenario.id {
        diagnostics.push(
            Diagnostic::new(
                Code::InvalidValue,
                document.scenario.span,
                Phrase::text_with(
                    "finding-translation-other-scenario",
                    &[
                        ("named", Arg::from(document.scenario.value.as_str())),
                        ("scenario", Arg::from(scenario.id.as_str())),
                    ],
                ),
            )
            .with_help(Some(Phrase::text_with(
                "finding-translation-other-scenario-help",
                &[("scenario", Arg::from(scenario.id.as_str()))],
            ))),
        );
    }

    diagnostics
}

fn unknown_key(key: &str, span: Span, keys: &[String]) -> Diagnostic {
    let candidates = keys.iter().map(String::as_str);
    let nearest = suggest::nearest(key, candidates);
    let help = match nearest {
        Some(name) => Phrase::text_with("suggest-did-you-mean", &[("name", Arg::from(name))]),
        None => Phrase::text_with(
            "finding-translation-unknown-help",
            &[("count", Arg::from(keys.len()))],
        ),
    };
    Diagnostic::new(
        Code::TranslationUnknown,
        span,
        Phrase::text_with("finding-translation-unknown", &[("key", Arg::from(key))]),
    )
    .with_label(Phrase::text("finding-translation-unknown-label"))
    .with_help(Some(help))
    .with_suggestion(nearest)
}

fn not_translated(key: &str, span: Span, original: &str) -> Diagnostic {
    Diagnostic::new(
        Code::TranslationMissing,
        span,
        Phrase::text_with("finding-not-translated", &[("key", Arg::from(key))]),
    )
    .with_help(Some(Phrase::text_with(
        "finding-not-translated-help",
        &[("text", Arg::from(shown(original)))],
    )))
}

/// The most keys a finding about absent entries lists; the rest are counted.
const LISTED: usize = 8;

/// One finding for every text the translation has no entry for.
fn absent(keys: &[&str], document: &TranslationDocument, scenario: &Scenario) -> Diagnostic {
    let listed = Arg::from(suggest::list(keys.iter().copied().take(LISTED)));
    let count = Arg::from(keys.len());
    let message = match (keys, keys.len().saturating_sub(LISTED)) {
        ([one], _) => Phrase::text_with("finding-absent-one", &[("key", Arg::from(*one))]),
        (_, 0) => Phrase::text_with("finding-absent", &[("count", count), ("keys", listed)]),
        (_, more) => Phrase::text_with(
            "finding-absent-more",
            &[
                ("count", count),
                ("keys", listed),
                ("more", Arg::from(more)),
            ],
        ),
    };
    Diagnostic::new(Code::TranslationMissing, document.scenario.span, message).with_help(Some(
        Phrase::text_with(
            "finding-absent-help",
            &[
                ("language", Arg::from(document.translation.value.as_str())),
                ("scenario", Arg::from(scenario.id.as_str())),
            ],
        ),
    ))
}

fn changed(key: &str, span: Span, original: &str, hash: &str) -> Diagnostic {
    Diagnostic::new(
        Code::TranslationStale,
        span,
        Phrase::text_with("finding-stale", &[("key", Arg::from(key))]),
    )
    .with_label(Phrase::text("finding-stale-label"))
    .with_help(Some(Phrase::text_with(
        "finding-stale-help",
        &[
            ("text", Arg::from(shown(original))),
            ("hash", Arg::from(hash)),
        ],
    )))
    .with_suggestion(Some(hash))
}

/// A scenario's text in a finding: quoted, on one line, and cut when long.
fn shown(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = flat.chars();
    let head: String = chars.by_ref().take(SHOWN_CHARS).collect();
    let more = if chars.next().is_some() { "…" } else { "" };
    format!("\u{201c}{head}{more}\u{201d}")
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use super::check_translation;
    use crate::diagnostic::Code;
    use crate::export::hostile_scenario;
    use crate::scenario::text_slot::TextSlot;
    use crate::scenario::translation::source_hash;
    use crate::text::messages::{Locale, Messages};

    /// A translation of the hostile scenario giving `entries` (key, hash, text).
    fn file(entries: &[(&str, &str, &str)]) -> String {
        let mut text = "format: 1\ntranslation: ko\nscenario: hostile\nentries:\n".to_owned();
        for (key, hash, translated) in entries {
            let _ = write!(
                text,
                "  {key}:\n    source: \"{hash}\"\n    text: \"{translated}\"\n"
            );
        }
        text
    }

    #[test]
    fn findings_name_the_missing_the_stale_and_the_unknown() {
        let scenario = hostile_scenario();
        assert_eq!(scenario.id, "hostile");
        let slots = TextSlot::all(&scenario);
        let title = source_hash(&scenario.title);
        // Every slot translated but the first two, one stale, one unknown key.
        let mut entries: Vec<(String, String, String)> = slots
            .iter()
            .skip(2)
            .filter(|slot| !slot.is_optional())
            .map(|slot| {
                let key = slot.key(&scenario);
                (
                    key.clone(),
                    source_hash(slot.text(&scenario)),
                    format!("번역 {key}"),
                )
            })
            .collect();
        entries.push(("title".into(), "00000000".into(), "제목".into()));
        let full: Vec<(&str, &str, &str)> = entries
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        let analysis = check_translation(&file(&full), &scenario);
        let codes: Vec<Code> = analysis.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.contains(&Code::TranslationStale), "{codes:?}");
        let stale = analysis
            .diagnostics
            .iter()
            .find(|d| d.code == Code::TranslationStale)
            .expect("stale");
        assert_eq!(stale.suggestion.as_deref(), Some(title.as_str()));
        let translation = analysis.translation.expect("no error");
        assert_eq!(translation.stale, 1);
        let translated = translation.apply(&scenario);
        assert_eq!(
            translated.title, scenario.title,
            "a stale text stays as written"
        );
        assert_eq!(translated.language.as_deref(), Some("ko"));

        let mut with_unknown = full.clone();
        with_unknown.push(("question.frist.prompt", "00000000", "x"));
        let analysis = check_translation(&file(&with_unknown), &scenario);
        let unknown = analysis
            .diagnostics
            .iter()
            .find(|d| d.code == Code::TranslationUnknown)
            .expect("unknown");
        assert_eq!(unknown.suggestion.as_deref(), Some("question.first.prompt"));
        assert!(analysis.translation.is_none(), "an unknown key is an error");
    }

    #[test]
    fn a_wrong_header_is_an_error() {
        let scenario = hostile_scenario();
        let cases = [
            (
                "format: 2\ntranslation: ko\nscenario: hostile\n",
                Code::UnsupportedFormat,
            ),
            (
                "format: 1\ntranslation: Korean\nscenario: hostile\n",
                Code::InvalidValue,
            ),
            (
                "format: 1\ntranslation: ko\nscenario: other\n",
                Code::InvalidValue,
            ),
            (
                "format: 1\ntranslation: ko\nscenario: hostile\nid: x\n",
                Code::UnknownKey,
            ),
        ];
        for (text, code) in cases {
            let analysis = check_translation(text, &scenario);
            assert!(
                analysis.diagnostics.iter().any(|d| d.code == code),
                "{text}: {:?}",
                analysis.diagnostics
            );
            assert!(analysis.translation.is_none(), "{text}");
        }
    }

    #[test]
    fn translation_findings_are_worded_in_the_interface_language() {
        let scenario = hostile_scenario();
        let ko = Messages::new(Locale::Ko);
        // (the file, the code, English message and help, Korean message and help)
        let cases: &[(String, Code, [&str; 2], [&str; 2])] = &[
            (
                file(&[("question.frist.prompt", "00000000", "x")]),
                Code::TranslationUnknown,
                [
                    "`question.frist.prompt` names no text of the scenario",
                    "did you mean `question.first.prompt`?",
                ],
                [
                    "`question.frist.prompt` 키에 해당하는 시나리오의 글이 없습니다",
                    "혹시 `question.first.prompt`입니까?",
                ],
            ),
            (
                file(&[("title", "00000000", "제목")]),
                Code::TranslationStale,
                [
                    "`title` changed since it was translated, so it is shown as written until the translation is brought up to date",
                    "it now reads: \u{201c}The \"hostile\" <b>case</b> \u{1b}\u{201d}; update the translation, then set `source: ",
                ],
                [
                    "`title` 글은 번역한 뒤에 바뀌었으므로, 번역을 새로 고칠 때까지 원문대로 보입니다",
                    "지금 원문: \u{201c}The \"hostile\" <b>case</b> \u{1b}\u{201d}. 번역을 고친 뒤 `source: ",
                ],
            ),
            (
                "format: 1\ntranslation: Korean\nscenario: hostile\n".to_owned(),
                Code::InvalidValue,
                [
                    "`Korean` is not a language tag",
                    "a tag is a language's two- or three-letter code in lower case, such as `ko`, perhaps with subtags: `zh-Hant`, `pt-BR`",
                ],
                [
                    "`Korean` 값은 언어 태그가 아닙니다",
                    "태그는 `ko`처럼 소문자로 쓴 두세 글자의 언어 코드이며, `zh-Hant`, `pt-BR`처럼 하위 태그가 붙을 수 있습니다",
                ],
            ),
        ];
        for (text, code, english, korean) in cases {
            let analysis = check_translation(text, &scenario);
            let found = analysis
                .diagnostics
                .iter()
                .find(|d| d.code == *code)
                .unwrap_or_else(|| panic!("no {code} in {:#?}", analysis.diagnostics));
            for (messages, [message, help]) in [(Messages::english(), english), (ko, korean)] {
                assert_eq!(found.message_in(messages), *message);
                let said = found.help_in(messages).expect("a help line");
                assert!(said.starts_with(help), "{said}");
            }
            assert_eq!(found.message_in(Messages::english()), found.message);
        }
        // Every other entry absent: one finding that counts them, in either language.
        let analysis = check_translation(&cases[1].0, &scenario);
        let absent = analysis
            .diagnostics
            .iter()
            .find(|d| d.code == Code::TranslationMissing)
            .expect("absent");
        assert!(
            absent
                .message
                .starts_with("the translation has no entry for "),
            "{}",
            absent.message
        );
        assert!(absent.message.ends_with(" more"), "{}", absent.message);
        let korean = absent.message_in(ko);
        assert!(korean.starts_with("번역에 글 "), "{korean}");
        assert!(korean.ends_with("개"), "{korean}");
    }
}
