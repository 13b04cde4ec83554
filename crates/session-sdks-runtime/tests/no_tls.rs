//! A build without a TLS backend refuses an `https` base URL when the client
//! is built, naming the features to enable, instead of failing each call as a
//! retryable "could not connect". Run with `cargo test -p session-sdks-runtime
//! --no-default-features --test no_tls`; with a TLS feature on, it checks that
//! `https` builds.

#![allow(clippy::unwrap_used)]

use session_sdks_runtime::{Client, SdkError};

const TLS: bool = cfg!(any(
    feature = "rustls",
    feature = "rustls-ring",
    feature = "native-tls"
));

#[test]
fn https_without_a_tls_backend_fails_at_build_naming_the_features() {
    let built = Client::new("https://h.example/api");
    if TLS {
        assert!(built.is_ok(), "{:?}", built.err());
        return;
    }
    let err = built.err().unwrap();
    assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
    assert!(!err.is_retryable(), "{err:?}");
    let text = err.to_string();
    for feature in ["`rustls`", "`rustls-ring`", "`native-tls`"] {
        assert!(text.contains(feature), "{feature} not named in: {text}");
    }
    // The builder path and a caller's own reqwest builder are refused the same way.
    let theirs = Client::builder("https://h.example/api")
        .http_client(session_sdks_runtime::reqwest::Client::builder())
        .build();
    assert!(matches!(theirs, Err(SdkError::InvalidRequest(_))));
}

#[test]
fn plain_http_builds_without_a_tls_backend() {
    // Loopback and sidecars need no TLS: nothing changes for them.
    Client::new("http://127.0.0.1:8080/api").unwrap();
}
