//! Why a scenario, or any other file, could not be loaded.

use std::fmt;

use thiserror::Error;

use crate::text::localized::Localized;
use crate::text::messages::{Arg, Messages};
use crate::text::phrase::Phrase;
use crate::text::suggest;

/// A file that could not be read, or a scenario that could not be found.
#[derive(Debug, Error)]
pub enum LoadError {
    /// A file could not be read.
    Read { path: String, reason: String },
    /// A file is not UTF-8.
    NotUtf8 { path: String, offset: usize },
    /// A file is larger than the limit.
    TooLarge { path: String, max: u64 },
    /// No scenario has the id given.
    UnknownScenario { name: String, known: Vec<String> },
    /// Several scenario files share the id given.
    AmbiguousScenario { name: String, files: Vec<String> },
}

impl LoadError {
    /// Builds a read error from an I/O error.
    pub fn read(path: impl fmt::Display, error: &std::io::Error) -> Self {
        Self::Read {
            path: path.to_string(),
            reason: io_reason(error),
        }
    }
}

impl LoadError {
    /// What went wrong, as a phrase to word in any language: for a message that quotes it,
    /// such as a finding's.
    pub fn phrase(&self) -> Phrase {
        // The reason is the system's, in English.
        match self {
            Self::Read { path, reason } => Phrase::text_with(
                "error-read",
                &[
                    ("path", Arg::from(path.as_str())),
                    ("reason", Arg::from(reason.as_str())),
                ],
            ),
            Self::NotUtf8 { path, offset } => Phrase::text_with(
                "error-not-utf8",
                &[
                    ("path", Arg::from(path.as_str())),
                    ("offset", Arg::from(*offset)),
                ],
            ),
            Self::TooLarge { path, max } => Phrase::text_with(
                "error-too-large",
                &[("path", Arg::from(path.as_str())), ("max", Arg::from(*max))],
            ),
            Self::UnknownScenario { name, .. } => Phrase::text_with(
                "error-unknown-scenario",
                &[("name", Arg::from(name.as_str()))],
            ),
            Self::AmbiguousScenario { name, files } => Phrase::text_with(
                "error-ambiguous-scenario",
                &[
                    ("name", Arg::from(name.as_str())),
                    (
                        "files",
                        Arg::from(suggest::list(files.iter().map(String::as_str))),
                    ),
                ],
            ),
        }
    }
}

impl Localized for LoadError {
    fn message(&self, messages: Messages) -> String {
        self.phrase().message(messages)
    }
}

crate::display_in_english!(LoadError);

/// An I/O error as a reason in a message: the OS text reads "No such file or directory (os
/// error 2)", shown as "no such file or directory".
pub fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::LoadError;
    use crate::text::localized::Localized;
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn load_errors_in_english_and_korean() {
        let cases = [
            (
                LoadError::Read {
                    path: "a.yaml".to_owned(),
                    reason: "no such file or directory".to_owned(),
                },
                "cannot read `a.yaml`: no such file or directory",
                "`a.yaml` 파일을 읽을 수 없습니다: no such file or directory",
            ),
            (
                LoadError::TooLarge {
                    path: "a.yaml".to_owned(),
                    max: 10_485_760,
                },
                "`a.yaml` is larger than 10485760 bytes, the most stance reads",
                "`a.yaml` 파일이 stance가 읽는 최대 크기인 10485760바이트보다 큽니다",
            ),
            (
                LoadError::UnknownScenario {
                    name: "tutorail".to_owned(),
                    known: vec!["tutorial".to_owned()],
                },
                "no scenario has the id `tutorail`",
                "id가 `tutorail`인 시나리오가 없습니다",
            ),
            (
                LoadError::AmbiguousScenario {
                    name: "t".to_owned(),
                    files: vec!["a.yaml".to_owned(), "b.yaml".to_owned()],
                },
                "several scenarios have the id `t`: `a.yaml`, `b.yaml`",
                "id가 `t`인 시나리오가 여럿입니다: `a.yaml`, `b.yaml`",
            ),
        ];
        for (error, english, korean) in cases {
            assert_eq!(error.to_string(), english);
            assert_eq!(error.message(Messages::new(Locale::Ko)), korean);
        }
    }
}
