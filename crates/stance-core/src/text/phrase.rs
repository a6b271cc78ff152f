//! A message decided now and worded later: its catalogue key and arguments, kept until a
//! front end knows the language to show it in. An error made far from where it is shown
//! carries one instead of a sentence.

use crate::text::localized::Localized;
use crate::text::messages::{Arg, Messages};

/// A message to word in the language it is shown in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phrase {
    /// The catalogue's message `key`, with its arguments.
    Keyed {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// Words that come as they are, such as a script's own, in English.
    Verbatim(String),
}

impl Phrase {
    /// The message `key`.
    pub fn text(key: &'static str) -> Self {
        Self::text_with(key, &[])
    }

    /// The message `key` with its arguments.
    pub fn text_with(key: &'static str, args: &[(&'static str, Arg)]) -> Self {
        Self::Keyed {
            key,
            args: args.to_vec(),
        }
    }

    /// Words shown as they are, in every language.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Self::Verbatim(text.into())
    }
}

impl Localized for Phrase {
    fn message(&self, messages: Messages) -> String {
        match self {
            Self::Keyed { key, args } => messages.text_with(key, args),
            Self::Verbatim(text) => text.clone(),
        }
    }
}

crate::display_in_english!(Phrase);

#[cfg(test)]
mod tests {
    use super::Phrase;
    use crate::text::localized::Localized;
    use crate::text::messages::{Arg, Locale, Messages};

    #[test]
    fn a_phrase_is_worded_when_shown() {
        let keyed = Phrase::text_with("error-stop-quit", &[("unused", Arg::from("x"))]);
        assert_eq!(keyed.to_string(), "stopped before the end");
        assert_eq!(
            keyed.message(Messages::new(Locale::Ko)),
            "끝나기 전에 멈췄습니다"
        );
        let verbatim = Phrase::verbatim("too few grades");
        assert_eq!(
            verbatim.message(Messages::new(Locale::Ko)),
            "too few grades"
        );
    }
}
