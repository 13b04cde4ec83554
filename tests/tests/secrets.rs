//! No `Debug`, `Display` or `Error::source` chain of anything that holds a
//! secret shows it: configs, clients, models, request builders, transport
//! errors of calls with a password in the query, API errors whose body echoes
//! the password, and decode errors of bodies holding it.

#![allow(clippy::unwrap_used)]

use session_sdks_runtime::{Client, ClientBuilder, Error, RetryPolicy, base64};
use session_sdks_tests::catalog::{
    OpRow, Outcome, all_operations, all_secret_holders, render_error,
};
use session_sdks_tests::chaos::{ChaosServer, Reply, refused_address, shared_pool};

/// Secrets with the characters that defeat naive masking: quotes and
/// backslashes (escaped in JSON and in `Debug`), runs of whitespace (collapsed
/// in previews), non-ASCII (escaped as `\u00e4`), `&`/`=`/`%` (percent-encoded).
const SECRETS: [&str; 5] = [
    "Kq9Wv3Lp8Zt5",
    "Xy7\"Kq9Wv3Lp\\Zt5Mn2",
    "Kq9Wv3 Lp8Zt5  Mn2Rx4\tQw7",
    "P\u{e4}ssw\u{f6}rd9Zq8",
    "Kq9Wv3&Lp8Zt5=Mn2%Rx4/Qw7",
];

/// The pieces of `secret` that must never show: every run of five or more
/// ASCII letters and digits (so a partly masked value is caught too), and the
/// basic-auth encodings that carry it.
fn needles(secret: &str) -> Vec<String> {
    let mut out: Vec<String> = secret
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|run| run.len() >= 5)
        .map(str::to_owned)
        .collect();
    out.push(secret.to_owned());
    out.push(base64(format!("user:{secret}").as_bytes()));
    out
}

fn assert_hidden(secret: &str, what: &str, renders: &[String]) {
    for render in renders {
        for needle in needles(secret) {
            assert!(
                !render.contains(&needle),
                "{what} shows `{needle}` of secret {secret:?}:\n{render}"
            );
        }
    }
}

fn outcome_renders(outcome: &Outcome) -> Vec<String> {
    match outcome {
        Ok(_) => Vec::new(),
        Err(err) => render_error(err),
    }
}

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
            assert!(matches!(err, Error::Transport(_)), "{err:?}");
            assert_hidden(
                secret,
                &format!("{} {} transport error", op.krate, op.name),
                &outcome_renders(&outcome),
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

/// Plays `replies` in order to one call each, on one server and one client.
async fn play_all(replies: &[Reply], op: &OpRow, secret: &str) -> Vec<Outcome> {
    let server = ChaosServer::start(replies.to_vec()).await;
    let client = client(&server.url(), secret);
    let mut out = Vec::with_capacity(replies.len());
    for _ in replies {
        out.push((op.call)(client.clone(), secret.into()).await);
    }
    assert_eq!(server.requests(), replies.len(), "{} {}", op.krate, op.name);
    out
}

/// Plays `replies(secret)` to every operation with every secret, each pair
/// on its own server, all pairs concurrently.
async fn play_everywhere(
    replies: fn(&str) -> Vec<Reply>,
) -> Vec<(&'static str, OpRow, Reply, Outcome)> {
    let mut tasks = Vec::new();
    for secret in SECRETS {
        for op in all_operations() {
            tasks.push(tokio::spawn(async move {
                let replies = replies(secret);
                let outcomes = play_all(&replies, &op, secret).await;
                replies
                    .into_iter()
                    .zip(outcomes)
                    .map(|(reply, outcome)| (secret, op, reply, outcome))
                    .collect::<Vec<_>>()
            }));
        }
    }
    let mut out = Vec::new();
    for task in tasks {
        out.extend(task.await.unwrap());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_errors_echoing_the_secret_mask_it() {
    let mut checked = 0;
    for (secret, op, reply, outcome) in play_everywhere(echoes).await {
        let err = outcome.as_ref().unwrap_err();
        assert!(matches!(err, Error::Api(_)), "{err:?}");
        assert_hidden(
            secret,
            &format!("{} {} API error for {reply:?}", op.krate, op.name),
            &outcome_renders(&outcome),
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
    for (secret, op, reply, outcome) in play_everywhere(undecodable).await {
        assert_hidden(
            secret,
            &format!("{} {} decode error for {reply:?}", op.krate, op.name),
            &outcome_renders(&outcome),
        );
        checked += 1;
    }
    assert!(checked >= 100, "{checked}");
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
                    op.name
                );
            }
            assert_hidden(
                secret,
                &format!("{} {} {status}", op.krate, op.name),
                &outcome_renders(&outcome),
            );
            servers.push((origin, elsewhere));
        }
    }
}
