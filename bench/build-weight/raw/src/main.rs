//! Logs in to Cyclos once with reqwest + serde_json and prints the session's principal.

use serde::Deserialize;

#[derive(Deserialize)]
struct User {
    display: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Auth {
    user: Option<User>,
    #[allow(dead_code)]
    session_token: Option<String>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "https://cyclos.example.com/api".into());
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder().build()?;
    let response = client
        .post(format!("{base}/auth/session?timeoutInSeconds=600"))
        .basic_auth("alice", Some("alice-password"))
        .header("Accept", "application/json")
        .send()
        .await?
        .error_for_status()?;
    let auth: Auth = serde_json::from_slice(&response.bytes().await?)?;
    println!("{:?}", auth.user.and_then(|user| user.display));
    Ok(())
}
