//! Bad input gets a clear error before anything is sent: a URL too long to
//! send (naming the parameter), an impossible header name or value (naming the
//! header and the character), a zero timeout or deadline, and an empty
//! credential or secret. Nothing reaches the server, and none of these errors
//! is retryable. Every operation and path parameter of every crate.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use session_sdks_runtime::{Client, MAX_URL_BYTES, RetryPolicy, SdkError};
use session_sdks_tests::catalog::{OpRow, all_operations, all_path_params};
use session_sdks_tests::chaos::{ChaosServer, Reply, shared_pool};
use vzm2m_session::{Environment, VzM2mClient};

fn client(base: &str) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
}

/// Runs `op` with `secret` on the client `make` gives, and requires an
/// `InvalidRequest` whose message passes `says`, with nothing sent.
async fn refused(
    op: &OpRow,
    make: impl Fn(Client) -> Client,
    secret: &str,
    says: &dyn Fn(&str) -> bool,
) {
    let server = ChaosServer::start(vec![(op.success)()]).await;
    let outcome = (op.call)(make(client(&server.url())), secret.into()).await;
    match &outcome {
        Err(err @ SdkError::InvalidRequest(message)) => {
            assert!(says(message), "{} {}: {message}", op.krate, op.name());
            assert!(!err.is_retryable());
        }
        other => panic!("{} {}: {other:?}", op.krate, op.name()),
    }
    assert_eq!(server.requests(), 0, "{} {}: sent", op.krate, op.name());
}

#[tokio::test]
async fn a_path_value_too_long_to_send_is_refused_naming_it() {
    let long = "a".repeat(100_000);
    let rows = all_path_params();
    assert!(rows.len() >= 10, "{}", rows.len());
    for row in rows {
        let server = ChaosServer::start(vec![Reply::json(200, "{}")]).await;
        let err = (row.call)(client(&server.url()), long.clone())
            .await
            .unwrap_err();
        let SdkError::InvalidRequest(message) = &err else {
            panic!("{}: {err:?}", row.name)
        };
        assert!(
            message.contains("path parameter `") && message.contains(&MAX_URL_BYTES.to_string()),
            "{}: {message}",
            row.name
        );
        assert!(
            !message.contains("aaaa"),
            "the value is not quoted: {message}"
        );
        assert_eq!(server.requests(), 0, "{}", row.name);
    }
}

#[tokio::test]
async fn a_query_value_too_long_to_send_is_refused_naming_it() {
    let long = "b".repeat(70_000);
    let mut checked = 0;
    for op in all_operations()
        .iter()
        .filter(|op| op.target.contains("=pw"))
    {
        refused(op, |c| c, &long, &|m| {
            m.contains("query parameter `") && m.contains("limit")
        })
        .await;
        checked += 1;
    }
    assert!(checked >= 5, "{checked}");
}

#[tokio::test]
async fn an_impossible_header_name_is_named_as_such() {
    for op in all_operations() {
        refused(
            &op,
            |c| c.with_token_header("Session Token", "t"),
            "pw",
            &|m| {
                m.contains("`Session Token` is not a valid header name") && !m.contains("x-invalid")
            },
        )
        .await;
    }
}

#[tokio::test]
async fn a_character_no_header_may_hold_is_named_exactly() {
    for (value, what) in [
        ("a\u{7f}b", "a DEL character (0x7f)"),
        ("a\u{1b}b", "a control character (0x1b)"),
        ("a\rb", "a carriage return (CR) (0x0d)"),
        ("a\nb", "a line feed (LF) (0x0a)"),
        ("a\0b", "a NUL byte (0x00)"),
    ] {
        for op in all_operations() {
            refused(&op, |c| c.with_api_key("x-api-key", value), "pw", &|m| {
                m.contains(&format!("the value of header `x-api-key` contains {what}"))
            })
            .await;
        }
    }
}

#[tokio::test]
async fn zero_timeouts_and_deadlines_are_refused() {
    for builder in [
        Client::builder("http://127.0.0.1:9").timeout(Duration::ZERO),
        Client::builder("http://127.0.0.1:9").connect_timeout(Duration::ZERO),
        Client::builder("http://127.0.0.1:9").deadline(Duration::ZERO),
    ] {
        let err = builder.build().unwrap_err();
        assert!(err.to_string().contains("is zero"), "{err}");
    }
    let err = VzM2mClient::builder(Environment::Staging)
        .client_credentials("id", "secret")
        .timeout(Duration::ZERO)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("timeout is zero"), "{err}");
    for op in all_operations() {
        refused(&op, |c| c.with_timeout(Duration::ZERO), "pw", &|m| {
            m.contains("per-attempt timeout is zero or under a millisecond")
        })
        .await;
        refused(&op, |c| c.with_deadline(Some(Duration::ZERO)), "pw", &|m| {
            m.contains("deadline is zero")
        })
        .await;
    }
}

#[tokio::test]
async fn an_empty_credential_is_refused() {
    type WithEmpty = fn(Client) -> Client;
    let empties: [(WithEmpty, &str); 6] = [
        (
            |c| c.with_bearer_token(""),
            "`authorization` credential is empty",
        ),
        (
            |c| c.with_api_key("x-api-key", ""),
            "`x-api-key` credential is empty",
        ),
        (
            |c| c.with_token_header("Session-Token", " "),
            "`Session-Token` credential is empty",
        ),
        (
            |c| c.with_token_header("VZ-M2M-Token", ""),
            "`VZ-M2M-Token` credential is empty",
        ),
        (
            |c| c.with_basic_auth("u", ""),
            "basic-auth password is empty",
        ),
        (|c| c.with_basic_auth("", "p"), "basic-auth user is empty"),
    ];
    for (make, what) in empties {
        for op in all_operations() {
            // vzm2m's rows set their own session token (the login sends none).
            if what.contains("VZ-M2M") && op.krate == "vzm2m-session" {
                continue;
            }
            refused(&op, make, "pw", &|m| m.contains(what)).await;
        }
    }
}

#[tokio::test]
async fn an_empty_secret_of_a_call_is_refused() {
    const PROBE: &str = "Zq8ProbeKq9";
    let mut checked = 0;
    for op in all_operations() {
        // Which calls send their secret argument: look at what reaches the server.
        let server = ChaosServer::start(vec![(op.success)()]).await;
        let _ = (op.call)(client(&server.url()), PROBE.into()).await;
        let sent = server.recorded().iter().any(|r| {
            format!(
                "{} {} {}",
                r.line,
                r.headers.join(" "),
                String::from_utf8_lossy(&r.body)
            )
            .contains(PROBE)
        });
        if sent {
            refused(&op, |c| c, "", &|m| m.contains("empty")).await;
            checked += 1;
        }
    }
    assert!(checked >= 15, "{checked}");
}
