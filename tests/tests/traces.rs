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
            text.contains(&format!("sdk.operation={}", op.name())),
            "{}",
            op.name()
        );
    }
    assert!(
        text.contains("sdk.attempts=")
            && text.contains("http.response.status_code=")
            && text.contains("retrying")
    );
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

/// What an `EnvFilter`ed subscriber was given: one line per span, record and
/// event, `span <target> <name> <fields>`.
#[derive(Clone, Default)]
struct Lines(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl Lines {
    fn all(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }

    fn push(&self, kind: &str, meta: &tracing::Metadata<'_>, fields: String) {
        let line = format!("{kind} {} {}{fields}", meta.target(), meta.name());
        self.0.lock().unwrap().push(line);
    }
}

struct Fields(String);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.push_str(&format!(" {}={value}", field.name()));
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Lines {
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        _: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut fields = Fields(String::new());
        attrs.record(&mut fields);
        self.push("span", attrs.metadata(), fields.0);
    }

    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        let mut fields = Fields(String::new());
        event.record(&mut fields);
        self.push("event", event.metadata(), fields.0);
    }
}

/// Drives everything of `krate` that traces: each of its operations once (a
/// retry first), and, where it has a session, a login, a renewal ahead of a
/// short lifetime, and the logout at close. Returns what a subscriber with
/// `EnvFilter::new(filter)` saw.
async fn traced(krate: &str, filter: &str) -> Vec<String> {
    use tracing_subscriber::layer::SubscriberExt as _;

    let lines = Lines::default();
    let subscriber = tracing_subscriber::registry()
        .with(tracing_subscriber::EnvFilter::new(filter))
        .with(lines.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    for op in all_operations().into_iter().filter(|op| op.krate == krate) {
        // A 429 is sent again by every rule but a credential operation's.
        let server = ChaosServer::start(vec![
            Reply::status(429).header("Retry-After", "0"),
            (op.success)(),
        ])
        .await;
        let _ = (op.call)(client(&server.url(), "s3cr3t"), "s3cr3t".into()).await;
    }
    for row in rows().into_iter().filter(|row| row.krate == krate) {
        let fixture = (row.start)(session_sdks_tests::sessions::short_lived()).await;
        fixture.session.call().await.unwrap();
        // Past the renewal point (600 ms lifetime, renewed 300 ms ahead).
        tokio::time::sleep(Duration::from_millis(350)).await;
        fixture.session.call().await.unwrap();
        for _ in 0..200 {
            if fixture.mock.requests(row.login) >= 2 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        fixture.session.close().await.unwrap();
    }
    lines.all()
}

/// The crates with their `tracing` target (`CARGO_CRATE_NAME`).
const CRATES: [(&str, &str); 5] = [
    ("controlm-session", "controlm_session"),
    ("letmc-session", "letmc_session"),
    ("vzm2m-session", "vzm2m_session"),
    ("equisoft-account", "equisoft_account"),
    ("cyclos-auth", "cyclos_auth"),
];

#[tokio::test]
async fn an_env_filter_of_a_crates_name_sees_its_calls_and_session_spans() {
    for (krate, target) in CRATES {
        let lines = traced(krate, &format!("{target}=trace")).await;
        let text = lines.join("\n");
        let has = |prefix: &str, needle: &str| {
            lines
                .iter()
                .any(|line| line.starts_with(prefix) && line.contains(needle))
        };
        // A span per call, named after its operation, with OpenTelemetry's fields.
        for op in all_operations().into_iter().filter(|op| op.krate == krate) {
            assert!(
                has(&format!("span {target} {} ", op.name()), "url.path=/"),
                "{krate}: no span of {} in:\n{text}",
                op.name()
            );
        }
        for field in [
            "sdk.operation=",
            "http.request.method=",
            "url.path=",
            "server.address=127.0.0.1",
            "server.port=",
        ] {
            assert!(text.contains(field), "{krate}: no {field} in:\n{text}");
        }
        assert!(
            has(&format!("event {target} retrying"), "sdk.retry.reason="),
            "{krate}: no retry event in:\n{text}"
        );
        for row in rows().into_iter().filter(|row| row.krate == krate) {
            for (what, op) in [
                ("session login", row.login),
                ("session renewal", row.login),
                ("session logout", row.logout),
            ] {
                assert!(
                    has(
                        &format!("span {target} {what} "),
                        &format!(" sdk.operation={op} ")
                    ),
                    "{krate}: no `{what}` span naming {op} in:\n{text}"
                );
            }
            // The logout names the logout operation, never the login.
            assert!(
                !has(
                    &format!("span {target} session logout "),
                    &format!(" sdk.operation={} ", row.login)
                ),
                "{krate}: a logout span names the login in:\n{text}"
            );
        }
        if krate == "vzm2m-session" {
            assert!(
                has(
                    &format!("span {target} oauth token fetch "),
                    "sdk.operation="
                ),
                "no token fetch span in:\n{text}"
            );
        }
        // Only this crate's target passes the filter.
        for line in &lines {
            assert!(line.split(' ').nth(1) == Some(target), "{krate}: {line}");
        }
    }
}

#[tokio::test]
async fn an_env_filter_of_another_crates_name_sees_none_of_them() {
    for (i, (krate, _)) in CRATES.iter().enumerate() {
        let other = CRATES[(i + 1) % CRATES.len()].1;
        let lines = traced(krate, &format!("{other}=trace")).await;
        assert!(lines.is_empty(), "{krate} under {other}=trace: {lines:#?}");
    }
}
