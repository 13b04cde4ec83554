//! Log in with the OAuth token fetched by the SDK, handle a typed error, close the session.
//!
//! Runs against the crate's mock by default (`cargo run -p vzm2m-session --example vzm2m`);
//! set `VZM2M_URL` and `VZM2M_OAUTH_URL` (e.g. `https://thingspace.verizon.com/api/m2m/v1` and
//! `https://thingspace.verizon.com/api/ts/v1`), `VZM2M_CLIENT_ID`, `VZM2M_CLIENT_SECRET`,
//! `VZM2M_USERNAME` and `VZM2M_PASSWORD` to run it against ThingSpace.

#![allow(clippy::print_stdout)]

use vzm2m_session::apis::session_controller::LoginUsingPostError;
use vzm2m_session::models::LogInRequest;
use vzm2m_session::{Environment, Session, VzM2mClient, mock};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let env = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
    let mut server = None;
    let (url, oauth_url, id, secret, username, password) = match std::env::var("VZM2M_URL") {
        Ok(url) => (
            url,
            env("VZM2M_OAUTH_URL")?,
            env("VZM2M_CLIENT_ID")?,
            env("VZM2M_CLIENT_SECRET")?,
            env("VZM2M_USERNAME")?,
            env("VZM2M_PASSWORD")?,
        ),
        Err(_) => {
            let mock = server.insert(mock::MockServer::start().await);
            (
                mock.url(),
                mock.oauth_url(),
                mock::CLIENT_ID.to_owned(),
                mock::CLIENT_SECRET.to_owned(),
                mock::USERNAME.to_owned(),
                mock::PASSWORD.to_owned(),
            )
        }
    };
    let client = VzM2mClient::builder(Environment::Production)
        .base_url(url)
        .oauth_base_url(oauth_url)
        .client_credentials(id, secret)
        .build()?;

    // A wrong password: a documented 400 with Verizon's error code; never retried
    // (five failed logins lock the account).
    let wrong = Session::new(&client, LogInRequest::new(username.clone(), "not-it"));
    match wrong.start().await {
        Err(err) => match err.entity() {
            Some(LoginUsingPostError::Status400(refusal)) => {
                println!("refused: {:?}", refusal.error_code);
            }
            _ => println!("refused: {err}"),
        },
        Ok(()) => println!("logged in with a wrong password?!"),
    }

    let session = Session::new(&client, LogInRequest::new(username, password));
    session.start().await?;
    println!("logged in: VZ-M2M-Token and the OAuth token go with every call of session.session()");
    session.close().await?;
    println!("logged out");
    Ok(())
}
