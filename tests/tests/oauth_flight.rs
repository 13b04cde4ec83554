//! One OAuth token fetch in flight answers every call waiting for it, with
//! its token or its error: concurrent first calls against a refusing, a
//! stalled or a zero-lifetime token endpoint cause one token request, and no
//! call waits for another's fetch to fail first. A refusal is remembered and
//! a failure backs off, so a call arriving late sends no second request
//! either; the zero-lifetime token is answered only once every call waits
//! for it. The counts do not depend on when the tasks run. Every operation
//! that needs the ThingSpace OAuth token (all of `vzm2m-session`'s).

#![allow(clippy::unwrap_used)]

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use session_sdks_runtime::{Client, Deadline, RetryPolicy, SdkError};
use session_sdks_tests::catalog::{OpRow, Outcome, vzm2m};
use session_sdks_tests::chaos::{ChaosServer, Gate, Reply, shared_pool};
use tokio::sync::Barrier;
use vzm2m_session::{Environment, VzM2mClient, VzM2mClientBuilder};

/// A client of `api` whose OAuth token comes from `oauth`.
fn builder(api: &ChaosServer, oauth: &ChaosServer) -> VzM2mClientBuilder {
    VzM2mClient::builder(Environment::Staging)
        .base_url(api.url())
        .oauth_base_url(oauth.url())
        .client_credentials("app-id", "app-secret-Kq9Wv3Lp8Zt5")
        .share_pool(&shared_pool())
        .retry(RetryPolicy::disabled())
}

/// `calls` calls of `op` on `client`, started together.
async fn together(op: OpRow, client: &Client, calls: usize) -> Vec<Outcome> {
    let barrier = Arc::new(Barrier::new(calls));
    let tasks: Vec<_> = (0..calls)
        .map(|_| {
            let (client, barrier) = (client.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                (op.call)(client, "Session-Kq9Wv3".into()).await
            })
        })
        .collect();
    let mut out = Vec::new();
    for task in tasks {
        out.push(task.await.unwrap());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_request_answers_every_waiting_call() {
    for op in vzm2m::operations() {
        let oauth = ChaosServer::start(vec![
            Reply::json(401, r#"{"error":"invalid_client"}"#).after(Duration::from_millis(100)),
        ])
        .await;
        let api = ChaosServer::start(vec![(op.success)()]).await;
        let client = builder(&api, &oauth).build().unwrap();
        let outcomes = together(op, client.client(), 50).await;
        for outcome in &outcomes {
            let err = outcome.as_ref().unwrap_err();
            let SdkError::Login(login) = err else {
                panic!("{}: not a login error: {err:?}", op.name())
            };
            assert!(login.is_refused() && !err.is_retryable(), "{err:?}");
            assert_eq!(
                login.error().status().map(|s| s.as_u16()),
                Some(401),
                "{err}"
            );
            assert!(err.to_string().contains("request_token"), "{err}");
            assert!(
                !format!("{err} {err:?}").contains("Kq9Wv3Lp8Zt5"),
                "{err:?}"
            );
        }
        assert_eq!(
            oauth.settled_requests(1, Duration::from_secs(5)).await,
            1,
            "{}: one token request for 50 calls",
            op.name()
        );
        assert_eq!(api.requests(), 0, "{}: no call without a token", op.name());
        // The refusal is remembered: asking again sends nothing.
        let again = (op.call)(client.client().clone(), "Session-Kq9Wv3".into()).await;
        assert!(again.is_err());
        assert_eq!(oauth.settled_requests(2, Duration::from_secs(1)).await, 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_token_request_is_bounded_by_one_deadline_for_all() {
    for op in vzm2m::operations() {
        let oauth = ChaosServer::start(vec![Reply::StallBeforeHeaders {
            stall: Duration::from_secs(30),
        }])
        .await;
        let api = ChaosServer::start(vec![(op.success)()]).await;
        let client = builder(&api, &oauth)
            .token_fetch_deadline(Duration::from_millis(300))
            .build()
            .unwrap();
        for outcome in together(op, client.client(), 10).await {
            match outcome {
                Err(SdkError::Login(login)) => match login.error() {
                    SdkError::DeadlineExceeded(err) => {
                        assert_eq!(err.deadline(), Deadline::Flight);
                        assert_eq!(err.operation().name, "request_token");
                    }
                    other => panic!("{}: {other:?}", op.name()),
                },
                other => panic!("{}: {other:?}", op.name()),
            }
        }
        assert_eq!(
            oauth.settled_requests(1, Duration::from_secs(5)).await,
            1,
            "{}",
            op.name()
        );
        assert_eq!(api.requests(), 0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_attempt_fails_every_waiting_call_at_once() {
    // The per-attempt timeout, not the deadline: still one request for all.
    for op in vzm2m::operations() {
        let oauth = ChaosServer::start(vec![Reply::StallBeforeHeaders {
            stall: Duration::from_secs(30),
        }])
        .await;
        let api = ChaosServer::start(vec![(op.success)()]).await;
        let client = builder(&api, &oauth)
            .timeout(Duration::from_millis(300))
            .build()
            .unwrap();
        for outcome in together(op, client.client(), 10).await {
            let err = outcome.unwrap_err();
            assert!(err.is_timeout() && err.is_retryable(), "{err:?}");
            assert!(err.to_string().contains("request_token"), "{err}");
        }
        assert_eq!(
            oauth.settled_requests(1, Duration::from_secs(5)).await,
            1,
            "{}",
            op.name()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_that_expires_at_once_serves_the_calls_that_waited_for_it() {
    for op in vzm2m::operations() {
        // The token is answered only once every call waits for it: a call
        // arriving after it landed would rightly fetch another.
        let gate = Gate::new();
        let oauth = ChaosServer::start(vec![
            Reply::json(200, r#"{"access_token":"tok-zero","expires_in":0}"#).when(&gate),
        ])
        .await;
        let api = ChaosServer::start(vec![(op.success)()]).await;
        let client = builder(&api, &oauth).build().unwrap();
        let waiting = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..20)
            .map(|_| {
                let call = (op.call)(client.client().clone(), "Session-Kq9Wv3".into());
                tokio::spawn(Suspended::count(call, waiting.clone()))
            })
            .collect();
        while waiting.load(Ordering::SeqCst) < 20 || oauth.requests() < 1 {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        gate.open();
        for task in tasks {
            let outcome = task.await.unwrap();
            assert!(outcome.is_ok(), "{}: {outcome:?}", op.name());
        }
        assert_eq!(
            oauth.settled_requests(1, Duration::from_secs(5)).await,
            1,
            "{}",
            op.name()
        );
        let sent = api.recorded();
        assert_eq!(sent.len(), 20);
        assert!(
            sent.iter()
                .all(|r| r.header("authorization") == Some("Bearer tok-zero"))
        );
    }
}

/// A call counted in `waiting` once it first waits. A call's first wait is
/// for its token (no request is built before the token is at hand), so once
/// all are counted, all wait for the one fetch.
struct Suspended<F> {
    call: Pin<Box<F>>,
    waiting: Option<Arc<AtomicUsize>>,
}

impl<F: Future> Suspended<F> {
    fn count(call: F, waiting: Arc<AtomicUsize>) -> Self {
        Self {
            call: Box::pin(call),
            waiting: Some(waiting),
        }
    }
}

impl<F: Future> Future for Suspended<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let polled = self.call.as_mut().poll(cx);
        if polled.is_pending() {
            if let Some(waiting) = self.waiting.take() {
                waiting.fetch_add(1, Ordering::SeqCst);
            }
        }
        polled
    }
}
