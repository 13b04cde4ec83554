//! What a `tracing` subscriber sees at TRACE level never holds a secret: the
//! spans and events of every operation of every crate (successes, API errors
//! echoing the secret, retries), of OAuth token fetches and of sessions
//! logging in, renewing and logging out. And it sees something: each call's
//! span names its operation, path template, attempts and status.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use session_sdks_runtime::{Client, RetryPolicy};
use session_sdks_tests::catalog::all_operations;
use session_sdks_tests::chaos::{ChaosServer, Reply, shared_pool};
use session_sdks_tests::leak::{SECRETS, assert_hidden};
use session_sdks_tests::sessions::rows;
use session_sdks_tests::trace_capture::Capture;
use vzm2m_session::{Environment, VzM2mClient};

fn client(base: &str, secret: &str) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .default_header("x-gateway-key", secret)
        .retry(RetryPolicy::new(2).initial_backoff(Duration::from_millis(1)))
        .build()
        .unwrap()
        .with_bearer_token(secret)
        .with_api_key("x-api-key", secret)
}

/// Replies that echo `secret` or succeed, with a retry first.
fn replies(op_success: Reply, secret: &str) -> Vec<Reply> {
    let json = serde_json::to_string(secret).unwrap();
    vec![
        Reply::status(503).header("Retry-After", "0"),
        Reply::json(401, &format!(r#"{{"message":{json},"code":{json}}}"#)),
        Reply::with_type(500, "text/plain", secret.as_bytes()),
        op_success,
    ]
}

#[tokio::test]
async fn no_trace_of_any_operation_shows_a_secret() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    for secret in SECRETS {
        for op in all_operations() {
            let server = ChaosServer::start(replies((op.success)(), secret)).await;
            let client = client(&server.url(), secret);
            for _ in 0..4 {
                let _ = (op.call)(client.clone(), secret.into()).await;
            }
        }
    }
    let text = capture.text();
    for op in all_operations() {
        assert!(
            text.contains(&format!("operation={}", op.name)),
            "{}",
            op.name
        );
    }
    assert!(text.contains("attempts=") && text.contains("status=") && text.contains("retrying"));
    for secret in SECRETS {
        assert_hidden(
            secret,
            "the TRACE output of every operation",
            std::slice::from_ref(&text),
        );
    }
}

#[tokio::test]
async fn no_trace_of_a_token_fetch_or_a_session_shows_a_secret() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    for secret in SECRETS {
        // An OAuth fetch refused with the secret echoed, then one that works.
        let json = serde_json::to_string(secret).unwrap();
        let oauth = ChaosServer::start(vec![
            Reply::json(401, &format!(r#"{{"error":{json}}}"#)),
            Reply::json(
                200,
                &format!(r#"{{"access_token":{json},"expires_in":3600}}"#),
            ),
        ])
        .await;
        let api = ChaosServer::start(vec![Reply::json(
            200,
            &format!(r#"{{"sessionToken":{json}}}"#),
        )])
        .await;
        let client = VzM2mClient::builder(Environment::Staging)
            .base_url(api.url())
            .oauth_base_url(oauth.url())
            .client_credentials("app-id", secret)
            .share_pool(&shared_pool())
            .build()
            .unwrap();
        for _ in 0..2 {
            let _ = client
                .session()
                .login_using_post(Some(vzm2m_session::models::LogInRequest::new("u", secret)))
                .await;
        }
    }
    // Sessions: login, an end by the server, renewal, logout.
    for row in rows() {
        let fixture = (row.start)(Default::default()).await;
        fixture.session.call().await.unwrap();
        fixture.mock.end_sessions();
        fixture.session.call().await.unwrap();
        fixture.session.close().await.unwrap();
    }
    let text = capture.text();
    for what in [
        "oauth token fetch",
        "session login",
        "session ended by the server",
        "session logout",
    ] {
        assert!(text.contains(what), "no `{what}` event in:\n{text}");
    }
    for secret in SECRETS {
        assert_hidden(
            secret,
            "the TRACE output of token fetches and sessions",
            std::slice::from_ref(&text),
        );
    }
    // The mocks' own password and client secret (words too common for the needles).
    for secret in ["current-pw", "mock-app-secret"] {
        assert!(!text.contains(secret), "{secret} in:\n{text}");
    }
}
