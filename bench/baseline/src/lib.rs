//! A bare crate using the dependencies of an API crate, so that its clean
//! release build time is the floor an API crate's build is compared with.

use serde::{Deserialize, Serialize};

/// A login body, serialized by hand-written reqwest code.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Login {
    /// User name.
    #[serde(rename = "username", skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Token.
    #[serde(rename = "token", skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

/// Posts `body` as JSON to `url` and decodes the answer.
pub async fn login(http: &reqwest::Client, url: url::Url, body: &Login) -> Option<Login> {
    let bytes = serde_json::to_vec(body).ok()?;
    let response = http
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(bytes::Bytes::from(bytes))
        .timeout(std::time::Duration::from_secs(30))
        .send()
        .await
        .ok()?;
    let body = response.bytes().await.ok()?;
    serde_json::from_slice(&body).ok()
}

/// Percent-encodes one path segment.
pub fn segment(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// Sleeps, so tokio's timer is compiled in as the runtime's is.
pub async fn pause(ms: u64) {
    tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
}
