//! The room: everyone in a live session and where each walk stands, kept in memory, changed
//! only by requests that fit, and rebuilt from the session database when a server starts.
//!
//! The room decides; the server stores what it decided (the rows each change returns)
//! before it answers the request.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

use serde::{Deserialize, Serialize};
use stance_core::classroom::live_error::LiveError;
use stance_core::classroom::live_walk::LiveWalk;
use stance_core::classroom::record::{
    Kind, NoteRecord, RECORD_FORMAT, Record, ScenarioRef, StepRecord,
};
use stance_core::classroom::session_event::{Command, SessionEvent};
use stance_core::scenario::Scenario;
use stance_core::scenario::index::QuestionIx;
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::printable::is_invisible;
use stance_core::walk::Walk;
use stance_core::walk::step::Step;

use crate::secret::{self, token_hash};
use crate::session_db::{Row, StoredEvent, StoredParticipant};

/// The longest display name, in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// The most participants one session takes: a large lecture, with room to spare, and a
/// bound on what a flood of joins can make the server hold.
pub const MAX_PARTICIPANTS: usize = 2000;

/// A request from a participant's page: its number (1, 2, … in the order the page made
/// them) and what it asks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// The page's number for this request; a retry sends the same number.
    pub seq: u64,
    /// What it asks.
    pub command: Command,
}

/// Something the facilitator did, kept so that a restarted server shows it again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum FacilitatorEvent {
    /// The path the class is compared with.
    PathSet {
        /// The path's answers, by id, in order.
        steps: Vec<PathStep>,
    },
    /// The author's reasoning for a question shown on, or hidden from, the dashboard.
    Revealed {
        /// The question's id.
        question: String,
        /// Shown (`true`) or hidden.
        shown: bool,
    },
    /// A participant taken out of the session: their page can no longer step, their name is
    /// free again, and their walk no longer counts.
    Removed {
        /// The participant's name, as the room shows it.
        name: String,
    },
}

/// One answer of a path, by id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathStep {
    /// The question's id.
    pub question: String,
    /// The choice's id.
    pub choice: String,
}

/// One participant.
#[derive(Clone, Debug)]
pub struct Participant {
    /// Their number in the session, from 1.
    pub id: i64,
    /// Their display name.
    pub name: String,
    /// When they joined.
    pub joined: String,
    /// When they last did anything.
    pub updated: String,
    /// Their walk.
    pub walk: LiveWalk,
    /// The digest of each request taken, by its number less one: retries are compared with
    /// it. A digest, not the request, so that a long note is not kept twice.
    requests: Vec<[u8; 32]>,
    /// The writer's ticket for the last rows stored for them, which a retry waits for.
    pub last_ticket: u64,
    /// Whether the facilitator removed them.
    pub removed: bool,
}

/// Why a join was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JoinRefusal {
    /// The name is empty, too long, or holds characters a name may not.
    BadName(NameProblem),
    /// Someone else has this name.
    NameTaken(String),
    /// The page's token is not one a page draws.
    BadToken,
    /// This page has already joined under another name.
    AlreadyJoined(String),
    /// The session has as many participants as it takes.
    Full,
    /// The facilitator removed this page from the session.
    Removed,
}

/// What is wrong with a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but spaces.
    Empty,
    /// More than [`MAX_NAME_CHARS`] characters: how many.
    TooLong(usize),
    /// A character that would not show, or would garble what is around it.
    Invisible(char),
}

impl Localized for JoinRefusal {
    /// The refusal as the person joining is told it, in the language of `messages`.
    fn message(&self, messages: Messages) -> String {
        match self {
            Self::BadName(NameProblem::Empty) => messages.text("join-name-empty"),
            Self::BadName(NameProblem::TooLong(chars)) => messages.text_with(
                "join-name-too-long",
                &[
                    ("chars", Arg::from(*chars)),
                    ("max", Arg::from(MAX_NAME_CHARS)),
                ],
            ),
            Self::BadName(NameProblem::Invisible(c)) => messages.text_with(
                "join-name-invisible",
                &[("code", Arg::from(format!("U+{:04X}", u32::from(*c))))],
            ),
            Self::NameTaken(name) => {
                messages.text_with("join-name-taken", &[("name", Arg::from(name.as_str()))])
            }
            Self::BadToken => messages.text("join-bad-token"),
            Self::AlreadyJoined(name) => {
                messages.text_with("join-already-joined", &[("name", Arg::from(name.as_str()))])
            }
            Self::Full => messages.text_with("join-full", &[("max", Arg::from(MAX_PARTICIPANTS))]),
            Self::Removed => messages.text("join-removed"),
        }
    }
}

/// Why a participant's request was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// No participant has this token.
    Unknown,
    /// A request number that is neither the next one nor a retry.
    OutOfOrder { seq: u64, expected: u64 },
    /// A retry that asks something else than the request it repeats.
    Conflict { seq: u64 },
    /// The request does not fit the walk.
    Live(#[from] LiveError),
    /// The participant has made as many requests as one walk may.
    TooMany,
}

impl Localized for Refusal {
    fn message(&self, messages: Messages) -> String {
        match self {
            Self::Unknown => messages.text("request-unknown"),
            Self::OutOfOrder { seq, expected } => messages.text_with(
                "request-out-of-order",
                &[("seq", Arg::from(*seq)), ("expected", Arg::from(*expected))],
            ),
            Self::Conflict { seq } => {
                messages.text_with("request-conflict", &[("seq", Arg::from(*seq))])
            }
            Self::Live(error) => error.message(messages),
            Self::TooMany => {
                messages.text_with("request-too-many", &[("max", Arg::from(MAX_REQUESTS))])
            }
        }
    }
}

/// Why a facilitator's change was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FacilitatorRefusal {
    /// A path that is not a walk of the scenario.
    BadPath { step: usize, reason: LiveError },
    /// No question has this id.
    UnknownQuestion(String),
    /// No participant in the session has this name: the present ones' names nearest it.
    UnknownParticipant {
        name: String,
        nearest: Option<String>,
    },
}

impl Localized for FacilitatorRefusal {
    fn message(&self, messages: Messages) -> String {
        match self {
            Self::BadPath { step, reason } => messages.text_with(
                "facilitator-bad-path",
                &[
                    ("step", Arg::from(*step)),
                    ("reason", Arg::from(reason.message(messages))),
                ],
            ),
            Self::UnknownQuestion(id) => messages.text_with(
                "facilitator-unknown-question",
                &[("question", Arg::from(id.as_str()))],
            ),
            Self::UnknownParticipant { name, nearest } => match nearest {
                Some(nearest) => messages.text_with(
                    "facilitator-unknown-participant-near",
                    &[
                        ("name", Arg::from(name.as_str())),
                        ("nearest", Arg::from(nearest.as_str())),
                    ],
                ),
                None => messages.text_with(
                    "facilitator-unknown-participant",
                    &[("name", Arg::from(name.as_str()))],
                ),
            },
        }
    }
}

stance_core::display_in_english!(JoinRefusal, Refusal, FacilitatorRefusal);

/// A room that could not be rebuilt from its database.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct ReplayError {
    /// The event's place in the database, from 1; 0 for the participants table.
    pub event: usize,
    /// What is wrong with it.
    pub reason: String,
}

impl ReplayError {
    fn describe(&self) -> String {
        if self.event == 0 {
            format!(
                "the session database's participants do not fit: {}",
                self.reason
            )
        } else {
            format!(
                "event {} of the session database does not fit the scenario: {}",
                self.event, self.reason
            )
        }
    }
}

/// What a request did.
#[derive(Debug, PartialEq, Eq)]
pub enum Taken {
    /// It was new: store these rows, then answer.
    New(Vec<Row>),
    /// A retry of one already taken: answer once the participant's last rows are stored.
    Again,
}

/// What a join did.
#[derive(Debug, PartialEq, Eq)]
pub enum Joined {
    /// A new participant: store these rows, then answer.
    New(Vec<Row>),
    /// The same page joining again under the same name.
    Again,
}

/// Everyone in the session.
#[derive(Debug)]
pub struct Room {
    scenario: Scenario,
    hash: String,
    participants: Vec<Participant>,
    by_token: HashMap<[u8; 32], usize>,
    by_name: HashMap<String, usize>,
    path: Vec<Step>,
    revealed: BTreeSet<QuestionIx>,
    version: u64,
}

/// How a request is stored beside its first event: its digest, as `sha256:` and hex, which is
/// all a retry is compared with; the event holds what it did.
fn stored_digest(digest: &[u8; 32]) -> String {
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for byte in digest {
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// The digest of a stored request: read from a `sha256:` digest, or taken of the request's
/// JSON, which databases of earlier versions stored whole.
fn request_digest(stored: &str) -> [u8; 32] {
    stored
        .strip_prefix("sha256:")
        .filter(|hex| hex.len() == 64)
        .and_then(|hex| {
            let mut digest = [0u8; 32];
            for (i, byte) in digest.iter_mut().enumerate() {
                *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
            }
            Some(digest)
        })
        .unwrap_or_else(|| token_hash(stored))
}

/// The most requests one participant may make in a session: a walk of a long scenario, gone
/// back and forth, takes a few hundred; this bounds what the room keeps of each (and what the
/// database stores) against a page that sends steps without end.
pub const MAX_REQUESTS: usize = 5_000;

/// Whether the character at `i` of a name could hide or reorder what a name shows. The
/// joiners (U+200C, U+200D) are part of Persian and Indic names and of emoji sequences, so
/// they may stand between two characters beyond ASCII; between Latin letters, or at an end,
/// they only make two names look alike.
fn hides(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    if matches!(c, '\u{200c}' | '\u{200d}') {
        let shaped = |c: Option<&char>| {
            c.is_some_and(|c| !c.is_ascii() && !c.is_whitespace() && !is_invisible(*c))
        };
        return !(shaped(i.checked_sub(1).and_then(|j| chars.get(j))) && shaped(chars.get(i + 1)));
    }
    c.is_control() || is_invisible(c)
}

/// Whether a stored name is one some version of stance let join: as the room shows names,
/// within the length, and free of controls and direction marks (earlier versions let the
/// zero-width characters through, so a database that has them still opens).
fn is_stored_name(name: &str) -> bool {
    let shown = name.split_whitespace().collect::<Vec<_>>().join(" ");
    shown == name
        && !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.chars().any(|c| {
            c.is_control()
                || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
}

/// `name` as the room shows it (trimmed, each run of spaces one space), or why it is not a
/// name.
pub fn display_name(name: &str) -> Result<String, JoinRefusal> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(JoinRefusal::BadName(NameProblem::Empty));
    }
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(JoinRefusal::BadName(NameProblem::TooLong(chars)));
    }
    // Controls, direction overrides and zero-width characters could garble the projector and
    // every report, or make two names look alike.
    let chars: Vec<char> = name.chars().collect();
    if let Some(&c) = (0..chars.len())
        .find(|&i| hides(&chars, i))
        .map(|i| &chars[i])
    {
        return Err(JoinRefusal::BadName(NameProblem::Invisible(c)));
    }
    Ok(name)
}

/// The form of a name compared for uniqueness: `Ana` and `ana` are one name.
fn name_key(name: &str) -> String {
    name.to_lowercase()
}

impl Room {
    /// An empty room for `scenario`, whose file text has the content hash `hash`.
    pub fn new(scenario: Scenario, hash: String) -> Self {
        Self {
            scenario,
            hash,
            participants: Vec::new(),
            by_token: HashMap::new(),
            by_name: HashMap::new(),
            path: Vec::new(),
            revealed: BTreeSet::new(),
            version: 0,
        }
    }

    /// The room as a database holds it: every participant, and every event replayed in
    /// order and checked as a new one would be.
    pub fn replay(
        scenario: Scenario,
        hash: String,
        participants: Vec<StoredParticipant>,
        events: &[StoredEvent],
    ) -> Result<Self, ReplayError> {
        let mut room = Self::new(scenario, hash);
        let mut by_id: HashMap<i64, usize> = HashMap::new();
        for p in participants {
            let ix = room.participants.len();
            // A stored name is shown as a joined one is: one that no version of stance would
            // have let join is refused, not projected.
            if !is_stored_name(&p.name) {
                return Err(ReplayError {
                    event: 0,
                    reason: format!("participant {} has a name that could not have joined", p.id),
                });
            }
            if by_id.insert(p.id, ix).is_some() || room.by_token.insert(p.token_hash, ix).is_some()
            {
                return Err(ReplayError {
                    event: 0,
                    reason: format!("participant {} is stored twice", p.id),
                });
            }
            room.participants.push(Participant {
                id: p.id,
                name: p.name,
                updated: p.joined.clone(),
                joined: p.joined,
                walk: LiveWalk::new(),
                requests: Vec::new(),
                last_ticket: 0,
                removed: false,
            });
        }
        for (n, event) in events.iter().enumerate() {
            let fault = |reason: String| ReplayError {
                event: n + 1,
                reason,
            };
            let Some(id) = event.participant else {
                let parsed: FacilitatorEvent =
                    serde_json::from_str(&event.data).map_err(|e| fault(e.to_string()))?;
                room.facilitate(&parsed).map_err(|e| fault(e.to_string()))?;
                continue;
            };
            let &ix = by_id
                .get(&id)
                .ok_or_else(|| fault(format!("it names participant {id}, who never joined")))?;
            let parsed: SessionEvent =
                serde_json::from_str(&event.data).map_err(|e| fault(e.to_string()))?;
            let participant = &mut room.participants[ix];
            participant.updated.clone_from(&event.at);
            if let SessionEvent::Joined { .. } = parsed {
                if event.seq != Some(0) || !participant.requests.is_empty() {
                    return Err(fault(
                        "`joined` is not the participant's first event".into(),
                    ));
                }
                let key = name_key(&participant.name);
                if room.by_name.insert(key, ix).is_some() {
                    return Err(fault(format!(
                        "participant {id} joins under a name someone in the session has"
                    )));
                }
                continue;
            }
            if event.part == 0 {
                let expected = participant.requests.len() as u64 + 1;
                if event.seq != Some(expected) {
                    let given = event
                        .seq
                        .map_or_else(|| "without a number".to_owned(), |n| n.to_string());
                    return Err(fault(format!(
                        "it is request {given} of participant {id}, whose next is {expected}"
                    )));
                }
                participant
                    .requests
                    .push(request_digest(event.request.as_deref().unwrap_or_default()));
            }
            participant
                .walk
                .apply(&room.scenario, &parsed)
                .map_err(|e| fault(e.to_string()))?;
        }
        Ok(room)
    }

    /// The scenario.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The content hash of the scenario file's text.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// The participants, in the order they joined, removed ones among them (indices into
    /// this list name participants).
    pub fn participants(&self) -> &[Participant] {
        &self.participants
    }

    /// The participants not removed, in the order they joined.
    pub fn present(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| !p.removed)
    }

    /// The facilitator's path, and the questions whose reasoning is shown.
    pub fn facilitation(&self) -> (&[Step], &BTreeSet<QuestionIx>) {
        (&self.path, &self.revealed)
    }

    /// A number that changes whenever the room does.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Whether the token with this digest is a removed participant's.
    pub fn is_removed(&self, token_hash: &[u8; 32]) -> bool {
        self.by_token
            .get(token_hash)
            .is_some_and(|&ix| self.participants[ix].removed)
    }

    /// The participant whose token has this digest, unless removed.
    pub fn find(&self, token_hash: &[u8; 32]) -> Option<usize> {
        self.by_token
            .get(token_hash)
            .copied()
            .filter(|&ix| !self.participants[ix].removed)
    }

    /// The participant at `ix`.
    pub fn participant(&self, ix: usize) -> &Participant {
        &self.participants[ix]
    }

    /// The number of the last request taken from participant `ix`.
    pub fn last_seq(&self, ix: usize) -> u64 {
        self.participants[ix].requests.len() as u64
    }

    /// Remembers the writer's ticket for the rows last stored for participant `ix`.
    pub fn stored_as(&mut self, ix: usize, ticket: u64) {
        self.participants[ix].last_ticket = ticket;
    }

    /// Joins the page whose token is `token` under `name` at time `now`.
    pub fn join(
        &mut self,
        name: &str,
        token: &str,
        now: &str,
    ) -> Result<(usize, Joined), JoinRefusal> {
        if !secret::is_participant_token(token) {
            return Err(JoinRefusal::BadToken);
        }
        let name = display_name(name)?;
        let key = name_key(&name);
        let hash = token_hash(token);
        if let Some(&ix) = self.by_token.get(&hash) {
            let joined = &self.participants[ix];
            if joined.removed {
                return Err(JoinRefusal::Removed);
            }
            return if name_key(&joined.name) == key {
                Ok((ix, Joined::Again))
            } else {
                Err(JoinRefusal::AlreadyJoined(joined.name.clone()))
            };
        }
        if self.by_name.contains_key(&key) {
            return Err(JoinRefusal::NameTaken(name));
        }
        // Those removed do not count toward the room's size; all of them, removed or not,
        // are bounded too, since each is kept.
        if self.present().count() >= MAX_PARTICIPANTS
            || self.participants.len() >= 2 * MAX_PARTICIPANTS
        {
            return Err(JoinRefusal::Full);
        }
        let id = self
            .participants
            .last()
            .map_or(Some(1), |p| p.id.checked_add(1))
            .ok_or(JoinRefusal::Full)?;
        let ix = self.participants.len();
        let joined = SessionEvent::Joined { name: name.clone() };
        let rows = vec![
            Row::Participant(StoredParticipant {
                id,
                token_hash: hash,
                name: name.clone(),
                name_key: key.clone(),
                joined: now.to_owned(),
            }),
            Row::Event(StoredEvent {
                participant: Some(id),
                seq: Some(0),
                part: 0,
                data: to_json(&joined),
                request: None,
                at: now.to_owned(),
            }),
        ];
        self.participants.push(Participant {
            id,
            name,
            joined: now.to_owned(),
            updated: now.to_owned(),
            walk: LiveWalk::new(),
            requests: Vec::new(),
            last_ticket: 0,
            removed: false,
        });
        self.by_token.insert(hash, ix);
        self.by_name.insert(key, ix);
        self.version += 1;
        Ok((ix, Joined::New(rows)))
    }

    /// Takes participant `ix`'s `request` at time `now`: a new request is checked against
    /// the walk and applied; a retry of one taken is recognised and changes nothing.
    pub fn take(&mut self, ix: usize, request: &Request, now: &str) -> Result<Taken, Refusal> {
        let asked = token_hash(&to_json(&request.command));
        let participant = &self.participants[ix];
        let next = participant.requests.len() as u64 + 1;
        if request.seq == 0 {
            // Requests count from 1; 0 is the join's.
            return Err(Refusal::OutOfOrder {
                seq: 0,
                expected: next,
            });
        }
        if request.seq < next {
            let taken = usize::try_from(request.seq)
                .ok()
                .and_then(|seq| seq.checked_sub(1))
                .and_then(|i| participant.requests.get(i));
            return match taken {
                Some(taken) if *taken == asked => Ok(Taken::Again),
                _ => Err(Refusal::Conflict { seq: request.seq }),
            };
        }
        if request.seq > next {
            return Err(Refusal::OutOfOrder {
                seq: request.seq,
                expected: next,
            });
        }
        if participant.requests.len() >= MAX_REQUESTS {
            return Err(Refusal::TooMany);
        }
        let events = participant
            .walk
            .events_for(&self.scenario, &request.command)?;
        let participant = &mut self.participants[ix];
        let mut rows = Vec::with_capacity(events.len());
        for (part, event) in events.iter().enumerate() {
            participant.walk.apply(&self.scenario, event)?;
            rows.push(Row::Event(StoredEvent {
                participant: Some(participant.id),
                seq: Some(request.seq),
                part: u32::try_from(part).unwrap_or(u32::MAX),
                data: to_json(event),
                request: (part == 0).then(|| stored_digest(&asked)),
                at: now.to_owned(),
            }));
        }
        participant.requests.push(asked);
        now.clone_into(&mut participant.updated);
        self.version += 1;
        Ok(Taken::New(rows))
    }

    /// Applies a facilitator's change at time `now` and returns the rows to store.
    pub fn facilitate_at(
        &mut self,
        event: &FacilitatorEvent,
        now: &str,
    ) -> Result<Vec<Row>, FacilitatorRefusal> {
        let removed = self.facilitate(event)?;
        let mut rows = vec![Row::Event(StoredEvent {
            participant: None,
            seq: None,
            part: 0,
            data: to_json(event),
            request: None,
            at: now.to_owned(),
        })];
        if let Some(ix) = removed {
            rows.push(Row::NameReleased(self.participants[ix].id));
        }
        Ok(rows)
    }

    /// Applies a facilitator's change; the participant it removed, if it removed one.
    fn facilitate(
        &mut self,
        event: &FacilitatorEvent,
    ) -> Result<Option<usize>, FacilitatorRefusal> {
        let mut removed = None;
        match event {
            FacilitatorEvent::PathSet { steps } => {
                let mut walk = LiveWalk::new();
                for (n, step) in steps.iter().enumerate() {
                    let answered = SessionEvent::Answered {
                        question: step.question.clone(),
                        choice: step.choice.clone(),
                    };
                    walk.apply(&self.scenario, &answered).map_err(|reason| {
                        FacilitatorRefusal::BadPath {
                            step: n + 1,
                            reason,
                        }
                    })?;
                }
                self.path = walk.steps().to_vec();
            }
            FacilitatorEvent::Revealed { question, shown } => {
                let q = self
                    .scenario
                    .question_ix(question)
                    .ok_or_else(|| FacilitatorRefusal::UnknownQuestion(question.clone()))?;
                if *shown {
                    self.revealed.insert(q);
                } else {
                    self.revealed.remove(&q);
                }
            }
            FacilitatorEvent::Removed { name } => {
                let key = name_key(name);
                let Some(ix) = self.by_name.remove(&key) else {
                    let names = self.present().map(|p| p.name.as_str());
                    return Err(FacilitatorRefusal::UnknownParticipant {
                        name: name.clone(),
                        nearest: stance_core::text::suggest::nearest(name, names)
                            .map(str::to_owned),
                    });
                };
                // The token stays known, so that the removed page is told so if it joins
                // again, rather than joining afresh under the same token.
                self.participants[ix].removed = true;
                removed = Some(ix);
            }
        }
        self.version += 1;
        Ok(removed)
    }

    /// Participant `ix`'s walk as a `stance-record/1`, as `stance play --record` would
    /// have kept it.
    pub fn record(&self, ix: usize) -> Record {
        let p = &self.participants[ix];
        let scenario = &self.scenario;
        let steps = p.walk.steps();
        let notes = p.walk.notes();
        let answered: BTreeSet<QuestionIx> = steps.iter().map(|s| s.question).collect();
        Record {
            format: RECORD_FORMAT.to_owned(),
            kind: Kind::Play,
            scenario: ScenarioRef {
                id: scenario.id.clone(),
                title: scenario.title.clone(),
                hash: self.hash.clone(),
                language: scenario.language.clone(),
            },
            name: Some(p.name.clone()),
            started: p.joined.clone(),
            updated: p.updated.clone(),
            finished: p.walk.ending(scenario).is_some(),
            steps: StepRecord::of_walk(scenario, steps, notes),
            notes: notes
                .iter()
                .filter(|(q, _)| !answered.contains(q))
                .map(|(&q, note)| NoteRecord {
                    question: scenario.questions[q].id.clone(),
                    note: note.clone(),
                })
                .collect(),
            quiz: None,
        }
    }

    /// A walk of the scenario along `steps`.
    pub fn walk_of<'s>(&'s self, steps: &[Step]) -> Option<Walk<'s>> {
        Walk::resume(&self.scenario, steps)
    }
}

fn to_json(value: &impl Serialize) -> String {
    // Serialising these plain types cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use stance_core::check::analyser::built_in_scenario;
    use stance_core::classroom::session_event::Command;
    use stance_core::text::localized::Localized;
    use stance_core::text::messages::{Locale, Messages};

    use super::{
        FacilitatorEvent, FacilitatorRefusal, JoinRefusal, NameProblem, Refusal, Request, Room,
        Taken, display_name,
    };
    use crate::session_db::{Row, StoredEvent, StoredParticipant};

    /// The participants and the events among rows, as the database would give them back.
    fn stored(rows: &[Row]) -> (Vec<StoredParticipant>, Vec<StoredEvent>) {
        let mut participants = Vec::new();
        let mut events = Vec::new();
        for row in rows {
            match row {
                Row::Participant(p) => participants.push(p.clone()),
                Row::Event(e) => events.push(e.clone()),
                Row::NameReleased(_) => {}
            }
        }
        (participants, events)
    }

    #[test]
    fn a_refused_step_or_change_is_told_in_the_class_language() {
        let ko = Messages::new(Locale::Ko);
        let cases: [(Box<dyn Localized>, &str, &str); 3] = [
            (
                Box::new(Refusal::TooMany),
                "this walk has taken 5000 steps, the most one participant may in a session; ask the facilitator",
                "이 진행은 한 세션에서 참여자 한 명에게 허용되는 최대 단계 수(5000단계)에 이르렀습니다. 진행자에게 물어보십시오",
            ),
            (
                Box::new(Refusal::OutOfOrder {
                    seq: 7,
                    expected: 5,
                }),
                "request 7 is out of order: the next is 5",
                "요청 7의 순서가 맞지 않습니다. 다음 요청은 5입니다",
            ),
            (
                Box::new(FacilitatorRefusal::UnknownParticipant {
                    name: "ana b".into(),
                    nearest: Some("Ana".into()),
                }),
                "no one in the session is called `ana b`; did you mean `Ana`?",
                "세션에 `ana b`(이)라는 참여자가 없습니다. 혹시 `Ana`입니까?",
            ),
        ];
        for (refusal, english, korean) in cases {
            assert_eq!(refusal.message(Messages::english()), english);
            assert_eq!(refusal.message(ko), korean);
        }
    }

    #[test]
    fn a_refused_join_is_told_in_the_class_language() {
        let ko = Messages::new(Locale::Ko);
        for (refusal, english, korean) in [
            (
                JoinRefusal::NameTaken("ana".into()),
                "the name `ana` is taken in this class: add an initial or choose another",
                "`ana`(이)라는 이름은 이 수업에서 이미 쓰고 있습니다. 이니셜을 덧붙이거나 다른 이름을 고르십시오",
            ),
            (
                JoinRefusal::BadName(NameProblem::TooLong(61)),
                "the name has 61 characters; a name has at most 60",
                "이름이 61자입니다. 이름은 60자까지 쓸 수 있습니다",
            ),
            (
                JoinRefusal::BadName(NameProblem::Invisible('\u{200b}')),
                "the name holds the invisible character U+200B; use letters, digits and spaces",
                "이름에 보이지 않는 문자 U+200B이(가) 있습니다. 글자, 숫자, 공백만 쓰십시오",
            ),
            (
                JoinRefusal::Full,
                "the session is full: it takes 2000 participants",
                "세션이 가득 찼습니다. 참여자는 2000명까지입니다",
            ),
        ] {
            assert_eq!(refusal.to_string(), english);
            assert_eq!(refusal.message(ko), korean);
        }
    }

    #[test]
    fn names_as_the_room_shows_them() {
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("  Ana   Kim ", Ok("Ana Kim")),
            ("김민준", Ok("김민준")),
            // Joiners shape Persian and emoji; between Latin letters they only hide.
            (
                "\u{645}\u{6cc}\u{200c}\u{646}\u{627}",
                Ok("\u{645}\u{6cc}\u{200c}\u{646}\u{627}"),
            ),
            (
                "\u{1f469}\u{200d}\u{1f4bb} Ana",
                Ok("\u{1f469}\u{200d}\u{1f4bb} Ana"),
            ),
            (
                "A\u{200d}na",
                Err(
                    "the name holds the invisible character U+200D; use letters, digits and spaces",
                ),
            ),
            (
                "Ana\u{200c}",
                Err(
                    "the name holds the invisible character U+200C; use letters, digits and spaces",
                ),
            ),
            (
                "E\u{200b}ve",
                Err(
                    "the name holds the invisible character U+200B; use letters, digits and spaces",
                ),
            ),
            ("", Err("give a name to join")),
            ("a\tb", Ok("a b")),
            (
                "x\u{200f}y",
                Err(
                    "the name holds the invisible character U+200F; use letters, digits and spaces",
                ),
            ),
        ];
        for (name, expected) in cases {
            let got = display_name(name).map_err(|e| e.to_string());
            assert_eq!(
                got.as_deref(),
                expected.map_err(str::to_owned).as_deref(),
                "{name:?}"
            );
        }
        assert!(matches!(
            display_name(&"é".repeat(61)),
            Err(JoinRefusal::BadName(_))
        ));
        assert!(display_name(&"é".repeat(60)).is_ok());
    }

    #[test]
    fn a_room_replayed_from_its_rows_is_the_room_that_made_them() {
        let mut room = Room::new(built_in_scenario(), "sha256:x".to_owned());
        let mut rows = Vec::new();
        let token = "ab".repeat(16);
        let (ix, joined) = room
            .join("Ana", &token, "2026-12-02T10:00:00Z")
            .expect("joins");
        let super::Joined::New(new) = joined else {
            panic!("a new participant")
        };
        rows.extend(new);
        let commands = [
            Command::Answer {
                question: "peninsula".into(),
                choice: "status_quo".into(),
            },
            Command::Note {
                question: "peninsula".into(),
                note: "mine".into(),
            },
            Command::Back {},
            Command::Answer {
                question: "peninsula".into(),
                choice: "reunification".into(),
            },
        ];
        for (n, command) in commands.into_iter().enumerate() {
            let request = Request {
                seq: n as u64 + 1,
                command,
            };
            let Ok(Taken::New(new)) = room.take(ix, &request, "2026-12-02T10:01:00Z") else {
                panic!("taken")
            };
            rows.extend(new);
            assert_eq!(room.take(ix, &request, "later"), Ok(Taken::Again));
        }
        let (participants, events) = stored(&rows);
        let replayed = Room::replay(
            built_in_scenario(),
            "sha256:x".to_owned(),
            participants.clone(),
            &events,
        )
        .expect("replays");
        assert_eq!(replayed.record(0), room.record(0));
        assert_eq!(replayed.last_seq(0), 4);
        // An event edited out of shape is named by its place.
        let mut edited = events.clone();
        edited[1].data =
            r#"{"type":"answered","question":"peninsula","choice":"nowhere"}"#.to_owned();
        let error = Room::replay(built_in_scenario(), String::new(), participants, &edited)
            .expect_err("refused");
        assert_eq!(
            error.to_string(),
            "event 2 of the session database does not fit the scenario: question `peninsula` has no choice `nowhere`"
        );
    }

    /// A request is kept and stored as a digest, and a database of earlier versions, which
    /// stored it whole, still tells a retry from a conflict.
    #[test]
    fn requests_are_kept_as_digests_and_old_databases_still_read() {
        let command = r#"{"type":"back"}"#;
        let digest = super::token_hash(command);
        let stored = super::stored_digest(&digest);
        assert!(
            stored.starts_with("sha256:") && stored.len() == 71,
            "{stored}"
        );
        assert_eq!(super::request_digest(&stored), digest);
        assert_eq!(super::request_digest(command), digest);
        assert_ne!(super::request_digest("sha256:zz"), digest);
    }

    /// One page cannot make the room keep steps without end.
    #[test]
    fn a_participant_has_at_most_so_many_requests() {
        let mut room = Room::new(built_in_scenario(), "sha256:x".to_owned());
        let (ix, _) = room
            .join("Ana", &"cd".repeat(16), "2026-12-02T10:00:00Z")
            .expect("joins");
        let note = |n: usize| Command::Note {
            question: "peninsula".into(),
            note: format!("take {n}"),
        };
        for n in 1..=super::MAX_REQUESTS {
            let request = Request {
                seq: n as u64,
                command: note(n),
            };
            assert!(
                matches!(room.take(ix, &request, "now"), Ok(Taken::New(_))),
                "{n}"
            );
        }
        let one_more = Request {
            seq: super::MAX_REQUESTS as u64 + 1,
            command: note(0),
        };
        assert_eq!(room.take(ix, &one_more, "now"), Err(Refusal::TooMany));
    }

    /// A participant the facilitator removes can no longer step or join again, their name is
    /// free for someone else, and a replayed database says the same.
    #[test]
    fn a_removed_participant_is_gone_and_their_name_free() {
        let mut room = Room::new(built_in_scenario(), "sha256:x".to_owned());
        let mut rows = Vec::new();
        let mut join =
            |room: &mut Room, name: &str, token: &str| match room.join(name, token, "now") {
                Ok((ix, super::Joined::New(new))) => {
                    rows.extend(new);
                    Ok(ix)
                }
                Ok((ix, super::Joined::Again)) => Ok(ix),
                Err(refusal) => Err(refusal),
            };
        let (prank, ben) = ("aa".repeat(16), "bb".repeat(16));
        join(&mut room, "Ana", &prank).expect("joins");
        join(&mut room, "Ben", &ben).expect("joins");
        let unknown = room
            .facilitate_at(
                &FacilitatorEvent::Removed {
                    name: "Anna".into(),
                },
                "now",
            )
            .expect_err("no Anna");
        assert_eq!(
            unknown.to_string(),
            "no one in the session is called `Anna`; did you mean `Ana`?"
        );
        let removal = room
            .facilitate_at(&FacilitatorEvent::Removed { name: "ana".into() }, "now")
            .expect("removes");
        assert_eq!(removal.len(), 2, "the event, and the name given up");
        assert_eq!(room.find(&super::token_hash(&prank)), None);
        assert_eq!(join(&mut room, "Ana", &prank), Err(JoinRefusal::Removed));
        let ana = "cc".repeat(16);
        let ix = join(&mut room, "Ana", &ana).expect("the name is free");
        assert_eq!(
            room.present().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["Ben", "Ana"]
        );
        // The removal is stored between the joins, and replayed in that order.
        let mut kept = rows[..4].to_vec();
        kept.extend(removal);
        kept.extend(rows[4..].iter().cloned());
        let (participants, events) = stored(&kept);
        let replayed = Room::replay(
            built_in_scenario(),
            "sha256:x".to_owned(),
            participants,
            &events,
        )
        .expect("replays");
        assert_eq!(replayed.present().count(), 2);
        assert_eq!(replayed.find(&super::token_hash(&ana)), Some(ix));
        assert_eq!(replayed.find(&super::token_hash(&prank)), None);
    }
}
