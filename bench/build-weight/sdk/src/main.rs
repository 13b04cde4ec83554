//! Logs in to Cyclos once through the SDK and prints the session's principal.

use cyclos_auth::{AuthApi, Client};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "https://cyclos.example.com/api".into());
    let client = Client::new(base)?.with_basic_auth("alice", "alice-password");
    let auth = AuthApi::new(client).login().timeout_in_seconds(600).await?;
    println!("{:?}", auth.user.and_then(|user| user.display));
    Ok(())
}
