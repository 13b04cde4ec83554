//! The mock server logs no request secret: a global `log` logger at TRACE records every
//! message while requests carrying a password (JSON body), basic auth, a bearer token and a
//! secret query parameter are served, answered by a route, refused as a mismatch and refused
//! as unrouted; no recorded message may contain any of them.

#![allow(clippy::unwrap_used)]

use std::sync::Mutex;

use session_sdks_runtime::Method;
use session_sdks_runtime::mock::{Answer, Call, LoginCheck, MockApi, MockServer, Route, State};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const PASSWORD: &str = "pw-never-logged-7f3a";
const QUERY_SECRET: &str = "query-never-logged-91c2";
/// `ada:pw-never-logged-7f3a` in base64.
const BASIC: &str = "YWRhOnB3LW5ldmVyLWxvZ2dlZC03ZjNh";

/// Every message logged, at any level, by any crate.
static RECORDED: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Recorder;

impl log::Log for Recorder {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        let line = format!("{} {}: {}", record.level(), record.target(), record.args());
        RECORDED.lock().unwrap().push(line);
    }

    fn flush(&self) {}
}

static RECORDER: Recorder = Recorder;

struct Api;

impl MockApi for Api {
    const NAME: &'static str = "logs";
    const BASE_PATH: &'static str = "/api";
    const USERNAME: &'static str = "ada";
    const PASSWORD: &'static str = PASSWORD;

    fn routes() -> Vec<Route> {
        vec![
            Route::new("login", Method::POST, "/api/login", login),
            Route::new("whoami", Method::GET, "/api/me", whoami),
            Route::new("find", Method::GET, "/api/find", find),
        ]
    }

    fn error(_operation: &str, status: u16) -> Answer {
        Answer::generic(status)
    }
}

fn login(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let body = call.expect_json_object()?;
    let username = call.expect_string(&body, "username")?;
    let password = call.expect_string(&body, "password")?;
    match state.check_login(username, password) {
        LoginCheck::Allowed => {
            let token = state.issue(session_sdks_runtime::mock::SESSION, username);
            Ok(Answer::json(200, &serde_json::json!({ "token": token })))
        }
        _ => Err(Answer::empty(401)),
    }
}

fn whoami(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    match call.basic() {
        Some((user, password)) if state.password_matches(&user, &password) => {
            Ok(Answer::text(200, "text/plain", user))
        }
        _ => Err(Answer::empty(401)),
    }
}

fn find(_state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["q"])?;
    Ok(Answer::empty(204))
}

/// Sends `head` (without the blank line) and `body` on a new connection; the status and body.
async fn send(server: &MockServer<Api>, head: &str, body: &str) -> (u16, String) {
    let address = server.root_url().trim_start_matches("http://").to_owned();
    let mut stream = TcpStream::connect(address).await.unwrap();
    let request = format!(
        "{head}\r\nhost: localhost\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let response = String::from_utf8_lossy(&response).into_owned();
    let status = response
        .get(9..12)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[tokio::test]
async fn the_mock_server_logs_no_request_secret() {
    log::set_logger(&RECORDER).unwrap();
    log::set_max_level(log::LevelFilter::Trace);
    log::info!("recorder installed");

    let server = MockServer::<Api>::start().await;
    let credentials = format!(r#"{{"username":"ada","password":"{PASSWORD}"}}"#);
    let login = "POST /api/login HTTP/1.1\r\ncontent-type: application/json";
    let (status, body) = send(&server, login, &credentials).await;
    assert_eq!(status, 200, "{body}");
    let token: serde_json::Value = serde_json::from_str(&body).unwrap();
    let token = token["token"].as_str().unwrap().to_owned();

    let basic = format!("GET /api/me HTTP/1.1\r\nauthorization: Basic {BASIC}");
    assert_eq!(send(&server, &basic, "").await.0, 200);
    let bearer =
        format!("GET /api/find?q={QUERY_SECRET} HTTP/1.1\r\nauthorization: Bearer {token}");
    assert_eq!(send(&server, &bearer, "").await.0, 204);
    // A mismatch (an unknown query parameter) and unrouted requests carry them too.
    let mismatch = format!("GET /api/find?secret={QUERY_SECRET} HTTP/1.1\r\nx-token: {token}");
    assert_eq!(send(&server, &mismatch, &credentials).await.0, 400);
    let unrouted =
        format!("PUT /api/login?q={QUERY_SECRET} HTTP/1.1\r\nauthorization: Basic {BASIC}");
    assert_eq!(send(&server, &unrouted, &credentials).await.0, 405);
    let unknown =
        format!("POST /nowhere?q={QUERY_SECRET} HTTP/1.1\r\nauthorization: Bearer {token}");
    assert_eq!(send(&server, &unknown, &credentials).await.0, 501);
    assert_eq!(server.total_requests(), 6);
    drop(server);

    let recorded = RECORDED.lock().unwrap();
    assert!(
        recorded
            .iter()
            .any(|line| line.contains("recorder installed"))
    );
    for secret in [PASSWORD, BASIC, token.as_str(), QUERY_SECRET] {
        let leaks: Vec<&String> = recorded
            .iter()
            .filter(|line| line.contains(secret))
            .collect();
        assert!(
            leaks.is_empty(),
            "logged {} line(s) with a secret: {leaks:?}",
            leaks.len()
        );
    }
}
