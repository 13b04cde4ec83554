//! Log in, read the session info, handle an error, close the session.
//!
//! Runs against the crate's mock by default (`cargo run -p letmc-session --example letmc`);
//! set `LETMC_URL` (e.g. `https://live-api.letmc.com`), `LETMC_SHORT_NAME`, `LETMC_USERNAME` and
//! `LETMC_PASSWORD` to run it against the real service.

#![allow(clippy::print_stdout)]

use letmc_session::{Client, Session, mock};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let env = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
    let (_mock, url, short_name, username, password) = match std::env::var("LETMC_URL") {
        Ok(url) => (
            None,
            url,
            env("LETMC_SHORT_NAME")?,
            env("LETMC_USERNAME")?,
            env("LETMC_PASSWORD")?,
        ),
        Err(_) => {
            let mock = mock::MockServer::start().await;
            let url = mock.url();
            let (user, password) = (mock::USERNAME.to_owned(), mock::PASSWORD.to_owned());
            (Some(mock), url, "acmelettings".to_owned(), user, password)
        }
    };
    let client = Client::new(url)?;

    // A wrong password: the login is refused and not retried.
    let wrong = Session::new(&client, short_name.clone(), username.clone(), "not-it");
    if let Err(err) = wrong.start().await {
        println!("refused: HTTP {:?}", err.status().map(|s| s.as_u16()));
    }

    let session = Session::new(&client, short_name.clone(), username, password);
    let info = session
        .run(|api, token| {
            api.session_controller_get_session_info(short_name.clone(), token)
                .into_future()
        })
        .await?;
    println!("session info: {info}");
    session.close().await?;
    println!("logged out");
    Ok(())
}
