//! The classes of leak that a similarity check or a lossy conversion let
//! through, closed by design: server text of a request that carried a secret
//! shows only codes the API documents (class B: hex, reversed, ROT13 and
//! split echoes of a password), secrets are bytes (class A: a non-ASCII token
//! from an auth provider), and settings that cannot work send nothing
//! (class E). Every operation of every crate, on every surface: `Display`, `Debug`, `{:#?}`,
//! the source chain, and what a `tracing` subscriber sees at TRACE.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::Duration;

use session_sdks_runtime::header::{HeaderName, HeaderValue};
use session_sdks_runtime::{
    AuthProvider, BoxFuture, Client, RetryPolicy, SdkError, SessionSettings,
};
use session_sdks_tests::catalog::{all_operations, render_error};
use session_sdks_tests::chaos::{ChaosServer, Reply, shared_pool};
use session_sdks_tests::leak::{SECRETS, assert_hidden, play_everywhere};
use session_sdks_tests::trace_capture::Capture;

fn hex(secret: &str, upper: bool) -> String {
    secret
        .bytes()
        .map(|b| {
            if upper {
                format!("{b:02X}")
            } else {
                format!("{b:02x}")
            }
        })
        .collect()
}

fn rot13(secret: &str) -> String {
    secret
        .chars()
        .map(|c| match c {
            'a'..='z' => (((c as u8 - b'a') + 13) % 26 + b'a') as char,
            'A'..='Z' => (((c as u8 - b'A') + 13) % 26 + b'A') as char,
            _ => c,
        })
        .collect()
}

fn reversed(secret: &str) -> String {
    secret.chars().rev().collect()
}

/// `secret` cut into runs of `width` characters.
fn runs(secret: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = secret.chars().collect();
    chars
        .chunks(width)
        .map(|run| run.iter().collect())
        .collect()
}

/// Each transformed form of `secret` a server might put in an error code.
fn transformed(secret: &str) -> Vec<String> {
    let mut out = vec![
        hex(secret, false),
        hex(secret, true),
        reversed(secret),
        rot13(secret),
    ];
    out.extend(runs(secret, 3).into_iter().filter(|run| run.len() == 3));
    out.extend(runs(secret, 4).into_iter().filter(|run| run.len() == 4));
    out
}

/// Error bodies carrying the transformed forms in every code field.
fn coded(secret: &str) -> Vec<Reply> {
    let mut out = Vec::new();
    for form in [
        hex(secret, false),
        hex(secret, true),
        reversed(secret),
        rot13(secret),
    ] {
        let form = serde_json::to_string(&form).unwrap();
        for key in ["code", "errorCode", "error", "kind"] {
            out.push(Reply::json(400, &format!(r#"{{"{key}":{form}}}"#)));
        }
    }
    // The secret in the encodings a server may answer in, as a plain-text error.
    let latin1: Vec<u8> = secret
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let utf16le: Vec<u8> = secret.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16be: Vec<u8> = secret.encode_utf16().flat_map(u16::to_be_bytes).collect();
    out.push(Reply::with_type(
        400,
        "text/plain; charset=iso-8859-1",
        &latin1,
    ));
    out.push(Reply::with_type(
        400,
        "text/plain; charset=utf-16le",
        &utf16le,
    ));
    out.push(Reply::with_type(
        400,
        "text/plain; charset=utf-16be",
        &utf16be,
    ));
    for width in [3, 4] {
        let codes: Vec<String> = runs(secret, width)
            .iter()
            .enumerate()
            .map(|(i, run)| {
                let run = serde_json::to_string(run).unwrap();
                format!(r#"{{"code":{run},"n":{i}}}"#)
            })
            .collect();
        out.push(Reply::json(
            401,
            &format!(r#"{{"errors":[{}],"code":"x"}}"#, codes.join(",")),
        ));
        for run in runs(secret, width) {
            let run = serde_json::to_string(&run).unwrap();
            out.push(Reply::json(400, &format!(r#"{{"errorCode":{run}}}"#)));
        }
    }
    out
}

fn basic_client(base: &str, secret: &str) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
        .with_basic_auth("user", secret)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transformed_echoes_in_error_codes_never_show() {
    let mut checked = 0;
    for (secret, op, reply, outcome) in play_everywhere(coded, basic_client).await {
        let err = outcome.as_ref().unwrap_err();
        let renders = render_error(err);
        assert_hidden(secret, &format!("{} {}", op.krate, op.name()), &renders);
        let display = err.to_string();
        for form in transformed(secret) {
            // Short runs may be common words: only those of letters and digits count.
            if form.chars().all(|c| c.is_ascii_alphanumeric()) {
                assert!(
                    !display.contains(&format!("={form}")),
                    "{} {}: `{form}` of {secret:?} shown for {reply:?}: {display}",
                    op.krate,
                    op.name()
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 37 * SECRETS.len() * 16, "{checked}");
}

/// The same echoes, seen by a `tracing` subscriber at TRACE: calls one after another on this
/// thread (a subscriber set with `set_default` sees this thread's spans and events).
#[tokio::test(flavor = "current_thread")]
async fn transformed_echoes_never_reach_a_trace_subscriber() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    let mut calls = 0;
    for secret in SECRETS {
        for op in all_operations() {
            let replies = coded(secret);
            let server = ChaosServer::start(replies.clone()).await;
            // A pool of this runtime's own: the shared one belongs to the multi-thread tests.
            let client = Client::builder(server.url())
                .retry(RetryPolicy::disabled())
                .build()
                .unwrap()
                .with_basic_auth("user", secret);
            for _ in &replies {
                let _ = (op.call)(client.clone(), secret.into()).await;
                calls += 1;
            }
        }
    }
    let text = capture.text();
    assert!(
        text.contains("http.response.status_code=400"),
        "the subscriber saw no SDK span in {} bytes of TRACE output",
        text.len()
    );
    for secret in SECRETS {
        assert_hidden(secret, "the TRACE output", std::slice::from_ref(&text));
        for form in transformed(secret) {
            if form.len() > 4 {
                assert!(
                    !text.contains(&form),
                    "`{form}` of {secret:?} in the TRACE output"
                );
            }
        }
    }
    assert!(calls >= 37 * SECRETS.len() * 16, "{calls}");
}

/// An auth provider whose token is not ASCII (valid in a header value).
struct Opaque(HeaderValue);

impl AuthProvider for Opaque {
    fn credential(&self) -> BoxFuture<'_, Result<(HeaderName, HeaderValue), SdkError>> {
        let value = self.0.clone();
        Box::pin(async move { Ok((HeaderName::from_static("x-token"), value)) })
    }
    fn invalidate(&self) -> bool {
        false
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_non_ascii_token_is_a_secret() {
    let tokens: [&[u8]; 3] = [
        "t\u{f6}ken-Kq9Wv3Lp8Zt5".as_bytes(),
        b"\xffKq9Wv3Lp8Zt5\xfe",
        "\u{20ac}uroToken9Zq8Xw7".as_bytes(),
    ];
    let mut checked = 0;
    for token in tokens {
        for op in all_operations() {
            let mut echo = b"refused token ".to_vec();
            echo.extend_from_slice(token);
            let server = ChaosServer::start(vec![Reply::with_type(400, "text/plain", &echo)]).await;
            let client = Client::builder(server.url())
                .share_pool(&shared_pool())
                .retry(RetryPolicy::disabled())
                .build()
                .unwrap()
                .with_auth_provider(Arc::new(Opaque(HeaderValue::from_bytes(token).unwrap())));
            let outcome = (op.call)(client, "pw".into()).await;
            let Err(err) = &outcome else { continue };
            let lossy = String::from_utf8_lossy(token).into_owned();
            for render in render_error(err) {
                assert!(
                    !render.contains("Kq9Wv3Lp8Zt5")
                        && !render.contains("9Zq8Xw7")
                        && !render.contains(&lossy),
                    "{} {}: {render}",
                    op.krate,
                    op.name()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 3 * 30, "{checked}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zero_deadlines_are_refused_before_anything_is_sent() {
    use vzm2m_session::{Environment, VzM2mClient};
    let server = ChaosServer::start(vec![Reply::json(200, r#"{"access_token":"t"}"#)]).await;
    // The OAuth token fetch's deadline: refused when the client is built.
    let err = VzM2mClient::builder(Environment::Staging)
        .base_url(server.url())
        .oauth_base_url(server.url())
        .client_credentials("app-id", "app-secret-Kq9Wv3")
        .token_fetch_deadline(Duration::ZERO)
        .build()
        .unwrap_err();
    assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
    assert!(err.to_string().contains("token_fetch_deadline"), "{err}");
    // A client's deadline and timeout.
    for (what, built) in [
        (
            "deadline",
            Client::builder(server.url())
                .deadline(Duration::ZERO)
                .build(),
        ),
        (
            "timeout",
            Client::builder(server.url())
                .timeout(Duration::ZERO)
                .build(),
        ),
    ] {
        let err = built.unwrap_err();
        assert!(err.to_string().contains(what), "{what}: {err}");
    }
    // Every login session's deadline and backoff: nothing reaches the server.
    for row in session_sdks_tests::sessions::rows() {
        for settings in [
            SessionSettings {
                login_deadline: Duration::ZERO,
                ..SessionSettings::default()
            },
            SessionSettings {
                login_backoff: Duration::ZERO,
                ..SessionSettings::default()
            },
        ] {
            let fixture = (row.start)(settings).await;
            let err = fixture.session.start().await.unwrap_err();
            assert!(
                matches!(err, SdkError::InvalidRequest(_)),
                "{}: {err:?}",
                row.krate
            );
            assert!(err.to_string().contains("`login_"), "{}: {err}", row.krate);
            assert_eq!(fixture.mock.requests(row.login), 0, "{}", row.krate);
        }
    }
    assert_eq!(server.requests(), 0);
}

#[tokio::test]
async fn credentials_never_travel_over_plain_http_to_a_remote_host_unasked() {
    let remote = "http://sdk-test.invalid/api";
    for op in all_operations() {
        // Every credential slot: each call carries at least one.
        let client = Client::builder(remote)
            .retry(RetryPolicy::disabled())
            .build()
            .unwrap()
            .with_bearer_token("tok-Kq9Wv3Lp8Zt5");
        let err = (op.call)(client, "pw-Kq9Wv3Lp8Zt5".into())
            .await
            .unwrap_err();
        assert!(
            matches!(&err, SdkError::InvalidRequest(message) if message.contains("allow_insecure_http")),
            "{} {}: {err:?}",
            op.krate,
            op.name()
        );
        // Asked for: it goes (and fails to connect, nothing listens there).
        let client = Client::builder(remote)
            .retry(RetryPolicy::disabled())
            .allow_insecure_http(true)
            .build()
            .unwrap()
            .with_bearer_token("tok-Kq9Wv3Lp8Zt5");
        let err = (op.call)(client, "pw-Kq9Wv3Lp8Zt5".into())
            .await
            .unwrap_err();
        assert!(
            matches!(err, SdkError::Transport(_)),
            "{} {}: {err:?}",
            op.krate,
            op.name()
        );
    }
    // Loopback is always allowed.
    let server = ChaosServer::start(vec![Reply::status(204)]).await;
    let client = Client::new(server.url())
        .unwrap()
        .with_bearer_token("tok-Kq9Wv3Lp8Zt5");
    let _ = controlm_session::SessionApi::new(client).do_logout().await;
    assert_eq!(server.requests(), 1);
}

/// A token over 64 KiB (`MAX_TOKEN_BYTES`) given to a client is refused before anything is
/// sent, on every operation: a 1 MB token used to go to the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_over_64_kib_is_never_sent() {
    let huge = "k".repeat(session_sdks_runtime::MAX_TOKEN_BYTES + 1);
    for op in all_operations() {
        let server = ChaosServer::start(vec![(op.success)()]).await;
        let client = Client::builder(server.url())
            .share_pool(&shared_pool())
            .retry(RetryPolicy::disabled())
            .build()
            .unwrap()
            .with_bearer_token(huge.as_str());
        let err = (op.call)(client, "pw".into()).await.unwrap_err();
        assert!(
            matches!(err, SdkError::InvalidRequest(_)) && !err.is_retryable(),
            "{} {}: {err:?}",
            op.krate,
            op.name()
        );
        assert_eq!(server.requests(), 0, "{} {}", op.krate, op.name());
    }
}
