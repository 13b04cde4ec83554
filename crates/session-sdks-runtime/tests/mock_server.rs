//! The mock's own HTTP/1.1 server: unrouted and malformed requests, body limits, invalid
//! answers, stalls that hold one request while others are answered, and shutdown on drop;
//! on a current-thread runtime (which the server must not need) and a multi-thread one.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use session_sdks_runtime::Method;
use session_sdks_runtime::mock::{Answer, Call, MockApi, MockServer, Route, State};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

struct Api;

impl MockApi for Api {
    const NAME: &'static str = "wire";
    const BASE_PATH: &'static str = "/api";
    const USERNAME: &'static str = "ada";
    const PASSWORD: &'static str = "pw";

    fn routes() -> Vec<Route> {
        vec![
            Route::new("ping", Method::GET, "/api/ping", |_, _| {
                Ok(Answer::empty(204))
            }),
            Route::new("echo", Method::POST, "/api/echo", echo),
            Route::new("cookie", Method::GET, "/api/cookie", |_, _| {
                Ok(Answer::text(200, "text/plain", "ok").header("set-cookie", "a=b"))
            })
            .headers(&["set-cookie"]),
            Route::new("bad_status", Method::GET, "/api/bad/status", |_, _| {
                Ok(Answer::empty(1000))
            }),
            Route::new("bad_header", Method::GET, "/api/bad/header", |_, _| {
                Ok(Answer::empty(200).header("x-bad", "a\r\nb"))
            }),
            Route::new("boom", Method::GET, "/api/boom", boom),
        ]
    }

    fn error(_operation: &str, status: u16) -> Answer {
        Answer::generic(status)
    }
}

fn echo(_state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    Ok(Answer::text(
        200,
        "application/octet-stream",
        call.body().to_vec(),
    ))
}

fn boom(_state: &mut State, _call: &Call<'_>) -> Result<Answer, Answer> {
    panic!("a handler that panics");
}

fn address(server: &MockServer<Api>) -> String {
    server.root_url().trim_start_matches("http://").to_owned()
}

/// Writes `request` on a new connection and reads the response until the server closes it.
async fn raw(server: &MockServer<Api>, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(address(server)).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut response = Vec::new();
    // The server may close before reading all of an oversized body: a reset is fine here.
    let _ = stream.read_to_end(&mut response).await;
    String::from_utf8_lossy(&response).into_owned()
}

/// `method target` with `body`, on a connection of its own; the status and the body.
async fn send(server: &MockServer<Api>, method: &str, target: &str, body: &str) -> (u16, String) {
    let request = format!(
        "{method} {target} HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    let response = raw(server, request.as_bytes()).await;
    (status_code(&response), body_of(&response))
}

fn status_code(response: &str) -> u16 {
    response
        .get(9..12)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

fn body_of(response: &str) -> String {
    response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default()
}

#[tokio::test]
async fn unrouted_requests_get_405_or_501_and_are_counted() {
    let server = MockServer::<Api>::start().await;
    assert_eq!(server.url(), format!("{}/api", server.root_url()));
    let (status, body) = send(&server, "DELETE", "/api/ping", "").await;
    assert_eq!(status, 405);
    assert_eq!(body, "mock wire: DELETE /api/ping: this path takes GET");
    assert_eq!(send(&server, "TRACE", "/api/ping", "").await.0, 405);
    assert_eq!(send(&server, "FROB", "/nowhere", "").await.0, 501);
    let (status, body) = send(&server, "GET", "/api/ping/", "").await;
    assert_eq!(
        (status, body.as_str()),
        (
            501,
            "mock wire: GET /api/ping/: no documented operation has this path"
        )
    );
    assert_eq!(send(&server, "GET", "/api/ping?x=1", "").await.0, 204);
    assert_eq!(server.total_requests(), 5);
    assert_eq!(server.requests("ping"), 1);
}

#[tokio::test]
async fn answers_carry_their_headers_and_bodies() {
    let server = MockServer::<Api>::start().await;
    let response = raw(
        &server,
        b"GET /api/cookie HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
    )
    .await;
    let lower = response.to_ascii_lowercase();
    assert!(lower.contains("\r\nset-cookie: a=b\r\n"), "{response}");
    assert!(
        lower.contains("\r\ncontent-type: text/plain\r\n"),
        "{response}"
    );
    assert!(lower.contains("\r\ncontent-length: 2\r\n"), "{response}");
    let (status, body) = send(&server, "POST", "/api/echo", "héllo").await;
    assert_eq!((status, body.as_str()), (200, "héllo"));
    // A HEAD request no route takes is refused without a body.
    let response = raw(
        &server,
        b"HEAD /api/echo HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(
        (status_code(&response), body_of(&response).as_str()),
        (405, "")
    );
}

#[tokio::test]
async fn malformed_requests_and_invalid_answers_never_stop_the_server() {
    let server = MockServer::<Api>::start().await;
    for garbage in [
        &b"\x00\x01\x02 nonsense\r\n\r\n"[..],
        b"GET /api/ping HTTP/9.9\r\n\r\n",
        b"GET /api/ping HTTP/1.1\r\nbad header line\r\n\r\n",
        b"POST /api/echo HTTP/1.1\r\nhost: x\r\ncontent-length: nope\r\n\r\n",
        b"POST /api/echo HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n",
    ] {
        let response = raw(&server, garbage).await;
        assert!(
            response.is_empty() || status_code(&response) == 400,
            "{garbage:?}: {response}"
        );
    }
    // Headers far over hyper's buffer.
    let huge = format!(
        "GET /api/ping HTTP/1.1\r\nx-big: {}\r\n\r\n",
        "a".repeat(1 << 20)
    );
    let response = raw(&server, huge.as_bytes()).await;
    assert!(
        response.is_empty() || status_code(&response) == 431,
        "{response}"
    );

    let (status, body) = send(&server, "GET", "/api/bad/status", "").await;
    assert_eq!(
        (status, body.as_str()),
        (500, "mock wire: 1000 is not an HTTP status")
    );
    let (status, body) = send(&server, "GET", "/api/bad/header", "").await;
    assert_eq!(
        (status, body.as_str()),
        (500, "mock wire: header x-bad cannot be sent")
    );
    let (status, body) = send(&server, "GET", "/api/boom", "").await;
    assert_eq!(
        (status, body.as_str()),
        (500, "mock wire: the route's handler panicked")
    );
    assert_eq!(send(&server, "GET", "/api/ping", "").await.0, 204);
    assert_eq!(server.requests("boom"), 1);
}

#[tokio::test]
async fn bodies_over_16_mib_get_413() {
    let server = MockServer::<Api>::start().await;
    let declared = b"POST /api/echo HTTP/1.1\r\nhost: x\r\ncontent-length: 16777217\r\n\r\n";
    let response = raw(&server, declared).await;
    assert_eq!(status_code(&response), 413, "{response}");
    assert_eq!(body_of(&response), "mock wire: the body is over 16 MiB");

    // Chunked, with no length declared: the limit holds as the body is read.
    let size = 16 * 1024 * 1024 + 1;
    let mut chunked = format!(
        "POST /api/echo HTTP/1.1\r\nhost: x\r\nconnection: close\r\ntransfer-encoding: chunked\r\n\r\n{size:x}\r\n"
    )
    .into_bytes();
    chunked.extend(std::iter::repeat_n(b'a', size));
    chunked.extend(b"\r\n0\r\n\r\n");
    let response = raw(&server, &chunked).await;
    assert_eq!(status_code(&response), 413, "{}", response.len());

    // Exactly 16 MiB is read and answered.
    let body = "b".repeat(16 * 1024 * 1024);
    let (status, echoed) = send(&server, "POST", "/api/echo", &body).await;
    assert_eq!((status, echoed.len()), (200, body.len()));
    assert_eq!(server.requests("echo"), 1);
    assert_eq!(server.total_requests(), 3);
}

/// Waits until the server holds `n` requests.
async fn held(server: &MockServer<Api>, n: usize) {
    for _ in 0..500 {
        if server.stalled() == n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("{} held, not {n}", server.stalled());
}

async fn stall_holds_one_operation_while_others_are_answered() {
    let server = std::sync::Arc::new(MockServer::<Api>::start().await);
    server.stall("echo");
    let first = tokio::spawn({
        let server = server.clone();
        async move { send(&server, "POST", "/api/echo", "one").await }
    });
    let second = tokio::spawn({
        let server = server.clone();
        async move { send(&server, "POST", "/api/echo", "two").await }
    });
    held(&server, 2).await;
    // Other operations go on meanwhile; the held ones are not counted yet.
    assert_eq!(send(&server, "GET", "/api/ping", "").await.0, 204);
    assert_eq!(server.requests("echo"), 0);
    assert!(!first.is_finished() && !second.is_finished());

    // A held request whose caller gives up is still counted at the release.
    let gone = tokio::time::timeout(
        Duration::from_millis(50),
        send(&server, "POST", "/api/echo", "gone"),
    )
    .await;
    assert!(gone.is_err());
    held(&server, 3).await;

    server.release();
    assert_eq!(first.await.unwrap(), (200, "one".to_owned()));
    assert_eq!(second.await.unwrap(), (200, "two".to_owned()));
    held(&server, 0).await;
    assert_eq!(server.requests("echo"), 3);
    // Released for good: later requests are not held.
    assert_eq!(send(&server, "POST", "/api/echo", "three").await.0, 200);
}

#[tokio::test]
async fn stalls_on_a_current_thread_runtime() {
    stall_holds_one_operation_while_others_are_answered().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalls_on_a_multi_thread_runtime() {
    stall_holds_one_operation_while_others_are_answered().await;
}

#[tokio::test]
async fn dropping_the_server_closes_its_port_and_ends_held_requests() {
    let server = MockServer::<Api>::start().await;
    let address = address(&server);
    server.stall("echo");
    let mut stream = TcpStream::connect(&address).await.unwrap();
    stream
        .write_all(b"POST /api/echo HTTP/1.1\r\nhost: x\r\ncontent-length: 1\r\n\r\nx")
        .await
        .unwrap();
    held(&server, 1).await;
    drop(server);
    let mut response = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut response))
        .await
        .unwrap();
    assert!(read.is_err() || response.is_empty());
    assert!(TcpStream::connect(&address).await.is_err());
}
