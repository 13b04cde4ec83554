//! Every network fault against every operation of every crate: the error kind,
//! how many requests reached the server (the retry policy), and that each call
//! ends well within a generous deadline.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use session_sdks_runtime::{Client, Repeat, RetryPolicy, SdkError};
use session_sdks_tests::catalog::{OpRow, Outcome, all_operations};
use session_sdks_tests::chaos::{ChaosServer, Reply, refused_address, shared_pool};

/// Attempts allowed by the policy under test.
const ATTEMPTS: usize = 3;
/// Per-attempt timeout where a fault stalls.
const SHORT: Duration = Duration::from_millis(400);
/// Per-attempt timeout elsewhere (never reached).
const LONG: Duration = Duration::from_secs(10);
/// Body limit of the client under test.
const LIMIT: usize = 1 << 20;
/// No case may take longer (a stalled call would hit it, a correct one never does).
const DEADLINE: Duration = Duration::from_secs(15);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Ok,
    /// A transport error: (timed out, could not connect).
    Transport {
        timeout: bool,
        connect: bool,
    },
    Api(u16),
    Decode,
    TooLarge,
}

struct Expect {
    kind: Kind,
    /// Requests the server reads.
    requests: usize,
    /// The call takes at least this long (a honoured `Retry-After`).
    at_least: Duration,
}

struct Fault {
    name: &'static str,
    timeout: Duration,
    script: fn(&OpRow) -> Vec<Reply>,
    expect: fn(&OpRow) -> Expect,
}

fn expect(kind: Kind, requests: usize) -> Expect {
    Expect {
        kind,
        requests,
        at_least: Duration::ZERO,
    }
}

/// `then`, except for an operation that presents a credential, which is not
/// sent again after a 429: the 429 comes back after one request.
fn unless_once(op: &OpRow, then: Expect) -> Expect {
    if op.repeat() == Repeat::Once {
        expect(Kind::Api(429), 1)
    } else {
        then
    }
}

/// Attempts of an operation that fails after possibly reaching the server.
fn attempts(op: &OpRow) -> usize {
    if op.repeat() == Repeat::Idempotent {
        ATTEMPTS
    } else {
        1
    }
}

const TRANSPORT: Kind = Kind::Transport {
    timeout: false,
    connect: false,
};
const TIMEOUT: Kind = Kind::Transport {
    timeout: true,
    connect: false,
};

/// A body of the wrong type is a `Decode` error, except for a documented
/// "no content" result, which discards any 2xx body.
fn decode_or_empty(op: &OpRow) -> Kind {
    if op.empty { Kind::Ok } else { Kind::Decode }
}

/// The body and content type of an operation's success reply.
fn success_parts(op: &OpRow) -> (String, Vec<u8>) {
    match (op.success)() {
        Reply::Canned { headers, body, .. } => {
            let content_type = headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("content-type"))
                .map_or_else(|| "application/json".to_owned(), |(_, v)| v.clone());
            (content_type, body)
        }
        other => panic!(
            "{}: success must be a canned reply, not {other:?}",
            op.name()
        ),
    }
}

/// The fault table.
fn faults() -> Vec<Fault> {
    vec![
        Fault {
            name: "normal response",
            timeout: LONG,
            script: |op| vec![(op.success)()],
            expect: |_| expect(Kind::Ok, 1),
        },
        Fault {
            name: "reset before the headers",
            timeout: LONG,
            script: |_| vec![Reply::ResetBeforeHeaders],
            expect: |op| expect(TRANSPORT, attempts(op)),
        },
        Fault {
            name: "reset after the headers",
            timeout: LONG,
            script: |_| vec![Reply::ResetAfterHeaders],
            expect: |op| expect(TRANSPORT, attempts(op)),
        },
        Fault {
            name: "truncated body (short Content-Length)",
            timeout: LONG,
            script: |_| {
                vec![Reply::ShortBody {
                    declared: 100,
                    body: br#"{"id":"#.to_vec(),
                }]
            },
            expect: |op| expect(TRANSPORT, attempts(op)),
        },
        Fault {
            name: "broken chunked encoding",
            timeout: LONG,
            script: |_| vec![Reply::BrokenChunked],
            expect: |op| expect(TRANSPORT, attempts(op)),
        },
        Fault {
            name: "stall mid-body past the timeout",
            timeout: SHORT,
            script: |_| {
                vec![Reply::StallMidBody {
                    sent: br#"{"id":"#.to_vec(),
                    stall: Duration::from_secs(20),
                }]
            },
            expect: |op| expect(TIMEOUT, attempts(op)),
        },
        Fault {
            name: "stall before the headers past the timeout",
            timeout: SHORT,
            script: |_| {
                vec![Reply::StallBeforeHeaders {
                    stall: Duration::from_secs(20),
                }]
            },
            expect: |op| expect(TIMEOUT, attempts(op)),
        },
        Fault {
            name: "multi-GiB Content-Length",
            timeout: LONG,
            script: |_| vec![Reply::HugeClaim { declared: 8 << 30 }],
            expect: |_| expect(Kind::TooLarge, 1),
        },
        Fault {
            name: "endless chunked body",
            timeout: LONG,
            script: |_| vec![Reply::Endless],
            expect: |_| expect(Kind::TooLarge, 1),
        },
        Fault {
            name: "garbage instead of HTTP",
            timeout: LONG,
            script: |_| {
                vec![Reply::Garbage(
                    b"\x00\xffSSH-2.0-OpenSSH\r\n\r\n\xc3\x28".to_vec(),
                )]
            },
            expect: |op| expect(TRANSPORT, attempts(op)),
        },
        Fault {
            name: "garbage: a thousand response headers",
            timeout: LONG,
            script: |_| {
                let mut raw = b"HTTP/1.1 200 OK\r\n".to_vec();
                for i in 0..1000 {
                    raw.extend_from_slice(format!("X-H{i}: v\r\n").as_bytes());
                }
                raw.extend_from_slice(b"Content-Length: 2\r\n\r\n{}");
                vec![Reply::Garbage(raw)]
            },
            expect: |op| expect(TRANSPORT, attempts(op)),
        },
        Fault {
            name: "garbage: a 1 MiB response header line",
            timeout: LONG,
            script: |_| {
                let mut raw = b"HTTP/1.1 200 OK\r\nX-Big: ".to_vec();
                raw.resize(raw.len() + (1 << 20), b'a');
                raw.extend_from_slice(b"\r\nContent-Length: 2\r\n\r\n{}");
                vec![Reply::Garbage(raw)]
            },
            expect: |op| expect(TRANSPORT, attempts(op)),
        },
        Fault {
            name: "invalid UTF-8 JSON body",
            timeout: LONG,
            script: |_| vec![Reply::with_type(200, "application/json", b"\"\xff\xfe\"")],
            expect: |op| expect(decode_or_empty(op), 1),
        },
        Fault {
            name: "wrong Content-Type (XML where JSON is documented)",
            timeout: LONG,
            script: |_| {
                vec![Reply::with_type(
                    200,
                    "application/xml",
                    b"<html><b>x</b></html>",
                )]
            },
            expect: |op| expect(decode_or_empty(op), 1),
        },
        Fault {
            name: "HTML error page with a 2xx",
            timeout: LONG,
            script: |_| {
                vec![Reply::with_type(
                    200,
                    "application/octet-stream",
                    b"<html>maintenance</html>",
                )]
            },
            // A documented `string` result takes any text as is.
            expect: |op| {
                expect(
                    if op.text {
                        Kind::Ok
                    } else {
                        decode_or_empty(op)
                    },
                    1,
                )
            },
        },
        Fault {
            name: "429 with Retry-After seconds, then success",
            timeout: LONG,
            script: |op| {
                vec![
                    Reply::status(429).header("Retry-After", "1"),
                    (op.success)(),
                ]
            },
            expect: |op| {
                unless_once(
                    op,
                    Expect {
                        at_least: Duration::from_millis(900),
                        ..expect(Kind::Ok, 2)
                    },
                )
            },
        },
        Fault {
            name: "429 with Retry-After HTTP-date, then success",
            timeout: LONG,
            script: |op| {
                vec![
                    Reply::RetryAt {
                        status: 429,
                        after: Duration::from_secs(2),
                    },
                    (op.success)(),
                ]
            },
            expect: |op| {
                unless_once(
                    op,
                    Expect {
                        at_least: Duration::from_millis(500),
                        ..expect(Kind::Ok, 2)
                    },
                )
            },
        },
        Fault {
            name: "429 with Retry-After above the cap",
            timeout: LONG,
            script: |op| {
                vec![
                    Reply::status(429).header("Retry-After", "3600"),
                    (op.success)(),
                ]
            },
            expect: |_| expect(Kind::Api(429), 1),
        },
        Fault {
            name: "429 every time",
            timeout: LONG,
            script: |_| vec![Reply::status(429).header("Retry-After", "0")],
            expect: |op| unless_once(op, expect(Kind::Api(429), ATTEMPTS)),
        },
        Fault {
            name: "429 with an absurd Retry-After date",
            timeout: LONG,
            script: |op| {
                vec![
                    Reply::status(429).header(
                        "Retry-After",
                        "Sun, 06 Nov 9223372036854775807 08:49:37 GMT",
                    ),
                    (op.success)(),
                ]
            },
            expect: |op| unless_once(op, expect(Kind::Ok, 2)),
        },
        Fault {
            name: "503 with Retry-After, then success",
            timeout: LONG,
            script: |op| {
                vec![
                    Reply::status(503).header("Retry-After", "1"),
                    (op.success)(),
                ]
            },
            expect: |op| {
                if op.repeat() == Repeat::Idempotent {
                    Expect {
                        at_least: Duration::from_millis(900),
                        ..expect(Kind::Ok, 2)
                    }
                } else {
                    expect(Kind::Api(503), 1)
                }
            },
        },
        Fault {
            name: "503 with a past Retry-After date every time",
            timeout: LONG,
            script: |_| {
                vec![Reply::status(503).header("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT")]
            },
            expect: |op| expect(Kind::Api(503), attempts(op)),
        },
        Fault {
            name: "502 every time",
            timeout: LONG,
            script: |_| vec![Reply::json(502, r#"{"errors":[]}"#)],
            expect: |op| expect(Kind::Api(502), attempts(op)),
        },
        Fault {
            name: "504 every time",
            timeout: LONG,
            script: |_| vec![Reply::status(504)],
            expect: |op| expect(Kind::Api(504), attempts(op)),
        },
        Fault {
            name: "500 is never retried",
            timeout: LONG,
            script: |_| vec![Reply::json(500, r#"{"errors":[{"message":"boom"}]}"#)],
            expect: |_| expect(Kind::Api(500), 1),
        },
        Fault {
            name: "slow trickle within the timeout",
            timeout: LONG,
            script: |op| {
                let (content_type, body) = success_parts(op);
                vec![Reply::Trickle {
                    content_type,
                    body,
                    chunk: 4,
                    every: Duration::from_millis(15),
                }]
            },
            expect: |_| expect(Kind::Ok, 1),
        },
        Fault {
            name: "slow trickle past the timeout (the timeout covers the body)",
            timeout: SHORT,
            script: |op| {
                let (content_type, mut body) = success_parts(op);
                body.resize(body.len() + 400, b' ');
                vec![Reply::Trickle {
                    content_type,
                    body,
                    chunk: 1,
                    every: Duration::from_millis(20),
                }]
            },
            expect: |op| expect(TIMEOUT, attempts(op)),
        },
    ]
}

fn client(base: &str, timeout: Duration) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .timeout(timeout)
        .max_response_bytes(LIMIT)
        .retry(
            RetryPolicy::new(ATTEMPTS as u32)
                .initial_backoff(Duration::from_millis(10))
                .max_backoff(Duration::from_millis(40))
                .max_retry_after(Duration::from_secs(5)),
        )
        .build()
        .unwrap()
}

fn kind(outcome: &Outcome) -> Kind {
    match outcome {
        Ok(_) => Kind::Ok,
        Err(SdkError::Transport(err)) => Kind::Transport {
            timeout: err.is_timeout(),
            connect: err.is_connect(),
        },
        Err(SdkError::Api(content)) => Kind::Api(content.status.as_u16()),
        Err(SdkError::Decode(_)) => Kind::Decode,
        Err(SdkError::ResponseTooLarge(_)) => Kind::TooLarge,
        // The token fetch failed: the call says so and carries the fetch's error.
        Err(SdkError::Login(login)) => kind(&Err(login.error().clone())),
        Err(other) => panic!("unexpected error kind: {other:?}"),
    }
}

/// Runs one fault against one operation on its prepared server and client;
/// `Err` describes every mismatch.
async fn run(fault: &Fault, op: &OpRow, server: ChaosServer, client: Client) -> Result<(), String> {
    let started = Instant::now();
    let outcome = tokio::time::timeout(DEADLINE, (op.call)(client, "pw".into()))
        .await
        .map_err(|_| format!("still running after {DEADLINE:?}"))?;
    let elapsed = started.elapsed();
    let want = (fault.expect)(op);
    let mut problems = Vec::new();
    let got = kind(&outcome);
    if got != want.kind {
        problems.push(format!(
            "got {got:?} ({outcome:?}), expected {:?}",
            want.kind
        ));
    }
    let requests = server
        .settled_requests(want.requests, Duration::from_secs(5))
        .await;
    if requests != want.requests {
        problems.push(format!(
            "the server read {requests} requests, expected {}",
            want.requests
        ));
    }
    if elapsed < want.at_least {
        problems.push(format!(
            "returned after {elapsed:?}, before {:?}",
            want.at_least
        ));
    }
    for request in server.recorded() {
        let line = format!("{} {} HTTP/1.1", op.method(), op.target);
        if request.line != line {
            problems.push(format!("sent `{}`, expected `{line}`", request.line));
        }
    }
    if let Err(err) = &outcome {
        let text = err.to_string();
        if !text.contains(op.name()) {
            problems.push(format!("`{text}` does not name the operation"));
        }
    }
    if matches!(want.kind, Kind::TooLarge) && server.streamed_bytes() > 64 << 20 {
        problems.push(format!(
            "{} bytes were streamed before the client gave up",
            server.streamed_bytes()
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// Runs the faults whose name passes `select` against every operation, concurrently.
async fn run_table(select: fn(&str) -> bool) {
    let faults: Vec<Fault> = faults().into_iter().filter(|f| select(f.name)).collect();
    assert!(!faults.is_empty());
    let ops = all_operations();
    let mut cases = Vec::new();
    for fault in &faults {
        for op in &ops {
            // Servers and clients first, before any case's clock starts.
            let server = ChaosServer::start((fault.script)(op)).await;
            let client = client(&server.url(), fault.timeout);
            cases.push(async move {
                run(fault, op, server, client)
                    .await
                    .map_err(|why| format!("{} / {} {}: {why}", fault.name, op.krate, op.name()))
            });
        }
    }
    let total = cases.len();
    let failures: Vec<String> = futures_join(cases)
        .await
        .into_iter()
        .filter_map(Result::err)
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Polls every case to completion concurrently on the current task.
async fn futures_join<F: std::future::Future>(cases: Vec<F>) -> Vec<F::Output> {
    let mut pinned: Vec<_> = cases.into_iter().map(Box::pin).collect();
    let mut results: Vec<Option<F::Output>> = pinned.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (case, result) in pinned.iter_mut().zip(results.iter_mut()) {
            if result.is_none() {
                match case.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *result = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    results.into_iter().flatten().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_faults() {
    run_table(|name| {
        name.starts_with("reset") || name.starts_with("garbage") || name.starts_with("normal")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn body_faults() {
    run_table(|name| {
        ["truncated", "broken", "invalid", "wrong", "HTML"]
            .iter()
            .any(|p| name.starts_with(p))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timeouts_and_trickles() {
    run_table(|name| name.starts_with("stall") || name.starts_with("slow")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_bodies_end_fast() {
    run_table(|name| name.starts_with("multi-GiB") || name.starts_with("endless")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_statuses_and_retry_after() {
    run_table(|name| name.starts_with('4') || name.starts_with('5')).await;
}

#[test]
fn every_fault_is_in_a_group() {
    let groups: [fn(&str) -> bool; 5] = [
        |n| n.starts_with("reset") || n.starts_with("garbage") || n.starts_with("normal"),
        |n| {
            ["truncated", "broken", "invalid", "wrong", "HTML"]
                .iter()
                .any(|p| n.starts_with(p))
        },
        |n| n.starts_with("stall") || n.starts_with("slow"),
        |n| n.starts_with("multi-GiB") || n.starts_with("endless"),
        |n| n.starts_with('4') || n.starts_with('5'),
    ];
    for fault in faults() {
        let hits = groups.iter().filter(|g| g(fault.name)).count();
        assert_eq!(hits, 1, "{}", fault.name);
    }
}

/// Nothing listens: every operation, login included, is retried (nothing was
/// sent) and fails as a connect error after all attempts.
#[tokio::test]
async fn connection_refused_is_retried_for_every_operation() {
    let (_reserved, addr) = refused_address();
    for op in all_operations() {
        let client = client(&format!("http://{addr}"), LONG);
        let started = Instant::now();
        let err = (op.call)(client, "pw".into()).await.unwrap_err();
        assert!(started.elapsed() < DEADLINE);
        match &err {
            SdkError::Transport(t) => {
                assert!(t.is_connect(), "{} {}: {err:?}", op.krate, op.name());
                assert_eq!(t.attempts(), ATTEMPTS as u32, "{} {}", op.krate, op.name());
            }
            other => panic!("{} {}: {other:?}", op.krate, op.name()),
        }
    }
}

/// The body limit is a limit, not a guess: one byte over fails, at the limit passes.
#[tokio::test]
async fn the_body_limit_is_exact() {
    for (size, ok) in [(LIMIT, true), (LIMIT + 1, false)] {
        let mut body = b"\"".to_vec();
        body.resize(size - 1, b'a');
        body.push(b'"');
        let server =
            ChaosServer::start(vec![Reply::with_type(200, "application/json", &body)]).await;
        let op = all_operations()
            .into_iter()
            .find(|op| op.krate == "session-sdks-runtime" && op.name() == "login")
            .unwrap();
        let outcome = (op.call)(client(&server.url(), LONG), "pw".into()).await;
        assert_eq!(outcome.is_ok(), ok, "{size}: {outcome:?}");
        if !ok {
            assert!(matches!(outcome, Err(SdkError::ResponseTooLarge(_))));
        }
    }
}

/// The ThingSpace OAuth token endpoint misbehaving, under a `VzM2mClient` with
/// client credentials: the API call fails with the token request's error
/// (named `request_token`), the token request is retried as documented
/// (idempotent), the API is never called without a token, and no rendering
/// of the error shows the client secret or its basic-auth encoding.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vzm2m_oauth_token_endpoint_faults() {
    use session_sdks_runtime::base64;
    use vzm2m_session::{Environment, VzM2mClient};

    const SECRET: &str = "Kq9Wv3Lp8Zt5Mn2";
    type Check = fn(&Outcome) -> bool;
    let cases: [(&str, Duration, Reply, Check, usize, usize); 8] = [
        (
            "token issued",
            LONG,
            Reply::json(
                200,
                r#"{"access_token":"tok","token_type":"Bearer","expires_in":3600}"#,
            ),
            |o| o.is_ok(),
            1,
            1,
        ),
        (
            "503 every time",
            LONG,
            Reply::status(503),
            |o| matches!(kind(o), Kind::Api(503)),
            ATTEMPTS,
            0,
        ),
        (
            "401 (bad client secret)",
            LONG,
            Reply::json(401, r#"{"error":"invalid_client"}"#),
            |o| matches!(kind(o), Kind::Api(401)),
            1,
            0,
        ),
        (
            "stall past the timeout",
            SHORT,
            Reply::StallBeforeHeaders {
                stall: Duration::from_secs(20),
            },
            |o| matches!(kind(o), TIMEOUT),
            ATTEMPTS,
            0,
        ),
        (
            "garbage instead of HTTP",
            LONG,
            Reply::Garbage(b"\x00\xffnot http\r\n\r\n".to_vec()),
            |o| matches!(kind(o), TRANSPORT),
            ATTEMPTS,
            0,
        ),
        (
            "HTML page as a 200",
            LONG,
            Reply::with_type(200, "text/html", b"<html>login</html>"),
            |o| matches!(kind(o), Kind::Decode),
            1,
            0,
        ),
        (
            "JSON without access_token",
            LONG,
            Reply::json(200, r#"{"token_type":"Bearer"}"#),
            |o| matches!(kind(o), Kind::Decode),
            1,
            0,
        ),
        (
            "empty access_token",
            LONG,
            Reply::json(200, r#"{"access_token":"","token_type":"Bearer"}"#),
            |o| matches!(kind(o), Kind::Decode),
            1,
            0,
        ),
    ];
    let mut failures = Vec::new();
    for (name, timeout, reply, check, token_requests, api_requests) in cases {
        let oauth = ChaosServer::start(vec![reply]).await;
        let api = ChaosServer::start(vec![Reply::json(200, r#"{"sessionToken":"s"}"#)]).await;
        let client = VzM2mClient::builder(Environment::Staging)
            .base_url(api.url())
            .oauth_base_url(oauth.url())
            .client_credentials("app-id", SECRET)
            .share_pool(&shared_pool())
            .timeout(timeout)
            .retry(
                RetryPolicy::new(ATTEMPTS as u32)
                    .initial_backoff(Duration::from_millis(10))
                    .max_backoff(Duration::from_millis(40)),
            )
            .build()
            .unwrap();
        let started = Instant::now();
        let outcome: Outcome = tokio::time::timeout(
            DEADLINE,
            client
                .with_session_token("st")
                .session()
                .logout_using_post(),
        )
        .await
        .unwrap_or_else(|_| panic!("{name}: still running after {DEADLINE:?}"))
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity);
        assert!(started.elapsed() < DEADLINE);
        let mut problems = Vec::new();
        if !check(&outcome) {
            problems.push(format!("unexpected outcome {outcome:?}"));
        }
        let got = oauth
            .settled_requests(token_requests, Duration::from_secs(5))
            .await;
        if got != token_requests {
            problems.push(format!("{got} token requests, expected {token_requests}"));
        }
        if api.requests() != api_requests {
            problems.push(format!(
                "{} API requests, expected {api_requests}",
                api.requests()
            ));
        }
        for request in oauth.recorded() {
            if request.line != "POST /oauth2/token HTTP/1.1" {
                problems.push(format!("token request `{}`", request.line));
            }
        }
        if let Err(err) = &outcome {
            let basic = base64(format!("app-id:{SECRET}").as_bytes());
            for text in session_sdks_tests::catalog::render_error(err) {
                if text.contains(SECRET) || text.contains(&basic) {
                    problems.push(format!("the error shows the client secret: {text}"));
                }
            }
            if !err.to_string().contains("request_token") {
                problems.push(format!("`{err}` does not name request_token"));
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{name}: {}", problems.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
