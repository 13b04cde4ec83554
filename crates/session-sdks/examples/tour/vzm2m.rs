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

use mockito::{Matcher, Mock, Server, ServerGuard};
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
            let (server, mocks) = mock().await;
            let real = Real {
                base_url: format!("{}/api/m2m/v1", server.url()),
                username: "zbeeblebrox".into(),
                password: "current-pw".into(),
                new_password: None,
            };
            let oauth = OAuth {
                base_url: format!("{}/api/ts/v1", server.url()),
                client_id: "tour-app-key".into(),
                client_secret: "tour-app-secret".into(),
            };
            (Some((server, mocks)), real, oauth, true)
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

/// The ThingSpace mock: the OAuth server checks the grant form and the key pair (basic auth),
/// the API checks both tokens and each body.
async fn mock() -> (ServerGuard, Vec<Mock>) {
    let mut server = Server::new_async().await;
    let json = "application/json";
    let bearer = "Bearer vz-oauth-token-1";
    let session = "vz-session-token-1";
    let routes =
        vec![
        server
            .mock("POST", "/api/ts/v1/oauth2/token")
            // base64("tour-app-key:tour-app-secret")
            .match_header("authorization", "Basic dG91ci1hcHAta2V5OnRvdXItYXBwLXNlY3JldA==")
            .match_header("content-type", "application/x-www-form-urlencoded")
            .match_body(Matcher::Exact("grant_type=client_credentials".into()))
            .with_header("content-type", json)
            .with_body(
                r#"{"access_token":"vz-oauth-token-1","token_type":"Bearer","expires_in":3600}"#,
            ),
        server
            .mock("POST", "/api/m2m/v1/session/login")
            .match_header("authorization", bearer)
            .match_header("vz-m2m-token", Matcher::Missing)
            .match_header("content-type", json)
            .match_body(Matcher::Json(
                serde_json::json!({"username": "zbeeblebrox", "password": "current-pw"}),
            ))
            .with_header("content-type", json)
            .with_body(format!(r#"{{"sessionToken":"{session}"}}"#)),
        server
            .mock("PUT", "/api/m2m/v1/session/password/actions/reset")
            .match_header("authorization", bearer)
            .match_header("vz-m2m-token", session)
            .match_header("content-type", json)
            .match_body(Matcher::Json(
                serde_json::json!({"oldPassword": "current-pw"}),
            ))
            .with_header("content-type", json)
            .with_body(r#"{"newPassword":"vz-generated-pw-1"}"#),
        server
            .mock("POST", "/api/m2m/v1/session/logout")
            .match_header("authorization", bearer)
            .match_header("vz-m2m-token", session)
            // The real server echoes the ended session token; the mock keeps secrets out.
            .with_header("content-type", json)
            .with_body("{}"),
    ];
    let mut mocks = Vec::with_capacity(routes.len());
    for route in routes {
        mocks.push(route.create_async().await);
    }
    (server, mocks)
}
