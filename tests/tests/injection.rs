//! Hostile input never changes the request's shape: a path parameter stays
//! one percent-encoded segment, query values cannot add pairs, and a header
//! value with CR, LF or NUL is refused before anything reaches the server.

#![allow(clippy::unwrap_used)]

use session_sdks_runtime::{CallOptions, Client, RetryPolicy, SdkError};
use session_sdks_tests::catalog::runtime::GET_THING;
use session_sdks_tests::catalog::{all_operations, all_path_params};
use session_sdks_tests::chaos::{ChaosServer, Reply, shared_pool};

/// Path parameter values and their one-segment encoding on the wire.
const SEGMENTS: [(&str, &str); 12] = [
    ("a/b", "a%2Fb"),
    ("../admin", "..%2Fadmin"),
    ("...", "..."),
    ("%2e%2e", "%252e%252e"),
    ("a?b=c", "a%3Fb%3Dc"),
    ("a#frag", "a%23frag"),
    ("100%", "100%25"),
    ("a b\tc", "a%20b%09c"),
    ("é/ü", "%C3%A9%2F%C3%BC"),
    ("日本", "%E6%97%A5%E6%9C%AC"),
    ("a;b,c&d=e+f", "a%3Bb%2Cc%26d%3De%2Bf"),
    ("\\..\\x", "%5C..%5Cx"),
];

fn client(base: &str) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
}

#[tokio::test]
async fn path_parameters_stay_one_encoded_segment() {
    let rows = all_path_params();
    assert!(!rows.is_empty());
    for row in rows {
        for (value, encoded) in SEGMENTS {
            let server = ChaosServer::start(vec![Reply::json(200, "{}")]).await;
            let _ = (row.call)(client(&server.url()), value.into()).await;
            let recorded = server.recorded();
            assert_eq!(recorded.len(), 1, "{}: {value:?}", row.name);
            assert_eq!(
                recorded[0].target(),
                (row.target)(encoded),
                "{}: {value:?}",
                row.name
            );
        }
    }
}

#[tokio::test]
async fn empty_and_dot_segments_are_refused_before_sending() {
    for row in all_path_params() {
        for value in ["", ".", ".."] {
            let server = ChaosServer::start(vec![Reply::json(200, "{}")]).await;
            let err = (row.call)(client(&server.url()), value.into())
                .await
                .unwrap_err();
            assert!(
                matches!(err, SdkError::InvalidRequest(_)),
                "{}: {err:?}",
                row.name
            );
            assert_eq!(server.requests(), 0, "{}: {value:?}", row.name);
        }
    }
}

#[tokio::test]
async fn query_values_cannot_add_pairs() {
    let server = ChaosServer::start(vec![Reply::json(200, "{}")]).await;
    client(&server.url())
        .request(&GET_THING, CallOptions::default())
        .path_param("id", "1")
        .query("q", "a&admin=true#x")
        .query("k&v=", "=")
        .query_csv("list", &["a,b".into(), "c d".into()])
        .query_multi("m", &["1&2".into(), "é".into()])
        .send::<()>()
        .await
        .unwrap();
    assert_eq!(
        server.recorded()[0].target(),
        "/things/1?q=a%26admin%3Dtrue%23x&k%26v%3D=%3D&list=a%2Cb%2Cc%20d&m=1%262&m=%C3%A9"
    );
}

/// Values a header can never carry.
/// (The `Zq8Wv` prefix must not show in the error; `tok` would match a header name like
/// `vz-m2m-token`.)
const BAD_HEADER_VALUES: [&str; 4] = [
    "Zq8Wv\r\nX-Admin: 1",
    "Zq8Wv\nX-Admin: 1",
    "Zq8Wv\rx",
    "Zq8Wv\0x",
];

#[tokio::test]
async fn credentials_with_cr_lf_nul_are_refused_before_sending() {
    type Auth = fn(&Client, &str) -> Client;
    // Basic auth is base64: any byte is safe on the wire, only a `:` in the user is refused (below).
    let auths: [(&str, Auth); 3] = [
        ("bearer", |c, v| c.with_bearer_token(v)),
        ("api key", |c, v| c.with_api_key("x-api-key", v)),
        ("token header", |c, v| {
            c.with_token_header("Session-Token", v)
        }),
    ];
    let mut checked = 0;
    for op in all_operations() {
        for (auth, with) in auths {
            for bad in BAD_HEADER_VALUES {
                let server = ChaosServer::start(vec![(op.success)()]).await;
                let client = with(&client(&server.url()), bad);
                let err = (op.call)(client, "pw".into()).await.unwrap_err();
                assert!(
                    matches!(err, SdkError::InvalidRequest(_)),
                    "{} {} {auth} {bad:?}: {err:?}",
                    op.krate,
                    op.name()
                );
                assert_eq!(server.connections(), 0, "{} {} {auth}", op.krate, op.name());
                checked += 1;
            }
        }
        let server = ChaosServer::start(vec![(op.success)()]).await;
        let client = client(&server.url()).with_basic_auth("us:er", "pw");
        assert!(matches!(
            (op.call)(client, "pw".into()).await,
            Err(SdkError::InvalidRequest(_))
        ));
        assert_eq!(server.connections(), 0);
    }
    assert!(checked >= 24);
}

#[tokio::test]
async fn per_call_header_values_with_cr_lf_nul_are_refused_before_sending() {
    let ops: Vec<_> = all_operations()
        .into_iter()
        .filter(|op| op.secret_header)
        .collect();
    assert!(!ops.is_empty());
    for op in ops {
        for bad in BAD_HEADER_VALUES {
            let server = ChaosServer::start(vec![(op.success)()]).await;
            let err = (op.call)(client(&server.url()), bad.into())
                .await
                .unwrap_err();
            assert!(
                matches!(err, SdkError::InvalidRequest(_)),
                "{} {} {bad:?}: {err:?}",
                op.krate,
                op.name()
            );
            assert_eq!(server.connections(), 0, "{} {}", op.krate, op.name());
            assert!(!err.to_string().contains("Zq8Wv"), "{err}");
        }
    }
    let builder = Client::builder("http://127.0.0.1:9").default_header("x-a", "v\r\nX-Admin: 1");
    assert!(matches!(builder.build(), Err(SdkError::InvalidRequest(_))));
}

/// The request line and headers the server reads for a clean call are exactly the row's.
#[tokio::test]
async fn every_operation_sends_its_documented_request_line() {
    for op in all_operations() {
        let server = ChaosServer::start(vec![(op.success)()]).await;
        (op.call)(client(&server.url()), "pw".into()).await.unwrap();
        let recorded = server.recorded();
        assert_eq!(recorded.len(), 1);
        assert_eq!(
            recorded[0].line,
            format!("{} {} HTTP/1.1", op.method(), op.target),
            "{} {}",
            op.krate,
            op.name()
        );
        assert!(recorded[0].header("user-agent").is_some());
    }
}
