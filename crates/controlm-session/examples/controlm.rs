//! Log in, change the password, handle a typed error, close the session.
//!
//! Runs against the crate's mock by default (`cargo run -p controlm-session --example
//! controlm`); set `CONTROLM_URL` (e.g. `https://ctm.example.com:8443/automation-api`),
//! `CONTROLM_USERNAME` and `CONTROLM_PASSWORD` to run it against a real Control-M.

#![allow(clippy::print_stdout)]

use controlm_session::apis::session_api::UpdateMyPasswordError;
use controlm_session::models::{LoginCredentials, PasswordsObject};
use controlm_session::{Client, Session, mock};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let env = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
    let (_mock, url, username, password) = match std::env::var("CONTROLM_URL") {
        Ok(url) => (
            None,
            url,
            env("CONTROLM_USERNAME")?,
            env("CONTROLM_PASSWORD")?,
        ),
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
    let session = Session::new(&client, LoginCredentials::new(username, password.clone()));
    session.start().await?;
    println!("logged in");

    // The wrong current password: a documented 400 with an `ErrorList`, nothing changed.
    let wrong = PasswordsObject::new("not-the-password", password);
    match session.api().update_my_password(wrong).await {
        Err(err) => match err.entity() {
            Some(UpdateMyPasswordError::Status400(list)) => {
                let messages = list
                    .errors
                    .iter()
                    .flatten()
                    .filter_map(|e| e.message.as_deref());
                println!("refused: {}", messages.collect::<Vec<_>>().join("; "));
            }
            _ => println!("refused: {err}"),
        },
        Ok(done) => println!("changed?! {:?}", done.message),
    }

    session.close().await?;
    println!("logged out");
    Ok(())
}
