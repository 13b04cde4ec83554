//! A stateful mock of the Cyclos 4 auth service on loopback, for your own tests (feature
//! `mock`).
//!
//! The login takes basic auth against the known users and answers the `Auth` with its
//! `sessionToken` (with `cookie=true`: the token's first half, the second in a
//! `Set-Cookie: Session-Token=...`). The calls of a session want it as `Session-Token`, and
//! answer the documented `401 {"code":"loggedOut"}` once it is logged out or ended by
//! [`MockServer::end_sessions`]. A new session is pending [`SECONDARY_PASSWORD`]; a
//! forgotten password request mails [`RESET_KEY`], whose security answer is
//! [`SECURITY_ANSWER`]; [`ACCESS_CLIENT_TOKEN`] is an activated access client of the default
//! user.

use crate::apis::operations;
use serde_json::{Value, json};
use session_sdks_runtime::mock::{
    self, Answer, Call, LoginCheck, Lookup, MockApi, Route, SESSION, State,
};

/// The user every [`MockServer`] knows from the start.
pub const USERNAME: &str = "alice";
/// [`USERNAME`]'s password.
pub const PASSWORD: &str = "current-pw";
/// Every user's secondary password, which a new session is pending.
pub const SECONDARY_PASSWORD: &str = "secondary-pw";
/// The key a forgotten password request "mails".
pub const RESET_KEY: &str = "mock-reset-key";
/// The answer to the security question of a forgotten password reset.
pub const SECURITY_ANSWER: &str = "rex";
/// The token of an access client of [`USERNAME`], activated from the start.
pub const ACCESS_CLIENT_TOKEN: &str = "mock-access-client-token";

/// The mock server: `MockServer::start().await`, then `Client::new(server.url())`.
pub type MockServer = mock::MockServer<Routes>;

/// The Cyclos 4 auth service as [`MockServer`] serves it.
#[derive(Debug)]
pub struct Routes;

const ACCESS_CLIENT: &str = "access-client";
const RESET: &str = "reset-key";
const SESSION_TOKEN: &str = "session-token";
const COOKIE: &[&str] = &["set-cookie"];

impl MockApi for Routes {
    const NAME: &'static str = "cyclos";
    const BASE_PATH: &'static str = "/api";
    const USERNAME: &'static str = USERNAME;
    const PASSWORD: &'static str = PASSWORD;

    fn routes() -> Vec<Route> {
        vec![
            Route::of(
                Self::BASE_PATH,
                &operations::CHANGE_FORGOTTEN_PASSWORD,
                change_forgotten_password,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::DISCONNECT_CURRENT_CLIENT,
                disconnect_current_client,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::FORGOTTEN_PASSWORD_REQUEST,
                forgotten_password_request,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::GET_CURRENT_AUTH,
                get_current_auth,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::GET_DATA_FOR_CHANGE_FORGOTTEN_PASSWORD,
                get_data_for_change_forgotten_password,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::GET_DATA_FOR_LOGIN,
                get_data_for_login,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::GET_SECONDARY_PASSWORD_INPUT,
                get_secondary_password_input,
            ),
            Route::of(Self::BASE_PATH, &operations::LOGIN, login).headers(COOKIE),
            Route::of(Self::BASE_PATH, &operations::LOGOUT, logout).headers(COOKIE),
            Route::of(Self::BASE_PATH, &operations::NEW_OTP, new_otp),
            Route::of(
                Self::BASE_PATH,
                &operations::VALIDATE_SECONDARY_PASSWORD,
                validate_secondary_password,
            ),
        ]
    }

    /// The documented bodies: `UnauthorizedError`, `ForbiddenError`, `NotFoundError`,
    /// `ConflictError`, `InputError` and the 500 `SdkError` of each kind.
    fn error(operation: &str, status: u16) -> Answer {
        let conflict = matches!(operation, "logout" | "disconnect_current_client");
        match status {
            401 if operation == "login" => code(401, "login"),
            401 => code(401, "loggedOut"),
            403 => code(403, "permissionDenied"),
            404 => Answer::json(404, &json!({"entityType": "mock"})),
            409 if conflict => code(409, "staleEntity"),
            422 if operation == "new_otp" => code(422, "validation"),
            500 => match operation {
                "change_forgotten_password" => failure("forgottenPassword", "unexpected"),
                "new_otp" => failure("otp", "unexpected"),
                _ => Answer::json(
                    500,
                    &json!({"kind": "general", "exceptionType": "MockException"}),
                ),
            },
            _ => Answer::generic(status),
        }
    }

    fn setup(state: &mut State) {
        state.insert(ACCESS_CLIENT, USERNAME, ACCESS_CLIENT_TOKEN.to_owned());
    }
}

/// A documented error body with its `code`.
fn code(status: u16, code: &str) -> Answer {
    Answer::json(status, &json!({ "code": code }))
}

/// A 500 `ForgottenPasswordError` or `OtpError`.
fn failure(kind: &str, code: &str) -> Answer {
    let body = json!({"kind": kind, "exceptionType": "MockException", "code": code});
    Answer::json(500, &body)
}

/// Who a call is, by the one credential it carries.
enum Caller {
    Guest,
    Basic(String),
    Session(String, String),
    AccessClient(String, String),
}

impl Caller {
    fn user(&self) -> Option<&str> {
        match self {
            Self::Guest => None,
            Self::Basic(user) | Self::Session(user, _) | Self::AccessClient(user, _) => Some(user),
        }
    }
}

/// The call's caller; a credential that is wrong, ended or unknown is refused with its
/// documented `401`.
fn caller(state: &mut State, call: &Call<'_>) -> Result<Caller, Answer> {
    if let Some(token) = call.header(SESSION_TOKEN) {
        // With `cookie=true` the header holds the first half, the cookie the second.
        let second = call
            .header("cookie")
            .and_then(|cookies| {
                cookies
                    .split("; ")
                    .find_map(|c| c.strip_prefix("Session-Token="))
            })
            .unwrap_or_default();
        let token = format!("{token}{second}");
        return match state.lookup(SESSION, &token) {
            Lookup::Active(session) => Ok(Caller::Session(session.user.clone(), token)),
            Lookup::Ended(_) | Lookup::Unknown => Err(code(401, "loggedOut")),
        };
    }
    if let Some(token) = call.header("access-client-token") {
        return match state.lookup(ACCESS_CLIENT, token) {
            Lookup::Active(client) => Ok(Caller::AccessClient(client.user.clone(), token.into())),
            Lookup::Ended(_) | Lookup::Unknown => Err(code(401, "invalidAccessClient")),
        };
    }
    if call.header("authorization").is_some() {
        let user = state
            .users()
            .find(|(user, password)| call.is_basic(user, password))
            .map(|(user, _)| user.to_owned());
        return user.map(Caller::Basic).ok_or_else(|| code(401, "login"));
    }
    Ok(Caller::Guest)
}

/// The caller's session, or the `401` for a call without one.
fn session(state: &mut State, call: &Call<'_>) -> Result<(String, String), Answer> {
    match caller(state, call)? {
        Caller::Session(user, token) => Ok((user, token)),
        _ => Err(code(401, "missingAuthorization")),
    }
}

fn pending(state: &mut State, token: &str) -> bool {
    match state.lookup(SESSION, token) {
        Lookup::Active(session) => session.data.contains_key("pendingSecondaryPassword"),
        _ => false,
    }
}

/// The `Auth` of `user`.
fn auth(user: &str, pending: bool) -> Value {
    json!({
        "user": {"id": "-1", "display": user},
        "role": "member",
        "principal": user,
        "permissions": {"passwords": {"manage": true}},
        "pendingSecondaryPassword": pending,
    })
}

fn login(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["fields", "cookie", "timeoutInSeconds"])?;
    call.expect_no_body()?;
    if let Some((user, password)) = call.basic() {
        match state.check_login(&user, &password) {
            LoginCheck::Allowed => {}
            LoginCheck::WrongPassword | LoginCheck::Locked => return Err(code(401, "login")),
            LoginCheck::TooManySessions => return Err(code(422, "maxItems")),
        }
    }
    let user = match caller(state, call)? {
        Caller::Basic(user) | Caller::AccessClient(user, _) => user,
        _ => return Err(code(401, "missingAuthorization")),
    };
    let token = state.issue(SESSION, &user);
    if let Lookup::Active(session) = state.lookup(SESSION, &token) {
        session
            .data
            .insert("pendingSecondaryPassword".into(), json!(true));
    }
    let mut body = auth(&user, true);
    if call.query("cookie") == Some("true") {
        let (first, second) = token.split_at(token.len() / 2);
        body["sessionToken"] = json!(first);
        let cookie = format!("Session-Token={second}; Path=/; HttpOnly");
        return Ok(Answer::json(200, &body).header("set-cookie", cookie));
    }
    body["sessionToken"] = json!(token);
    Ok(Answer::json(200, &body))
}

fn logout(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["cookie"])?;
    let (_, token) = session(state, call)?;
    state.end(&token);
    let answer = Answer::empty(200);
    match call.query("cookie") == Some("true") {
        true => Ok(answer.header("set-cookie", "Session-Token=; Path=/; Max-Age=0")),
        false => Ok(answer),
    }
}

fn get_current_auth(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["fields"])?;
    let caller = caller(state, call)?;
    let pending = match &caller {
        Caller::Session(_, token) => pending(state, token),
        _ => false,
    };
    match caller.user() {
        Some(user) => Ok(Answer::json(200, &auth(user, pending))),
        None => Ok(Answer::json(200, &json!({"permissions": {}}))),
    }
}

fn get_data_for_login(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["fields"])?;
    if caller(state, call)?.user().is_some() {
        return Ok(Answer::empty(204));
    }
    let data = json!({
        "principalTypes": [{"internalName": "username", "name": "Login name", "kind": "username"}],
        "loginPasswordInput": {"internalName": "login", "inputMethod": "textBox", "mode": "manual", "minLength": 4},
        "forgotPasswordMediums": ["email"],
    });
    Ok(Answer::json(200, &data))
}

fn get_secondary_password_input(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&[])?;
    session(state, call)?;
    let input = json!({
        "id": "4", "name": "PIN", "internalName": "pin", "inputMethod": "textBox",
        "mode": "manual", "hasActivePassword": true,
    });
    Ok(Answer::json(200, &input))
}

fn validate_secondary_password(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let (_, token) = session(state, call)?;
    call.expect_header("content-type", "text/plain")?;
    if call.body() != SECONDARY_PASSWORD.as_bytes() {
        return Err(code(403, "invalidPassword"));
    }
    if let Lookup::Active(session) = state.lookup(SESSION, &token) {
        session.data.remove("pendingSecondaryPassword");
    }
    Ok(Answer::empty(204))
}

fn new_otp(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["medium"])?;
    call.expect_no_body()?;
    let user = caller(state, call)?
        .user()
        .map(str::to_owned)
        .ok_or_else(|| code(401, "missingAuthorization"))?;
    match call.query("medium") {
        Some("email") => Ok(Answer::json(200, &json!([format!("{user}@example.com")]))),
        Some("sms") => Ok(Answer::json(200, &json!(["+15550100"]))),
        _ => Err(code(422, "validation")),
    }
}

fn forgotten_password_request(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let body = call.expect_json_object()?;
    let user = call.expect_string(&body, "user")?;
    // Whether the user is known is not told: the key goes out only if it is.
    if state.has_user(user) {
        state.insert(RESET, user, RESET_KEY.to_owned());
    }
    Ok(Answer::empty(204))
}

fn get_data_for_change_forgotten_password(
    state: &mut State,
    call: &Call<'_>,
) -> Result<Answer, Answer> {
    call.expect_query_among(&["fields", "key"])?;
    let key = call.expect_query("key")?;
    match state.lookup(RESET, key) {
        Lookup::Active(_) => {
            let data = json!({"generated": false, "securityQuestion": "Your first pet?"});
            Ok(Answer::json(200, &data))
        }
        _ => Err(Answer::json(
            404,
            &json!({"entityType": "forgottenPasswordKey"}),
        )),
    }
}

fn change_forgotten_password(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let body = call.expect_json_object()?;
    let key = call.expect_string(&body, "key")?;
    let new = call.expect_string(&body, "newPassword")?;
    let user = match state.lookup(RESET, key) {
        Lookup::Active(reset) => reset.user.clone(),
        _ => {
            return Err(Answer::json(
                404,
                &json!({"entityType": "forgottenPasswordKey"}),
            ));
        }
    };
    if body.get("securityAnswer").and_then(Value::as_str) != Some(SECURITY_ANSWER) {
        return Err(failure("forgottenPassword", "invalidSecurityAnswer"));
    }
    let confirm = body.get("checkConfirmation") == Some(&json!(true));
    if confirm && body.get("newPasswordConfirmation").and_then(Value::as_str) != Some(new) {
        return Err(failure("forgottenPassword", "unexpected"));
    }
    state.add_user(&user, new);
    state.end(key);
    Ok(Answer::empty(204))
}

fn disconnect_current_client(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let (user, token) = match caller(state, call)? {
        Caller::AccessClient(user, token) => (user, token),
        _ => return Err(code(401, "invalidAccessClient")),
    };
    if let Some(confirmation) = call.header("confirmationPassword") {
        if !state.password_matches(&user, confirmation) {
            return Err(code(403, "invalidPassword"));
        }
    }
    state.end(&token);
    Ok(Answer::empty(200))
}
