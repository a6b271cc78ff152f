//! What an error says, in the interface's language: each of stance's errors words its
//! message from the catalogue (`locales/LANG/errors.ftl`), and its `Display`, which logs,
//! tests and `?` chains see, is that message in English. One source for each sentence.

use crate::text::messages::Messages;

/// A value, usually an error, that a person reads in their language.
pub trait Localized {
    /// What it says, in `messages`' language.
    fn message(&self, messages: Messages) -> String;
}

/// Implements `Display` for types that are [`Localized`]: their message in English.
#[macro_export]
macro_rules! display_in_english {
    ($($type:ty),+ $(,)?) => {$(
        impl ::std::fmt::Display for $type {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&$crate::text::localized::Localized::message(
                    self,
                    $crate::text::messages::Messages::english(),
                ))
            }
        }
    )+};
}
