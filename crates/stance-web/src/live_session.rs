//! A live session opened: a new one in a new database, or one a database holds, its events
//! replayed against the scenario it started with; and a database read back for a report.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use stance_core::check::analyser::check_file;
use stance_core::check::translation_check::check_translation;
use stance_core::classroom::clock::Clock;
use stance_core::classroom::record::{Record, content_hash};
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::scenario::Scenario;
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Arg, Messages};

use crate::db_writer::NotStored;
use crate::room::Room;
use crate::secret::{self, NoRandomness};
use crate::session_db::{SessionDb, SessionDbError, SessionInfo, StoredTranslation};

/// Why the server could not start or had to stop. The reasons held as text (a replay's, a
/// stored scenario's, a token's) are in English.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The session database could not be used.
    Db(#[from] SessionDbError),
    /// No random numbers for the token and code.
    Random(#[from] NoRandomness),
    /// The database's events do not fit its scenario.
    Replay { path: PathBuf, reason: String },
    /// The scenario stored in the database no longer checks.
    StoredScenario { path: PathBuf, reason: String },
    /// The scenario given is not the one the session walks.
    OtherScenario {
        path: PathBuf,
        stored: String,
        given: String,
    },
    /// The scenario file changed since the session started.
    ScenarioChanged { path: PathBuf },
    /// A new session with no scenario to walk.
    NoScenario,
    /// A facilitator token given that is not 16 to 256 characters long: how many it has.
    TokenLength(usize),
    /// A facilitator token given with a character a token may not have, escaped.
    TokenCharacter(String),
    /// The address could not be listened on.
    Bind {
        address: SocketAddr,
        source: std::io::Error,
    },
    /// The runtime or the database's thread could not start.
    Start(std::io::Error),
    /// The session database failed while the server ran.
    Storage(#[from] NotStored),
}

impl Localized for ServeError {
    fn message(&self, messages: Messages) -> String {
        let shown = |path: &Path| Arg::from(path.display().to_string());
        match self {
            Self::Db(error) => error.message(messages),
            Self::Random(error) => error.message(messages),
            Self::Replay { path, reason } => messages.text_with(
                "serve-replay",
                &[("db", shown(path)), ("reason", Arg::from(reason.as_str()))],
            ),
            Self::StoredScenario { path, reason } => messages.text_with(
                "serve-stored-scenario",
                &[("db", shown(path)), ("reason", Arg::from(reason.as_str()))],
            ),
            Self::OtherScenario {
                path,
                stored,
                given,
            } => messages.text_with(
                "serve-other-scenario",
                &[
                    ("db", shown(path)),
                    ("stored", Arg::from(stored.as_str())),
                    ("given", Arg::from(given.as_str())),
                ],
            ),
            Self::ScenarioChanged { path } => {
                messages.text_with("serve-scenario-changed", &[("db", shown(path))])
            }
            Self::NoScenario => messages.text("serve-no-scenario"),
            Self::TokenLength(length) => {
                messages.text_with("serve-token-length", &[("length", Arg::from(*length))])
            }
            Self::TokenCharacter(c) => messages.text_with(
                "serve-token-character",
                &[("character", Arg::from(c.as_str()))],
            ),
            Self::Bind { address, source } => messages.text_with(
                "serve-cannot-listen",
                &[
                    ("address", Arg::from(address.to_string())),
                    ("reason", Arg::from(source.to_string())),
                ],
            ),
            Self::Start(source) => messages.text_with(
                "serve-not-started",
                &[("reason", Arg::from(source.to_string()))],
            ),
            Self::Storage(error) => error.message(messages),
        }
    }
}

stance_core::display_in_english!(ServeError);

/// A session ready to serve: its database, what it is, and its room.
#[derive(Debug)]
pub struct Opened {
    /// The database file.
    pub path: PathBuf,
    /// The session's code, token and scenario.
    pub info: SessionInfo,
    /// Whether the database held the session already.
    pub continued: bool,
    pub(crate) db: SessionDb,
    pub(crate) room: Room,
}

impl Opened {
    /// How many participants the session has, those removed not counted.
    pub fn participants(&self) -> usize {
        self.room.present().count()
    }

    /// The language of the translation the room shows, if it shows one.
    pub fn room_language(&self) -> Option<&str> {
        self.room.scenario().language.as_deref()
    }
}

/// The scenario a session starts or continues with.
#[derive(Clone, Copy, Debug)]
pub struct Given<'a> {
    /// The scenario file, as written.
    pub file: &'a ScenarioFile,
    /// The checked scenario, translated when `translation` is given.
    pub scenario: &'a Scenario,
    /// The translation file applied to it, which the session keeps too.
    pub translation: Option<&'a ScenarioFile>,
}

impl Given<'_> {
    fn stored_translation(&self) -> Option<StoredTranslation> {
        self.translation.map(|t| StoredTranslation {
            name: t.name.clone(),
            text: t.text.clone(),
        })
    }
}

/// The default database file of a new session: named after the scenario and the session's
/// code, in the current folder.
pub fn default_db_path(scenario_id: &str, code: &str) -> PathBuf {
    PathBuf::from(format!("{scenario_id}-{code}.db"))
}

/// Opens the session in `db`, or starts a new one of `scenario` there (at
/// [`default_db_path`] when `db` is `None`). Continuing, `scenario` may be left out: the
/// database holds the text the session started with. `token` replaces the facilitator's
/// token; otherwise a new session draws one and a continued session keeps its own.
pub fn open(
    db: Option<&Path>,
    given: Option<Given<'_>>,
    token: Option<&str>,
    clock: &dyn Clock,
) -> Result<Opened, ServeError> {
    if let Some(token) = token {
        check_token(token)?;
    }
    match db {
        Some(path) if path.exists() => continue_session(path, given, token),
        _ => {
            let Some(given) = given else {
                return Err(ServeError::NoScenario);
            };
            let (file, scenario) = (given.file, given.scenario.clone());
            let code = secret::new_code()?;
            let info = SessionInfo {
                facilitator_token: match token {
                    Some(t) => t.to_owned(),
                    None => secret::new_token()?,
                },
                scenario_name: file.name.clone(),
                scenario_text: file.text.clone(),
                started: clock.now(),
                translation: given.stored_translation(),
                code,
            };
            let path = db.map_or_else(|| default_db_path(&scenario.id, &info.code), Path::to_owned);
            let db = SessionDb::create(&path, &info)?;
            let room = Room::new(scenario, content_hash(&file.text));
            Ok(Opened {
                path,
                info,
                continued: false,
                db,
                room,
            })
        }
    }
}

fn check_token(token: &str) -> Result<(), ServeError> {
    let fits = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~');
    let length = token.chars().count();
    if !(16..=256).contains(&length) {
        return Err(ServeError::TokenLength(length));
    }
    if let Some(c) = token.chars().find(|&c| !fits(c)) {
        return Err(ServeError::TokenCharacter(c.escape_default().to_string()));
    }
    Ok(())
}

fn continue_session(
    path: &Path,
    given: Option<Given<'_>>,
    token: Option<&str>,
) -> Result<Opened, ServeError> {
    let db = SessionDb::open(path)?;
    let mut info = db.info()?;
    let stored = ScenarioFile::new(info.scenario_name.clone(), info.scenario_text.clone());
    let mut scenario = stored_scenario(path, &stored, info.translation.as_ref())?;
    if let Some(given) = given {
        if given.scenario.id != scenario.id {
            return Err(ServeError::OtherScenario {
                path: path.to_owned(),
                stored: scenario.id,
                given: given.scenario.id.clone(),
            });
        }
        if content_hash(&given.file.text) != content_hash(&stored.text) {
            return Err(ServeError::ScenarioChanged {
                path: path.to_owned(),
            });
        }
        // The same scenario, perhaps in another translation the facilitator asked for,
        // which the session keeps from now on.
        scenario = given.scenario.clone();
        let translation = given.stored_translation();
        if translation != info.translation {
            db.set_translation(translation.as_ref())?;
            info.translation = translation;
        }
    }
    if let Some(token) = token
        && token != info.facilitator_token
    {
        db.set_facilitator_token(token)?;
        token.clone_into(&mut info.facilitator_token);
    }
    // A database is a file anyone may have edited: a stored token or code that stance would
    // not have made (empty, say, which an empty `Bearer` would match) is refused, not served.
    if token.is_none() {
        check_token(&info.facilitator_token).map_err(|error| ServeError::Replay {
            path: path.to_owned(),
            reason: format!(
                "the facilitator token it holds is not usable ({error}); give a new facilitator token"
            ),
        })?;
    }
    if !secret::is_code(&info.code) {
        return Err(ServeError::Replay {
            path: path.to_owned(),
            reason: format!(
                "its stored join code is not one stance makes ({} letters and digits)",
                secret::CODE_LENGTH
            ),
        });
    }
    let room = replay(path, &db, scenario, &stored)?;
    Ok(Opened {
        path: path.to_owned(),
        info,
        continued: true,
        db,
        room,
    })
}

/// The scenario a database holds, checked, in the translation it holds, checked too: the
/// file may come from anyone.
fn stored_scenario(
    path: &Path,
    stored: &ScenarioFile,
    translation: Option<&StoredTranslation>,
) -> Result<Scenario, ServeError> {
    let analysis = check_file(stored, None);
    let scenario = analysis
        .scenario
        .ok_or_else(|| ServeError::StoredScenario {
            path: path.to_owned(),
            reason: analysis
                .diagnostics
                .first()
                .map_or_else(|| "it has errors".to_owned(), |d| d.message.clone()),
        })?;
    let Some(kept) = translation else {
        return Ok(scenario);
    };
    let analysis = check_translation(&kept.text, &scenario);
    let translation = analysis
        .translation
        .ok_or_else(|| ServeError::StoredScenario {
            path: path.to_owned(),
            reason: format!(
                "its translation `{}` does not check: {}",
                kept.name,
                analysis
                    .diagnostics
                    .first()
                    .map_or("it has errors", |d| d.message.as_str())
            ),
        })?;
    Ok(translation.apply(&scenario))
}

fn replay(
    path: &Path,
    db: &SessionDb,
    scenario: Scenario,
    stored: &ScenarioFile,
) -> Result<Room, ServeError> {
    Room::replay(
        scenario,
        content_hash(&stored.text),
        db.participants()?,
        &db.events()?,
    )
    .map_err(|e| ServeError::Replay {
        path: path.to_owned(),
        reason: e.to_string(),
    })
}

/// A session database read back for a report: its scenario file (the text it started
/// with) and each participant's walk as a record, in the order they joined; those the
/// facilitator removed are left out.
pub fn read_records(path: &Path) -> Result<(ScenarioFile, Vec<Record>), ServeError> {
    let db = SessionDb::open_read_only(path)?;
    let info = db.info()?;
    let stored = ScenarioFile::new(info.scenario_name, info.scenario_text);
    let scenario = stored_scenario(path, &stored, info.translation.as_ref())?;
    let room = replay(path, &db, scenario, &stored)?;
    let records = (0..room.participants().len())
        .filter(|&ix| !room.participant(ix).removed)
        .map(|ix| room.record(ix))
        .collect();
    Ok((stored, records))
}
