//! A participant's record of a walk or quiz: saved after every step, resumable, and read
//! back for `compare` and `report`.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::path::Path;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use sha2::{Digest, Sha256};

use crate::check::analyser::ids::is_kebab_case;
use crate::classroom::clock::Clock;
use crate::classroom::quiz_items::{Answered, MAX_SITUATIONS, Situation};
use crate::classroom::record_error::RecordError;
use crate::load::limits::Limits;
use crate::load::scenario_file::ScenarioFile;
use crate::scenario::Scenario;
use crate::scenario::index::RecommendationIx;
use crate::walk::Progress;
use crate::walk::step::{Notes, Step};

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
    /// The language of the translation the participant saw, if they saw one (`ko`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
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
    /// The option picked; empty for no response.
    pub picked: String,
}

impl StepRecord {
    /// A walk's steps by id, each with the note written at its question.
    pub fn of_walk(scenario: &Scenario, steps: &[Step], notes: &Notes) -> Vec<Self> {
        steps
            .iter()
            .map(|step| {
                let question = &scenario.questions[step.question];
                Self {
                    question: question.id.clone(),
                    choice: question.choices[step.choice].id.clone(),
                    note: notes.get(&step.question).cloned(),
                }
            })
            .collect()
    }
}

impl ItemRecord {
    /// An item of `situation` as answered, by id, as a quiz record keeps it.
    pub fn of(scenario: &Scenario, situation: &Situation, answered: &Answered) -> Self {
        let id = |r: RecommendationIx| scenario.recommendations[r].id.clone();
        let item = &answered.item;
        let upto = item.source.map_or(situation.path.len(), |i| i + 1);
        Self {
            situation: answered.situation,
            path: StepRecord::of_walk(scenario, &situation.path[..upto], &Notes::new()),
            ending: item.source.is_none(),
            answer: id(item.answer),
            options: item.options.iter().map(|&r| id(r)).collect(),
            picked: answered.picked.map_or_else(String::new, id),
        }
    }
}

impl QuizRecord {
    /// Counts within bounds, and each pick among its item's options.
    fn check(&self) -> Result<(), String> {
        if !(1..=MAX_SITUATIONS).contains(&self.situations) {
            return Err(format!(
                "`quiz.situations` is {}; a quiz has 1 to {MAX_SITUATIONS}",
                self.situations
            ));
        }
        for (n, item) in self.items.iter().enumerate() {
            let n = n + 1;
            if !(1..=self.situations).contains(&item.situation) {
                return Err(format!(
                    "quiz item {n}: `situation` is {}; situations count from 1 to {}",
                    item.situation, self.situations
                ));
            }
            if item.options.is_empty() {
                return Err(format!("quiz item {n}: `options` is empty"));
            }
            if !item.picked.is_empty() && !item.options.contains(&item.picked) {
                return Err(format!(
                    "quiz item {n}: `picked` is `{}`, which is not one of its `options`",
                    item.picked
                ));
            }
        }
        Ok(())
    }
}

impl Record {
    /// The record, made to belong to the scenario text it now continues with, in the
    /// language the scenario is now shown in.
    #[must_use]
    pub fn continued(
        mut self,
        file: &ScenarioFile,
        scenario: &Scenario,
        name: Option<String>,
    ) -> Self {
        self.scenario.hash = content_hash(&file.text);
        self.scenario.language.clone_from(&scenario.language);
        self.name = name.or(self.name);
        self
    }

    /// A new, empty record of `scenario`, read from `file`.
    pub fn new(
        kind: Kind,
        file: &ScenarioFile,
        scenario: &Scenario,
        name: Option<String>,
        clock: &dyn Clock,
    ) -> Self {
        let now = clock.now();
        Self {
            format: RECORD_FORMAT.to_owned(),
            kind,
            scenario: ScenarioRef {
                id: scenario.id.clone(),
                title: scenario.title.clone(),
                hash: content_hash(&file.text),
                language: scenario.language.clone(),
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

    /// Brings the record up to a walk's progress: its steps and their notes by id, the
    /// notes on questions not answered yet, and whether the walk has ended.
    pub fn follow(&mut self, scenario: &Scenario, progress: Progress<'_>) {
        self.steps = StepRecord::of_walk(scenario, progress.steps, progress.notes);
        self.notes = progress
            .notes
            .iter()
            .filter(|(q, _)| !progress.steps.iter().any(|s| s.question == **q))
            .map(|(&q, note)| NoteRecord {
                question: scenario.questions[q].id.clone(),
                note: note.clone(),
            })
            .collect();
        self.finished = progress.finished;
    }

    /// Reads and checks a record file: within the limits and UTF-8 like any input, then as
    /// [`Record::parse`] does.
    pub fn read(path: &Path, limits: Limits) -> Result<Self, RecordError> {
        let text = ScenarioFile::read(path, limits)?.text;
        Self::parse(&path.display().to_string(), &text)
    }

    /// Checks a record's text on its own, before any scenario is looked at: JSON with no
    /// key repeated in an object, this format, every field of the right type, the times
    /// RFC 3339, the ids well-formed and the counts within bounds. `shown` names it in
    /// errors. What it says about a scenario is checked by
    /// [`ResolvedRecord`](crate::classroom::resolved_record::ResolvedRecord).
    pub fn parse(shown: &str, text: &str) -> Result<Self, RecordError> {
        let bad = |reason: String| RecordError::Bad {
            path: shown.to_owned(),
            reason,
        };
        let json_error = |e: serde_json::Error| {
            bad(if e.is_eof() {
                "the file ends too early; was it cut short?".to_owned()
            } else if e.is_syntax() {
                format!("it is not JSON (line {}, column {})", e.line(), e.column())
            } else {
                lower_first(&e.to_string())
            })
        };
        // A repeated key would be read as its last value, unseen by whoever checked the file.
        serde_json::from_str::<DistinctKeys>(text).map_err(json_error)?;
        // The format first: another format's fields would only confuse.
        let head: Head = serde_json::from_str(text).map_err(json_error)?;
        match head.format.as_ref().map(|f| f.as_str()) {
            Some(Some(RECORD_FORMAT)) => {}
            Some(Some(other)) => {
                return Err(bad(format!(
                    "`format` is `{other}`; this version of stance reads `{RECORD_FORMAT}`"
                )));
            }
            Some(None) | None => {
                return Err(bad(format!("it has no `format: \"{RECORD_FORMAT}\"`")));
            }
        }
        let record: Self = serde_json::from_str(text).map_err(json_error)?;
        record.check().map_err(bad)?;
        Ok(record)
    }

    /// What can be checked without the scenario.
    fn check(&self) -> Result<(), String> {
        for (field, value) in [("started", &self.started), ("updated", &self.updated)] {
            if value.parse::<jiff::Timestamp>().is_err() {
                return Err(format!(
                    "`{field}` is `{value}`, not a time such as `2026-12-01T09:30:00Z` (RFC 3339)"
                ));
            }
        }
        if !is_kebab_case(&self.scenario.id) {
            return Err(format!(
                "`scenario.id` is `{}`, not a scenario id (kebab-case, such as `korea-us-alliance`)",
                self.scenario.id
            ));
        }
        let digest = self.scenario.hash.strip_prefix("sha256:");
        if !digest.is_some_and(|d| d.len() == 64 && d.bytes().all(|b| b.is_ascii_hexdigit())) {
            return Err("`scenario.hash` is not `sha256:` and 64 hex digits".to_owned());
        }
        match (self.kind, &self.quiz) {
            (Kind::Play, Some(_)) => {
                return Err("it records a walk, but has a `quiz` section".to_owned());
            }
            (Kind::Quiz, None) => {
                return Err("it records a quiz, but has no `quiz` section".to_owned());
            }
            _ => {}
        }
        if let Some(quiz) = &self.quiz {
            quiz.check()?;
        }
        Ok(())
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

/// The `format` key alone, read before anything else; the rest is skipped.
#[derive(Deserialize)]
struct Head {
    format: Option<serde_json::Value>,
}

/// A JSON text walked without keeping it, refused if any object repeats a key.
struct DistinctKeys;

impl<'de> Deserialize<'de> for DistinctKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DistinctKeysVisitor)
    }
}

struct DistinctKeysVisitor;

impl<'de> Visitor<'de> for DistinctKeysVisitor {
    type Value = DistinctKeys;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<DistinctKeys, E> {
        Ok(DistinctKeys)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<DistinctKeys, E> {
        Ok(DistinctKeys)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<DistinctKeys, E> {
        Ok(DistinctKeys)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<DistinctKeys, E> {
        Ok(DistinctKeys)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<DistinctKeys, E> {
        Ok(DistinctKeys)
    }

    fn visit_unit<E: de::Error>(self) -> Result<DistinctKeys, E> {
        Ok(DistinctKeys)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<DistinctKeys, A::Error> {
        while seq.next_element::<DistinctKeys>()?.is_some() {}
        Ok(DistinctKeys)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DistinctKeys, A::Error> {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            map.next_value::<DistinctKeys>()?;
            if seen.contains(&key) {
                return Err(de::Error::custom(format_args!(
                    "key `{key}` appears twice in one object"
                )));
            }
            seen.insert(key);
        }
        Ok(DistinctKeys)
    }
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
    use crate::classroom::clock::FixedClock;

    /// A change made to a record's JSON.
    type Edit = fn(&mut serde_json::Value);
    use crate::load::limits::Limits;
    use crate::load::scenario_file::ScenarioFile;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("r.json");
        let file = ScenarioFile::new("s.yaml", "id: s\n");
        let mut scenario = crate::check::analyser::built_in_scenario();
        scenario.language = Some("ko".to_owned());
        let record = Record::new(
            Kind::Play,
            &file,
            &scenario,
            Some("Ana".to_owned()),
            &FixedClock("2026-01-02T03:04:05Z".to_owned()),
        );
        std::fs::write(&path, serde_json::to_string(&record).expect("JSON")).expect("saved");
        assert_eq!(
            Record::read(&path, Limits::default()).expect("read"),
            record
        );
        assert!(record.scenario.hash.starts_with("sha256:"));
        assert_eq!(content_hash("a"), content_hash("a"));
        assert_ne!(content_hash("a"), content_hash("b"));
        std::fs::write(&path, "{\"format\": \"stance-record/1\", \"kind\": \"pl").expect("write");
        let error = Record::read(&path, Limits::default()).expect_err("truncated");
        assert!(error.to_string().contains("r.json"), "{error}");
    }

    #[test]
    fn a_record_follows_a_walk_into_a_store() {
        use crate::check::analyser::built_in_scenario;
        use crate::classroom::record_store::{MemoryStore, RecordStore};
        use crate::scenario::index::{ChoiceIx, QuestionIx};
        use crate::walk::Progress;
        use crate::walk::step::{Notes, Step};

        let scenario = built_in_scenario();
        let file = ScenarioFile::new("built-in", "id: x\n");
        let mut record = Record::new(
            Kind::Play,
            &file,
            &scenario,
            None,
            &FixedClock("2026-01-02T03:04:05Z".to_owned()),
        );
        let steps = [Step {
            question: QuestionIx::new(0),
            choice: ChoiceIx::new(2),
        }];
        let mut notes = Notes::new();
        notes.insert(QuestionIx::new(0), "on the step".to_owned());
        notes.insert(QuestionIx::new(3), "ahead".to_owned());
        record.follow(
            &scenario,
            Progress {
                steps: &steps,
                notes: &notes,
                finished: false,
            },
        );
        let mut store = MemoryStore::default();
        let Ok(()) = store.save(&mut record);
        let saved = &store.saved[0];
        assert_eq!(saved.steps[0].question, scenario.questions[0].id);
        assert_eq!(saved.steps[0].note.as_deref(), Some("on the step"));
        assert_eq!(saved.notes.len(), 1);
        assert_eq!(saved.notes[0].question, scenario.questions[3].id);
        assert!(!saved.finished);
    }

    /// A valid quiz record's text, with `edit` applied to its JSON.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value = serde_json::json!({
            "format": "stance-record/1",
            "kind": "quiz",
            "scenario": {"id": "s", "title": "S", "hash": content_hash("x")},
            "name": "Ana",
            "started": "2026-12-01T09:30:00Z",
            "updated": "2026-12-01T09:31:00Z",
            "finished": false,
            "steps": [],
            "quiz": {"seed": 7, "situations": 2, "items": [{
                "situation": 1,
                "path": [{"question": "q", "choice": "c"}],
                "answer": "a",
                "options": ["a", "b"],
                "picked": "b",
            }]},
        });
        edit(&mut value);
        value.to_string()
    }

    #[test]
    fn fields_are_checked_before_any_scenario() {
        assert!(Record::parse("r.json", &edited(|_| {})).is_ok());
        let cases: &[(Edit, &str)] = &[
            (
                |v| v["started"] = "garbage".into(),
                "`started` is `garbage`, not a time",
            ),
            (
                |v| v["updated"] = "2026-13-01".into(),
                "`updated` is `2026-13-01`",
            ),
            (
                |v| v["scenario"]["id"] = "/etc/shadow".into(),
                "`scenario.id` is `/etc/shadow`, not a scenario id",
            ),
            (|v| v["scenario"]["id"] = "-".into(), "not a scenario id"),
            (
                |v| v["scenario"]["hash"] = "md5:00".into(),
                "`scenario.hash` is not",
            ),
            (
                |v| v["kind"] = "play".into(),
                "it records a walk, but has a `quiz` section",
            ),
            (
                |v| v["quiz"]["situations"] = 0.into(),
                "`quiz.situations` is 0; a quiz has 1 to 100",
            ),
            (
                |v| v["quiz"]["situations"] = 1_000_000_000_000_000_000_u64.into(),
                "`quiz.situations` is 1000000000000000000",
            ),
            (
                |v| v["quiz"]["items"][0]["situation"] = 0.into(),
                "quiz item 1: `situation` is 0",
            ),
            (
                |v| v["quiz"]["items"][0]["situation"] = 3.into(),
                "situations count from 1 to 2",
            ),
            (
                |v| v["quiz"]["items"][0]["options"] = serde_json::json!([]),
                "quiz item 1: `options` is empty",
            ),
            (
                |v| v["quiz"]["items"][0]["picked"] = "z".into(),
                "quiz item 1: `picked` is `z`, which is not one of its `options`",
            ),
            (
                |v| v["quiz"]["seed"] = (-1).into(),
                "invalid value: integer `-1`",
            ),
            (|v| v["notes"] = 3.into(), "invalid type: integer `3`"),
            (|v| v["extra"] = 3.into(), "unknown field `extra`"),
        ];
        for (edit, expected) in cases {
            let text = edited(*edit);
            let error = Record::parse("r.json", &text)
                .expect_err(expected)
                .to_string();
            assert!(
                error.starts_with("`r.json` is not a stance record: "),
                "{error}"
            );
            assert!(error.contains(expected), "{expected}: {error}");
        }
        let mut quiz = edited(|_| {});
        quiz.remove(quiz.rfind('}').expect("an end"));
        quiz.push_str(", \"name\": \"Mallory\"}");
        let error = Record::parse("r.json", &quiz)
            .expect_err("a repeated key")
            .to_string();
        assert!(
            error.contains("key `name` appears twice in one object at line 1"),
            "{error}"
        );
    }
}
