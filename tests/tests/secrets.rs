//! No `Debug`, `Display` or `SdkError::source` chain of anything that holds a
//! secret shows it: configs, clients, models, request builders, transport
//! errors of calls with a password in the query, API errors whose body echoes
//! the password, and decode errors of bodies holding it.

#![allow(clippy::unwrap_used)]

use session_sdks_runtime::{Client, ClientBuilder, RetryPolicy, SdkError};
use session_sdks_tests::catalog::{all_operations, all_secret_holders};
use session_sdks_tests::chaos::{ChaosServer, Reply, refused_address, shared_pool};
use session_sdks_tests::leak::{SECRETS, assert_hidden, error_renders, play_everywhere};

#[test]
fn configs_clients_models_and_builders_never_print_a_secret() {
    let mut checked = 0;
    for secret in SECRETS {
        for (what, renders) in all_secret_holders(secret) {
            assert_hidden(secret, &what, &renders);
            checked += renders.len();
        }
    }
    assert!(checked > 50, "{checked}");
}

/// A client holding `secret` in every credential slot the operation may use,
/// on the shared connection pool (which follows no redirect).
fn client(base: &str, secret: &str) -> Client {
    with_credentials(Client::builder(base).share_pool(&shared_pool()), secret)
}

/// The same on the pool of `pool`, an SDK client with the SDK's own redirect policy.
fn sdk_client(base: &str, secret: &str, pool: &Client) -> Client {
    with_credentials(Client::builder(base).share_pool(pool), secret)
}

fn with_credentials(builder: ClientBuilder, secret: &str) -> Client {
    builder
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
        .with_bearer_token(secret)
        .with_api_key("x-api-key", secret)
}

#[tokio::test]
async fn transport_errors_of_a_refused_connection_carry_no_secret() {
    let (_reserved, addr) = refused_address();
    for secret in SECRETS {
        for op in all_operations() {
            let outcome = (op.call)(client(&format!("http://{addr}"), secret), secret.into()).await;
            let err = outcome.as_ref().unwrap_err();
            assert!(matches!(err, SdkError::Transport(_)), "{err:?}");
            assert_hidden(
                secret,
                &format!("{} {} transport error", op.krate, op.name()),
                &error_renders(&outcome),
            );
        }
    }
}

/// The ways a server echoes a password in an error body.
fn echoes(secret: &str) -> Vec<Reply> {
    let json = serde_json::to_string(secret).unwrap();
    let mut percent = String::new();
    let mut plus = String::new();
    for b in secret.bytes() {
        if b.is_ascii_alphanumeric() {
            percent.push(b as char);
            plus.push(b as char);
        } else if b == b' ' {
            percent.push_str("%20");
            plus.push('+');
        } else {
            percent.push_str(&format!("%{b:02X}"));
            plus.push_str(&format!("%{b:02X}"));
        }
    }
    let mut out = Vec::new();
    for status in [400, 401, 404, 500, 418] {
        out.push(Reply::with_type(
            status,
            "text/plain",
            format!("bad password {secret} for user").as_bytes(),
        ));
        out.push(Reply::json(
            status,
            &format!(
                r#"{{"errors":[{{"message":"bad password {}"}}]}}"#,
                &json[1..json.len() - 1]
            ),
        ));
        out.push(Reply::json(
            status,
            &format!(r#"{{"Message":"refused","password":{json}}}"#),
        ));
        out.push(Reply::with_type(
            status,
            "text/html",
            format!("<a href=\"/login?user=u&password={percent}\">retry</a> form: password={plus}")
                .as_bytes(),
        ));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_errors_echoing_the_secret_mask_it() {
    let mut checked = 0;
    for (secret, op, reply, outcome) in play_everywhere(echoes, client).await {
        let err = outcome.as_ref().unwrap_err();
        assert!(matches!(err, SdkError::Api(_)), "{err:?}");
        assert_hidden(
            secret,
            &format!("{} {} API error for {reply:?}", op.krate, op.name()),
            &error_renders(&outcome),
        );
        checked += 1;
    }
    assert!(checked >= 100, "{checked}");
}

/// 2xx bodies that hold the secret but do not match the documented type.
fn undecodable(secret: &str) -> Vec<Reply> {
    let json = serde_json::to_string(secret).unwrap();
    vec![
        Reply::json(200, &json),
        Reply::json(200, &format!("[{json}]")),
        Reply::json(
            200,
            &format!(r#"{{"username":[{json}],"token":{json},"message":7}}"#),
        ),
        Reply::json(
            200,
            &format!(r#"{{"token":{{"value":{json}}},"message":{{"a":{json}}}}}"#),
        ),
        Reply::json(200, &format!("{json} trailing")),
        Reply::json(200, &format!("{{{json}: }}")),
        Reply::with_type(
            200,
            "application/json",
            format!("{{\"token\":\"{secret}").as_bytes(),
        ),
        Reply::with_type(
            200,
            "application/xml",
            format!("<string>{secret}</str>").as_bytes(),
        ),
        Reply::with_type(
            200,
            "application/xml",
            format!("<string>{secret}<b/></string>").as_bytes(),
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decode_errors_never_quote_the_body() {
    let mut checked = 0;
    let mut decoded = 0;
    for (secret, op, reply, outcome) in play_everywhere(undecodable, client).await {
        assert_hidden(
            secret,
            &format!("{} {} decode error for {reply:?}", op.krate, op.name()),
            &error_renders(&outcome),
        );
        // Only a decode error is a check of what a decode error quotes; an
        // operation whose result is text, nothing or any JSON decodes the body.
        match &outcome {
            Err(SdkError::Decode(_)) => checked += 1,
            Ok(_) => decoded += 1,
            Err(other) => panic!("{} {}: {reply:?} gave {other:?}", op.krate, op.name()),
        }
    }
    // 930 decode errors and 1,068 bodies some type accepts when written.
    assert!(
        checked >= 900 && decoded > 0,
        "{checked} checked, {decoded} decoded"
    );
}

/// A redirect to another origin must not carry the credentials or a login
/// body there: `x-api-key`, token headers and passwords are not headers
/// reqwest knows to strip.
#[tokio::test]
async fn redirects_to_another_origin_carry_no_secret() {
    let secret = SECRETS[0];
    // One SDK-built HTTP client (building one loads the TLS roots); every server
    // stays up to the end, so no port, and no pooled connection, is reused.
    let http = Client::new("http://127.0.0.1:9").unwrap();
    let mut servers = Vec::new();
    for op in all_operations() {
        for status in [301, 302, 303, 307, 308] {
            let elsewhere = ChaosServer::start(vec![(op.success)()]).await;
            let origin = ChaosServer::start(vec![
                Reply::status(status).header("Location", &format!("{}/stolen", elsewhere.url())),
            ])
            .await;
            let client =
                sdk_client(&origin.url(), secret, &http).with_token_header("Session-Token", secret);
            let outcome = (op.call)(client, secret.into()).await;
            // Not followed at all: the 3xx is the caller's answer, and the
            // other origin never hears of the call.
            assert_eq!(
                elsewhere.requests(),
                0,
                "{} {} {status}: the redirect to another origin was followed",
                op.krate,
                op.name()
            );
            let err = outcome.as_ref().unwrap_err();
            assert_eq!(
                err.status().map(|s| s.as_u16()),
                Some(status),
                "{} {} {status}: {err:?}",
                op.krate,
                op.name()
            );
            for request in elsewhere.recorded() {
                let raw = format!(
                    "{}\n{}\n{}",
                    request.line,
                    request.headers.join("\n"),
                    String::from_utf8_lossy(&request.body)
                );
                assert!(
                    !raw.contains(secret),
                    "{} {} {status}: the redirect target received the secret:\n{raw}",
                    op.krate,
                    op.name()
                );
            }
            assert_hidden(
                secret,
                &format!("{} {} {status}", op.krate, op.name()),
                &error_renders(&outcome),
            );
            servers.push((origin, elsewhere));
        }
    }
}
