//! The language stance speaks and shows scenarios in: `--lang`, else `STANCE_LANG`, else the
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.

use std::ffi::OsString;

use stance_core::scenario::translation::is_language_tag;

/// The interface languages stance has.
pub const INTERFACE_LANGUAGES: [&str; 2] = ["en", "ko"];

/// Where the language came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// `--lang`.
    Flag,
    /// `STANCE_LANG`.
    Variable,
    /// The locale's variables.
    Locale,
    /// Nothing chose one.
    Default,
}

/// The language chosen, as a tag (`ko`, `zh-Hant`), and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    /// The tag.
    pub tag: String,
    /// Where it came from.
    pub origin: Origin,
}

impl Language {
    /// English, chosen by nothing.
    pub fn default_english() -> Self {
        Self {
            tag: "en".to_owned(),
            origin: Origin::Default,
        }
    }

    /// Whether a person asked for the language by name, with `--lang` or `STANCE_LANG`,
    /// rather than having it from the locale: only then is a missing translation worth a
    /// warning.
    pub fn is_explicit(&self) -> bool {
        matches!(self.origin, Origin::Flag | Origin::Variable)
    }

    /// The tags a translation is looked for under, most specific first: `zh-Hant-TW`, then
    /// `zh-Hant`, then `zh`.
    pub fn lookup_tags(&self) -> Vec<&str> {
        let mut tags = vec![self.tag.as_str()];
        let mut rest = self.tag.as_str();
        while let Some((head, _)) = rest.rsplit_once('-') {
            tags.push(head);
            rest = head;
        }
        tags
    }

    /// The interface language this one is shown in: itself, or the language it belongs to
    /// (`ko` for `ko-KR`), else English.
    pub fn interface(&self) -> &'static str {
        self.lookup_tags()
            .into_iter()
            .find_map(|tag| INTERFACE_LANGUAGES.iter().find(|&&known| known == tag))
            .copied()
            .unwrap_or("en")
    }

    /// Whether stance has an interface in this language.
    pub fn has_interface(&self) -> bool {
        self.lookup_tags()
            .into_iter()
            .any(|tag| INTERFACE_LANGUAGES.contains(&tag))
    }
}

/// Chooses the language from the flag and the environment (`variable` reads one).
pub fn resolve(flag: Option<&str>, variable: impl Fn(&str) -> Option<String>) -> Language {
    if let Some(tag) = flag {
        return Language {
            tag: tag.to_owned(),
            origin: Origin::Flag,
        };
    }
    if let Some(tag) = variable("STANCE_LANG").and_then(|value| from_locale(&value)) {
        return Language {
            tag,
            origin: Origin::Variable,
        };
    }
    // POSIX: the first of these that is set and not empty is the locale of messages.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| variable(name).filter(|value| !value.is_empty()));
    match locale.and_then(|value| from_locale(&value)) {
        Some(tag) => Language {
            tag,
            origin: Origin::Locale,
        },
        None => Language::default_english(),
    }
}

/// A language tag from a locale name or a tag: `ko_KR.UTF-8` and `ko-KR` give `ko-KR`,
/// `C` and `POSIX` give none (they name no language), and so does anything not a tag.
pub fn from_locale(value: &str) -> Option<String> {
    let name = value.split(['.', '@']).next().unwrap_or_default();
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    let tag = name.replace('_', "-");
    is_language_tag(&tag).then_some(tag)
}

/// The `--lang` the raw arguments give (program name first), before they are parsed, so that
/// `--help` can be in the language: `--lang X` or `--lang=X`, the last one, before any `--`.
/// A value that is not a language tag counts as none: parsing refuses it after.
pub fn flag_in(args: &[OsString]) -> Option<String> {
    let mut found = None;
    let mut rest = args.iter().skip(1).map(|arg| arg.to_str());
    while let Some(arg) = rest.next() {
        let value = match arg {
            Some("--") => break,
            Some("--lang") => rest.next().flatten(),
            Some(arg) => arg.strip_prefix("--lang="),
            None => None,
        };
        if let Some(value) = value {
            found = parse_tag(value).ok();
        }
    }
    found
}

/// Checks a `--lang` value: a language tag.
pub fn parse_tag(value: &str) -> Result<String, String> {
    let tag = value.replace('_', "-");
    if is_language_tag(&tag) {
        Ok(tag)
    } else {
        Err(format!(
            "`{value}` is not a language tag; use a language's code, such as `ko` or `en`"
        ))
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use super::{Origin, flag_in, from_locale, parse_tag, resolve};

    #[test]
    fn the_flag_is_found_before_parsing() {
        let scan = |args: &[&str]| {
            let args: Vec<OsString> = args.iter().map(OsString::from).collect();
            flag_in(&args)
        };
        assert_eq!(
            scan(&["stance", "--lang", "ko", "play", "--help"]).as_deref(),
            Some("ko")
        );
        assert_eq!(
            scan(&["stance", "play", "--lang=ko_KR", "-h"]).as_deref(),
            Some("ko-KR")
        );
        assert_eq!(
            scan(&["stance", "--lang=ko", "--lang", "en"]).as_deref(),
            Some("en")
        );
        assert_eq!(scan(&["stance", "play", "--", "--lang", "ko"]), None);
        assert_eq!(scan(&["stance", "--lang", "Korean!"]), None);
        assert_eq!(scan(&["stance", "--lang"]), None);
        assert_eq!(scan(&["--lang", "ko"]), None);
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_variables() {
        type Case<'a> = (Option<&'a str>, &'a [(&'a str, &'a str)], &'a str, Origin);
        let cases: [Case<'_>; 7] = [
            (Some("ko"), &[("STANCE_LANG", "en")], "ko", Origin::Flag),
            (
                None,
                &[("STANCE_LANG", "ko"), ("LANG", "en_US.UTF-8")],
                "ko",
                Origin::Variable,
            ),
            (
                None,
                &[("LC_ALL", "ko_KR.UTF-8"), ("LANG", "en_US")],
                "ko-KR",
                Origin::Locale,
            ),
            (
                None,
                &[("LC_ALL", ""), ("LC_MESSAGES", "ko_KR"), ("LANG", "en")],
                "ko-KR",
                Origin::Locale,
            ),
            (None, &[("LANG", "C.UTF-8")], "en", Origin::Default),
            (None, &[("STANCE_LANG", "")], "en", Origin::Default),
            (None, &[], "en", Origin::Default),
        ];
        for (flag, variables, tag, origin) in cases {
            let language = resolve(flag, |name| {
                variables
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            });
            assert_eq!(
                (language.tag.as_str(), language.origin),
                (tag, origin),
                "{variables:?}"
            );
        }
    }

    #[test]
    fn locales_and_tags() {
        assert_eq!(from_locale("ko_KR.UTF-8@euro").as_deref(), Some("ko-KR"));
        assert_eq!(from_locale("POSIX"), None);
        assert_eq!(parse_tag("ko_KR").as_deref(), Ok("ko-KR"));
        assert!(parse_tag("Korean").is_err());
        let language = resolve(Some("ko-KR"), |_| None);
        assert_eq!(language.lookup_tags(), ["ko-KR", "ko"]);
        assert_eq!(language.interface(), "ko");
        assert!(!resolve(Some("fr"), |_| None).has_interface());
    }
}
