//! Prepared responses to a quiz, graded without anyone at a terminal. Each response is a
//! recommendation id or the letter a student circled on the sheet (`c`); they come as a
//! YAML or JSON list in item order (`[c, d, a]`), as a mapping from item numbers (`1: c`),
//! or as a mapping whose `responses` is either.

use std::collections::BTreeMap;

use serde_json::Value;
use thiserror::Error;

use crate::load::yaml;
use crate::scenario::Scenario;
use crate::scenario::index::RecommendationIx;
use crate::text::localized::Localized;
use crate::text::messages::{Arg, Messages};
use crate::text::suggest;

/// Prepared responses that cannot be used; `name` is the file as shown.
#[derive(Debug, Error)]
pub enum ResponsesError {
    /// Not YAML or JSON.
    Syntax {
        name: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Not a list or a mapping of responses.
    Shape { name: String },
    /// A mapping's key that is not an item number.
    ItemNumber { name: String, key: String },
    /// A response that is neither a letter nor a recommendation id.
    Unknown {
        name: String,
        number: usize,
        id: String,
        /// The recommendation id it is likely a typo of.
        suggestion: Option<String>,
    },
}

/// One response, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// A recommendation, by id.
    Recommendation(RecommendationIx),
    /// The letter of an option on the sheet: `a` is the first.
    Letter(char),
}

/// Prepared responses, as the file gives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Responses {
    /// A list: each response goes to the next item asked (after a resumed quiz's answered
    /// items, the first one left).
    InOrder(Vec<Response>),
    /// A mapping: by item number (from 1), as the sheet numbers items across situations.
    ByItem(BTreeMap<usize, Response>),
}

impl Default for Responses {
    fn default() -> Self {
        Self::InOrder(Vec::new())
    }
}

/// The responses in `text` (the file shown as `name`). A one-letter response is a letter of
/// the sheet, unless `scenario` has a recommendation with that id.
pub fn parse_responses(
    scenario: &Scenario,
    name: &str,
    text: &str,
) -> Result<Responses, ResponsesError> {
    let shape = || ResponsesError::Shape {
        name: name.to_owned(),
    };
    let value: Value = yaml::parse(text).map_err(|d| ResponsesError::Syntax {
        name: name.to_owned(),
        line: d.span.line,
        column: d.span.column,
        message: d.message,
    })?;
    let value = match &value {
        Value::Object(map) if map.len() == 1 && map.contains_key("responses") => &map["responses"],
        other => other,
    };
    let read = |number: usize, entry: &Value| -> Result<Response, ResponsesError> {
        let written = entry.as_str().ok_or_else(shape)?.trim();
        response(scenario, written).ok_or_else(|| ResponsesError::Unknown {
            name: name.to_owned(),
            number,
            id: written.to_owned(),
            suggestion: suggest::nearest(written, scenario.recommendation_ids()).map(str::to_owned),
        })
    };
    match value {
        Value::Array(list) => list
            .iter()
            .enumerate()
            .map(|(i, entry)| read(i + 1, entry))
            .collect::<Result<_, _>>()
            .map(Responses::InOrder),
        Value::Object(map) => map
            .iter()
            .map(|(key, entry)| {
                let number = key
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| ResponsesError::ItemNumber {
                        name: name.to_owned(),
                        key: key.clone(),
                    })?;
                Ok((number, read(number, entry)?))
            })
            .collect::<Result<_, _>>()
            .map(Responses::ByItem),
        _ => Err(shape()),
    }
}

/// A response as written: a recommendation id, or one letter (either case).
fn response(scenario: &Scenario, written: &str) -> Option<Response> {
    if let Some(r) = scenario.recommendation_ix(written) {
        return Some(Response::Recommendation(r));
    }
    let mut chars = written.chars();
    match (chars.next(), chars.next()) {
        (Some(letter), None) if letter.is_ascii_alphabetic() => {
            Some(Response::Letter(letter.to_ascii_lowercase()))
        }
        _ => None,
    }
}

/// The letter of option `index` on the sheet: `a` for the first.
pub fn letter(index: usize) -> char {
    u8::try_from(index)
        .ok()
        .filter(|&i| i < 26)
        .map_or('?', |i| char::from(b'a' + i))
}

/// The position of `letter` among an item's options.
pub fn option_index(letter: char) -> usize {
    (letter as usize).saturating_sub('a' as usize)
}

#[cfg(test)]
mod tests {
    use super::{Response, Responses, ResponsesError, parse_responses};
    use crate::check::analyser::built_in_scenario;
    use crate::scenario::index::RecommendationIx;

    /// A text, and whether the error it gives is the one expected.
    type Case = (&'static str, fn(&ResponsesError) -> bool);

    #[test]
    fn lists_of_ids_read_and_anything_else_is_named() {
        let scenario = built_in_scenario();
        let first = &scenario.recommendations[0].id;
        let listed = parse_responses(&scenario, "r.yaml", &format!("- {first}\n")).expect("ok");
        let mapped = parse_responses(&scenario, "r.yaml", &format!("responses: [{first}]\n"));
        assert_eq!(Some(listed), mapped.ok());
        let cases: [Case; 6] = [
            ("a: [", |e| {
                matches!(e, ResponsesError::Syntax { line: 1, .. })
            }),
            ("7\n", |e| matches!(e, ResponsesError::Shape { .. })),
            ("- nope\n", |e| {
                matches!(e, ResponsesError::Unknown { number: 1, .. })
            }),
            ("1: c\n2: cc\n", |e| {
                matches!(e, ResponsesError::Unknown { number: 2, .. })
            }),
            ("first: c\n", |e| {
                matches!(e, ResponsesError::ItemNumber { .. })
            }),
            ("0: c\n", |e| matches!(e, ResponsesError::ItemNumber { .. })),
        ];
        for (text, expected) in cases {
            let error = parse_responses(&scenario, "r.yaml", text).expect_err(text);
            assert!(expected(&error), "{text}: {error}");
            assert!(error.to_string().starts_with("r.yaml"), "{error}");
        }
    }

    #[test]
    fn the_sheets_letters_read_in_every_form() {
        let scenario = built_in_scenario();
        let first = scenario.recommendations[0].id.clone();
        let expected = [
            Response::Letter('c'),
            Response::Letter('d'),
            Response::Recommendation(RecommendationIx::new(0)),
        ];
        let in_order = Responses::InOrder(expected.to_vec());
        let by_item = Responses::ByItem((1..).zip(expected).collect());
        for (text, read) in [
            (format!("[c, D, {first}]"), &in_order),
            (format!("- c\n- d\n- {first}\n"), &in_order),
            (
                format!("{{\"responses\": [\"c\", \"d\", \"{first}\"]}}"),
                &in_order,
            ),
            (format!("1: c\n2: d\n3: {first}\n"), &by_item),
            (format!("responses: {{3: {first}, 1: c, 2: d}}\n"), &by_item),
        ] {
            assert_eq!(
                &parse_responses(&scenario, "r.yaml", &text).expect(&text),
                read,
                "{text}"
            );
        }
    }
}

impl Localized for ResponsesError {
    fn message(&self, messages: Messages) -> String {
        match self {
            // The parser's own words, after where.
            Self::Syntax {
                name,
                line,
                column,
                message,
            } => format!("{name}:{line}:{column}: {message}"),
            Self::Shape { name } => messages.text_with(
                "error-responses-shape",
                &[("name", Arg::from(name.as_str()))],
            ),
            Self::ItemNumber { name, key } => messages.text_with(
                "error-responses-item-number",
                &[
                    ("name", Arg::from(name.as_str())),
                    ("key", Arg::from(key.as_str())),
                ],
            ),
            Self::Unknown {
                name,
                number,
                id,
                suggestion,
            } => {
                let mut args = vec![
                    ("name", Arg::from(name.as_str())),
                    ("number", Arg::from(*number)),
                    ("id", Arg::from(id.as_str())),
                ];
                match suggestion {
                    Some(suggestion) => {
                        args.push(("suggestion", Arg::from(suggestion.as_str())));
                        messages.text_with("error-responses-unknown-suggest", &args)
                    }
                    None => messages.text_with("error-responses-unknown", &args),
                }
            }
        }
    }
}

crate::display_in_english!(ResponsesError);

#[cfg(test)]
mod message_tests {
    use super::ResponsesError;
    use crate::text::localized::Localized;
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn responses_errors_in_english_and_korean() {
        let cases = [
            (
                ResponsesError::ItemNumber {
                    name: "r.yaml".to_owned(),
                    key: "first".to_owned(),
                },
                "r.yaml: `first` is not an item number; number the items from 1, as the sheet does",
                "r.yaml: `first` 키는 문항 번호가 아닙니다. 문제지처럼 문항에 1부터 번호를 매기십시오",
            ),
            (
                ResponsesError::Unknown {
                    name: "r.yaml".to_owned(),
                    number: 2,
                    id: "stay_calmm".to_owned(),
                    suggestion: Some("stay_calm".to_owned()),
                },
                "r.yaml: response 2 is `stay_calmm`, which is neither a letter of the sheet nor a recommendation; did you mean `stay_calm`?",
                "r.yaml: 2번 응답으로 쓴 `stay_calmm` 값은 문제지의 글자도 아니고 권고도 아닙니다. 혹시 `stay_calm`입니까?",
            ),
            (
                ResponsesError::Unknown {
                    name: "r.yaml".to_owned(),
                    number: 1,
                    id: "zz".to_owned(),
                    suggestion: None,
                },
                "r.yaml: response 1 is `zz`, which is neither a letter of the sheet nor a recommendation",
                "r.yaml: 1번 응답으로 쓴 `zz` 값은 문제지의 글자도 아니고 권고도 아닙니다",
            ),
            (
                ResponsesError::Syntax {
                    name: "r.yaml".to_owned(),
                    line: 1,
                    column: 2,
                    message: "unexpected end".to_owned(),
                },
                "r.yaml:1:2: unexpected end",
                "r.yaml:1:2: unexpected end",
            ),
        ];
        for (error, english, korean) in cases {
            assert_eq!(error.to_string(), english);
            assert_eq!(error.message(Messages::new(Locale::Ko)), korean);
        }
        let shape = ResponsesError::Shape {
            name: "r.yaml".to_owned(),
        };
        assert!(
            shape
                .to_string()
                .starts_with("r.yaml: expected a list of responses")
        );
        assert!(
            shape
                .message(Messages::new(Locale::Ko))
                .starts_with("r.yaml: 응답은 문항 순서대로")
        );
    }
}
