//! A participant's record of a walk or quiz: saved after every step, resumable, and read
//! back for `compare` and `report`.

use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::output::Output;
use crate::scenario_file::ScenarioFile;

/// The `format` every record carries.
pub const RECORD_FORMAT: &str = "stance-record/1";

/// What kind of session a record holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A walk with `stance play`.
    Play,
    /// A quiz with `stance quiz`.
    Quiz,
}

/// A participant's record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Always [`RECORD_FORMAT`].
    pub format: String,
    /// Play or quiz.
    pub kind: Kind,
    /// The scenario, by id and content hash.
    pub scenario: ScenarioRef,
    /// Who, as given with `--name`.
    pub name: Option<String>,
    /// When the session started (RFC 3339, UTC).
    pub started: String,
    /// When the record was last written.
    pub updated: String,
    /// Whether the walk reached an ending, or the quiz its last item.
    pub finished: bool,
    /// The answers, by id, in order.
    pub steps: Vec<StepRecord>,
    /// Notes on questions not answered (yet), so that none is lost.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<NoteRecord>,
    /// The quiz, for quiz records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz: Option<QuizRecord>,
}

/// Which scenario a record belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioRef {
    /// The scenario's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// `sha256:` and the hex digest of the scenario file's text.
    pub hash: String,
}

/// One answer, by id, with the participant's note if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepRecord {
    /// The question's id.
    pub question: String,
    /// The choice's id.
    pub choice: String,
    /// The participant's own view or dissent at this question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A note on a question, kept before the question is answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteRecord {
    /// The question's id.
    pub question: String,
    /// The note.
    pub note: String,
}

/// A quiz's settings and every item answered so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizRecord {
    /// The seed that drew the situations and shuffled the options.
    pub seed: u64,
    /// How many situations.
    pub situations: usize,
    /// The items answered, in order.
    pub items: Vec<ItemRecord>,
}

/// One quiz item and the participant's pick.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemRecord {
    /// Which situation (from 1).
    pub situation: usize,
    /// The situation's answers up to this item, by id.
    pub path: Vec<StepRecord>,
    /// Whether the ending, not the last answer, calls for this recommendation.
    #[serde(default)]
    pub ending: bool,
    /// The recommendation the author makes here.
    pub answer: String,
    /// The options offered, by id, in the order shown.
    pub options: Vec<String>,
    /// The option picked.
    pub picked: String,
}

impl ItemRecord {
    /// Whether the pick was right.
    pub fn correct(&self) -> bool {
        self.picked == self.answer
    }
}

impl Record {
    /// The record, made to belong to the scenario text it now continues with.
    #[must_use]
    pub fn continued(mut self, file: &ScenarioFile, name: Option<String>) -> Self {
        self.scenario.hash = content_hash(&file.text);
        self.name = name.or(self.name);
        self
    }

    /// A new, empty record for `file`.
    pub fn new(
        kind: Kind,
        file: &ScenarioFile,
        id: &str,
        title: &str,
        name: Option<String>,
    ) -> Self {
        let now = now();
        Self {
            format: RECORD_FORMAT.to_owned(),
            kind,
            scenario: ScenarioRef {
                id: id.to_owned(),
                title: title.to_owned(),
                hash: content_hash(&file.text),
            },
            name,
            started: now.clone(),
            updated: now,
            finished: false,
            steps: Vec::new(),
            notes: Vec::new(),
            quiz: None,
        }
    }

    /// Reads and checks a record file.
    pub fn read(path: &Path) -> Result<Self, Error> {
        let shown = path.display().to_string();
        // Read like any input: within `--max-bytes`, and UTF-8.
        let text = ScenarioFile::read(path)?.text;
        let bad = |reason: String| Error::BadRecord {
            path: shown.clone(),
            reason,
        };
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
            bad(if e.is_eof() {
                "the file ends too early; was it cut short?".to_owned()
            } else {
                format!("it is not JSON (line {}, column {})", e.line(), e.column())
            })
        })?;
        // The format first: another format's fields would only confuse.
        match value.get("format").and_then(serde_json::Value::as_str) {
            Some(RECORD_FORMAT) => {}
            Some(other) => {
                return Err(bad(format!(
                    "`format` is `{other}`; this version of stance reads `{RECORD_FORMAT}`"
                )));
            }
            None => return Err(bad(format!("it has no `format: \"{RECORD_FORMAT}\"`"))),
        }
        let record: Self =
            serde_json::from_value(value).map_err(|e| bad(lower_first(&e.to_string())))?;
        Ok(record)
    }

    /// Writes the record atomically, stamping `updated`.
    pub fn save(&mut self, path: &Path) -> Result<(), Error> {
        self.updated = now();
        let text = crate::export::to_json(self);
        Output::File(path.to_path_buf()).write(&text)
    }
}

/// `sha256:` and the hex digest of `text`.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::from("sha256:");
    for byte in digest {
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// The current time, RFC 3339 in UTC, to the second.
pub fn now() -> String {
    jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .map_or_else(|_| jiff::Timestamp::now().to_string(), |t| t.to_string())
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{Kind, Record, content_hash};
    use crate::scenario_file::ScenarioFile;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("r.json");
        let file = ScenarioFile::new("s.yaml", "id: s\n");
        let mut record = Record::new(Kind::Play, &file, "s", "S", Some("Ana".to_owned()));
        record.save(&path).expect("saved");
        assert_eq!(Record::read(&path).expect("read"), record);
        assert!(record.scenario.hash.starts_with("sha256:"));
        assert_eq!(content_hash("a"), content_hash("a"));
        assert_ne!(content_hash("a"), content_hash("b"));
        std::fs::write(&path, "{\"format\": \"stance-record/1\", \"kind\": \"pl").expect("write");
        let error = Record::read(&path).expect_err("truncated");
        assert!(error.to_string().contains("r.json"), "{error}");
    }
}
