//! Verizon ThingSpace M2M: log in, reset the password, log out. Every call carries the OAuth
//! token (`Authorization: Bearer`), which the SDK fetches itself before the first call (that
//! fetch is not an operation of the API, so it has no line); reset and logout also carry the
//! session token of the login (`VZ-M2M-Token`).
//!
//! Against a real server (`--base-url vzm2m=https://thingspace.verizon.com/api/m2m/v1`) the
//! ThingSpace application's key pair comes from `SESSION_SDKS_TOUR_VZM2M_CLIENT_ID` and
//! `SESSION_SDKS_TOUR_VZM2M_CLIENT_SECRET`, the OAuth server from
//! `SESSION_SDKS_TOUR_VZM2M_OAUTH_URL` (default: the same host's `/api/ts/v1`), and the
//! Connectivity Management user from `..._USERNAME` / `..._PASSWORD`. The reset is skipped
//! there: the server picks the new password and the tour never prints secrets, so it would
//! be lost.

use std::env;

use session_sdks::vzm2m::mock::{CLIENT_ID, CLIENT_SECRET, MockServer, PASSWORD, USERNAME};
use session_sdks::vzm2m::models::{LogInRequest, SessionResetPasswordRequest};
use session_sdks::vzm2m::{Environment, VzM2mClient};

use crate::report::Tour;
use crate::target::Real;

const API: &str = "vzm2m";

/// The OAuth side of a target: the application's key pair and where its token comes from.
struct OAuth {
    base_url: String,
    client_id: String,
    client_secret: String,
}

pub(crate) async fn run(tour: &mut Tour, real: Option<Real>) {
    let (_mock, real, oauth, mocked) = match real {
        Some(real) => {
            let oauth = OAuth {
                base_url: env::var("SESSION_SDKS_TOUR_VZM2M_OAUTH_URL")
                    .unwrap_or_else(|_| oauth_url(&real.base_url)),
                client_id: env::var("SESSION_SDKS_TOUR_VZM2M_CLIENT_ID").unwrap_or_default(),
                client_secret: env::var("SESSION_SDKS_TOUR_VZM2M_CLIENT_SECRET")
                    .unwrap_or_default(),
            };
            (None, real, oauth, false)
        }
        None => {
            let server = MockServer::start().await;
            let real = Real {
                base_url: server.url(),
                username: USERNAME.into(),
                password: PASSWORD.into(),
                new_password: None,
            };
            let oauth = OAuth {
                base_url: server.oauth_url(),
                client_id: CLIENT_ID.into(),
                client_secret: CLIENT_SECRET.into(),
            };
            (Some(server), real, oauth, true)
        }
    };
    let client = VzM2mClient::builder(Environment::Production)
        .base_url(real.base_url)
        .oauth_base_url(oauth.base_url)
        .client_credentials(oauth.client_id, oauth.client_secret)
        .build();
    let client = match client {
        Ok(client) => client,
        Err(error) => return println!("{API}: {error}"),
    };

    let body = LogInRequest::new(real.username, real.password.clone());
    let login = tour
        .call(
            API,
            "login_using_post",
            "POST /session/login",
            client.session().login_using_post(Some(body)).send(),
        )
        .await;
    let token = login
        .and_then(|login| login.session_token)
        .unwrap_or_default();
    let session = client.with_session_token(token);

    let route = "PUT /session/password/actions/reset";
    if mocked {
        let body = SessionResetPasswordRequest::new(real.password);
        tour.call(
            API,
            "reset_using_put",
            route,
            session.session().reset_using_put(body).send(),
        )
        .await;
    } else {
        tour.skip(
            API,
            "reset_using_put",
            route,
            "the server would pick a new password the tour does not print",
        );
    }

    tour.call(
        API,
        "logout_using_post",
        "POST /session/logout",
        session.session().logout_using_post().send(),
    )
    .await;
}

/// ThingSpace serves OAuth on the API's host under `/api/ts/v1`.
fn oauth_url(base_url: &str) -> String {
    match base_url.trim_end_matches('/').strip_suffix("/api/m2m/v1") {
        Some(host) => format!("{host}/api/ts/v1"),
        None => Environment::Production.oauth_base_url().to_owned(),
    }
}
