//! A stateful mock of the ThingSpace Connectivity Management session service and its OAuth
//! server on loopback, for your own tests (feature `mock`).
//!
//! The OAuth server (`POST <oauth_url>/oauth2/token`) issues tokens to the known clients
//! (basic auth, `grant_type=client_credentials`), valid for `expires_in` seconds or until
//! [`MockServer::expire_oauth_tokens`]; every API call wants one as `Authorization: Bearer`
//! and answers `401` to any other, which the SDK answers by fetching a new token. The login
//! checks the JSON credentials and issues the session token that logout and reset want as
//! `VZ-M2M-Token`; once it is logged out or ended by [`MockServer::end_sessions`], they answer
//! the documented `400` with `errorCode` `REQUEST_FAILED.SessionToken.Expired` (the code is
//! the mock's: the list of codes is not public).

use crate::apis::operations;
use serde_json::json;
use session_sdks_runtime::mock::{
    self, Answer, Call, LoginCheck, Lookup, MockApi, MockOAuth, Route, SESSION, State,
    check_bearer, token_route,
};

/// The Connectivity Management user every [`MockServer`] knows from the start.
pub const USERNAME: &str = "zbeeblebrox";
/// [`USERNAME`]'s password.
pub const PASSWORD: &str = "current-pw";
/// The ThingSpace application key every [`MockServer`] knows from the start.
pub const CLIENT_ID: &str = "mock-app-key";
/// [`CLIENT_ID`]'s secret.
pub const CLIENT_SECRET: &str = "mock-app-secret";

/// The mock server: `MockServer::start().await`, then a client with
/// `base_url(server.url())`, `oauth_base_url(server.oauth_url())` and
/// `client_credentials(CLIENT_ID, CLIENT_SECRET)`.
pub type MockServer = mock::MockServer<Routes>;

/// The ThingSpace session service and OAuth server as [`MockServer`] serves them.
#[derive(Debug)]
pub struct Routes;

impl MockApi for Routes {
    const NAME: &'static str = "vzm2m";
    const BASE_PATH: &'static str = "/api/m2m/v1";
    const USERNAME: &'static str = USERNAME;
    const PASSWORD: &'static str = PASSWORD;

    fn routes() -> Vec<Route> {
        vec![
            token_route(Self::OAUTH_BASE_PATH, &crate::client::REQUEST_TOKEN),
            Route::of(
                Self::BASE_PATH,
                &operations::LOGIN_USING_POST,
                login_using_post,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::LOGOUT_USING_POST,
                logout_using_post,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::RESET_USING_PUT,
                reset_using_put,
            ),
        ]
    }

    /// A `400` has the documented `{errorCode, errorMessage}`; the token endpoint refuses
    /// with RFC 6749's `{"error": ...}`.
    fn error(operation: &str, status: u16) -> Answer {
        match (operation, status) {
            ("request_token", 400 | 401) => {
                Answer::json(status, &json!({"error": "invalid_request"}))
            }
            (_, 400) => refusal("REQUEST_FAILED.UnexpectedError", "Injected failure"),
            _ => Answer::generic(status),
        }
    }

    fn setup(state: &mut State) {
        Self::setup_oauth(state);
    }
}

impl MockOAuth for Routes {
    const OAUTH_BASE_PATH: &'static str = "/api/ts/v1";
    const CLIENT_ID: &'static str = CLIENT_ID;
    const CLIENT_SECRET: &'static str = CLIENT_SECRET;
}

/// The documented `400` body.
fn refusal(code: &str, message: &str) -> Answer {
    Answer::json(400, &json!({"errorCode": code, "errorMessage": message}))
}

/// The user of the call's `VZ-M2M-Token`, or the `400` for a missing, unknown or ended one.
fn session(state: &mut State, call: &Call<'_>) -> Result<String, Answer> {
    let token = call.header("vz-m2m-token").unwrap_or_default();
    match state.lookup(SESSION, token) {
        Lookup::Active(token) => Ok(token.user.clone()),
        Lookup::Ended(_) | Lookup::Unknown => Err(refusal(
            "REQUEST_FAILED.SessionToken.Expired",
            "The session token is invalid or expired",
        )),
    }
}

fn login_using_post(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    check_bearer(state, call)?;
    call.expect_no_header("vz-m2m-token")?;
    let body = call.expect_json_object()?;
    let username = call.expect_string(&body, "username")?;
    let password = call.expect_string(&body, "password")?;
    match state.check_login(username, password) {
        LoginCheck::Allowed => {}
        LoginCheck::WrongPassword => {
            return Err(refusal(
                "REQUEST_FAILED.InvalidCredentials",
                "The username or password is wrong",
            ));
        }
        LoginCheck::Locked => {
            return Err(refusal(
                "REQUEST_FAILED.AccountLocked",
                "The account is locked",
            ));
        }
        LoginCheck::TooManySessions => {
            return Err(refusal("REQUEST_FAILED.SessionLimit", "Too many sessions"));
        }
    }
    let token = state.issue(SESSION, username);
    Ok(Answer::json(200, &json!({ "sessionToken": token })))
}

fn logout_using_post(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    check_bearer(state, call)?;
    session(state, call)?;
    call.expect_no_body()?;
    let token = call.header("vz-m2m-token").unwrap_or_default();
    state.end(token);
    // The ended token, echoed as the document's `LogOutRequest` says.
    Ok(Answer::json(200, &json!({ "sessionToken": token })))
}

fn reset_using_put(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    check_bearer(state, call)?;
    let user = session(state, call)?;
    let body = call.expect_json_object()?;
    let old = call.expect_string(&body, "oldPassword")?;
    if !state.password_matches(&user, old) {
        return Err(refusal(
            "REQUEST_FAILED.InvalidPassword",
            "The old password is wrong",
        ));
    }
    let new = format!("Vz{}", &state.unique()[..10]);
    state.add_user(&user, &new);
    Ok(Answer::json(200, &json!({ "newPassword": new })))
}
