//! Two limits: the attempt timeout (one request) and the operation deadline
//! (every attempt, backoff and token fetch of one call). Each error says which
//! one fired. Every operation of every crate, against a stalled server and a
//! server that keeps asking to come back later.
//!
//! Against a stalled server the limits run on tokio's paused clock: it moves
//! only when every task waits, so the attempts and the deadline come in the
//! order of their lengths however loaded the machine. The server that asks to
//! come back later answers at once, and no limit but the 2 s deadline is
//! near its answer.

#![allow(clippy::unwrap_used)]

use std::future::Future;
use std::time::Duration;

use session_sdks_runtime::{Client, Deadline, Repeat, RetryPolicy, SdkError};
use session_sdks_tests::catalog::{OpRow, all_operations};
use session_sdks_tests::chaos::{ChaosServer, Reply, shared_pool};

fn client(base: &str, timeout: Duration, deadline: Duration) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .timeout(timeout)
        .deadline(deadline)
        .retry(RetryPolicy::new(10).initial_backoff(Duration::from_millis(10)))
        .build()
        .unwrap()
}

async fn stalled(op: OpRow) -> Result<(), String> {
    let server = ChaosServer::start(vec![Reply::StallBeforeHeaders {
        stall: Duration::from_secs(30),
    }])
    .await;
    let client = client(
        &server.url(),
        Duration::from_millis(100),
        Duration::from_millis(1000),
    );
    let outcome = (op.call)(client, "pw".into()).await;
    let name = format!("{} {}", op.krate, op.name());
    match (op.repeat(), outcome) {
        // Attempts time out one after another until the deadline passes.
        (Repeat::Idempotent, Err(SdkError::DeadlineExceeded(err))) => {
            let text = err.to_string();
            if err.deadline() != Deadline::Operation
                || err.attempts() < 2
                || !text.contains("1s operation deadline")
            {
                return Err(format!("{name}: {text}"));
            }
        }
        // Sent once: its attempt timeout fires first, and says so.
        (_, Err(SdkError::Transport(err))) if op.repeat() != Repeat::Idempotent => {
            let text = err.to_string();
            if !err.is_timeout() || !text.contains("100ms attempt timeout") {
                return Err(format!("{name}: {text}"));
            }
        }
        (_, other) => return Err(format!("{name}: {other:?}")),
    }
    Ok(())
}

async fn come_back_later(op: OpRow) -> Result<(), String> {
    let server = ChaosServer::start(vec![Reply::status(503).header("Retry-After", "20")]).await;
    let client = client(
        &server.url(),
        Duration::from_secs(30),
        Duration::from_secs(2),
    );
    let outcome = (op.call)(client, "pw".into()).await;
    let name = format!("{} {}", op.krate, op.name());
    match (op.repeat(), &outcome) {
        // Waiting 20 s for the next attempt (within the 30 s the policy
        // honours) passes the 2 s deadline, which ends the call.
        (Repeat::Idempotent, Err(err @ SdkError::DeadlineExceeded(_))) => {
            if !err.is_retryable() || !err.is_timeout() {
                return Err(format!("{name}: {err:?}"));
            }
        }
        (_, Err(SdkError::Api(content)))
            if op.repeat() != Repeat::Idempotent && content.status == 503 => {}
        _ => return Err(format!("{name}: {outcome:?}")),
    }
    Ok(())
}

/// Runs `check` for every operation at once and reports every problem.
async fn every_operation<F, Fut>(check: F)
where
    F: Fn(OpRow) -> Fut,
    Fut: Future<Output = Result<(), String>> + Send + 'static,
{
    let tasks: Vec<_> = all_operations()
        .into_iter()
        .map(|op| tokio::spawn(check(op)))
        .collect();
    let mut problems = Vec::new();
    for task in tasks {
        if let Err(problem) = task.await.unwrap() {
            problems.push(problem);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test(start_paused = true)]
async fn a_stalled_server_meets_the_attempt_timeout_then_the_deadline() {
    every_operation(stalled).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_after_past_the_deadline_ends_the_call_at_once() {
    every_operation(come_back_later).await;
}

#[tokio::test(start_paused = true)]
async fn a_deadline_and_a_timeout_can_be_set_per_call_and_per_client() {
    let server = ChaosServer::start(vec![Reply::StallBeforeHeaders {
        stall: Duration::from_secs(30),
    }])
    .await;
    let base = Client::builder(server.url())
        .share_pool(&shared_pool())
        .retry(RetryPolicy::new(10).initial_backoff(Duration::from_millis(10)))
        .build()
        .unwrap();
    // Per call, on a builder: the deadline over all attempts.
    let api = equisoft_account::SessionApi::new(base.with_timeout(Duration::from_millis(100)));
    let err = api
        .get_session("8f2c1e0a")
        .deadline(Duration::from_millis(350))
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("350ms operation deadline"),
        "{err}"
    );
    // Per client: `with_timeout` and `with_deadline`.
    let api = cyclos_auth::AuthApi::new(
        base.with_timeout(Duration::from_millis(100))
            .with_deadline(Some(Duration::from_millis(250))),
    );
    let err = api.get_data_for_login().await.unwrap_err();
    assert!(
        err.to_string().contains("250ms operation deadline"),
        "{err}"
    );
    // Per call, the attempt timeout.
    let err = controlm_session::SessionApi::new(base.clone())
        .do_logout()
        .timeout(Duration::from_millis(150))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("150ms attempt timeout"), "{err}");
}
