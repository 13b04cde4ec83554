//! The escape hatch: an endpoint the document does not list, called with `Client::custom`
//! through a session's client, gets the session's token, its renewal on a `401`, the caller's
//! repeat rule, deadlines and the refusal of bad input before sending. Counted at a scripted
//! server: which requests arrive, in which order, with which token.

use controlm_session::models::LoginCredentials;
use controlm_session::{Client, Method, Repeat, SdkError, Session};
use serde_json::{Value, json};
use session_sdks_tests::chaos::{ChaosServer, Reply};

fn login(token: &str) -> Reply {
    Reply::json(
        200,
        &json!({ "username": "emuser", "token": token }).to_string(),
    )
}

async fn session(server: &ChaosServer) -> Session {
    let client = Client::new(server.url()).expect("client");
    Session::new(&client, LoginCredentials::new("emuser", "pw"))
}

/// Each recorded request as `METHOD target (token)`.
fn seen(server: &ChaosServer) -> Vec<String> {
    server
        .recorded()
        .iter()
        .map(|r| {
            let method = r.line.split(' ').next().unwrap_or("");
            let token = r.header("authorization").unwrap_or("-");
            format!("{method} {} ({token})", r.target())
        })
        .collect()
}

#[tokio::test]
async fn an_undocumented_endpoint_gets_the_session_token_and_its_renewal() {
    let ended = Reply::json(401, r#"{"errors":[{"message":"session ended"}]}"#);
    let server = ChaosServer::start(vec![
        login("t1"),
        Reply::json(200, r#"{"jobs":1}"#),
        ended,
        login("t2"),
        Reply::json(200, r#"{"jobs":2}"#),
    ])
    .await;
    let session = session(&server).await;
    let client = session.client();

    let first: Value = client
        .custom(Method::GET, "/jobs/status", Repeat::Idempotent)
        .params(|p| p.query("ctm", "prod one"))
        .await
        .expect("first call");
    assert_eq!(first, json!({ "jobs": 1 }));
    // The server ends the session: the next call's 401 renews the token, and the call is sent
    // once more with the new one (an idempotent call may be).
    let second: Value = client
        .custom(Method::GET, "/jobs/status", Repeat::Idempotent)
        .await
        .expect("second call, after a renewal");
    assert_eq!(second, json!({ "jobs": 2 }));
    assert_eq!(
        seen(&server),
        [
            "POST /session/login (-)",
            "GET /jobs/status?ctm=prod%20one (Bearer t1)",
            "GET /jobs/status (Bearer t1)",
            "POST /session/login (-)",
            "GET /jobs/status (Bearer t2)",
        ]
    );
}

#[tokio::test]
async fn the_callers_repeat_rule_decides_what_is_sent_again() {
    let server = ChaosServer::start(vec![
        login("t1"),
        Reply::status(503),
        Reply::status(503),
        Reply::status(204),
    ])
    .await;
    let session = session(&server).await;
    // Sent once: a 503 after sending is returned, not repeated.
    let error = session
        .client()
        .custom::<Value>(Method::POST, "/run/jobs", Repeat::Once)
        .params(|p| p.json(&json!({ "folder": "daily" })))
        .await
        .expect_err("a 503 of a call sent once is returned");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(!error.is_retryable());
    let recorded = server.recorded();
    assert_eq!(recorded.len(), 2, "{:?}", seen(&server));
    assert_eq!(recorded[1].body, br#"{"folder":"daily"}"#);
    assert_eq!(recorded[1].header("content-type"), Some("application/json"));
    // Idempotent: the 503 is repeated, and an empty answer decodes as `()`.
    let unit: () = session
        .client()
        .custom(Method::DELETE, "/run/jobs/1", Repeat::Idempotent)
        .await
        .expect("repeated after a 503");
    assert_eq!(unit, ());
    assert_eq!(
        seen(&server)[2..],
        [
            "DELETE /run/jobs/1 (Bearer t1)",
            "DELETE /run/jobs/1 (Bearer t1)"
        ]
    );
}

#[tokio::test]
async fn bad_input_is_refused_before_anything_is_sent() {
    let server = ChaosServer::start(vec![Reply::status(200)]).await;
    let client = Client::new(server.url()).expect("client");
    let cases: Vec<(&str, Method)> = vec![
        ("/jobs/../admin", Method::GET),
        ("/jobs//status", Method::GET),
        ("/jobs/./status", Method::GET),
        ("/jobs", Method::from_bytes(b"BREW").expect("method")),
    ];
    for (path, method) in cases {
        let error = client
            .custom::<Value>(method.clone(), path, Repeat::Idempotent)
            .await
            .expect_err(path);
        assert!(
            matches!(error, SdkError::InvalidRequest(_)),
            "{path} {method}: {error}"
        );
    }
    assert_eq!(server.requests(), 0);
}

#[tokio::test]
async fn a_path_segment_is_encoded_and_cannot_add_a_query() {
    let server = ChaosServer::start(vec![Reply::json(200, "[]")]).await;
    let client = Client::new(server.url()).expect("client");
    let _: Value = client
        .custom(Method::GET, "/folders/a b?x=1#y/", Repeat::Idempotent)
        .await
        .expect("call");
    assert_eq!(server.recorded()[0].target(), "/folders/a%20b%3Fx%3D1%23y/");
}
