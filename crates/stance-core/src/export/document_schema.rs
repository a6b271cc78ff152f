//! The JSON Schema of the scenario format, generated from the types that read it.

use schemars::generate::SchemaSettings;

use crate::load::document::Document;

/// The schema (draft-07, for yaml-language-server), pretty-printed, ending in a newline.
pub fn scenario_schema() -> String {
    let mut schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<Document>();
    schema.insert(
        "description".to_owned(),
        "A stance scenario: questions about a situation, their choices, and the recommendations an essay's author makes on each branch. See docs/scenario-format.md."
            .into(),
    );
    crate::export::to_json(&schema)
}
