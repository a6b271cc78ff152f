//! Why a conversation with a person, or with its scripted twin, ended before its end.

use thiserror::Error;

use crate::text::localized::Localized;
use crate::text::messages::{Arg, Messages};

/// What a prompter, examiner or coach says instead of an answer.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Stop {
    /// The person quit.
    Quit,
    /// The person interrupted (Ctrl-C, or a signal to stop).
    Interrupted,
    /// The front end could not go on: a terminal that cannot be read or drawn on.
    Failed(String),
    /// A scripted twin's script does not fit: too few grades, a response that is not an option.
    Script(String),
}

impl Localized for Stop {
    fn message(&self, messages: Messages) -> String {
        match self {
            Self::Quit => messages.text("error-stop-quit"),
            Self::Interrupted => messages.text("error-stop-interrupted"),
            Self::Failed(reason) => messages.text_with(
                "error-cannot-prompt",
                &[("reason", Arg::from(reason.as_str()))],
            ),
            // The script's own words: a scripted twin's, in English.
            Self::Script(message) => message.clone(),
        }
    }
}

crate::display_in_english!(Stop);

#[cfg(test)]
mod tests {
    use super::Stop;
    use crate::text::localized::Localized;
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn stops_in_english_and_korean() {
        let cases = [
            (
                Stop::Quit,
                "stopped before the end",
                "끝나기 전에 멈췄습니다",
            ),
            (Stop::Interrupted, "interrupted", "중단되었습니다"),
            (
                Stop::Failed("broken pipe".to_owned()),
                "cannot prompt on this terminal: broken pipe",
                "이 터미널에서는 물어볼 수 없습니다: broken pipe",
            ),
            (
                Stop::Script("too few grades".to_owned()),
                "too few grades",
                "too few grades",
            ),
        ];
        for (stop, english, korean) in cases {
            assert_eq!(stop.to_string(), english);
            assert_eq!(stop.message(Messages::new(Locale::Ko)), korean);
        }
    }
}
