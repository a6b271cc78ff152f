//! `stance serve`, started for real on 127.0.0.1 and a free port, and driven over HTTP as
//! students' pages and the dashboard drive it.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::stance;

const TOKEN: &str = "facilitator-token-for-tests";

/// One student's identity, as a page draws it.
fn student(n: u8) -> String {
    format!("{n:02x}").repeat(16)
}

/// A running `stance serve`, killed when dropped.
struct Server {
    child: Child,
    base: String,
    code: String,
    stdout: BufReader<ChildStdout>,
    agent: ureq::Agent,
}

impl Server {
    /// Starts the server on the session database `db`, with `args` besides.
    fn start(db: &Path, args: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_stance"))
            .args(["serve", "--port", "0", "--db"])
            .arg(db)
            .args(["--facilitator-token", TOKEN])
            .args(args)
            .current_dir(db.parent().expect("a folder"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("stance serve starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        stdout.read_line(&mut line).expect("the first line");
        let Some(url) = line.trim().strip_prefix("participants: ") else {
            let mut stderr = String::new();
            let _ = child
                .stderr
                .take()
                .expect("stderr")
                .read_to_string(&mut stderr);
            panic!("no participants line: {line:?}\n{stderr}");
        };
        let (base, code) = url.rsplit_once("/join/").expect("a join address");
        let (base, code) = (base.to_owned(), code.to_owned());
        line.clear();
        stdout.read_line(&mut line).expect("the second line");
        assert_eq!(
            line.trim(),
            format!("facilitator: {base}/facilitator?token={TOKEN}")
        );
        assert!(base.starts_with("http://127.0.0.1:"), "{base}");
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(20)))
            .build()
            .into();
        Self {
            child,
            base,
            code,
            stdout,
            agent,
        }
    }

    /// Sends `method path` with `body` and the bearer token `bearer`; the status, the
    /// headers we look at, and the body as text.
    fn call(&self, method: &str, path: &str, bearer: Option<&str>, body: Option<&str>) -> Reply {
        let url = format!("{}{path}", self.base);
        let auth = bearer.map(|t| format!("Bearer {t}"));
        let response = match (method, body) {
            ("GET", _) => {
                let mut request = self.agent.get(&url);
                if let Some(auth) = &auth {
                    request = request.header("Authorization", auth);
                }
                request.call()
            }
            (_, body) => {
                let mut request = self
                    .agent
                    .post(&url)
                    .header("Content-Type", "application/json");
                if let Some(auth) = &auth {
                    request = request.header("Authorization", auth);
                }
                request.send(body.unwrap_or_default())
            }
        };
        let mut response = response.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        let headers = [
            "content-security-policy",
            "x-content-type-options",
            "location",
            "set-cookie",
            "retry-after",
        ]
        .map(|name| (name, header(name)));
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(16 * 1024 * 1024)
            .read_to_string()
            .unwrap_or_default();
        Reply {
            status,
            headers: headers.into_iter().collect(),
            text,
        }
    }

    fn join(&self, name: &str, token: &str) -> Reply {
        let body = json!({"code": self.code, "name": name, "token": token}).to_string();
        self.call("POST", "/api/join", None, Some(&body))
    }

    fn request(&self, token: &str, seq: u64, command: &Value) -> Reply {
        let body = json!({"seq": seq, "command": command}).to_string();
        self.call("POST", "/api/requests", Some(token), Some(&body))
    }

    fn answer(&self, token: &str, seq: u64, question: &str, choice: &str) -> Reply {
        self.request(
            token,
            seq,
            &json!({"type": "answer", "question": question, "choice": choice}),
        )
    }

    fn dashboard(&self) -> Value {
        self.call("GET", "/api/dashboard", Some(TOKEN), None)
            .ok()
            .json()
    }

    /// Stops the server as Ctrl-C would, and returns its exit code and standard error.
    fn stop(mut self) -> (i32, String) {
        let pid = i32::try_from(self.child.id()).expect("a pid");
        // SAFETY-free: the test sends a signal to its own child.
        Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .expect("kill runs");
        let status = self.child.wait().expect("the server ends");
        let mut stderr = String::new();
        let _ = self
            .child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut stderr);
        (status.code().unwrap_or(-1), stderr)
    }

    /// Kills the server with SIGKILL: no shutdown at all.
    fn kill(mut self) {
        self.child.kill().expect("the server is killed");
        self.child.wait().expect("the server ends");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = &self.stdout;
    }
}

/// What the server answered.
#[derive(Debug)]
struct Reply {
    status: u16,
    headers: std::collections::HashMap<&'static str, String>,
    text: String,
}

impl Reply {
    #[track_caller]
    fn status(self, expected: u16) -> Self {
        assert_eq!(self.status, expected, "{}", self.text);
        self
    }

    #[track_caller]
    fn ok(self) -> Self {
        assert!(
            (200..300).contains(&self.status),
            "{}: {}",
            self.status,
            self.text
        );
        self
    }

    #[track_caller]
    fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    /// The error's stable code and message.
    #[track_caller]
    fn error(&self) -> (String, String) {
        let value = self.json();
        (
            value["code"].as_str().unwrap_or_default().to_owned(),
            value["error"].as_str().unwrap_or_default().to_owned(),
        )
    }
}

fn session_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a folder");
    let db = dir.path().join("class.db");
    (dir, db)
}

/// The status-quo walk of the built-in scenario, by question and choice.
const WALK: [(&str, &str); 4] = [
    ("peninsula", "status_quo"),
    ("nk_provocation", "no"),
    ("sma", "inside_sofa"),
    ("regional_role", "no"),
];

#[test]
fn students_join_walk_and_the_dashboard_counts_them() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let (ana, ben) = (student(1), student(2));
    let joined = server.join("  Ana   Kim ", &ana).status(201).json();
    assert_eq!(joined, json!({"name": "Ana Kim", "seq": 0}));
    server.join("Ben", &ben).status(201);
    for (n, (question, choice)) in WALK.iter().enumerate() {
        let reply = server
            .answer(&ana, n as u64 + 1, question, choice)
            .status(200)
            .json();
        assert_eq!(reply["finished"], json!(n == WALK.len() - 1));
    }
    server
        .answer(&ben, 1, "peninsula", "reunification")
        .status(200);
    let note = json!({"type": "note", "question": "peninsula", "note": "Too hopeful?"});
    server.request(&ben, 2, &note).status(200);
    let me = server.call("GET", "/api/me", Some(&ana), None).ok().json();
    assert_eq!(me["finished"], json!(true));
    assert_eq!(me["ending"], json!("end"), "{me}");
    assert_eq!(me["steps"].as_array().map(Vec::len), Some(4));
    assert!(
        !me.to_string().contains(&ana),
        "no endpoint returns a token"
    );

    let dashboard = server.dashboard();
    assert_eq!(dashboard["format"], json!("stance-dashboard/1"));
    assert_eq!(dashboard["participants"], json!(2));
    assert_eq!(dashboard["finished"], json!(1));
    assert_eq!(
        dashboard["answers"]["peninsula"],
        json!({"status_quo": 1, "peace_regime": 0, "reunification": 1})
    );
    assert_eq!(dashboard["answers"]["sma"]["inside_sofa"], json!(1));
    assert_eq!(dashboard["recommendations"]["keep_objective"], json!(1));
    assert_eq!(
        dashboard["notes"]["peninsula"],
        json!([{"name": "Ben", "note": "Too hopeful?"}])
    );
    assert_eq!(
        dashboard["roster"][1],
        json!({"name": "Ben", "answered": 1, "ending": null, "at": "sma"})
    );
    for token in [&ana, &ben] {
        assert!(!dashboard.to_string().contains(token.as_str()));
    }

    // The facilitator's path and reveals are kept, and divergence is counted along the path.
    let path = json!({"steps": [{"question": "peninsula", "choice": "status_quo"}, {"question": "nk_provocation", "choice": "yes"}]});
    server
        .call(
            "POST",
            "/api/facilitator/path",
            Some(TOKEN),
            Some(&path.to_string()),
        )
        .status(200);
    let reveal = json!({"question": "sma", "shown": true});
    server
        .call(
            "POST",
            "/api/facilitator/reveal",
            Some(TOKEN),
            Some(&reveal.to_string()),
        )
        .status(200);
    let dashboard = server.dashboard();
    assert_eq!(dashboard["revealed"], json!(["sma"]));
    assert_eq!(
        dashboard["divergence"],
        json!([
            {"question": "peninsula", "choice": "status_quo", "reached": 2, "stayed": 1, "left": {"reunification": 1}},
            {"question": "nk_provocation", "choice": "yes", "reached": 1, "stayed": 0, "left": {"no": 1}},
        ])
    );
    let bad_path = json!({"steps": [{"question": "sma", "choice": "inside_sofa"}]});
    let (code, message) = server
        .call(
            "POST",
            "/api/facilitator/path",
            Some(TOKEN),
            Some(&bad_path.to_string()),
        )
        .status(422)
        .error();
    assert_eq!(code, "does_not_fit");
    assert_eq!(
        message,
        "step 1 of the path: the walk stands at question `peninsula`, not `sma`"
    );

    let (code, stderr) = server.stop();
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("stopped; the session is in"), "{stderr}");
}

#[test]
fn the_dashboard_and_its_api_need_the_token() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    for path in ["/api/dashboard", "/api/dashboard/stream"] {
        let (code, _) = server.call("GET", path, None, None).status(401).error();
        assert_eq!(code, "no_token");
        let (code, _) = server
            .call("GET", path, Some("not-the-token"), None)
            .status(403)
            .error();
        assert_eq!(code, "wrong_token");
    }
    let reveal = json!({"question": "sma", "shown": true}).to_string();
    server
        .call("POST", "/api/facilitator/reveal", None, Some(&reveal))
        .status(401);
    server
        .call(
            "POST",
            "/api/facilitator/reveal",
            Some(&student(1)),
            Some(&reveal),
        )
        .status(403);

    let page = server.call("GET", "/facilitator", None, None).status(401);
    assert!(page.text.contains("needs the facilitator"), "{}", page.text);
    assert!(
        !page.text.contains("stance-table"),
        "no data without the token"
    );
    let page = server
        .call("GET", "/facilitator?token=wrong", None, None)
        .status(403);
    assert!(!page.text.contains("stance-table"));
    // The right token goes into a cookie, and the address bar is sent back without it.
    let redirect = server
        .call("GET", &format!("/facilitator?token={TOKEN}"), None, None)
        .status(303);
    assert_eq!(redirect.headers["location"], "/facilitator");
    assert_eq!(
        redirect.headers["set-cookie"],
        format!("stance_facilitator={TOKEN}; Path=/; HttpOnly; SameSite=Strict")
    );
    let page = server
        .agent
        .get(format!("{}/facilitator", server.base))
        .header("Cookie", format!("stance_facilitator={TOKEN}"))
        .call()
        .expect("the dashboard");
    assert_eq!(page.status().as_u16(), 200);
    let csp = page
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        csp.starts_with("default-src 'none'; script-src 'sha256-"),
        "{csp}"
    );
    assert!(
        csp.contains("connect-src 'self'") && csp.ends_with("frame-ancestors 'none'"),
        "{csp}"
    );
}

#[test]
fn pages_are_the_embedded_ones_and_nothing_else() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let join = server
        .call("GET", &format!("/join/{}", server.code), None, None)
        .status(200);
    assert!(join.text.contains("id=\"stance-live\""));
    // A line of the built-in scenario's facilitator notes.
    assert!(
        !join
            .text
            .contains("Students often equate a peace settlement"),
        "participants never receive facilitator notes"
    );
    assert_eq!(join.headers["x-content-type-options"], "nosniff");
    assert!(join.headers["content-security-policy"].contains("connect-src 'self'"));
    server.call("GET", "/join/ZZZZZZ", None, None).status(404);
    let by_code = server
        .call(
            "GET",
            &format!("/join?code={}", server.code.to_lowercase()),
            None,
            None,
        )
        .status(303);
    assert_eq!(
        by_code.headers["location"],
        format!("/join/{}", server.code)
    );
    let home = server.call("GET", "/", None, None).status(200);
    assert!(home.text.contains("data-action=\"go\""));
    for path in [
        "/../Cargo.toml",
        "/assets/player.js",
        "/class.db",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/join/../class.db",
    ] {
        let reply = server.call("GET", path, None, None);
        assert_eq!(reply.status, 404, "{path}");
        assert!(!reply.text.contains("SQLite"), "{path}");
    }
    let (code, _) = server
        .call("GET", "/api/nothing", None, None)
        .status(404)
        .error();
    assert_eq!(code, "no_such_endpoint");
}

#[test]
fn retries_count_once_and_conflicts_are_refused() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let ana = student(1);
    server.join("Ana", &ana).status(201);
    // A lost answer to a join: the same page joins again and is the same student.
    assert_eq!(
        server.join("ana", &ana).status(200).json(),
        json!({"name": "Ana", "seq": 0})
    );
    let (code, message) = server.join("Someone Else", &ana).status(409).error();
    assert_eq!(
        (code.as_str(), message.as_str()),
        ("already_joined", "this page has already joined as `Ana`")
    );
    let (code, message) = server.join("ANA", &student(2)).status(409).error();
    assert_eq!(code, "name_taken");
    assert_eq!(
        message,
        "the name `ANA` is taken in this class: add an initial or choose another"
    );

    server
        .answer(&ana, 1, "peninsula", "status_quo")
        .status(200);
    let again = server
        .answer(&ana, 1, "peninsula", "status_quo")
        .status(200)
        .json();
    assert_eq!(again["repeated"], json!(true));
    let (code, message) = server
        .answer(&ana, 1, "peninsula", "reunification")
        .status(409)
        .error();
    assert_eq!(
        (code.as_str(), message.as_str()),
        (
            "conflict",
            "request 1 was already taken, and asked something else"
        )
    );
    let skipped = server.answer(&ana, 5, "nk_provocation", "no").status(409);
    assert_eq!(skipped.json()["expected"], json!(2));
    server
        .request(&ana, 2, &json!({"type": "back"}))
        .status(200);
    server
        .request(&ana, 3, &json!({"type": "back"}))
        .status(422);
    let dashboard = server.dashboard();
    assert_eq!(
        dashboard["answers"]["peninsula"]["status_quo"],
        json!(0),
        "went back"
    );
    assert_eq!(dashboard["participants"], json!(1));

    let (code, _) = server
        .call("GET", "/api/me", Some(&student(9)), None)
        .status(401)
        .error();
    assert_eq!(code, "not_joined");
    server.call("GET", "/api/me", None, None).status(401);
}

#[test]
fn oversized_and_hostile_requests_get_clear_errors() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let ana = student(1);
    // (the body, the status, the error's code, a part of its message)
    let joins: &[(Value, u16, &str, &str)] = &[
        (
            json!({"name": "x".repeat(61)}),
            400,
            "bad_name",
            "the name has 61 characters; a name has at most 60",
        ),
        (
            json!({"name": "   "}),
            400,
            "bad_name",
            "give a name to join",
        ),
        (
            json!({"name": "Eve\u{202e}gnp.exe"}),
            400,
            "bad_name",
            "the invisible character U+202E",
        ),
        (json!({"name": "Eve\u{7}"}), 400, "bad_name", "U+0007"),
        (json!({"name": "E\u{200b}ve"}), 400, "bad_name", "U+200B"),
        (
            json!({"name": "Eve", "token": "short"}),
            400,
            "bad_token",
            "32 to 128 hexadecimal digits",
        ),
        (
            json!({"name": "Eve", "code": "WRONG1"}),
            404,
            "wrong_code",
            "check the code",
        ),
        (
            json!({"name": "Eve", "admin": true}),
            400,
            "bad_json",
            "unknown field `admin`",
        ),
    ];
    for (fields, status, code, part) in joins {
        let mut body = json!({"code": server.code, "token": ana});
        for (key, value) in fields.as_object().expect("fields") {
            body[key] = value.clone();
        }
        let reply = server.call("POST", "/api/join", None, Some(&body.to_string()));
        assert_eq!(reply.status, *status, "{fields}: {}", reply.text);
        let (got, message) = reply.error();
        assert_eq!(got, *code, "{fields}");
        assert!(message.contains(part), "{fields}: {message}");
    }
    let hostile = "<img src=x onerror=alert(1)>'); DROP TABLE participants;--";
    server.join(hostile, &ana).status(201);
    let huge = format!(
        "{{\"seq\":1,\"command\":{{\"type\":\"note\",\"question\":\"peninsula\",\"note\":\"{}\"}}}}",
        "x".repeat(70_000)
    );
    let (code, message) = server
        .call("POST", "/api/requests", Some(&ana), Some(&huge))
        .status(413)
        .error();
    assert_eq!(code, "too_large");
    assert_eq!(message, "the request is larger than 65536 bytes");
    let long_note = json!({"type": "note", "question": "peninsula", "note": "y".repeat(10_001)});
    let (_, message) = server.request(&ana, 1, &long_note).status(422).error();
    assert_eq!(
        message,
        "the note has 10001 characters; a note has at most 10000"
    );
    let (_, message) = server
        .answer(&ana, 1, "peninsla", "status_quo")
        .status(422)
        .error();
    assert_eq!(
        message,
        "the scenario has no question `peninsla`; did you mean `peninsula`?"
    );
    let (code, _) = server
        .call("POST", "/api/requests", Some(&ana), Some("not json"))
        .status(400)
        .error();
    assert_eq!(code, "bad_json");
    let note = json!({"type": "note", "question": "peninsula", "note": "</script><script>alert(1)</script>\u{1b}[31m"});
    server.request(&ana, 1, &note).status(200);
    // The database holds the name and note as given, and the report neutralises what
    // could drive a terminal.
    let dashboard = server.dashboard();
    assert_eq!(dashboard["roster"][0]["name"], json!(hostile));
    let report = stance(["report", db.to_str().expect("UTF-8")]).run().ok();
    assert!(report.stdout.contains("DROP TABLE"), "{}", report.stdout);
    assert!(!report.stdout.contains('\u{1b}'), "{}", report.stdout);
}

/// A form or plain text, which another site's page may send without asking (with the
/// facilitator's cookie, from another port of the same machine), is refused.
#[test]
fn a_body_not_declared_json_is_refused() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let ana = student(1);
    for content_type in ["text/plain", "application/x-www-form-urlencoded"] {
        let body = json!({"code": server.code, "name": "Mallory", "token": ana}).to_string();
        let mut response = server
            .agent
            .post(format!("{}/api/join", server.base))
            .header("Content-Type", content_type)
            .send(body.as_str())
            .expect("a reply");
        assert_eq!(response.status().as_u16(), 415, "{content_type}");
        let text = response.body_mut().read_to_string().expect("a body");
        assert!(text.contains("\"not_json\""), "{text}");
    }
    // A method an endpoint does not take is said in JSON too, with the one it takes.
    let reply = server.call("GET", "/api/join", None, None);
    assert_eq!(reply.status, 405, "{}", reply.text);
    assert_eq!(reply.error().0, "wrong_method");
    server.join("Ana", &ana).status(201);
}

/// A client that sends its headers or its body a little at a time (or never finishes them)
/// cannot hold a connection: the server closes it once the headers are 10 seconds late, or
/// answers 408 once the body is 20 seconds late, while a client that finishes is served.
#[test]
fn a_connection_whose_headers_never_end_is_closed() {
    use std::io::{Read, Write};
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let address = server.base.trim_start_matches("http://").to_owned();
    let mut slow = std::net::TcpStream::connect(&address).expect("connects");
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .expect("writes");
    slow.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("a read timeout");
    let started = std::time::Instant::now();
    let mut rest = Vec::new();
    // The server closes it (with or without a 408 first); a read that times out instead
    // fails the test.
    let closed = slow.read_to_end(&mut rest);
    let waited = started.elapsed();
    assert!(closed.is_ok(), "{closed:?} after {waited:?}");
    assert!(
        waited >= Duration::from_secs(9) && waited < Duration::from_secs(25),
        "closed after {waited:?}"
    );
    // Nor one that promises a body and sends it a byte at a time: 408 after 20 seconds.
    let mut slow = std::net::TcpStream::connect(&address).expect("connects");
    slow.write_all(
        b"POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
    )
    .expect("writes");
    slow.set_read_timeout(Some(Duration::from_secs(40)))
        .expect("a read timeout");
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    let closed = slow.read_to_end(&mut answer);
    let waited = started.elapsed();
    let answer = String::from_utf8_lossy(&answer);
    assert!(closed.is_ok(), "{closed:?} after {waited:?}");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"too_slow\""), "{answer}");
    assert!(
        waited >= Duration::from_secs(19),
        "answered after {waited:?}"
    );
    server.join("Ana", &student(1)).status(201);
}

/// One address holds at most 256 connections at once: the ones beyond are closed at once,
/// and the address is served again as its connections close.
#[test]
fn one_address_holds_at_most_so_many_connections() {
    use std::io::Read;
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let address = server.base.trim_start_matches("http://").to_owned();
    let mut held: Vec<std::net::TcpStream> = (0..260)
        .map(|_| std::net::TcpStream::connect(&address).expect("connects"))
        .collect();
    // The server keeps 256 (they have 10 seconds to send a request) and closes the others,
    // which a read sees as the end.
    // A second for the server to accept them all; then each is looked at without waiting,
    // well within the 10 seconds the kept ones have to speak.
    std::thread::sleep(Duration::from_secs(1));
    let mut closed = 0;
    for stream in &mut held {
        stream.set_nonblocking(true).expect("non-blocking");
        if matches!(stream.read(&mut [0u8; 1]), Ok(0)) {
            closed += 1;
        }
    }
    assert_eq!(closed, 4, "of 260 connections from one address");
    drop(held);
    server.join("Ana", &student(1)).status(201);
}

/// A participant the facilitator removes stops counting everywhere, their page is told, and
/// the name is free; a restarted server and the report agree.
#[test]
fn the_facilitator_removes_a_participant() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let (prank, ana, ben) = (student(1), student(2), student(3));
    server.join("Ana", &prank).status(201);
    server.join("Ben", &ben).status(201);
    server
        .answer(&prank, 1, "peninsula", "reunification")
        .status(200);
    let remove = |name: &str| {
        let body = json!({ "name": name }).to_string();
        server.call("POST", "/api/facilitator/remove", Some(TOKEN), Some(&body))
    };
    let (code, message) = remove("Anna").status(422).error();
    assert_eq!(code, "does_not_fit");
    assert!(message.ends_with("did you mean `Ana`?"), "{message}");
    remove("ana").status(200);
    let (code, _) = server
        .answer(&prank, 2, "nk_provocation", "yes")
        .status(403)
        .error();
    assert_eq!(code, "removed");
    let (code, message) = server.join("Ana", &prank).status(403).error();
    assert_eq!(
        (code.as_str(), message.as_str()),
        (
            "removed",
            "the facilitator removed this page from the session"
        )
    );
    server.join("Ana", &ana).status(201);
    let dashboard = server.dashboard();
    assert_eq!(dashboard["participants"], 2);
    assert_eq!(dashboard["answers"]["peninsula"]["reunification"], 0);
    drop(server);
    let again = Server::start(&db, &[]);
    assert_eq!(again.dashboard()["participants"], 2);
    again.join("Ana", &prank).status(403);
    drop(again);
    let report = stance(["report", "--format", "json", db.to_str().expect("UTF-8")])
        .run()
        .ok()
        .json();
    let names: Vec<&str> = report["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, ["Ben", "Ana"]);
}

#[test]
fn a_flood_from_one_device_is_slowed() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    // Sixty joins at once from one address, more than the burst of forty: however slowly
    // the server stores each (a debug build, a loaded machine), they arrive faster than
    // twenty a second refill.
    let replies: Vec<Reply> = std::thread::scope(|scope| {
        let server = &server;
        let handles: Vec<_> = (0..6_u8)
            .map(|t| {
                scope.spawn(move || {
                    (0..10_u8)
                        .map(|i| {
                            let n = t * 10 + i;
                            server.join(&format!("Student {n}"), &student(n))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a join thread"))
            .collect()
    });
    for reply in &replies {
        assert!(matches!(reply.status, 201 | 429), "{}", reply.text);
    }
    let limited = replies.into_iter().find(|reply| reply.status == 429);
    let reply = limited.expect("the joins were slowed");
    assert!(
        reply.headers["retry-after"]
            .parse::<u64>()
            .is_ok_and(|s| s >= 1)
    );
    assert_eq!(reply.error().0, "rate_limited");
}

#[test]
fn a_killed_server_loses_no_acknowledged_step_and_continues() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let code = server.code.clone();
    let students: Vec<String> = (1..=3).map(student).collect();
    for (i, token) in students.iter().enumerate() {
        server.join(&format!("Student {i}"), token).status(201);
        for (n, (question, choice)) in WALK.iter().take(i + 1).enumerate() {
            server
                .answer(token, n as u64 + 1, question, choice)
                .status(200);
        }
    }
    server.kill();
    // Read back with the server gone: every acknowledged answer is in the database.
    let report = stance(["report", db.to_str().expect("UTF-8"), "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(report["participants"].as_array().map(Vec::len), Some(3));
    let peninsula = &report["answers"][0];
    assert_eq!(peninsula["question"], json!("peninsula"));
    assert_eq!(peninsula["choices"][0]["count"], json!(3), "{report}");
    assert_eq!(
        report["answers"][2]["choices"][0]["count"],
        json!(1),
        "{report}"
    );

    // Restarted on the same database, it is the same session, and each student goes on.
    let server = Server::start(&db, &[]);
    assert_eq!(server.code, code);
    let me = server
        .call("GET", "/api/me", Some(&students[1]), None)
        .ok()
        .json();
    assert_eq!(me["seq"], json!(2));
    assert_eq!(
        me["steps"],
        json!([
            {"question": "peninsula", "choice": "status_quo"},
            {"question": "nk_provocation", "choice": "no"},
        ])
    );
    server
        .answer(&students[1], 3, "sma", "inside_sofa")
        .status(200);
    server
        .answer(&students[1], 2, "nk_provocation", "no")
        .status(200)
        .json();
    assert_eq!(
        server.dashboard()["answers"]["sma"]["inside_sofa"],
        json!(2)
    );
    let (code, stderr) = server.stop();
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn continuing_a_session_names_what_does_not_fit() {
    let (dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    server.join("Ana", &student(1)).status(201);
    drop(server);
    let run = |args: &[&str]| stance(args).current_dir(dir.path()).timeout(30).run();
    let db_arg = db.to_str().expect("UTF-8");
    run(&["serve", "tutorial", "--port", "0", "--db", db_arg])
        .code(2)
        .stderr_has("holds a session of scenario `korea-us-alliance`, not `tutorial`");
    let notes = dir.path().join("notes.db");
    std::fs::write(&notes, "not a database").expect("writes");
    run(&[
        "serve",
        "--port",
        "0",
        "--db",
        notes.to_str().expect("UTF-8"),
    ])
    .code(2)
    .stderr_has("is not a stance session database");
    run(&["serve", "--port", "0", "--facilitator-token", "short"])
        .code(2)
        .stderr_has("the facilitator token must be 16 to 256 letters");
    run(&["report", notes.to_str().expect("UTF-8")]).code(2);
    // A database edited by hand: what stance would not have stored is refused, not served.
    let edits = [
        (
            "UPDATE session SET facilitator_token = ''",
            "the facilitator token it holds is not usable",
        ),
        (
            "UPDATE session SET code = 'x'",
            "its stored join code is not one stance makes",
        ),
        (
            "UPDATE participants SET name = 'E' || char(8238) || 've'",
            "the session database's participants do not fit: participant 1 has a name that could not have joined",
        ),
    ];
    for (n, (edit, said)) in edits.into_iter().enumerate() {
        let copy = dir.path().join(format!("edited-{n}.db"));
        // A whole copy, its write-ahead log included.
        rusqlite::Connection::open(&db)
            .and_then(|c| c.execute("VACUUM INTO ?1", [copy.to_str().expect("UTF-8")]))
            .expect("copies");
        let connection = rusqlite::Connection::open(&copy).expect("opens");
        assert_eq!(connection.execute(edit, []).expect("edits"), 1, "{edit}");
        drop(connection);
        run(&[
            "serve",
            "--port",
            "0",
            "--db",
            copy.to_str().expect("UTF-8"),
        ])
        .code(2)
        .stderr_has(said);
    }
    let busy = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = busy.local_addr().expect("an address").port().to_string();
    run(&[
        "serve",
        "--port",
        &port,
        "--db",
        dir.path().join("other.db").to_str().expect("UTF-8"),
    ])
    .code(2)
    .stderr_has("cannot listen on 127.0.0.1:")
    .stderr_has("`--port 0` for any free one");
}

#[test]
fn report_and_export_read_the_session() {
    let (dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let (ana, ben) = (student(1), student(2));
    server.join("Ana", &ana).status(201);
    server.join("Ben/../x", &ben).status(201);
    for (n, (question, choice)) in WALK.iter().enumerate() {
        server
            .answer(&ana, n as u64 + 1, question, choice)
            .status(200);
    }
    server
        .answer(&ben, 1, "peninsula", "peace_regime")
        .status(200);
    let db_arg = db.to_str().expect("UTF-8");
    let text = stance(["report", db_arg]).run().ok();
    assert!(
        text.stdout.contains("- Ana (walk)\n  - "),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("- Ben/../x (walk) (not finished)"),
        "{}",
        text.stdout
    );
    stance(["report", db_arg, "--format", "csv"])
        .run()
        .ok()
        .stdout_has("Ana,play,true");

    let out = dir.path().join("records");
    stance([
        "serve",
        "export",
        "--db",
        db_arg,
        "--output",
        out.to_str().expect("UTF-8"),
    ])
    .run()
    .ok()
    .stderr_has("wrote 2 records");
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .expect("the folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    assert_eq!(files, ["001-ana.json", "002-ben-x.json"]);
    let record: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("001-ana.json")).expect("reads"))
            .expect("JSON");
    assert_eq!(record["format"], json!("stance-record/1"));
    assert_eq!(record["name"], json!("Ana"));
    assert_eq!(record["finished"], json!(true));
    let compared = stance([
        "compare",
        out.join("001-ana.json").to_str().expect("UTF-8"),
        "--format",
        "json",
    ])
    .run()
    .ok()
    .json();
    assert_eq!(compared["name"], json!("Ana"));
    stance([
        "serve",
        "export",
        "--db",
        db_arg,
        "--output",
        out.to_str().expect("UTF-8"),
    ])
    .run()
    .code(2)
    .stderr_has("already exists; export into an empty folder");
    // A database is an input like any other, held to `--max-bytes`.
    stance(["report", db_arg, "--max-bytes", "1000"])
        .run()
        .code(2)
        .stderr_has("is larger than 1000 bytes");
    // A session with the server still running reads the same.
    let json = stance(["report", db_arg, "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(
        json["participants"][0]["recommendations"]
            .as_array()
            .map(Vec::len),
        Some(9)
    );
}

#[test]
fn the_dashboard_stream_pushes_each_change() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &[]);
    let mut stream = server
        .agent
        .get(format!("{}/api/dashboard/stream", server.base))
        .header("Authorization", format!("Bearer {TOKEN}"))
        .call()
        .expect("the stream");
    assert_eq!(stream.status().as_u16(), 200);
    assert_eq!(
        stream
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/event-stream")
    );
    let mut lines = BufReader::new(stream.body_mut().as_reader()).lines();
    let mut next_dashboard = || -> Value {
        loop {
            let line = lines.next().expect("the stream goes on").expect("a line");
            if let Some(data) = line.strip_prefix("data: ") {
                return serde_json::from_str(data).expect("JSON");
            }
        }
    };
    assert_eq!(next_dashboard()["participants"], json!(0));
    server.join("Ana", &student(1)).status(201);
    assert_eq!(next_dashboard()["participants"], json!(1));
    server
        .answer(&student(1), 1, "peninsula", "status_quo")
        .status(200);
    assert_eq!(
        next_dashboard()["answers"]["peninsula"]["status_quo"],
        json!(1)
    );
}

#[test]
fn in_a_terminal_the_join_address_is_also_a_qr_code_and_ctrl_c_stops_the_server() {
    use expectrl::process::unix::WaitStatus;
    use expectrl::{ControlCode, Expect, Session};

    let (dir, db) = session_dir();
    let mut command = Command::new(env!("CARGO_BIN_EXE_stance"));
    command
        .args(["serve", "--port", "0", "--db"])
        .arg(&db)
        .current_dir(dir.path())
        .env("TERM", "xterm-256color");
    let mut session = Session::spawn(command).expect("spawn in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
        .expect("participants: http://127.0.0.1:")
        .expect("the join address");
    session
        .expect("facilitator: http://127.0.0.1:")
        .expect("the dashboard's address");
    let qr = session.expect("Ctrl-C stops the server").expect("the note");
    let drawn = String::from_utf8_lossy(qr.before()).into_owned();
    // Text blocks, two rows of modules to a line, dark modules drawn light on the terminal.
    assert!(
        drawn
            .lines()
            .filter(|l| l.contains('▀') || l.contains('▄'))
            .count()
            > 10,
        "{drawn}"
    );
    assert!(drawn.contains("a new session, stored in"), "{drawn}");
    session.send(ControlCode::EndOfText).expect("Ctrl-C");
    session
        .expect("stopped; the session is in")
        .expect("the last note");
    match session.get_process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => assert_eq!(code, 0),
        other => panic!("stance did not exit normally: {other:?}"),
    }
}

/// The dashboard of a class started with `--lang ko`: Korean, with no English left.
fn korean_dashboard(server: &Server) {
    let dashboard = server
        .agent
        .get(format!("{}/facilitator", server.base))
        .header("Cookie", format!("stance_facilitator={TOKEN}"))
        .call()
        .expect("the dashboard")
        .into_body()
        .read_to_string()
        .expect("the page");
    for korean in [
        "<p class=\"label\">참여 주소</p>",
        ">도달한 권고</h2>",
        "\"reveal\": \"저자의 논거 보이기\"",
        "(실시간 수업)</title>",
    ] {
        assert!(dashboard.contains(korean), "{korean}");
    }
    for english in [
        "Join at",
        "The class",
        "Recommendations reached",
        "live class",
    ] {
        assert!(!dashboard.contains(english), "{english}");
    }
}

#[test]
fn a_korean_class_gets_its_pages_and_the_teacher_its_lines_in_korean() {
    let (_dir, db) = session_dir();
    let server = Server::start(&db, &["--lang", "ko"]);
    let home = server.call("GET", "/", None, None).status(200);
    assert!(home.text.contains("<html lang=\"ko\">"), "{}", home.text);
    assert!(
        home.text.contains("<h1>수업에 참여하기</h1>"),
        "{}",
        home.text
    );
    assert!(home.text.contains(">세션 코드</label>"), "{}", home.text);
    let wrong = server.call("GET", "/join/ZZZZZZ", None, None).status(404);
    assert!(
        wrong.text.contains("그런 세션이 없습니다"),
        "{}",
        wrong.text
    );
    let missing = server.call("GET", "/facilitator", None, None);
    assert!(
        missing
            .text
            .contains("대시보드는 진행자 링크로 열어야 합니다"),
        "{}",
        missing.text
    );
    // The player speaks the translation and the interface; the dashboard too.
    let join = server
        .call("GET", &format!("/join/{}", server.code), None, None)
        .status(200);
    assert!(join.text.contains("<html lang=\"ko\">"));
    assert!(join.text.contains("한미동맹"), "the scenario in Korean");
    assert!(join.text.contains("\"joinHeading\": \"수업에 참여하기\""));
    korean_dashboard(&server);
    server.join("김민준", &student(1)).status(201);
    server
        .answer(&student(1), 1, WALK[0].0, WALK[0].1)
        .status(200);
    // The addresses stay as scripts read them; the teacher's notes are in Korean.
    let (code, stderr) = server.stop();
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("새 세션을 시작했습니다."), "{stderr}");
    assert!(
        stderr.contains("Ctrl-C를 누르면 서버가 멈춥니다"),
        "{stderr}"
    );
    assert!(stderr.contains("서버가 멈췄습니다. 세션은 `"), "{stderr}");
    // The session keeps its translation: its records say Korean, and a restarted server,
    // asked for no language, shows the class the same Korean pages.
    let report = stance([
        "report".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        db.as_os_str(),
    ])
    .run()
    .ok();
    assert_eq!(
        report.json()["participants"][0]["language"],
        "ko",
        "{}",
        report.stdout
    );
    let server = Server::start(&db, &[]);
    let join = server
        .call("GET", &format!("/join/{}", server.code), None, None)
        .status(200);
    assert!(join.text.contains("<html lang=\"ko\">"));
    assert!(join.text.contains("\"joinHeading\": \"수업에 참여하기\""));
    assert!(join.text.contains("한미동맹"));
    // What stops the server is said to the teacher in Korean, and to a page in Korean too.
    let (code, message) = server
        .request(&student(9), 1, &json!({"type": "back"}))
        .status(401)
        .error();
    assert_eq!(code, "not_joined");
    assert!(
        message.starts_with("이 페이지는 세션에 참여하지 않았습니다"),
        "{message}"
    );
    drop(server);
    stance([
        "--lang",
        "ko",
        "serve",
        "--port",
        "0",
        "--facilitator-token",
        "short",
    ])
    .run()
    .code(2)
    .stderr_has(
        "오류: 진행자 토큰은 글자, 숫자, `-`, `_`, `.`, `~`로 된 16~256자여야 하는데, 5자입니다\n",
    );
}
