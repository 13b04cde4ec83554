//! Log in, read the current user, handle a typed error, close the session.
//!
//! Runs against the crate's mock by default (`cargo run -p cyclos-auth --example cyclos`); set
//! `CYCLOS_URL` (e.g. `https://cyclos.example.com/network/api`), `CYCLOS_USERNAME` and
//! `CYCLOS_PASSWORD` to run it against a real Cyclos.

#![allow(clippy::print_stdout)]

use cyclos_auth::apis::auth_api::LoginError;
use cyclos_auth::{Client, Session, SessionCredentials, mock};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let env = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
    let (_mock, url, username, password) = match std::env::var("CYCLOS_URL") {
        Ok(url) => (None, url, env("CYCLOS_USERNAME")?, env("CYCLOS_PASSWORD")?),
        Err(_) => {
            let mock = mock::MockServer::start().await;
            let url = mock.url();
            (
                Some(mock),
                url,
                mock::USERNAME.to_owned(),
                mock::PASSWORD.to_owned(),
            )
        }
    };
    let client = Client::new(url)?;

    // A wrong password: the documented 401 `UnauthorizedError`, with its code.
    let wrong = Session::new(&client, SessionCredentials::new(username.clone(), "not-it"));
    match wrong.start().await {
        Err(err) => match err.entity() {
            Some(LoginError::Status401(refusal)) => println!("refused: {:?}", refusal.code),
            _ => println!("refused: {err}"),
        },
        Ok(()) => println!("logged in with a wrong password?!"),
    }

    let session = Session::new(&client, SessionCredentials::new(username, password));
    let auth = session
        .api()
        .get_current_auth()
        .params(|p| p.fields(["user", "role"]))
        .await?;
    println!(
        "logged in as {:?}, role {:?}",
        auth.user.and_then(|u| u.display),
        auth.role
    );
    session.close().await?;
    println!("logged out");
    Ok(())
}
