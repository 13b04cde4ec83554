//! A stateful mock of the Control-M session service on loopback, for your own tests
//! (feature `mock`).
//!
//! The login checks the JSON credentials against the known users and issues a token; the
//! other calls want it as `Authorization: Bearer <token>`, and answer `401` with an
//! [`ErrorList`](crate::models::ErrorList) once it is logged out or ended by
//! [`MockServer::end_sessions`].

use crate::apis::operations;
use serde_json::json;
use session_sdks_runtime::mock::{
    self, Answer, Call, LoginCheck, Lookup, MockApi, Route, SESSION, State,
};

/// The user every [`MockServer`] knows from the start.
pub const USERNAME: &str = "emuser";
/// [`USERNAME`]'s password.
pub const PASSWORD: &str = "current-pw";

/// The mock server: `MockServer::start().await`, then `Client::new(server.url())`.
pub type MockServer = mock::MockServer<Routes>;

/// The Control-M session service as [`MockServer`] serves it.
#[derive(Debug)]
pub struct Routes;

impl MockApi for Routes {
    const NAME: &'static str = "controlm";
    const BASE_PATH: &'static str = "/automation-api";
    const USERNAME: &'static str = USERNAME;
    const PASSWORD: &'static str = PASSWORD;

    fn routes() -> Vec<Route> {
        vec![
            Route::of(Self::BASE_PATH, &operations::DO_LOGIN, do_login),
            Route::of(Self::BASE_PATH, &operations::DO_LOGOUT, do_logout),
            Route::of(
                Self::BASE_PATH,
                &operations::UPDATE_MY_PASSWORD,
                update_my_password,
            ),
        ]
    }

    /// Every documented status of the service (400, 401, 404, 500) has an `ErrorList` body.
    fn error(_operation: &str, status: u16) -> Answer {
        match status {
            400 | 401 | 404 | 500 => errors(status, "Injected failure"),
            _ => Answer::generic(status),
        }
    }
}

/// An `ErrorList` with one error.
fn errors(status: u16, message: &str) -> Answer {
    Answer::json(status, &json!({"errors": [{"message": message}]}))
}

/// The user of the call's bearer token, or the `401` for a missing, unknown or ended one.
fn session(state: &mut State, call: &Call<'_>) -> Result<String, Answer> {
    let token = call.bearer().unwrap_or_default();
    match state.lookup(SESSION, token) {
        Lookup::Active(token) => Ok(token.user.clone()),
        Lookup::Ended(_) => Err(errors(401, "Session expired, log in again")),
        Lookup::Unknown => Err(errors(401, "Missing or unknown token")),
    }
}

fn do_login(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_no_header("authorization")?;
    let body = call.expect_json_object()?;
    let username = call.expect_string(&body, "username")?;
    let password = call.expect_string(&body, "password")?;
    match state.check_login(username, password) {
        LoginCheck::Allowed => {}
        LoginCheck::WrongPassword => return Err(errors(401, "Invalid username or password")),
        LoginCheck::Locked => return Err(errors(401, "The user is locked")),
        LoginCheck::TooManySessions => return Err(errors(400, "Too many sessions for the user")),
    }
    let token = state.issue(SESSION, username);
    let login = json!({"username": username, "token": token, "version": "9.0.21"});
    Ok(Answer::json(200, &login))
}

fn do_logout(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    session(state, call)?;
    call.expect_json()?;
    state.end(call.bearer().unwrap_or_default());
    let done = json!({"message": "Successfully logged out"});
    Ok(Answer::json(200, &done))
}

fn update_my_password(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let user = session(state, call)?;
    let body = call.expect_json_object()?;
    let current = call.expect_string(&body, "currentPassword")?;
    let new = call.expect_string(&body, "newPassword")?;
    if !state.password_matches(&user, current) {
        return Err(errors(400, "The current password is wrong"));
    }
    state.add_user(&user, new);
    let done = json!({"message": "Password was updated"});
    Ok(Answer::json(200, &done))
}
