//! The session database: one SQLite file holding a live session's scenario, its
//! participants and every event, appended in a transaction before the server acknowledges
//! it (write-ahead log, `synchronous=FULL`), so that a killed server loses nothing it said
//! it had.
//!
//! A session file may also come from someone else (`stance report FILE.db`): it is opened
//! read-only, with SQLite's defences on, and nothing in it is believed until the room has
//! replayed it against the scenario.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Arg, Messages};

/// The `format` every session database carries.
pub const SESSION_FORMAT: &str = "stance-session/1";

/// Why a session database could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SessionDbError {
    /// SQLite refused.
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    /// The file could not be created.
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A new session would overwrite a file.
    Exists { path: PathBuf },
    /// The file is not one a stance server wrote: why, in English.
    NotASession { path: PathBuf, reason: String },
}

impl Localized for SessionDbError {
    fn message(&self, messages: Messages) -> String {
        let shown = |path: &Path| Arg::from(path.display().to_string());
        match self {
            Self::Sqlite { path, source } => messages.text_with(
                "db-unusable",
                &[
                    ("db", shown(path)),
                    ("reason", Arg::from(source.to_string())),
                ],
            ),
            Self::Create { path, source } => messages.text_with(
                "db-not-created",
                &[
                    ("db", shown(path)),
                    ("reason", Arg::from(source.to_string())),
                ],
            ),
            Self::Exists { path } => messages.text_with("db-exists", &[("db", shown(path))]),
            Self::NotASession { path, reason } => messages.text_with(
                "db-not-a-session",
                &[("db", shown(path)), ("reason", Arg::from(reason.as_str()))],
            ),
        }
    }
}

stance_core::display_in_english!(SessionDbError);

/// What the session is, as stored when it started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionInfo {
    /// The short code students join by.
    pub code: String,
    /// The facilitator's token, so that a restarted server keeps the dashboard's address.
    pub facilitator_token: String,
    /// The scenario file's name, as shown when the session started.
    pub scenario_name: String,
    /// The scenario file's text, so that the session can be continued and reported on
    /// without the file.
    pub scenario_text: String,
    /// When the session started (RFC 3339, UTC).
    pub started: String,
    /// The translation the session's pages show, if they show one, kept as the scenario is.
    pub translation: Option<StoredTranslation>,
}

/// A translation file, as a session keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredTranslation {
    /// The file's name, as shown when the session started.
    pub name: String,
    /// The file's text.
    pub text: String,
}

/// A participant, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredParticipant {
    /// The participant's number in this session, from 1.
    pub id: i64,
    /// The SHA-256 digest of the participant's token; the token itself is never stored.
    pub token_hash: [u8; 32],
    /// The display name.
    pub name: String,
    /// The name as compared for uniqueness.
    pub name_key: String,
    /// When the participant joined.
    pub joined: String,
}

/// An event, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEvent {
    /// Whose event: a participant's number, or `None` for the facilitator's.
    pub participant: Option<i64>,
    /// The number the participant's page gave the request that made it (0 for joining).
    pub seq: Option<u64>,
    /// Which of the request's events (an answer that ends the walk makes two).
    pub part: u32,
    /// The event, as JSON.
    pub data: String,
    /// The request that made it, as JSON, on the request's first event: retries are
    /// compared with it.
    pub request: Option<String>,
    /// When.
    pub at: String,
}

/// One thing to append.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// A participant who joined.
    Participant(StoredParticipant),
    /// An event.
    Event(StoredEvent),
    /// A removed participant's name given up, so that someone else may join under it: the
    /// participant's number.
    NameReleased(i64),
}

/// What a removed participant's name key becomes: unique, and never a name's key, since no
/// name holds a control character.
fn released_key(participant: i64) -> String {
    format!("\u{1}removed {participant}")
}

/// An open session database.
#[derive(Debug)]
pub struct SessionDb {
    connection: Connection,
    path: PathBuf,
}

// Sessions stored before translations were kept have no `translation` table; one is made
// when such a session is continued in a translation.
const TRANSLATION_TABLE: &str = "
CREATE TABLE IF NOT EXISTS translation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    text TEXT NOT NULL
);
";

const SCHEMA: &str = "
CREATE TABLE session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format TEXT NOT NULL,
    code TEXT NOT NULL,
    facilitator_token TEXT NOT NULL,
    scenario_name TEXT NOT NULL,
    scenario_text TEXT NOT NULL,
    started TEXT NOT NULL
);
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    token_hash BLOB NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    joined TEXT NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    participant INTEGER REFERENCES participants(id),
    seq INTEGER,
    part INTEGER NOT NULL,
    data TEXT NOT NULL,
    request TEXT,
    at TEXT NOT NULL,
    UNIQUE (participant, seq, part)
);
";

impl SessionDb {
    /// Creates a new session database at `path`, which must not exist yet, readable by its
    /// owner only.
    pub fn create(path: &Path, info: &SessionInfo) -> Result<Self, SessionDbError> {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(path).map_err(|source| {
            if source.kind() == std::io::ErrorKind::AlreadyExists {
                SessionDbError::Exists {
                    path: path.to_owned(),
                }
            } else {
                SessionDbError::Create {
                    path: path.to_owned(),
                    source,
                }
            }
        })?;
        let db = Self::connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        db.durable()?;
        db.connection
            .execute_batch(SCHEMA)
            .map_err(|source| db.sqlite(source))?;
        db.connection
            .execute(
                "INSERT INTO session (id, format, code, facilitator_token, scenario_name, scenario_text, started)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    SESSION_FORMAT,
                    info.code,
                    info.facilitator_token,
                    info.scenario_name,
                    info.scenario_text,
                    info.started
                ],
            )
            .map_err(|source| db.sqlite(source))?;
        db.set_translation(info.translation.as_ref())?;
        Ok(db)
    }

    /// Opens an existing session database to continue the session.
    pub fn open(path: &Path) -> Result<Self, SessionDbError> {
        let db = Self::connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        db.info()?;
        db.durable()?;
        Ok(db)
    }

    /// Opens a session database to read it, changing nothing.
    pub fn open_read_only(path: &Path) -> Result<Self, SessionDbError> {
        let db = Self::connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        db.connection
            .pragma_update(None, "query_only", true)
            .map_err(|source| db.sqlite(source))?;
        db.info()?;
        Ok(db)
    }

    fn connect(path: &Path, flags: OpenFlags) -> Result<Self, SessionDbError> {
        let sqlite = |source| SessionDbError::Sqlite {
            path: path.to_owned(),
            source,
        };
        if !path.is_file() {
            return Err(SessionDbError::NotASession {
                path: path.to_owned(),
                reason: "there is no such file".to_owned(),
            });
        }
        let connection = Connection::open_with_flags(
            path,
            flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(sqlite)?;
        // The file may come from anyone: no schema trickery, no writes to internals.
        connection
            .set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)
            .map_err(sqlite)?;
        connection
            .pragma_update(None, "trusted_schema", false)
            .map_err(sqlite)?;
        connection
            .pragma_update(None, "cell_size_check", true)
            .map_err(sqlite)?;
        connection
            .busy_timeout(std::time::Duration::from_secs(5))
            .map_err(sqlite)?;
        Ok(Self {
            connection,
            path: path.to_owned(),
        })
    }

    /// Write-ahead logging with a sync at every commit: an acknowledged event is on disk.
    fn durable(&self) -> Result<(), SessionDbError> {
        let mode: String = self
            .connection
            .pragma_update_and_check(None, "journal_mode", "wal", |row| row.get(0))
            .map_err(|source| self.sqlite(source))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(SessionDbError::NotASession {
                path: self.path.clone(),
                reason: format!("its journal could not be set to `wal` (it is `{mode}`)"),
            });
        }
        self.connection
            .pragma_update(None, "synchronous", "FULL")
            .map_err(|source| self.sqlite(source))?;
        self.connection
            .pragma_update(None, "foreign_keys", true)
            .map_err(|source| self.sqlite(source))
    }

    fn sqlite(&self, source: rusqlite::Error) -> SessionDbError {
        SessionDbError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    fn not_a_session(&self, reason: impl Into<String>) -> SessionDbError {
        SessionDbError::NotASession {
            path: self.path.clone(),
            reason: reason.into(),
        }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the session is.
    pub fn info(&self) -> Result<SessionInfo, SessionDbError> {
        let row = self
            .connection
            .query_row(
                "SELECT format, code, facilitator_token, scenario_name, scenario_text, started
                 FROM session WHERE id = 1",
                [],
                |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        SessionInfo {
                            code: row.get(1)?,
                            facilitator_token: row.get(2)?,
                            scenario_name: row.get(3)?,
                            scenario_text: row.get(4)?,
                            started: row.get(5)?,
                            translation: None,
                        },
                    ))
                },
            )
            .optional();
        match row {
            Ok(Some((format, info))) if format == SESSION_FORMAT => Ok(SessionInfo {
                translation: self.translation()?,
                ..info
            }),
            Ok(Some((format, _))) => Err(self.not_a_session(format!(
                "its format is `{format}`; this stance reads `{SESSION_FORMAT}`"
            ))),
            Ok(None) => Err(self.not_a_session("its `session` table is empty")),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::NotADatabase =>
            {
                Err(self.not_a_session("it is not an SQLite database"))
            }
            Err(e) => Err(self.not_a_session(format!("it has no stance session in it ({e})"))),
        }
    }

    /// The translation kept, if the session keeps one.
    fn translation(&self) -> Result<Option<StoredTranslation>, SessionDbError> {
        let kept: bool = self
            .connection
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'translation'",
                [],
                |row| row.get::<_, i64>(0).map(|n| n > 0),
            )
            .map_err(|source| self.sqlite(source))?;
        if !kept {
            return Ok(None);
        }
        self.connection
            .query_row(
                "SELECT name, text FROM translation WHERE id = 1",
                [],
                |row| {
                    Ok(StoredTranslation {
                        name: row.get(0)?,
                        text: row.get(1)?,
                    })
                },
            )
            .optional()
            .map_err(|source| self.sqlite(source))
    }

    /// Keeps `translation` as the one the session's pages show, or none.
    pub fn set_translation(
        &self,
        translation: Option<&StoredTranslation>,
    ) -> Result<(), SessionDbError> {
        let sqlite = |source| self.sqlite(source);
        self.connection
            .execute_batch(TRANSLATION_TABLE)
            .map_err(sqlite)?;
        self.connection
            .execute("DELETE FROM translation", [])
            .map_err(sqlite)?;
        if let Some(t) = translation {
            self.connection
                .execute(
                    "INSERT INTO translation (id, name, text) VALUES (1, ?1, ?2)",
                    params![t.name, t.text],
                )
                .map_err(sqlite)?;
        }
        Ok(())
    }

    /// Changes the facilitator's token, for a session continued with a token of its own.
    pub fn set_facilitator_token(&self, token: &str) -> Result<(), SessionDbError> {
        self.connection
            .execute(
                "UPDATE session SET facilitator_token = ?1 WHERE id = 1",
                [token],
            )
            .map(drop)
            .map_err(|source| self.sqlite(source))
    }

    /// Every participant, in the order they joined.
    pub fn participants(&self) -> Result<Vec<StoredParticipant>, SessionDbError> {
        let mut statement = self
            .connection
            .prepare("SELECT id, token_hash, name, name_key, joined FROM participants ORDER BY id")
            .map_err(|source| self.sqlite(source))?;
        let rows = statement
            .query_map([], |row| {
                let hash: Vec<u8> = row.get(1)?;
                Ok((
                    hash,
                    StoredParticipant {
                        id: row.get(0)?,
                        token_hash: [0; 32],
                        name: row.get(2)?,
                        name_key: row.get(3)?,
                        joined: row.get(4)?,
                    },
                ))
            })
            .map_err(|source| self.sqlite(source))?;
        let mut participants = Vec::new();
        for row in rows {
            let (hash, mut participant) = row.map_err(|source| self.sqlite(source))?;
            participant.token_hash = hash.try_into().map_err(|_| {
                self.not_a_session(format!(
                    "participant {} has a token digest that is not 32 bytes",
                    participant.id
                ))
            })?;
            participants.push(participant);
        }
        Ok(participants)
    }

    /// Every event, in the order they were appended.
    pub fn events(&self) -> Result<Vec<StoredEvent>, SessionDbError> {
        let mut statement = self
            .connection
            .prepare("SELECT participant, seq, part, data, request, at FROM events ORDER BY id")
            .map_err(|source| self.sqlite(source))?;
        let rows = statement
            .query_map([], |row| {
                Ok(StoredEvent {
                    participant: row.get(0)?,
                    // A negative number is no page's; replaying says so.
                    seq: row
                        .get::<_, Option<i64>>(1)?
                        .map(|n| u64::try_from(n).unwrap_or(u64::MAX)),
                    part: row.get(2)?,
                    data: row.get(3)?,
                    request: row.get(4)?,
                    at: row.get(5)?,
                })
            })
            .map_err(|source| self.sqlite(source))?;
        rows.collect::<Result<_, _>>()
            .map_err(|source| self.sqlite(source))
    }

    /// Appends `rows` in one transaction: all of them are on disk when this returns `Ok`,
    /// or none.
    pub fn append(&mut self, rows: &[Row]) -> Result<(), SessionDbError> {
        let path = self.path.clone();
        let sqlite = |source| SessionDbError::Sqlite {
            path: path.clone(),
            source,
        };
        let transaction = self.connection.transaction().map_err(sqlite)?;
        {
            let mut participant = transaction
                .prepare_cached(
                    "INSERT INTO participants (id, token_hash, name, name_key, joined)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(sqlite)?;
            let mut event = transaction
                .prepare_cached(
                    "INSERT INTO events (participant, seq, part, data, request, at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .map_err(sqlite)?;
            let mut release = transaction
                .prepare_cached("UPDATE participants SET name_key = ?1 WHERE id = ?2")
                .map_err(sqlite)?;
            for row in rows {
                match row {
                    Row::Participant(p) => participant.execute(params![
                        p.id,
                        &p.token_hash[..],
                        p.name,
                        p.name_key,
                        p.joined
                    ]),
                    Row::Event(e) => event.execute(params![
                        e.participant,
                        e.seq.map(|n| i64::try_from(n).unwrap_or(i64::MAX)),
                        e.part,
                        e.data,
                        e.request,
                        e.at
                    ]),
                    Row::NameReleased(id) => release.execute(params![released_key(*id), id]),
                }
                .map_err(sqlite)?;
            }
        }
        transaction.commit().map_err(sqlite)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> SessionInfo {
        SessionInfo {
            code: "K7QX2M".into(),
            facilitator_token: "t".repeat(64),
            scenario_name: "tiny.yaml".into(),
            scenario_text: "id: tiny\n".into(),
            started: "2026-12-02T10:00:00Z".into(),
            translation: None,
        }
    }

    #[test]
    fn what_is_appended_is_read_back_and_a_new_session_never_overwrites() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("class.db");
        let mut db = SessionDb::create(&path, &info()).expect("creates");
        let ana = StoredParticipant {
            id: 1,
            token_hash: [7; 32],
            name: "Ana".into(),
            name_key: "ana".into(),
            joined: "2026-12-02T10:01:00Z".into(),
        };
        let joined = StoredEvent {
            participant: Some(1),
            seq: Some(0),
            part: 0,
            data: r#"{"type":"joined","name":"Ana"}"#.into(),
            request: None,
            at: "2026-12-02T10:01:00Z".into(),
        };
        db.append(&[Row::Participant(ana.clone()), Row::Event(joined.clone())])
            .expect("appends");
        // The same event twice breaks the transaction, and nothing of it is kept.
        let again = [Row::Event(joined.clone()), Row::Event(joined.clone())];
        assert!(db.append(&again).is_err());
        drop(db);
        let db = SessionDb::open_read_only(&path).expect("opens");
        assert_eq!(db.info().expect("info"), info());
        assert_eq!(db.participants().expect("participants"), vec![ana]);
        assert_eq!(db.events().expect("events"), vec![joined]);
        assert!(matches!(
            SessionDb::create(&path, &info()),
            Err(SessionDbError::Exists { .. })
        ));
    }

    #[test]
    fn a_translation_is_kept_replaced_and_missing_from_older_sessions() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("class.db");
        let korean = StoredTranslation {
            name: "tiny.ko.yaml".into(),
            text: "format: 1\ntranslation: ko\n".into(),
        };
        let db = SessionDb::create(
            &path,
            &SessionInfo {
                translation: Some(korean.clone()),
                ..info()
            },
        )
        .expect("creates");
        assert_eq!(db.info().expect("reads").translation, Some(korean));
        db.set_translation(None).expect("forgets it");
        assert_eq!(db.info().expect("reads").translation, None);
        // A session stored before translations were kept has no table for them.
        db.connection
            .execute_batch("DROP TABLE translation")
            .expect("drops");
        drop(db);
        let db = SessionDb::open_read_only(&path).expect("opens");
        assert_eq!(db.info().expect("reads").translation, None);
        drop(db);
        let db = SessionDb::open(&path).expect("opens");
        let japanese = StoredTranslation {
            name: "tiny.ja.yaml".into(),
            text: "translation: ja\n".into(),
        };
        db.set_translation(Some(&japanese)).expect("keeps it");
        assert_eq!(db.info().expect("reads").translation, Some(japanese));
    }

    #[test]
    fn a_file_that_is_not_a_session_is_named_as_such() {
        let dir = tempfile::tempdir().expect("a folder");
        let text = dir.path().join("notes.db");
        std::fs::write(&text, "just some text, not a database at all, long enough")
            .expect("writes");
        let error = SessionDb::open_read_only(&text)
            .expect_err("refuses")
            .to_string();
        assert!(
            error.contains("is not a stance session database"),
            "{error}"
        );
        let other = dir.path().join("other.db");
        Connection::open(&other)
            .and_then(|c| c.execute_batch("CREATE TABLE t (x)"))
            .expect("an SQLite file");
        let error = SessionDb::open_read_only(&other)
            .expect_err("refuses")
            .to_string();
        assert!(error.contains("has no stance session in it"), "{error}");
        let missing = SessionDb::open(&dir.path().join("missing.db")).expect_err("refuses");
        assert!(
            missing.to_string().contains("there is no such file"),
            "{missing}"
        );
    }
}
