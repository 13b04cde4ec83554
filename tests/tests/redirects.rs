//! Redirects never carry a credential anywhere, whoever built the connection
//! pool: a hop within the origin sends no `Referer` (a LetMC URL holds the
//! password), and a redirect to another origin is not followed, neither by the
//! SDK's own pool nor by one built from the caller's `reqwest::ClientBuilder`.
//! Every operation of every crate, every redirect status.

#![allow(clippy::unwrap_used)]

use session_sdks_runtime::{Client, ClientBuilder, RetryPolicy, reqwest};
use session_sdks_tests::catalog::all_operations;
use session_sdks_tests::chaos::{ChaosServer, Recorded, Reply};
use session_sdks_tests::leak::{assert_hidden, error_renders};
use vzm2m_session::{Environment, VzM2mClient};

const SECRET: &str = "Kq9Wv3Lp8Zt5";
const STATUSES: [u16; 5] = [301, 302, 303, 307, 308];

fn with_credentials(builder: ClientBuilder) -> Client {
    builder
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
        .with_bearer_token(SECRET)
        .with_api_key("x-api-key", SECRET)
        .with_token_header("Session-Token", SECRET)
}

fn raw(request: &Recorded) -> String {
    format!(
        "{}\n{}\n{}",
        request.line,
        request.headers.join("\n"),
        String::from_utf8_lossy(&request.body)
    )
}

/// The ways a caller brings a pool: the SDK's own, a plain caller builder,
/// and a caller builder that asks to follow everything and send `Referer`.
type Pool = fn(&str) -> ClientBuilder;

fn pools() -> Vec<(&'static str, Pool)> {
    vec![
        ("the SDK's own pool", |base| Client::builder(base)),
        ("a caller's reqwest::ClientBuilder", |base| {
            Client::builder(base).http_client(reqwest::Client::builder())
        }),
        (
            "a caller's builder that follows every redirect with Referer",
            |base| {
                Client::builder(base).http_client(
                    reqwest::Client::builder()
                        .redirect(reqwest::redirect::Policy::limited(10))
                        .referer(true),
                )
            },
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_elsewhere_is_not_followed_whoever_built_the_pool() {
    let mut servers = Vec::new();
    for (pool, builder) in pools() {
        for op in all_operations() {
            for status in STATUSES {
                let elsewhere = ChaosServer::start(vec![(op.success)()]).await;
                let origin = ChaosServer::start(vec![
                    Reply::status(status)
                        .header("Location", &format!("{}/stolen", elsewhere.url())),
                ])
                .await;
                let client = with_credentials(builder(&origin.url()));
                let outcome = (op.call)(client, SECRET.into()).await;
                assert_eq!(
                    elsewhere.requests(),
                    0,
                    "{} {} {status} with {pool}: followed to another origin:\n{}",
                    op.krate,
                    op.name(),
                    elsewhere
                        .recorded()
                        .iter()
                        .map(raw)
                        .collect::<Vec<_>>()
                        .join("\n\n")
                );
                assert_hidden(
                    SECRET,
                    &format!("{} {} {status} with {pool}", op.krate, op.name()),
                    &error_renders(&outcome),
                );
                servers.push((origin, elsewhere));
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hop_within_the_origin_sends_no_referer() {
    for (pool, builder) in pools() {
        for op in all_operations() {
            for status in STATUSES {
                let origin = ChaosServer::start(vec![
                    Reply::status(status).header("Location", "/moved"),
                    (op.success)(),
                ])
                .await;
                let client = with_credentials(builder(&origin.url()));
                let _ = (op.call)(client, SECRET.into()).await;
                let recorded = origin.recorded();
                assert_eq!(
                    recorded.len(),
                    2,
                    "{} {} {status}: the hop was followed",
                    op.krate,
                    op.name()
                );
                for request in &recorded {
                    assert_eq!(
                        request.header("referer"),
                        None,
                        "{} {} {status} with {pool}: sent a Referer:\n{}",
                        op.krate,
                        op.name(),
                        raw(request)
                    );
                }
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vzm2m_with_a_callers_builder_keeps_tokens_at_home() {
    for op in session_sdks_tests::catalog::vzm2m::operations() {
        for status in STATUSES {
            let elsewhere = ChaosServer::start(vec![(op.success)()]).await;
            let api = ChaosServer::start(vec![
                Reply::status(status).header("Location", &format!("{}/stolen", elsewhere.url())),
            ])
            .await;
            let oauth = ChaosServer::start(vec![Reply::json(
                200,
                &format!(r#"{{"access_token":"{SECRET}","expires_in":3600}}"#),
            )])
            .await;
            let client = VzM2mClient::builder(Environment::Staging)
                .base_url(api.url())
                .oauth_base_url(oauth.url())
                .client_credentials("app-id", "app-secret")
                .http_client(
                    reqwest::Client::builder().redirect(reqwest::redirect::Policy::limited(10)),
                )
                .retry(RetryPolicy::disabled())
                .build()
                .unwrap();
            let _ = (op.call)(client.client().clone(), SECRET.into()).await;
            assert_eq!(elsewhere.requests(), 0, "{} {status}", op.name());
        }
    }
}
