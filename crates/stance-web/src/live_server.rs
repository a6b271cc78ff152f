//! The classroom server: students join a session from their browsers and walk it in the
//! player, each step stored before it is acknowledged; the facilitator watches the room on
//! a dashboard that the server keeps up to date through server-sent events.
//!
//! The server holds the room in memory behind one lock that no request holds across an
//! `await`; the session database has a thread of its own ([`DbWriter`]), so SQLite never
//! blocks the async runtime.

// Handlers answer with a `Response` whichever way they go; boxing the refusals would only
// move them.
#![expect(
    clippy::result_large_err,
    reason = "a refused request is answered with the response that says why"
)]

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener as StdListener, UdpSocket};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path as UrlPath, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;
use stance_core::classroom::clock::Clock;
use stance_core::classroom::role::Role;
use stance_core::export::walk_table::WalkTable;
use stance_core::text::localized::Localized;
use stance_core::text::messages::Messages;
use tokio::sync::watch;

use crate::connections;
use crate::dashboard::Dashboard;
use crate::db_writer::{DbWriter, NotStored};
use crate::live_pages::{self, Notice, Page};
use crate::live_session::{Opened, ServeError};
use crate::rate_limit::{Quota, RateLimiter};
use crate::room::{FacilitatorEvent, Joined, PathStep, Refusal, Room, Taken};
use crate::secret;

/// The largest request body the server reads: a note of the longest kind, escaped, fits.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// How long a request may take, from its headers to its response: its body must arrive by
/// then. Storing a step takes milliseconds; a page retries a request that timed out.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// The cookie that carries the facilitator's token once the dashboard's link is opened.
const FACILITATOR_COOKIE: &str = "stance_facilitator";
/// How often the dashboard's stream looks for a change in the room.
const DASHBOARD_TICK: Duration = Duration::from_millis(200);

/// Every request of one address.
const PER_ADDRESS: Quota = Quota {
    per_second: 400.0,
    burst: 800.0,
};
/// Joins from one address: a classroom's devices each have their own.
const JOINS_PER_ADDRESS: Quota = Quota {
    per_second: 20.0,
    burst: 40.0,
};
/// Requests of one participant: far more than a person clicks or types.
const PER_PARTICIPANT: Quota = Quota {
    per_second: 20.0,
    burst: 40.0,
};

/// Where and how to serve.
#[derive(Clone, Debug)]
pub struct ServeConfig {
    /// The address to listen on; `0.0.0.0` lets the room's devices join.
    pub host: IpAddr,
    /// The port; 0 takes a free one.
    pub port: u16,
    /// Whether the dashboard shows facilitator notes and discussion prompts.
    pub role_notes: bool,
    /// The pages' language, a BCP 47 tag.
    pub lang: String,
    /// The player's own words, in the interface's language.
    pub messages: Messages,
}

/// A server bound to its address, not yet serving.
pub struct LiveServer {
    runtime: tokio::runtime::Runtime,
    listener: StdListener,
    shared: Arc<Shared>,
    /// The join page's address, with the session's code.
    pub participants_url: String,
    /// The dashboard's address, with the facilitator's token.
    pub facilitator_url: String,
    /// Whether the server listens on every address but this machine's address on the
    /// network could not be found, so the addresses name 127.0.0.1 and work here only.
    pub local_only: bool,
}

struct Pages {
    player: Page,
    dashboard: Page,
    home: Page,
    wrong_code: Page,
    no_token: Page,
    wrong_token: Page,
    not_found: Page,
}

struct Shared {
    room: Mutex<Room>,
    writer: DbWriter,
    code: String,
    token: String,
    pages: Pages,
    /// The words of what the pages are told, such as why a join was refused.
    messages: Messages,
    clock: Box<dyn Clock + Send + Sync>,
    per_address: RateLimiter<IpAddr>,
    joins: RateLimiter<IpAddr>,
    per_participant: RateLimiter<[u8; 32]>,
    dashboard: watch::Sender<Arc<str>>,
    closing: watch::Sender<bool>,
}

impl std::fmt::Debug for LiveServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveServer")
            .field("participants_url", &self.participants_url)
            .finish_non_exhaustive()
    }
}

impl Shared {
    fn room(&self) -> MutexGuard<'_, Room> {
        self.room.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl LiveServer {
    /// Binds `config`'s address for the session `opened`, with `clock` for the times it
    /// stores.
    pub fn bind(
        opened: Opened,
        config: &ServeConfig,
        clock: Box<dyn Clock + Send + Sync>,
    ) -> Result<Self, ServeError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .thread_name("stance-serve")
            .build()
            .map_err(ServeError::Start)?;
        let address = SocketAddr::new(config.host, config.port);
        let listener =
            StdListener::bind(address).map_err(|source| ServeError::Bind { address, source })?;
        listener
            .set_nonblocking(true)
            .map_err(|source| ServeError::Bind { address, source })?;
        let port = listener
            .local_addr()
            .map_err(|source| ServeError::Bind { address, source })?
            .port();
        let (host, local_only) = url_host(config.host);
        let base = format!("http://{host}:{port}");
        let participants_url = format!("{base}/join/{}", opened.info.code);
        let facilitator_url = format!("{base}/facilitator?token={}", opened.info.facilitator_token);
        let Opened { info, db, room, .. } = opened;
        let pages = pages(&room, &info.code, &participants_url, config)?;
        let writer = DbWriter::spawn(db).map_err(ServeError::Start)?;
        let first =
            Arc::<str>::from(serde_json::to_string(&Dashboard::of(&room)).unwrap_or_default());
        let shared = Arc::new(Shared {
            room: Mutex::new(room),
            writer,
            code: info.code,
            token: info.facilitator_token,
            pages,
            messages: config.messages,
            clock,
            per_address: RateLimiter::new(PER_ADDRESS, 10_000),
            joins: RateLimiter::new(JOINS_PER_ADDRESS, 10_000),
            per_participant: RateLimiter::new(PER_PARTICIPANT, 10_000),
            dashboard: watch::Sender::new(first),
            closing: watch::Sender::new(false),
        });
        Ok(Self {
            runtime,
            listener,
            shared,
            participants_url,
            facilitator_url,
            local_only,
        })
    }

    /// A future that completes at Ctrl-C, or SIGTERM on Unix: the usual ways to stop a
    /// server. The signals are taken from the moment this returns, so that a Ctrl-C just
    /// after the addresses are printed stops the server as one later does.
    pub fn stop_signal(&self) -> Result<impl Future<Output = ()> + Send + 'static, ServeError> {
        let _entered = self.runtime.enter();
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let mut interrupt = signal(SignalKind::interrupt()).map_err(ServeError::Start)?;
            let mut terminate = signal(SignalKind::terminate()).map_err(ServeError::Start)?;
            Ok(async move {
                tokio::select! {
                    _ = interrupt.recv() => {}
                    _ = terminate.recv() => {}
                }
            })
        }
        #[cfg(not(unix))]
        {
            Ok(async move {
                let _ = tokio::signal::ctrl_c().await;
            })
        }
    }

    /// Serves until `stop` completes or the session database fails; then finishes the
    /// requests under way, ends the dashboards' streams and commits what is queued.
    pub fn run(self, stop: impl Future<Output = ()> + Send + 'static) -> Result<(), ServeError> {
        let Self {
            runtime, listener, ..
        } = self;
        let shared = Arc::clone(&self.shared);
        let outcome = runtime.block_on(async move {
            let listener =
                tokio::net::TcpListener::from_std(listener).map_err(ServeError::Start)?;
            let mut progress = shared.writer.progress();
            let failed = async move {
                progress
                    .wait_for(|c| c.failure.is_some())
                    .await
                    .ok()
                    .and_then(|c| c.failure.clone())
            };
            tokio::spawn(publish_dashboard(Arc::clone(&shared)));
            let (failure_tx, failure_rx) = tokio::sync::oneshot::channel();
            let closing = shared.closing.clone();
            let shutdown = async move {
                tokio::select! {
                    () = stop => {}
                    failure = failed => { let _ = failure_tx.send(failure); }
                }
                closing.send_replace(true);
            };
            let closing = shared.closing.subscribe();
            connections::serve(listener, router(Arc::clone(&shared)), shutdown, closing).await;
            match failure_rx.await {
                Ok(Some(reason)) => Err(ServeError::Storage(NotStored(reason))),
                _ => Ok(()),
            }
        });
        self.shared.writer.finish();
        runtime.shutdown_timeout(Duration::from_secs(1));
        outcome
    }
}

/// The host to put in the addresses: the one listened on, or for "every address" the one
/// this machine has on its network (found by asking the system which address it would send
/// from; no packet is sent).
fn url_host(host: IpAddr) -> (String, bool) {
    let shown = |ip: IpAddr| match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("[{v6}]"),
    };
    if !host.is_unspecified() {
        return (shown(host), false);
    }
    let found = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|socket| {
            socket.connect((Ipv4Addr::new(192, 0, 2, 1), 9))?;
            socket.local_addr()
        })
        .map(|a| a.ip())
        .ok()
        .filter(|ip| !ip.is_unspecified() && !ip.is_loopback());
    match found {
        Some(ip) => (shown(ip), false),
        None => ("127.0.0.1".to_owned(), true),
    }
}

fn pages(
    room: &Room,
    code: &str,
    join_url: &str,
    config: &ServeConfig,
) -> Result<Pages, ServeError> {
    let hash = room.hash().to_owned();
    let compile = |role| {
        WalkTable::compile(room.scenario(), hash.clone(), role, config.messages).map_err(|e| {
            ServeError::StoredScenario {
                path: PathBuf::new(),
                reason: e.to_string(),
            }
        })
    };
    let participant = compile(Role::Participant)?;
    let dashboard_table = if config.role_notes {
        compile(Role::Facilitator)?
    } else {
        compile(Role::Participant)?
    };
    let page = (config.lang.as_str(), config.messages);
    Ok(Pages {
        player: live_pages::player(&participant, page, code),
        dashboard: live_pages::dashboard(&dashboard_table, page, code, join_url, config.role_notes),
        home: live_pages::notice(
            page,
            Notice {
                heading: "notice-home-heading",
                message: "notice-home",
                ask_for_code: true,
            },
        ),
        wrong_code: live_pages::notice(
            page,
            Notice {
                heading: "notice-wrong-code-heading",
                message: "notice-wrong-code",
                ask_for_code: true,
            },
        ),
        no_token: live_pages::notice(
            page,
            Notice {
                heading: "notice-no-token-heading",
                message: "notice-no-token",
                ask_for_code: false,
            },
        ),
        wrong_token: live_pages::notice(
            page,
            Notice {
                heading: "notice-wrong-token-heading",
                message: "notice-wrong-token",
                ask_for_code: false,
            },
        ),
        not_found: live_pages::notice(
            page,
            Notice {
                heading: "notice-not-found-heading",
                message: "notice-not-found",
                ask_for_code: false,
            },
        ),
    })
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(home))
        .route("/join", get(join_by_code))
        .route("/join/{code}", get(player_page))
        .route("/facilitator", get(dashboard_page))
        .route("/api/join", post(join))
        .route("/api/me", get(me))
        .route("/api/requests", post(request))
        .route("/api/dashboard", get(dashboard_json))
        .route("/api/dashboard/stream", get(dashboard_stream))
        .route("/api/facilitator/path", post(set_path))
        .route("/api/facilitator/reveal", post(reveal))
        .route("/api/facilitator/remove", post(remove))
        .fallback(not_found)
        .method_not_allowed_fallback(wrong_method)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(
            Arc::clone(&shared),
            limit_and_harden,
        ))
        .with_state(shared)
}

/// Every response: no caching, no sniffing, no framing, no referrer; and each address held
/// to its rate.
async fn limit_and_harden(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    // The whole request, its body's arrival included, within a deadline: a client that
    // promises a body and sends it a byte at a time cannot hold a connection. The events
    // stream answers at once, and streams after, so the deadline does not cut it.
    let mut response = match shared.per_address.check(&peer.ip(), Instant::now()) {
        Ok(()) => match tokio::time::timeout(REQUEST_TIMEOUT, next.run(request)).await {
            Ok(response) => response,
            Err(_) => api_error(
                StatusCode::REQUEST_TIMEOUT,
                "too_slow",
                "the request took too long to arrive; send it again",
            ),
        },
        Err(wait) => too_many(wait),
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "default-src 'none'; frame-ancestors 'none'",
        ));
    response
}

fn page(status: StatusCode, page: &Page) -> Response {
    let mut response = (status, page.html.clone()).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(csp) = HeaderValue::from_str(&page.csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    response
}

fn json_response(status: StatusCode, value: &serde_json::Value) -> Response {
    let mut response = (status, value.to_string()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// An error as the API gives it: `{"error": MESSAGE, "code": CODE}` and what else helps.
fn api_error(status: StatusCode, code: &str, message: &str) -> Response {
    json_response(status, &json!({ "error": message, "code": code }))
}

fn too_many(wait: Duration) -> Response {
    let seconds = wait.as_secs().max(1);
    let mut response = api_error(
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limited",
        &format!("too many requests from this device: wait {seconds} s and try again"),
    );
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    response
}

fn not_stored(error: &NotStored) -> Response {
    api_error(
        StatusCode::SERVICE_UNAVAILABLE,
        "not_stored",
        &error.message(Messages::english()),
    )
}

/// The body as `T`, or the error that says what is wrong with it. It must be declared
/// JSON: a page of another site can send a form or plain text to this server without asking,
/// but not JSON, which makes the browser ask first (and the server never says yes).
fn body<T: DeserializeOwned>(
    headers: &HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Result<T, Response> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return Err(api_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "not_json",
            "send the body as JSON, with `Content-Type: application/json`",
        ));
    }
    let bytes = bytes.map_err(|rejection| {
        let status = rejection.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            api_error(
                status,
                "too_large",
                &format!("the request is larger than {MAX_BODY_BYTES} bytes"),
            )
        } else {
            api_error(status, "bad_body", &rejection.body_text())
        }
    })?;
    serde_json::from_slice(&bytes).map_err(|e| {
        api_error(
            StatusCode::BAD_REQUEST,
            "bad_json",
            &format!("the request is not what this endpoint takes: {e}"),
        )
    })
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
        .filter(|token| !token.is_empty())
}

fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value)
        })
}

/// Whether the request carries the facilitator's token: `Err` with 401 when it carries
/// none, 403 when it carries another.
fn facilitator(shared: &Shared, headers: &HeaderMap, html: bool) -> Result<(), Response> {
    let given = bearer(headers).or_else(|| cookie(headers, FACILITATOR_COOKIE));
    match given {
        Some(token) if secret::same_token(token, &shared.token) => Ok(()),
        Some(_) if html => Err(page(StatusCode::FORBIDDEN, &shared.pages.wrong_token)),
        Some(_) => Err(api_error(
            StatusCode::FORBIDDEN,
            "wrong_token",
            "the token is not this session's facilitator token",
        )),
        None if html => Err(page(StatusCode::UNAUTHORIZED, &shared.pages.no_token)),
        None => {
            let mut response = api_error(
                StatusCode::UNAUTHORIZED,
                "no_token",
                "this needs the facilitator's token (`Authorization: Bearer TOKEN`)",
            );
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            Err(response)
        }
    }
}

/// The participant the request's bearer token names.
fn participant(shared: &Shared, headers: &HeaderMap) -> Result<([u8; 32], usize), Response> {
    let unknown = || {
        api_error(
            StatusCode::UNAUTHORIZED,
            "not_joined",
            &Refusal::Unknown.message(shared.messages),
        )
    };
    let token = bearer(headers).ok_or_else(unknown)?;
    let hash = secret::token_hash(token);
    let ix = {
        let room = shared.room();
        if room.is_removed(&hash) {
            // Said apart from "not joined", so that the page stops rather than joins again.
            return Err(api_error(
                StatusCode::FORBIDDEN,
                "removed",
                &crate::room::JoinRefusal::Removed.message(shared.messages),
            ));
        }
        room.find(&hash).ok_or_else(unknown)?
    };
    shared
        .per_participant
        .check(&hash, Instant::now())
        .map_err(too_many)?;
    Ok((hash, ix))
}

async fn home(State(shared): State<Arc<Shared>>) -> Response {
    page(StatusCode::OK, &shared.pages.home)
}

async fn not_found(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    if request.uri().path().starts_with("/api/") {
        api_error(
            StatusCode::NOT_FOUND,
            "no_such_endpoint",
            "there is no such endpoint",
        )
    } else {
        page(StatusCode::NOT_FOUND, &shared.pages.not_found)
    }
}

/// A known path asked with a method it does not take: the API says so in JSON, as its other
/// errors, and pages with a short page. The `Allow` header names the method it takes.
async fn wrong_method(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    if request.uri().path().starts_with("/api/") {
        api_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "wrong_method",
            &format!(
                "`{}` is not taken here; the `Allow` header says what is",
                request.method()
            ),
        )
    } else {
        page(StatusCode::METHOD_NOT_ALLOWED, &shared.pages.not_found)
    }
}

async fn join_by_code(
    State(shared): State<Arc<Shared>>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let code: String = query
        .get("code")
        .map(|c| {
            c.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_uppercase()
        })
        .unwrap_or_default();
    if secret::same_token(&code, &shared.code) {
        let mut response = StatusCode::SEE_OTHER.into_response();
        if let Ok(to) = HeaderValue::from_str(&format!("/join/{code}")) {
            response.headers_mut().insert(header::LOCATION, to);
        }
        response
    } else {
        page(StatusCode::NOT_FOUND, &shared.pages.wrong_code)
    }
}

async fn player_page(
    State(shared): State<Arc<Shared>>,
    UrlPath(code): UrlPath<String>,
) -> Response {
    if code == shared.code {
        page(StatusCode::OK, &shared.pages.player)
    } else {
        page(StatusCode::NOT_FOUND, &shared.pages.wrong_code)
    }
}

async fn dashboard_page(
    State(shared): State<Arc<Shared>>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Some(token) = query.get("token") {
        if !secret::same_token(token, &shared.token) {
            return page(StatusCode::FORBIDDEN, &shared.pages.wrong_token);
        }
        // The token goes into a cookie and out of the address bar, which a projector shows.
        let mut response = StatusCode::SEE_OTHER.into_response();
        let headers = response.headers_mut();
        headers.insert(header::LOCATION, HeaderValue::from_static("/facilitator"));
        if let Ok(cookie) = HeaderValue::from_str(&format!(
            "{FACILITATOR_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
        )) {
            headers.insert(header::SET_COOKIE, cookie);
        }
        return response;
    }
    match facilitator(&shared, &headers, true) {
        Ok(()) => page(StatusCode::OK, &shared.pages.dashboard),
        Err(response) => response,
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JoinBody {
    code: String,
    name: String,
    token: String,
}

async fn join(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    if let Err(wait) = shared.joins.check(&peer.ip(), Instant::now()) {
        return too_many(wait);
    }
    let asked: JoinBody = match body(&headers, bytes) {
        Ok(asked) => asked,
        Err(response) => return response,
    };
    if !secret::same_token(&asked.code, &shared.code) {
        return api_error(
            StatusCode::NOT_FOUND,
            "wrong_code",
            &shared.messages.text("join-wrong-code"),
        );
    }
    let now = shared.clock.now();
    let (ticket, new, name, seq) = {
        let mut room = shared.room();
        match room.join(&asked.name, &asked.token, &now) {
            Ok((ix, Joined::New(rows))) => {
                let ticket = shared.writer.submit(rows);
                room.stored_as(ix, ticket);
                (ticket, true, room.participant(ix).name.clone(), 0)
            }
            Ok((ix, Joined::Again)) => (
                room.participant(ix).last_ticket,
                false,
                room.participant(ix).name.clone(),
                room.last_seq(ix),
            ),
            Err(refusal) => {
                let (status, code) = match refusal {
                    crate::room::JoinRefusal::BadName(_) => (StatusCode::BAD_REQUEST, "bad_name"),
                    crate::room::JoinRefusal::BadToken => (StatusCode::BAD_REQUEST, "bad_token"),
                    crate::room::JoinRefusal::NameTaken(_) => (StatusCode::CONFLICT, "name_taken"),
                    crate::room::JoinRefusal::AlreadyJoined(_) => {
                        (StatusCode::CONFLICT, "already_joined")
                    }
                    crate::room::JoinRefusal::Full => (StatusCode::SERVICE_UNAVAILABLE, "full"),
                    crate::room::JoinRefusal::Removed => (StatusCode::FORBIDDEN, "removed"),
                };
                return api_error(status, code, &refusal.message(shared.messages));
            }
        }
    };
    if let Err(e) = shared.writer.stored(ticket).await {
        return not_stored(&e);
    }
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    json_response(status, &json!({ "name": name, "seq": seq }))
}

async fn me(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let (_, ix) = match participant(&shared, &headers) {
        Ok(found) => found,
        Err(response) => return response,
    };
    let room = shared.room();
    json_response(StatusCode::OK, &me_json(&room, ix))
}

fn me_json(room: &Room, ix: usize) -> serde_json::Value {
    let p = room.participant(ix);
    let scenario = room.scenario();
    let record = room.record(ix);
    let notes: serde_json::Map<String, serde_json::Value> = p
        .walk
        .notes()
        .iter()
        .map(|(&q, note)| (scenario.questions[q].id.clone(), json!(note)))
        .collect();
    json!({
        "name": p.name,
        "seq": room.last_seq(ix),
        "steps": record.steps.iter().map(|s| json!({"question": s.question, "choice": s.choice})).collect::<Vec<_>>(),
        "notes": notes,
        "finished": record.finished,
        "ending": p.walk.ending(scenario).map(|e| scenario.endings[e].id.clone()),
    })
}

async fn request(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    let (_, ix) = match participant(&shared, &headers) {
        Ok(found) => found,
        Err(response) => return response,
    };
    let asked: crate::room::Request = match body(&headers, bytes) {
        Ok(asked) => asked,
        Err(response) => return response,
    };
    let now = shared.clock.now();
    let (ticket, repeated, finished) = {
        let mut room = shared.room();
        let taken = room.take(ix, &asked, &now);
        let finished = room.participant(ix).walk.ending(room.scenario()).is_some();
        match taken {
            Ok(Taken::New(rows)) => {
                let ticket = shared.writer.submit(rows);
                room.stored_as(ix, ticket);
                (ticket, false, finished)
            }
            Ok(Taken::Again) => (room.participant(ix).last_ticket, true, finished),
            Err(refusal) => {
                let (status, code) = match &refusal {
                    Refusal::Unknown => (StatusCode::UNAUTHORIZED, "not_joined"),
                    Refusal::OutOfOrder { .. } => (StatusCode::CONFLICT, "out_of_order"),
                    Refusal::Conflict { .. } => (StatusCode::CONFLICT, "conflict"),
                    Refusal::Live(_) => (StatusCode::UNPROCESSABLE_ENTITY, "does_not_fit"),
                    // Not 429: no wait makes it go away, and the page retries a 429.
                    Refusal::TooMany => (StatusCode::UNPROCESSABLE_ENTITY, "too_many_steps"),
                };
                let mut value = json!({ "error": refusal.message(shared.messages), "code": code });
                if let Refusal::OutOfOrder { expected, .. } = refusal {
                    value["expected"] = json!(expected);
                }
                return json_response(status, &value);
            }
        }
    };
    if let Err(e) = shared.writer.stored(ticket).await {
        return not_stored(&e);
    }
    json_response(
        StatusCode::OK,
        &json!({ "seq": asked.seq, "repeated": repeated, "finished": finished }),
    )
}

async fn dashboard_json(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Err(response) = facilitator(&shared, &headers, false) {
        return response;
    }
    let dashboard = Dashboard::of(&shared.room());
    json_response(
        StatusCode::OK,
        &serde_json::to_value(dashboard).unwrap_or_default(),
    )
}

async fn dashboard_stream(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Err(response) = facilitator(&shared, &headers, false) {
        return response;
    }
    let updates = shared.dashboard.subscribe();
    let closing = shared.closing.subscribe();
    let stream = futures_util::stream::unfold(
        (updates, closing, true),
        |(mut updates, mut closing, first)| async move {
            if *closing.borrow() {
                return None;
            }
            if !first {
                tokio::select! {
                    changed = updates.changed() => changed.ok()?,
                    _ = closing.wait_for(|c| *c) => return None,
                }
            }
            let data = Arc::clone(&updates.borrow_and_update());
            let event = Event::default().event("dashboard").data(&*data);
            Some((Ok::<_, Infallible>(event), (updates, closing, false)))
        },
    );
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// Keeps the dashboards' stream current: at most one new dashboard per tick, however busy
/// the room.
async fn publish_dashboard(shared: Arc<Shared>) {
    let mut seen = shared.room().version();
    let mut tick = tokio::time::interval(DASHBOARD_TICK);
    let mut closing = shared.closing.subscribe();
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = closing.wait_for(|c| *c) => return,
        }
        let dashboard = {
            let room = shared.room();
            if room.version() == seen {
                continue;
            }
            seen = room.version();
            Dashboard::of(&room)
        };
        let text = serde_json::to_string(&dashboard).unwrap_or_default();
        shared.dashboard.send_replace(text.into());
    }
}

async fn facilitate(shared: &Shared, event: &FacilitatorEvent) -> Response {
    let now = shared.clock.now();
    let ticket = {
        let mut room = shared.room();
        match room.facilitate_at(event, &now) {
            Ok(rows) => shared.writer.submit(rows),
            Err(refusal) => {
                return api_error(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "does_not_fit",
                    &refusal.message(shared.messages),
                );
            }
        }
    };
    match shared.writer.stored(ticket).await {
        Ok(()) => json_response(StatusCode::OK, &json!({ "ok": true })),
        Err(e) => not_stored(&e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PathBody {
    steps: Vec<PathStep>,
}

async fn set_path(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    facilitator_request(&shared, &headers, bytes, |asked: PathBody| {
        FacilitatorEvent::PathSet { steps: asked.steps }
    })
    .await
}

/// A facilitator's change: their token checked, then the body read as `B` and made into
/// the event `change` says.
async fn facilitator_request<B: DeserializeOwned>(
    shared: &Shared,
    headers: &HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
    change: impl FnOnce(B) -> FacilitatorEvent,
) -> Response {
    if let Err(response) = facilitator(shared, headers, false) {
        return response;
    }
    match body::<B>(headers, bytes) {
        Ok(asked) => facilitate(shared, &change(asked)).await,
        Err(response) => response,
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RevealBody {
    question: String,
    shown: bool,
}

async fn reveal(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    facilitator_request(&shared, &headers, bytes, |asked: RevealBody| {
        FacilitatorEvent::Revealed {
            question: asked.question,
            shown: asked.shown,
        }
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RemoveBody {
    name: String,
}

async fn remove(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    bytes: Result<Bytes, BytesRejection>,
) -> Response {
    facilitator_request(&shared, &headers, bytes, |asked: RemoveBody| {
        FacilitatorEvent::Removed { name: asked.name }
    })
    .await
}
