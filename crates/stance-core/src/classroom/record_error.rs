//! Why a record cannot be used.

use thiserror::Error;

use crate::load::load_error::LoadError;
use crate::text::localized::Localized;
use crate::text::messages::{Arg, Messages};

/// A record that could not be read, is not a stance record, or no longer fits its scenario.
#[derive(Debug, Error)]
pub enum RecordError {
    /// The file could not be read.
    Load(#[from] LoadError),
    /// Not a stance record, or one edited out of shape.
    Bad { path: String, reason: String },
    /// A record of another scenario than the one it is set against.
    OtherScenario {
        path: String,
        found: String,
        expected: String,
    },
    /// A record whose answers no longer fit its scenario.
    Stale { path: String, reason: String },
}

impl Localized for RecordError {
    fn message(&self, messages: Messages) -> String {
        // The reason is the engine's own English: why the file's text is not a record's.
        match self {
            Self::Load(error) => error.message(messages),
            Self::Bad { path, reason } => messages.text_with(
                "error-not-a-record",
                &[
                    ("path", Arg::from(path.as_str())),
                    ("reason", Arg::from(reason.as_str())),
                ],
            ),
            Self::OtherScenario {
                path,
                found,
                expected,
            } => messages.text_with(
                "error-other-scenario",
                &[
                    ("path", Arg::from(path.as_str())),
                    ("found", Arg::from(found.as_str())),
                    ("expected", Arg::from(expected.as_str())),
                ],
            ),
            Self::Stale { path, reason } => messages.text_with(
                "error-stale-record",
                &[
                    ("path", Arg::from(path.as_str())),
                    ("reason", Arg::from(reason.as_str())),
                ],
            ),
        }
    }
}

crate::display_in_english!(RecordError);

#[cfg(test)]
mod tests {
    use super::RecordError;
    use crate::load::load_error::LoadError;
    use crate::text::localized::Localized;
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn record_errors_in_english_and_korean() {
        let cases = [
            (
                RecordError::Bad {
                    path: "r.json".to_owned(),
                    reason: "it is not JSON (line 1, column 1)".to_owned(),
                },
                "`r.json` is not a stance record: it is not JSON (line 1, column 1)",
                "`r.json` 파일은 stance 기록이 아닙니다: it is not JSON (line 1, column 1)",
            ),
            (
                RecordError::OtherScenario {
                    path: "r.json".to_owned(),
                    found: "tutorial".to_owned(),
                    expected: "korea-us-alliance".to_owned(),
                },
                "the record `r.json` was made with scenario `tutorial`, not `korea-us-alliance`",
                "`r.json` 기록은 `korea-us-alliance` 시나리오가 아니라 `tutorial` 시나리오로 만든 것입니다",
            ),
            (
                RecordError::Stale {
                    path: "r.json".to_owned(),
                    reason: "question `sma` is gone".to_owned(),
                },
                "the record `r.json` no longer fits the scenario: question `sma` is gone",
                "`r.json` 기록이 더 이상 시나리오에 맞지 않습니다: question `sma` is gone",
            ),
            (
                RecordError::Load(LoadError::NotUtf8 {
                    path: "r.json".to_owned(),
                    offset: 3,
                }),
                "`r.json` is not valid UTF-8: bad byte at offset 3",
                "`r.json` 파일은 올바른 UTF-8이 아닙니다: 오프셋 3에 잘못된 바이트가 있습니다",
            ),
        ];
        for (error, english, korean) in cases {
            assert_eq!(error.to_string(), english);
            assert_eq!(error.message(Messages::new(Locale::Ko)), korean);
        }
    }
}
