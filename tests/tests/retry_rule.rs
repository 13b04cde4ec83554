//! The runtime sends a failed request again exactly when its operation's
//! `Repeat` rule allows, and `SdkError::is_retryable()` says the same: for every
//! operation of every crate and every kind of failure, the error of a call
//! with retries disabled is retryable if and only if the same call with
//! retries enabled sent a second request. A login, password change or reset
//! is sent again only when nothing was sent.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use session_sdks_runtime::{Client, Repeat, RetryPolicy, SdkError};
use session_sdks_tests::catalog::{OpRow, all_operations, vzm2m};
use session_sdks_tests::chaos::{ChaosServer, Reply, refused_address, shared_pool};
use vzm2m_session::{Environment, VzM2mClient};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Class {
    Throttled,
    Unavailable,
    Refused,
    AfterSending,
}

/// Failures the server can play, and what kind each is.
fn failures() -> Vec<(&'static str, Reply, Class)> {
    vec![
        (
            "429",
            Reply::status(429).header("Retry-After", "0"),
            Class::Throttled,
        ),
        ("502", Reply::status(502), Class::Unavailable),
        (
            "503",
            Reply::status(503).header("Retry-After", "0"),
            Class::Unavailable,
        ),
        ("504", Reply::status(504), Class::Unavailable),
        ("500", Reply::status(500), Class::Refused),
        ("400", Reply::json(400, "{}"), Class::Refused),
        (
            "401 without a token provider",
            Reply::status(401),
            Class::Refused,
        ),
        ("403", Reply::status(403), Class::Refused),
        (
            "connection reset after sending",
            Reply::ResetBeforeHeaders,
            Class::AfterSending,
        ),
        (
            "attempt timeout after sending",
            Reply::StallBeforeHeaders {
                stall: Duration::from_secs(3),
            },
            Class::AfterSending,
        ),
    ]
}

/// Whether the rule sends the operation again after this kind of failure.
fn repeated(repeat: Repeat, class: Class) -> bool {
    match class {
        Class::Throttled => repeat != Repeat::Once,
        Class::Unavailable | Class::AfterSending => repeat == Repeat::Idempotent,
        Class::Refused => false,
    }
}

fn client(base: &str, attempts: u32) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .timeout(Duration::from_millis(300))
        .retry(RetryPolicy::new(attempts).initial_backoff(Duration::from_millis(1)))
        .build()
        .unwrap()
        .with_bearer_token("t")
}

async fn check(op: OpRow) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, failure, class) in failures() {
        // Retries disabled: what does the error say?
        let server = ChaosServer::start(vec![failure.clone()]).await;
        let outcome = (op.call)(client(&server.url(), 1), "pw".into()).await;
        let Err(err) = outcome else {
            if !op.empty {
                problems.push(format!("{name}: succeeded"));
            }
            continue;
        };
        let says = err.is_retryable();
        // Retries enabled: did the runtime send it again?
        let server = ChaosServer::start(vec![failure, (op.success)()]).await;
        let _ = (op.call)(client(&server.url(), 2), "pw".into()).await;
        // Counted once the call returned: whatever it sent has been sent.
        let expected = repeated(op.repeat(), class);
        let sent = server
            .settled_requests(1 + usize::from(expected), Duration::from_secs(2))
            .await;
        if says != (sent == 2) || sent != 1 + usize::from(expected) {
            problems.push(format!(
                "{name}: is_retryable() = {says}, sent {sent} time(s), the {:?} rule says {}",
                op.repeat(),
                if expected { "again" } else { "once" }
            ));
        }
    }
    // Nothing sent: every operation may be sent again.
    let (_reserved, addr) = refused_address();
    let err = (op.call)(client(&format!("http://{addr}"), 1), "pw".into())
        .await
        .unwrap_err();
    let attempts = match (op.call)(client(&format!("http://{addr}"), 2), "pw".into()).await {
        Err(SdkError::Transport(err)) => err.attempts(),
        other => {
            problems.push(format!("refused connection: {other:?}"));
            0
        }
    };
    if !err.is_retryable() || attempts != 2 {
        problems.push(format!(
            "refused connection: is_retryable() = {}, {attempts} attempts",
            err.is_retryable()
        ));
    }
    problems
        .into_iter()
        .map(|p| format!("{} {}: {p}", op.krate, op.name()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn is_retryable_says_what_the_runtime_does_for_every_operation() {
    let ops = all_operations();
    let once = ops.iter().filter(|op| op.repeat() == Repeat::Once).count();
    assert!(once >= 11, "logins, password changes and resets: {once}");
    let tasks: Vec<_> = ops.into_iter().map(|op| tokio::spawn(check(op))).collect();
    let mut problems = Vec::new();
    for task in tasks {
        problems.extend(task.await.unwrap());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A 401 answered by a renewed OAuth token: sent again, once, unless the
/// call presents a credential (Verizon's login and reset), whose 401 is
/// returned while the token is renewed for the next call.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_401_with_a_renewed_token_is_resent_only_when_the_rule_allows() {
    for op in vzm2m::operations() {
        let oauth = ChaosServer::start(vec![
            Reply::json(200, r#"{"access_token":"old","expires_in":3600}"#),
            Reply::json(200, r#"{"access_token":"new","expires_in":3600}"#),
        ])
        .await;
        let api = ChaosServer::start(vec![Reply::status(401), (op.success)()]).await;
        let client = VzM2mClient::builder(Environment::Staging)
            .base_url(api.url())
            .oauth_base_url(oauth.url())
            .client_credentials("app-id", "secret")
            .share_pool(&shared_pool())
            .build()
            .unwrap();
        let outcome = (op.call)(client.client().clone(), "pw".into()).await;
        let again = op.repeat() != Repeat::Once;
        assert_eq!(api.requests(), 1 + usize::from(again), "{}", op.name());
        assert_eq!(outcome.is_ok(), again, "{}: {outcome:?}", op.name());
        if let Err(err) = &outcome {
            assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
            assert!(!err.is_retryable(), "{}", op.name());
            // The refused token is gone: the caller's next call gets the new one.
            let next = (op.call)(client.client().clone(), "pw".into()).await;
            assert!(next.is_ok(), "{}: {next:?}", op.name());
            assert_eq!(
                api.recorded()[1].header("authorization"),
                Some("Bearer new"),
                "{}",
                op.name()
            );
        }
        assert_eq!(oauth.requests(), 2, "{}", op.name());
    }
}
