//! `Debug` of anything that held a request or a response shows structure,
//! not values: a successful call's `ResponseValue` never prints a credential
//! header (`Set-Cookie: Session-Token=...`, `Authorization`, token headers),
//! the runtime's `Response` never prints its body, and `Debug` of an error
//! says what its `Display` says. Every operation of every crate, every secret.

#![allow(clippy::unwrap_used)]

use session_sdks_runtime::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use session_sdks_runtime::{Client, Method, Operation, Repeat, Response, RetryPolicy, StatusCode};
use session_sdks_tests::catalog::{all_operations, render_error};
use session_sdks_tests::chaos::{ChaosServer, Reply, shared_pool};
use session_sdks_tests::leak::{SECRETS, assert_hidden, error_of};

/// Response headers a server may put a credential in.
const CREDENTIAL_HEADERS: [&str; 11] = [
    "Set-Cookie",
    "Authorization",
    "Proxy-Authorization",
    "Cookie",
    "Session-Token",
    "Access-Client-Token",
    "VZ-M2M-Token",
    "x-api-key",
    "WWW-Authenticate",
    "Location",
    "X-Unknown-Echo",
];

fn client(base: &str) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
        .with_bearer_token("bearer-of-the-suite")
}

/// `reply` with every credential header carrying `secret`.
fn with_credential_headers(reply: Reply, secret: &str) -> Reply {
    // Header values must be ASCII without control characters.
    let value: String = secret
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                'x'
            }
        })
        .collect();
    CREDENTIAL_HEADERS
        .iter()
        .fold(reply, |reply, name| match *name {
            "Set-Cookie" => reply
                .header(name, &format!("Session-Token={value}; Path=/; HttpOnly"))
                .header(name, &format!("JSESSIONID={value}")),
            "Authorization" => reply.header(name, &format!("Bearer {value}")),
            _ => reply.header(name, &value),
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn debug_of_a_successful_result_shows_no_credential_header() {
    let mut checked = 0;
    for secret in SECRETS {
        for op in all_operations() {
            let server =
                ChaosServer::start(vec![with_credential_headers((op.success)(), secret)]).await;
            let outcome = (op.call)(client(&server.url()), "pw".into()).await;
            let debug = match &outcome {
                Ok(debug) => debug.clone(),
                Err(err) => panic!("{} {}: {err}", op.krate, op.name()),
            };
            // The header names stay visible; their values do not.
            assert!(debug.contains("set-cookie"), "{debug}");
            let masked: String = secret
                .chars()
                .map(|c| {
                    if c.is_ascii_graphic() || c == ' ' {
                        c
                    } else {
                        'x'
                    }
                })
                .collect();
            assert_hidden(
                &masked,
                &format!("{} {} Debug", op.krate, op.name()),
                &[debug],
            );
            checked += 1;
        }
    }
    assert_eq!(checked, SECRETS.len() * all_operations().len());
}

const OP: Operation = Operation {
    name: "login",
    method: Method::POST,
    path: "/login",
    repeat: Repeat::Once,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

#[test]
fn debug_of_a_response_never_shows_its_body_or_credential_headers() {
    for secret in SECRETS {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        for name in CREDENTIAL_HEADERS {
            headers.append(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(&format!("t-{}", secret.len())).unwrap(),
            );
        }
        let body = format!(r#"{{"token":{}}}"#, serde_json::to_string(secret).unwrap());
        let response = Response::from_parts(&OP, StatusCode::OK, headers, body.into());
        let debug = format!("{response:?} {response:#?}");
        assert_hidden(secret, "Response", std::slice::from_ref(&debug));
        assert!(!debug.contains(&format!("t-{}", secret.len())), "{debug}");
        assert!(
            debug.contains("application/json"),
            "harmless values stay: {debug}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn debug_of_an_error_says_what_display_says() {
    for op in all_operations() {
        for reply in [
            Reply::json(401, r#"{"code":"loggedOut"}"#),
            Reply::with_type(500, "text/plain", b"down"),
            Reply::json(200, "[[["),
        ] {
            let server = ChaosServer::start(vec![reply]).await;
            let outcome = (op.call)(client(&server.url()), "pw".into()).await;
            if op.empty && outcome.is_ok() {
                continue;
            }
            let err = error_of(&outcome);
            let display = err.to_string();
            let renders = render_error(err);
            for debug in &renders[1..3] {
                assert!(
                    debug.contains(&format!("{display:?}")),
                    "{} {}: Debug does not say what Display says:\n{display}\n{debug}",
                    op.krate,
                    op.name()
                );
                assert!(!debug.contains("bearer-of-the-suite"), "{debug}");
            }
        }
    }
}
