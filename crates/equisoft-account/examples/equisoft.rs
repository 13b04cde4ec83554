//! Create a user session, store and read an SSO token, handle a typed error, delete it.
//! Equisoft's API has no login: its sessions are records addressed by uuid.
//!
//! Runs against the crate's mock by default (`cargo run -p equisoft-account --example
//! equisoft`); set `EQUISOFT_URL` and `EQUISOFT_USER_UUID` to run it against a real service.

#![allow(clippy::print_stdout)]

use equisoft_account::apis::session_api::GetSessionError;
use equisoft_account::models::SessionPayload;
use equisoft_account::{Client, SessionApi, mock};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (_mock, url, user) = match std::env::var("EQUISOFT_URL") {
        Ok(url) => {
            let user =
                std::env::var("EQUISOFT_USER_UUID").map_err(|_| "EQUISOFT_USER_UUID is not set")?;
            (None, url, user)
        }
        Err(_) => {
            let mock = mock::MockServer::start().await;
            let url = mock.url();
            (Some(mock), url, mock::USERNAME.to_owned())
        }
    };
    let api = SessionApi::new(Client::new(url)?);
    let payload = SessionPayload {
        user_uuid: Some(user),
        ..SessionPayload::default()
    };
    let session = api.create_session(payload).await?;
    let uuid = session.session_id.ok_or("no session id in the answer")?;
    println!("created session {uuid}");
    api.set_session_sso_token(&uuid, "crm", "opaque-token")
        .await?;
    let token = api.get_session_sso_token(&uuid, "crm").await?;
    println!("stored SSO token: {:?} (a Secret: redacted)", token.value);

    // An unknown session: the documented 404 with an `ErrorPayload`.
    match api
        .get_session("00000000-0000-0000-0000-000000000000")
        .await
    {
        Err(err) => match err.entity() {
            Some(GetSessionError::Status404(_)) => println!("unknown session: 404 as documented"),
            _ => println!("refused: {err}"),
        },
        Ok(_) => println!("found a session that should not exist?!"),
    }

    api.delete_session(&uuid).await?;
    println!("deleted session {uuid}");
    Ok(())
}
