//! No limit a caller can set, and no length a server declares, makes the SDK
//! panic or abort: the body buffer never grows ahead of the bytes that
//! arrived, whatever `Content-Length` says, and every extreme setting gives a
//! result or a clear error. Every operation of every crate.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use session_sdks_runtime::{Client, ClientBuilder, RetryPolicy, SdkError};
use session_sdks_tests::catalog::all_operations;
use session_sdks_tests::chaos::{ChaosServer, Reply, shared_pool};

/// Lengths whose buffer could not be allocated.
const HUGE: [u64; 3] = [34_359_738_368, 1 << 62, u64::MAX];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declared_length_is_never_allocated_ahead_of_the_bytes() {
    let mut tasks = Vec::new();
    for op in all_operations() {
        tasks.push(tokio::spawn(async move {
            for declared in HUGE {
                for limit in [usize::MAX, 1 << 40] {
                    for reply in [
                        Reply::ShortBody {
                            declared: usize::try_from(declared).unwrap_or(usize::MAX),
                            body: vec![b'{'; 100_000],
                        },
                        Reply::HugeClaim { declared },
                    ] {
                        let server = ChaosServer::start(vec![reply]).await;
                        let client = Client::builder(server.url())
                            .share_pool(&shared_pool())
                            .max_response_bytes(limit)
                            .timeout(Duration::from_secs(20))
                            .retry(RetryPolicy::disabled())
                            .build()
                            .unwrap();
                        // A HugeClaim would stream 256 MiB: give up well before.
                        let outcome = tokio::time::timeout(
                            Duration::from_millis(200),
                            (op.call)(client, "pw".into()),
                        )
                        .await;
                        if let Ok(Err(err)) = &outcome {
                            assert!(
                                matches!(
                                    err,
                                    SdkError::Transport(_)
                                        | SdkError::Decode(_)
                                        | SdkError::ResponseTooLarge(_)
                                ),
                                "{} {}: {err:?}",
                                op.krate,
                                op.name()
                            );
                        }
                    }
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
}

/// Builders with every limit at an extreme.
type Setting = fn(ClientBuilder) -> ClientBuilder;

/// What a setting must give: refused at build naming the setting, or calls
/// that end (never hang) with a success for a success reply or not.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Expect {
    Refused(&'static str),
    /// `success_ok`: `None` when a success reply may also meet the deadline.
    Calls {
        success_ok: Option<bool>,
    },
}

fn extremes() -> Vec<(&'static str, Setting, Expect)> {
    vec![
        (
            "timeout MAX",
            |b| b.timeout(Duration::MAX),
            Expect::Refused("timeout"),
        ),
        (
            "connect timeout MAX",
            |b| b.connect_timeout(Duration::MAX),
            Expect::Refused("connect timeout"),
        ),
        (
            "deadline MAX",
            |b| b.deadline(Duration::MAX),
            Expect::Refused("deadline"),
        ),
        (
            "timeout zero",
            |b| b.timeout(Duration::ZERO),
            Expect::Refused("timeout"),
        ),
        (
            "deadline zero",
            |b| b.deadline(Duration::ZERO),
            Expect::Refused("deadline"),
        ),
        (
            "deadline 1 ns",
            |b| b.deadline(Duration::from_nanos(1)),
            Expect::Refused("deadline is under a millisecond"),
        ),
        (
            "timeout 1 ns",
            |b| b.timeout(Duration::from_nanos(1)),
            Expect::Refused("timeout is under a millisecond"),
        ),
        (
            "max_response_bytes 0",
            |b| b.max_response_bytes(0),
            Expect::Refused("max_response_bytes"),
        ),
        (
            "max_response_bytes MAX",
            |b| b.max_response_bytes(usize::MAX),
            Expect::Calls {
                success_ok: Some(true),
            },
        ),
        (
            "retry u32::MAX with MAX backoff",
            |b| {
                b.retry(
                    RetryPolicy::new(u32::MAX)
                        .initial_backoff(Duration::MAX)
                        .max_backoff(Duration::MAX)
                        .max_retry_after(Duration::MAX),
                )
                .deadline(Duration::from_millis(200))
            },
            Expect::Calls { success_ok: None },
        ),
        (
            "retry with zero backoff",
            |b| {
                b.retry(
                    RetryPolicy::new(3)
                        .initial_backoff(Duration::ZERO)
                        .max_backoff(Duration::ZERO),
                )
            },
            Expect::Calls {
                success_ok: Some(true),
            },
        ),
    ]
}

/// Every extreme either refused when the client is built, naming the
/// setting, or its calls end within 5 s with the expected kind of outcome:
/// a hang, an unexpected success or an unexpected failure fails the test.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn extreme_settings_give_a_result_or_a_clear_error() {
    let mut tasks = Vec::new();
    for (name, set, expect) in extremes() {
        for op in all_operations() {
            tasks.push(tokio::spawn(async move {
                let replies = [
                    (op.success)(),
                    Reply::status(503).header("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"),
                    Reply::status(429).header("Retry-After", "18446744073709551615"),
                ];
                for (i, reply) in replies.into_iter().enumerate() {
                    let server = ChaosServer::start(vec![reply]).await;
                    let builder = Client::builder(server.url()).share_pool(&shared_pool());
                    let built = set(builder).build();
                    let success_ok = match (expect, built) {
                        (Expect::Refused(setting), Err(err)) => {
                            assert!(
                                matches!(err, SdkError::InvalidRequest(_))
                                    && err.to_string().contains(setting),
                                "{name}: {err}"
                            );
                            assert_eq!(server.requests(), 0, "{name}");
                            return;
                        }
                        (Expect::Calls { success_ok }, Ok(client)) => {
                            let outcome = tokio::time::timeout(
                                Duration::from_secs(5),
                                (op.call)(client, "pw".into()),
                            )
                            .await;
                            let outcome = outcome.unwrap_or_else(|_| {
                                panic!("{name}: {} {} hangs", op.krate, op.name())
                            });
                            (success_ok, outcome)
                        }
                        (expect, built) => panic!("{name}: expected {expect:?}, got {built:?}"),
                    };
                    let (success_ok, outcome) = success_ok;
                    match outcome {
                        Ok(_) if i == 0 && success_ok != Some(false) => {}
                        Err(err) if i > 0 || success_ok != Some(true) => {
                            assert!(
                                err.to_string().contains(op.name()),
                                "{name}: {} {}: {err}",
                                op.krate,
                                op.name()
                            );
                        }
                        outcome => panic!(
                            "{name}: {} {} reply {i}: unexpected {outcome:?}",
                            op.krate,
                            op.name()
                        ),
                    }
                }
            }));
        }
    }
    for task in tasks {
        task.await.unwrap();
    }
}
