//! Why a scenario could not be analysed path by path.

use thiserror::Error;

use crate::text::localized::Localized;
use crate::text::messages::{Arg, Messages};
use crate::walk::walk_error::WalkError;

/// An analysis refused, or a given walk that does not fit.
#[derive(Debug, Error)]
pub enum AnalysisError {
    /// More paths, answers or states than an analysis compares.
    TooLarge { reason: String },
    /// More states than a walk table holds: the conditions multiply them.
    TooManyStates { limit: usize },
    /// The walk the flips start from cannot be walked.
    Walk(#[from] WalkError),
}

impl Localized for AnalysisError {
    fn message(&self, messages: Messages) -> String {
        match self {
            // The reason is the analysis's own, in English.
            Self::TooLarge { reason } => messages.text_with(
                "error-analysis-too-large",
                &[("reason", Arg::from(reason.as_str()))],
            ),
            Self::TooManyStates { limit } => messages.text_with(
                "error-analysis-too-many-states",
                &[("limit", Arg::from(*limit))],
            ),
            Self::Walk(error) => error.message(messages),
        }
    }
}

crate::display_in_english!(AnalysisError);

#[cfg(test)]
mod tests {
    use super::AnalysisError;
    use crate::text::localized::Localized;
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn analysis_errors_in_english_and_korean() {
        let cases = [
            (
                AnalysisError::TooLarge {
                    reason: "more than 100000 paths".to_owned(),
                },
                "the scenario is too large to analyse path by path: more than 100000 paths",
                "시나리오가 너무 커서 경로별로 분석할 수 없습니다: more than 100000 paths",
            ),
            (
                AnalysisError::TooManyStates { limit: 4096 },
                "the scenario's conditions make more than 4096 states, more than a walk table holds",
                "시나리오의 조건이 만드는 상태가 4096개를 넘어, 진행 표가 담을 수 있는 양보다 많습니다",
            ),
        ];
        for (error, english, korean) in cases {
            assert_eq!(error.to_string(), english);
            assert_eq!(error.message(Messages::new(Locale::Ko)), korean);
        }
    }
}
