//! `rustls-ring` without `rustls`: reqwest's rustls has no crypto provider of
//! its own (it would panic building a client), so the runtime installs ring.
//! Run with `cargo test -p session-sdks-runtime --no-default-features
//! --features rustls-ring --test tls_ring`; with `rustls` on too it is empty.
#![cfg(all(feature = "rustls-ring", not(feature = "rustls")))]

use rustls::crypto::{CryptoProvider, ring};
use session_sdks_runtime::{Client, reqwest};

fn is_ring(provider: &CryptoProvider) -> bool {
    // The key provider names the backend (`Ring`, `AwsLcRs`).
    format!("{:?}", provider.key_provider) == format!("{:?}", ring::default_provider().key_provider)
}

#[test]
fn clients_build_over_ring_and_ring_is_the_provider() {
    // Both paths to a connection pool: the SDK's own, and the caller's builder.
    let own = Client::new("https://h.example/api");
    assert!(own.is_ok(), "{:?}", own.err());
    let theirs = Client::builder("https://h.example/api")
        .http_client(reqwest::Client::builder())
        .build();
    assert!(theirs.is_ok(), "{:?}", theirs.err());
    let installed = CryptoProvider::get_default();
    assert!(
        installed.is_some_and(|p| is_ring(p)),
        "ring is the process default"
    );
    // The check above can tell ring from aws-lc-rs only if their names differ.
    assert_ne!(
        format!("{:?}", ring::default_provider().key_provider),
        "AwsLcRs"
    );
}
