//! A stateful mock of the LetMC customer login service on loopback, for your own tests
//! (feature `mock`).
//!
//! Any agency short name is served. The login checks the `username` and `password` query
//! parameters against the known users and answers the token as ASP.NET does: the DataContract
//! XML `<string>` when asked for XML, else a JSON string. The other calls want it as the
//! `token` query parameter, and answer `401` once it is logged out or ended by
//! [`MockServer::end_sessions`]. Errors have ASP.NET's `{"Message": ...}` body.

use crate::apis::operations;
use serde_json::json;
use session_sdks_runtime::mock::{
    self, Answer, Call, LoginCheck, Lookup, MockApi, Route, SESSION, State,
};

/// The user every [`MockServer`] knows from the start.
pub const USERNAME: &str = "tenant@example.com";
/// [`USERNAME`]'s password.
pub const PASSWORD: &str = "current-pw";

/// The mock server: `MockServer::start().await`, then `Client::new(server.url())`.
pub type MockServer = mock::MockServer<Routes>;

/// The LetMC customer login service as [`MockServer`] serves it.
#[derive(Debug)]
pub struct Routes;

impl MockApi for Routes {
    const NAME: &'static str = "letmc";
    const BASE_PATH: &'static str = "";
    const USERNAME: &'static str = USERNAME;
    const PASSWORD: &'static str = PASSWORD;

    fn routes() -> Vec<Route> {
        vec![
            Route::of(
                Self::BASE_PATH,
                &operations::SESSION_CONTROLLER_CHANGE_PASSWORD,
                change_password,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::SESSION_CONTROLLER_CREATE_LANDLORD_LOGIN,
                create_landlord_login,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::SESSION_CONTROLLER_GET_SESSION_INFO,
                get_session_info,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::SESSION_CONTROLLER_LOGIN,
                login,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::SESSION_CONTROLLER_LOGOUT,
                logout,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::SESSION_CONTROLLER_RESET_PASSWORD,
                reset_password,
            ),
        ]
    }

    /// The service documents no error body; ASP.NET Web API answers `{"Message": ...}`.
    fn error(_operation: &str, status: u16) -> Answer {
        message(status, "An error has occurred.")
    }
}

fn message(status: u16, message: &str) -> Answer {
    Answer::json(status, &json!({ "Message": message }))
}

/// The user of the call's `token` query parameter, or the `401` for a missing, unknown or
/// ended one.
fn session(state: &mut State, call: &Call<'_>) -> Result<String, Answer> {
    let token = call.expect_query("token")?;
    match state.lookup(SESSION, token) {
        Lookup::Active(token) => Ok(token.user.clone()),
        Lookup::Ended(_) | Lookup::Unknown => Err(message(
            401,
            "Authorization has been denied for this request.",
        )),
    }
}

/// A documented `string` result, as ASP.NET formats it for the call's `Accept`.
fn string(call: &Call<'_>, value: &str) -> Answer {
    let xml = call
        .header("accept")
        .is_some_and(|accept| accept.contains("xml"));
    if xml {
        let escaped = value
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        let body = format!(
            r#"<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">{escaped}</string>"#
        );
        Answer::text(200, "application/xml; charset=utf-8", body)
    } else {
        Answer::text(
            200,
            "application/json; charset=utf-8",
            json!(value).to_string(),
        )
    }
}

fn login(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["username", "password"])?;
    call.expect_no_body()?;
    let username = call.expect_query("username")?;
    let password = call.expect_query("password")?;
    match state.check_login(username, password) {
        LoginCheck::Allowed => {}
        LoginCheck::WrongPassword => {
            return Err(message(401, "The user name or password is incorrect."));
        }
        LoginCheck::Locked => return Err(message(401, "The account is locked.")),
        LoginCheck::TooManySessions => return Err(message(400, "Too many sessions.")),
    }
    let token = state.issue(SESSION, username);
    Ok(string(call, &token))
}

fn get_session_info(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["token"])?;
    let user = session(state, call)?;
    let info = format!("{user} at {}", call.param("shortName"));
    Ok(string(call, &info))
}

fn change_password(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["token", "oldPassword", "newPassword"])?;
    call.expect_no_body()?;
    let user = session(state, call)?;
    let old = call.expect_query("oldPassword")?;
    let new = call.expect_query("newPassword")?;
    if !state.password_matches(&user, old) {
        return Err(message(400, "The old password is incorrect."));
    }
    state.add_user(&user, new);
    Ok(Answer::empty(204))
}

fn create_landlord_login(_state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let required = [
        "email",
        "title",
        "forename",
        "surname",
        "propertyAddress",
        "contactDetails",
    ];
    call.expect_query_among(&[&required[..], &["branchID"]].concat())?;
    call.expect_no_body()?;
    for name in required {
        call.expect_query(name)?;
    }
    Ok(Answer::empty(204))
}

fn reset_password(_state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["email"])?;
    call.expect_no_body()?;
    call.expect_query("email")?;
    // Whether the address is known is not told: the e-mail goes out only if it is.
    Ok(Answer::empty(204))
}

fn logout(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["token"])?;
    session(state, call)?;
    state.end(call.query("token").unwrap_or_default());
    Ok(Answer::empty(204))
}
