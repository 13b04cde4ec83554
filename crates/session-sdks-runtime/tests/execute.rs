//! The runtime's request execution against a mockito server: URL building,
//! retries, `Retry-After`, the body limit, decoding and error rendering.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use mockito::Matcher;
use session_sdks_runtime::{
    CallOptions, Client, Method, Operation, Repeat, Response, RetryPolicy, SdkError, Secret,
};

const GET_THING: Operation = Operation {
    name: "get_thing",
    method: Method::GET,
    path: "/things/{id}",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const POST_LOGIN: Operation = Operation {
    name: "login",
    method: Method::POST,
    path: "/login",
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

fn fast_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::new(attempts)
        .initial_backoff(Duration::from_millis(5))
        .max_backoff(Duration::from_millis(20))
}

async fn client(server: &mockito::Server) -> Client {
    Client::builder(server.url())
        .retry(fast_retries(3))
        .build()
        .unwrap()
}

#[tokio::test]
async fn get_is_retried_on_503_up_to_the_limit() {
    let mut server = mockito::Server::new_async().await;
    let mock = server
        .mock("GET", "/things/1")
        .with_status(503)
        .expect(3)
        .create_async()
        .await;
    let err = client(&server)
        .await
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap_err();
    mock.assert_async().await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert!(err.is_retryable());
}

#[tokio::test]
async fn get_succeeds_after_a_503() {
    let mut server = mockito::Server::new_async().await;
    let failing = server
        .mock("GET", "/things/1")
        .with_status(503)
        .expect(1)
        .create_async()
        .await;
    let ok = server
        .mock("GET", "/things/1")
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body(r#"{"a":1}"#)
        .expect(1)
        .create_async()
        .await;
    let client = client(&server).await;
    let value = client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap();
    let value = value.json::<serde_json::Value, ()>().unwrap();
    assert_eq!(value.into_inner(), serde_json::json!({"a": 1}));
    failing.assert_async().await;
    ok.assert_async().await;
}

#[tokio::test]
async fn post_is_sent_once_after_a_503() {
    let mut server = mockito::Server::new_async().await;
    let mock = server
        .mock("POST", "/login")
        .with_status(503)
        .expect(1)
        .create_async()
        .await;
    let err = client(&server)
        .await
        .request(&POST_LOGIN, CallOptions::default())
        .json_text("{}")
        .send::<()>()
        .await
        .unwrap_err();
    mock.assert_async().await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn a_429_is_retried_unless_the_call_presents_a_credential() {
    const LOGOUT: Operation = Operation {
        name: "logout",
        method: Method::POST,
        path: "/logout",
        repeat: Repeat::IfUnprocessed,
        accept: None,
        target: env!("CARGO_CRATE_NAME"),
    };
    let mut server = mockito::Server::new_async().await;
    let limited = server
        .mock("POST", "/logout")
        .with_status(429)
        .with_header("retry-after", "0")
        .expect(1)
        .create_async()
        .await;
    let ok = server
        .mock("POST", "/logout")
        .with_status(204)
        .expect(1)
        .create_async()
        .await;
    client(&server)
        .await
        .request(&LOGOUT, CallOptions::default())
        .send::<()>()
        .await
        .unwrap();
    limited.assert_async().await;
    ok.assert_async().await;
    // A login answered 429 may count toward a lock-out: it is not sent again.
    let login = server
        .mock("POST", "/login")
        .with_status(429)
        .with_header("retry-after", "0")
        .expect(1)
        .create_async()
        .await;
    let err = client(&server)
        .await
        .request(&POST_LOGIN, CallOptions::default())
        .send::<()>()
        .await
        .unwrap_err();
    login.assert_async().await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert!(!err.is_retryable(), "the runtime did not retry it");
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let mut server = mockito::Server::new_async().await;
    let limited = server
        .mock("GET", "/things/1")
        .with_status(503)
        .with_header("retry-after", "1")
        .expect(1)
        .create_async()
        .await;
    let ok = server
        .mock("GET", "/things/1")
        .with_status(204)
        .expect(1)
        .create_async()
        .await;
    let started = Instant::now();
    client(&server)
        .await
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );
    limited.assert_async().await;
    ok.assert_async().await;
}

#[tokio::test]
async fn retry_after_above_the_cap_fails_at_once() {
    let mut server = mockito::Server::new_async().await;
    let limited = server
        .mock("GET", "/things/1")
        .with_status(429)
        .with_header("retry-after", "3600")
        .expect(1)
        .create_async()
        .await;
    let policy = fast_retries(3).max_retry_after(Duration::from_secs(2));
    let started = Instant::now();
    let err = client(&server)
        .await
        .request(
            &GET_THING,
            CallOptions {
                retry: Some(policy),
                ..CallOptions::default()
            },
        )
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    limited.assert_async().await;
}

#[tokio::test]
async fn connection_refused_is_retried_for_any_operation() {
    let (_reserved, addr) = refused_address();
    let client = Client::builder(format!("http://{addr}"))
        .retry(fast_retries(2))
        .build()
        .unwrap();
    let err = client
        .request(&POST_LOGIN, CallOptions::default())
        .send::<()>()
        .await
        .unwrap_err();
    match &err {
        SdkError::Transport(transport) => {
            assert!(transport.is_connect());
            assert_eq!(transport.attempts(), 2);
        }
        other => panic!("expected a transport error, got {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "login (POST /login): could not connect (attempt 2)"
    );
}

#[tokio::test]
async fn url_building_encodes_segments_and_queries() {
    let mut server = mockito::Server::new_async().await;
    let mock = server
        .mock("GET", "/things/..%2Fa%2Fb%3Fc%23d%20%C3%A9")
        .match_query(Matcher::Exact(
            "q=a%26b%3Dc%2B%20d&flag=true&n=42&f=x&f=y&csv=x%2Cy".into(),
        ))
        .match_header("accept", "application/json")
        .match_header("content-type", Matcher::Missing)
        .match_body(Matcher::Exact(String::new()))
        .with_status(204)
        .expect(1)
        .create_async()
        .await;
    let values = vec!["x".to_owned(), "y".to_owned()];
    client(&server)
        .await
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "../a/b?c#d é")
        .query("q", "a&b=c+ d")
        .query_bool("flag", Some(true))
        .query_bool("unset", None)
        .query_int("n", Some(42))
        .query_opt("none", None)
        .query_multi("f", &values)
        .query_csv("csv", &values)
        .send::<()>()
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn bodyless_posts_say_content_length_zero() {
    let mut server = mockito::Server::new_async().await;
    let post = server
        .mock("POST", "/login")
        .match_header("content-length", "0")
        .match_header("content-type", Matcher::Missing)
        .match_header("transfer-encoding", Matcher::Missing)
        .match_body(Matcher::Exact(String::new()))
        .with_status(204)
        .expect(1)
        .create_async()
        .await;
    let get = server
        .mock("GET", "/things/1")
        .match_header("content-length", Matcher::Missing)
        .with_status(204)
        .expect(1)
        .create_async()
        .await;
    let with_body = server
        .mock("POST", "/login")
        .match_header("content-length", "2")
        .with_status(204)
        .expect(1)
        .create_async()
        .await;
    let client = client(&server).await;
    for request in [
        client.request(&POST_LOGIN, CallOptions::default()),
        client
            .request(&GET_THING, CallOptions::default())
            .path_param("id", "1"),
        client
            .request(&POST_LOGIN, CallOptions::default())
            .json_text("{}"),
    ] {
        request.send::<()>().await.unwrap();
    }
    post.assert_async().await;
    get.assert_async().await;
    with_body.assert_async().await;
}

#[tokio::test]
async fn bad_input_is_refused_before_sending() {
    let mut server = mockito::Server::new_async().await;
    let mock = server
        .mock("GET", Matcher::Any)
        .expect(0)
        .create_async()
        .await;
    let client = client(&server).await;
    for id in ["", ".", ".."] {
        let err = client
            .request(&GET_THING, CallOptions::default())
            .path_param("id", id)
            .send::<()>()
            .await
            .unwrap_err();
        assert!(
            matches!(err, SdkError::InvalidRequest(_)),
            "{id:?}: {err:?}"
        );
        assert!(err.to_string().contains("path parameter `id`"), "{err}");
    }
    let err = client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .header("x-a", "a\r\nb")
        .send::<()>()
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::InvalidRequest(_)));
    let err = client
        .with_bearer_token("tok\r\nX-Injected: 1")
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("authorization"), "{err}");
    assert!(!err.to_string().contains("tok"), "{err}");
    let err = client
        .request(&GET_THING, CallOptions::default())
        .send::<()>()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("was not set"), "{err}");
    // A document's constraint on a parameter; the first problem is the one reported.
    let err = client
        .request(&GET_THING, CallOptions::default())
        .require(false, || "`limit` must be at least 1, got 0".into())
        .path_param("id", "")
        .send::<()>()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid request, nothing sent: get_thing: `limit` must be at least 1, got 0"
    );
    let ok = client
        .request(&GET_THING, CallOptions::default())
        .require(true, || unreachable!("not asked when valid"))
        .send::<()>()
        .await
        .unwrap_err();
    assert!(ok.to_string().contains("was not set"), "{ok}");
    mock.assert_async().await;
}

/// A body in many chunks, with and without a declared length, is joined in
/// order; one byte over the limit across chunks is refused.
#[tokio::test]
async fn bodies_in_many_chunks_are_joined() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let parts = ["{\"a\":", "\"xy", "z\",", "\"b\":[1,2,3]}"];
    let body: String = parts.concat();
    let server_body = body.clone();
    tokio::spawn(async move {
        for chunked in [true, false, true] {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let mut head = vec![0u8; 4096];
            let _ = socket.read(&mut head).await;
            let framing = if chunked {
                "transfer-encoding: chunked".to_owned()
            } else {
                format!("content-length: {}", server_body.len())
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n{framing}\r\nconnection: close\r\n\r\n"
            );
            let _ = socket.write_all(head.as_bytes()).await;
            for part in parts {
                let piece = if chunked {
                    format!("{:x}\r\n{part}\r\n", part.len())
                } else {
                    part.to_owned()
                };
                let _ = socket.write_all(piece.as_bytes()).await;
                let _ = socket.flush().await;
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            if chunked {
                let _ = socket.write_all(b"0\r\n\r\n").await;
            }
        }
    });
    // Chunked, then with a declared length; each exactly at the limit.
    for _ in 0..2 {
        let client = Client::builder(format!("http://{addr}"))
            .max_response_bytes(body.len())
            .build()
            .unwrap();
        let response = get_thing_1(&client).await.unwrap();
        assert_eq!(response.body().as_ref(), body.as_bytes());
    }
    let client = Client::builder(format!("http://{addr}"))
        .max_response_bytes(body.len() - 1)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();
    let err = get_thing_1(&client).await.unwrap_err();
    assert!(matches!(err, SdkError::ResponseTooLarge(_)), "{err:?}");
}

#[tokio::test]
async fn auth_headers_are_sent() {
    let mut server = mockito::Server::new_async().await;
    let mock = server
        .mock("POST", "/login")
        .match_header("authorization", "Basic dXNlcjpwYXNz")
        .match_header("session-token", "st")
        .match_header("user-agent", Matcher::Regex("^session-sdks/".into()))
        .match_header("x-tenant", "t1")
        .with_status(204)
        .expect(1)
        .create_async()
        .await;
    let client = Client::builder(server.url())
        .default_header("x-tenant", "t1")
        .build()
        .unwrap();
    let client = client
        .with_basic_auth("user", "pass")
        .with_token_header("Session-Token", "st");
    client
        .request(&POST_LOGIN, CallOptions::default())
        .send::<()>()
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused() {
    let mut server = mockito::Server::new_async().await;
    let _mock = server
        .mock("GET", "/things/1")
        .with_status(200)
        .with_body("x".repeat(2048))
        .create_async()
        .await;
    let client = Client::builder(server.url())
        .max_response_bytes(1024)
        .build()
        .unwrap();
    let err = client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::ResponseTooLarge(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        "get_thing (GET /things/{id}): HTTP 200 OK body exceeds the 1024 byte limit"
    );
}

#[tokio::test]
async fn api_errors_withhold_server_text_of_a_request_with_a_secret() {
    let mut server = mockito::Server::new_async().await;
    let _mock = server
        .mock("POST", "/login")
        .match_query(Matcher::Any)
        .with_status(401)
        .with_body("{\n \"Message\": \"wrong password p@ss-w0rd for token tok-123\"\n}")
        .create_async()
        .await;
    let client = client(&server).await.with_bearer_token("tok-123");
    let password = Secret::new("p@ss-w0rd");
    let err = client
        .request(&POST_LOGIN, CallOptions::default())
        .query_secret("password", &password)
        .send::<()>()
        .await
        .unwrap_err();
    let shown = err.to_string();
    assert_eq!(
        shown,
        "login (POST /login): HTTP 401 Unauthorized: \
         (60-byte body; server text withheld: the request carried a credential)"
    );
    let debug = format!("{err:?}");
    for text in [&shown, &debug] {
        assert!(
            !text.contains("p@ss") && !text.contains("tok-123") && !text.contains("password="),
            "{text}"
        );
    }
    assert!(
        err.content()
            .unwrap()
            .text_may_hold_secrets()
            .contains("p@ss-w0rd"),
        "the raw body stays available"
    );
}

#[tokio::test]
async fn transport_errors_never_show_the_url() {
    let (_reserved, addr) = refused_address();
    let client = Client::builder(format!("http://{addr}"))
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();
    let secret = Secret::new("s3cr3t-pw");
    let err = client
        .request(&POST_LOGIN, CallOptions::default())
        .query_secret("password", &secret)
        .send::<()>()
        .await
        .unwrap_err();
    let mut texts = vec![err.to_string(), format!("{err:?}")];
    let mut source = std::error::Error::source(&err);
    while let Some(inner) = source {
        texts.push(inner.to_string());
        texts.push(format!("{inner:?}"));
        source = inner.source();
    }
    for text in texts {
        assert!(
            !text.contains("s3cr3t") && !text.contains("password"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn timeouts_are_per_attempt_and_reported() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket); // accept and never answer
        }
    });
    let client = Client::builder(format!("http://{addr}"))
        .timeout(Duration::from_millis(200))
        .retry(fast_retries(2))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(
        err.to_string(),
        "get_thing (GET /things/{id}): timed out: the 200ms attempt timeout passed (attempt 2)"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    let err = client
        .request(&POST_LOGIN, CallOptions::default())
        .send::<()>()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "login (POST /login): timed out: the 200ms attempt timeout passed (attempt 1)",
        "a POST is not retried after a timeout"
    );
    server.abort();
}

#[tokio::test]
async fn decoding_by_content_type() {
    let mut server = mockito::Server::new_async().await;
    let client = client(&server).await;
    let cases: [(&str, &str, Result<&str, &str>); 5] = [
        ("application/json; charset=utf-8", r#""tok""#, Ok("tok")),
        (
            "text/xml",
            r#"<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">a&amp;b</string>"#,
            Ok("a&b"),
        ),
        ("text/plain", "plain", Ok("plain")),
        (
            "application/json",
            "not json",
            Err("expected a JSON string"),
        ),
        (
            "application/xml",
            "<int>1</int>",
            Err("root element is not <string>"),
        ),
    ];
    for (content_type, body, expected) in cases {
        let mock = server
            .mock("GET", "/things/s")
            .with_header("content-type", content_type)
            .with_body(body)
            .create_async()
            .await;
        let response = client
            .request(&GET_THING, CallOptions::default())
            .path_param("id", "s")
            .send::<()>()
            .await
            .unwrap();
        match (response.string::<()>(), expected) {
            (Ok(value), Ok(want)) => assert_eq!(value.into_inner(), want),
            (Err(err), Err(want)) => {
                assert!(matches!(err, SdkError::Decode(_)));
                assert!(err.to_string().contains(want), "{err}");
            }
            (got, want) => panic!("{content_type}: got {got:?}, want {want:?}"),
        }
        mock.remove_async().await;
    }
}

#[tokio::test]
async fn decode_errors_name_the_field_and_never_quote_values() {
    #[derive(Debug, serde::Deserialize)]
    struct Login {
        #[allow(dead_code)]
        token: String,
        #[allow(dead_code)]
        version: u32,
    }
    let mut server = mockito::Server::new_async().await;
    let client = client(&server).await;
    let mock = server
        .mock("GET", "/things/1")
        .with_body(r#"{"version":"tok-secret-1"}"#)
        .create_async()
        .await;
    let response = client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap();
    let err = response.json::<Login, ()>().unwrap_err();
    assert!(
        err.to_string()
            .contains("invalid type: string, expected u32"),
        "{err}"
    );
    assert!(!format!("{err} {err:?}").contains("tok-secret"));
    mock.remove_async().await;
    let _mock = server
        .mock("GET", "/things/1")
        .with_body(r#"{"version":1}"#)
        .create_async()
        .await;
    let response = client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap();
    let err = response.json::<Login, ()>().unwrap_err();
    assert!(err.to_string().contains("missing field `token`"), "{err}");
}

#[tokio::test]
async fn redirects_are_followed_within_the_origin_only() {
    let mut server = mockito::Server::new_async().await;
    let mut elsewhere = mockito::Server::new_async().await;
    let moved = server
        .mock("GET", "/things/1")
        .with_status(307)
        .with_header("location", "/things/2")
        .expect(1)
        .create_async()
        .await;
    let there = server
        .mock("GET", "/things/2")
        .match_header("x-api-key", "key-1")
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body("{}")
        .expect(1)
        .create_async()
        .await;
    let client = client(&server).await.with_api_key("x-api-key", "key-1");
    client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send::<()>()
        .await
        .unwrap();
    moved.assert_async().await;
    there.assert_async().await;

    let away = server
        .mock("GET", "/things/3")
        .with_status(307)
        .with_header("location", &format!("{}/stolen", elsewhere.url()))
        .expect(1)
        .create_async()
        .await;
    let stolen = elsewhere
        .mock("GET", "/stolen")
        .expect(0)
        .create_async()
        .await;
    let err = client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "3")
        .send::<()>()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(307));
    away.assert_async().await;
    stolen.assert_async().await;
}

/// `GET /things/1`.
async fn get_thing_1(client: &Client) -> Result<Response, SdkError> {
    client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .send()
        .await
}

/// A loopback address that refuses connections while the socket lives: bound,
/// never listening. A port freed by dropping a listener could be taken by a
/// mock server of a test running in parallel.
fn refused_address() -> (tokio::net::TcpSocket, std::net::SocketAddr) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(([127, 0, 0, 1], 0).into()).unwrap();
    let addr = socket.local_addr().unwrap();
    (socket, addr)
}

/// Counts the credentials it is asked for.
struct CountingProvider(std::sync::atomic::AtomicUsize);

impl session_sdks_runtime::AuthProvider for CountingProvider {
    fn credential(
        &self,
    ) -> session_sdks_runtime::BoxFuture<
        '_,
        Result<
            (
                session_sdks_runtime::header::HeaderName,
                session_sdks_runtime::header::HeaderValue,
            ),
            SdkError,
        >,
    > {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Box::pin(async {
            Ok((
                session_sdks_runtime::header::AUTHORIZATION,
                session_sdks_runtime::header::HeaderValue::from_static("Bearer t0k"),
            ))
        })
    }

    fn invalidate(&self) -> bool {
        false
    }
}

/// Bad input is refused before anything is sent, a token request included:
/// the provider is not asked for a credential; valid input asks it once.
#[tokio::test]
async fn bad_input_fetches_no_credential() {
    let mut server = mockito::Server::new_async().await;
    let mock = server
        .mock("GET", "/things/1")
        .match_header("authorization", "Bearer t0k")
        .with_status(200)
        .expect(1)
        .create_async()
        .await;
    let provider = std::sync::Arc::new(CountingProvider(Default::default()));
    let client = client(&server).await.with_auth_provider(provider.clone());
    let count = || provider.0.load(std::sync::atomic::Ordering::SeqCst);
    let err = client
        .request(&GET_THING, CallOptions::default())
        .send::<()>()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("`id` was not set"), "{err}");
    let err = client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .require(false, || "no".into())
        .send::<()>()
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
    assert_eq!(count(), 0);
    get_thing_1(&client).await.unwrap();
    assert_eq!(count(), 1);
    mock.assert_async().await;
}
