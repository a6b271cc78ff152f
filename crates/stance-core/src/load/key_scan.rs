//! Every unknown or repeated key of a document, found in one pass.
//!
//! serde stops at the first unknown key of a struct, so finding them all by parsing again
//! after each would cost one whole parse per key: minutes for a large file with many. Instead
//! the text is read once more as a plain tree of mappings whose keys keep their places, and
//! walked beside the format's JSON Schema, which says at every place which keys there are.

use std::collections::BTreeSet;
use std::fmt;

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use crate::diagnostic::{Code, Diagnostic};
use crate::load::yaml::{self, Spanned};
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;
use crate::text::suggest;

/// A document as far as its keys go.
#[derive(Debug)]
enum Node {
    /// A mapping, its keys in file order, repeated ones too.
    Map(Vec<(Spanned<String>, Node)>),
    /// A list.
    Seq(Vec<Node>),
    /// Anything else.
    Scalar,
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Scalar)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            entries.push((key, map.next_value()?));
        }
        Ok(Node::Map(entries))
    }
}

/// Every unknown or repeated key of `text` read as `T`, in file order, with the findings
/// the parser's own errors would give; `None` when the text cannot be read as a tree (a
/// syntax error, a key that is not text), which leaves the finding to the parse.
pub fn scan<T: JsonSchema>(text: &str) -> Option<Vec<Diagnostic>> {
    let tree: Node = yaml::parse_keeping_repeats(text).ok()?;
    let schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    let root = schema.as_value();
    let definitions = root
        .get("definitions")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut found = Vec::new();
    walk(&tree, root, &definitions, &mut found);
    found.sort_by_key(|d| d.span);
    Some(found)
}

fn walk(
    node: &Node,
    schema: &Value,
    definitions: &Map<String, Value>,
    found: &mut Vec<Diagnostic>,
) {
    let schema = resolve(schema, definitions);
    // `anyOf` and `oneOf` (an optional value, an id or a mapping): the branch of the node's
    // kind.
    if let Some(branches) = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
    {
        if let Some(branch) = branches
            .iter()
            .find(|branch| fits(node, resolve(branch, definitions)))
        {
            walk(node, branch, definitions, found);
        }
        return;
    }
    match node {
        Node::Map(entries) => {
            let properties = schema.get("properties").and_then(Value::as_object);
            let additional = schema.get("additionalProperties");
            let mut seen: BTreeSet<&str> = BTreeSet::new();
            for (key, value) in entries {
                if !seen.insert(&key.value) {
                    found.push(repeated(key));
                    continue;
                }
                match (properties.and_then(|p| p.get(&key.value)), additional) {
                    (Some(property), _) => walk(value, property, definitions, found),
                    (None, Some(Value::Bool(false))) => {
                        let expected = properties
                            .map(|p| p.keys().map(String::as_str).collect::<Vec<_>>())
                            .unwrap_or_default();
                        found.push(unknown(key, &expected));
                    }
                    (None, Some(other @ Value::Object(_))) => {
                        walk(value, other, definitions, found);
                    }
                    (None, _) => {}
                }
            }
        }
        Node::Seq(items) => {
            if let Some(item) = schema.get("items") {
                for value in items {
                    walk(value, item, definitions, found);
                }
            }
        }
        Node::Scalar => {}
    }
}

/// The schema `$ref` names, or the schema itself.
fn resolve<'v>(schema: &'v Value, definitions: &'v Map<String, Value>) -> &'v Value {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/definitions/"))
        .and_then(|name| definitions.get(name))
        .unwrap_or(schema)
}

/// Whether a branch of `anyOf` describes values of the node's kind.
fn fits(node: &Node, branch: &Value) -> bool {
    let kind = branch.get("type").and_then(Value::as_str);
    match node {
        Node::Map(_) => kind == Some("object") || branch.get("properties").is_some(),
        Node::Seq(_) => kind == Some("array"),
        Node::Scalar => false,
    }
}

/// What the parser says of an unknown key.
fn unknown(key: &Spanned<String>, expected: &[&str]) -> Diagnostic {
    let field = key.value.as_str();
    Diagnostic::new(
        Code::UnknownKey,
        key.span,
        Phrase::text_with("finding-unknown-key", &[("key", Arg::from(field))]),
    )
    .with_label(Phrase::text("finding-unknown-key-label"))
    .with_help(Some(suggest::help_phrase(
        field,
        Phrase::text("finding-what-keys-here"),
        expected.iter().copied(),
    )))
    .with_suggestion(suggest::nearest(field, expected.iter().copied()))
}

/// What the parser says of a repeated key.
fn repeated(key: &Spanned<String>) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateKey,
        key.span,
        Phrase::text_with(
            "finding-duplicate-key",
            &[("key", Arg::from(key.value.as_str()))],
        ),
    )
    .with_label(Phrase::text("finding-duplicate-key-label"))
    .with_help(Some(Phrase::text("finding-duplicate-key-help")))
}
