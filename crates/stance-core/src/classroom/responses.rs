//! Prepared responses to a quiz, graded without anyone at a terminal: a YAML or JSON list
//! of recommendation ids in item order, or a mapping whose `responses` is such a list.

use serde_json::Value;
use thiserror::Error;

use crate::load::yaml;
use crate::scenario::Scenario;
use crate::scenario::index::RecommendationIx;
use crate::text::suggest;

/// Prepared responses that cannot be used; `name` is the file as shown.
#[derive(Debug, Error)]
pub enum ResponsesError {
    /// Not YAML or JSON.
    #[error("{name}:{line}:{column}: {message}")]
    Syntax {
        name: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Not a list of ids.
    #[error("{name}: expected a list of recommendation ids, or `responses:` with such a list")]
    Shape { name: String },
    /// An id that names no recommendation.
    #[error(
        "{name}: response {number} names `{id}`, which is not a recommendation{}",
        .suggestion.as_deref().map(|hint| format!("; {hint}")).unwrap_or_default()
    )]
    Unknown {
        name: String,
        number: usize,
        id: String,
        suggestion: Option<String>,
    },
}

/// The responses in `text` (the file shown as `name`), as recommendations of `scenario`.
pub fn parse_responses(
    scenario: &Scenario,
    name: &str,
    text: &str,
) -> Result<Vec<RecommendationIx>, ResponsesError> {
    let shape = || ResponsesError::Shape {
        name: name.to_owned(),
    };
    let value: Value = yaml::parse(text).map_err(|d| ResponsesError::Syntax {
        name: name.to_owned(),
        line: d.span.line,
        column: d.span.column,
        message: d.message,
    })?;
    let list = match &value {
        Value::Array(list) => list,
        Value::Object(map) => match map.get("responses") {
            Some(Value::Array(list)) => list,
            _ => return Err(shape()),
        },
        _ => return Err(shape()),
    };
    list.iter()
        .enumerate()
        .map(|(i, entry)| {
            let id = entry.as_str().ok_or_else(shape)?;
            scenario
                .recommendation_ix(id)
                .ok_or_else(|| ResponsesError::Unknown {
                    name: name.to_owned(),
                    number: i + 1,
                    id: id.to_owned(),
                    suggestion: suggest::did_you_mean(id, scenario.recommendation_ids()),
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{ResponsesError, parse_responses};
    use crate::check::analyser::built_in_scenario;

    /// A text, and whether the error it gives is the one expected.
    type Case = (&'static str, fn(&ResponsesError) -> bool);

    #[test]
    fn lists_of_ids_read_and_anything_else_is_named() {
        let scenario = built_in_scenario();
        let first = &scenario.recommendations[0].id;
        let listed = parse_responses(&scenario, "r.yaml", &format!("- {first}\n")).expect("ok");
        let mapped = parse_responses(&scenario, "r.yaml", &format!("responses: [{first}]\n"));
        assert_eq!(Some(listed), mapped.ok());
        let cases: [Case; 3] = [
            ("a: [", |e| {
                matches!(e, ResponsesError::Syntax { line: 1, .. })
            }),
            ("7\n", |e| matches!(e, ResponsesError::Shape { .. })),
            ("- nope\n", |e| {
                matches!(e, ResponsesError::Unknown { number: 1, .. })
            }),
        ];
        for (text, expected) in cases {
            let error = parse_responses(&scenario, "r.yaml", text).expect_err(text);
            assert!(expected(&error), "{text}: {error}");
            assert!(error.to_string().starts_with("r.yaml"), "{error}");
        }
    }
}
