//! A page's words: the sentences its script says, in the interface's language, handed to the
//! page as a `#stance-words` JSON block, each with `{name}` where an argument goes.

use stance_core::export::to_json;
use stance_core::text::messages::{Arg, Messages};

use crate::script_json::script_json;

/// One sentence a page's script says: its name in the script, the message that says it,
/// and the names of its arguments.
pub type Word = (&'static str, &'static str, &'static [&'static str]);

/// `words` in the language of `messages`, as the JSON object a `#stance-words` block holds.
pub fn words(messages: Messages, words: &[Word]) -> String {
    let words: serde_json::Map<String, serde_json::Value> = words
        .iter()
        .map(|&(name, key, args)| {
            let args: Vec<(&'static str, Arg)> = args
                .iter()
                .map(|&arg| (arg, Arg::from(format!("{{{arg}}}"))))
                .collect();
            (
                name.to_owned(),
                serde_json::Value::String(messages.text_with(key, &args)),
            )
        })
        .collect();
    script_json(to_json(&words).trim_end())
}

#[cfg(test)]
mod tests {
    use stance_core::text::messages::{Locale, Messages};

    use super::{Word, words};

    #[test]
    fn words_keep_their_argument_slots_in_every_language() {
        const TABLE: [Word; 2] = [
            ("question", "player-question", &["n"]),
            ("back", "player-back", &[]),
        ];
        let en = words(Messages::english(), &TABLE);
        let en: serde_json::Value = serde_json::from_str(&en).expect("JSON");
        assert_eq!(
            en,
            serde_json::json!({"question": "Question {n}", "back": "Back"})
        );
        let ko: serde_json::Value =
            serde_json::from_str(&words(Messages::new(Locale::Ko), &TABLE)).expect("JSON");
        assert_eq!(ko["question"], "질문 {n}");
    }
}
