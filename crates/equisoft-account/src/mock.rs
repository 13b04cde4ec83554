//! A stateful mock of the Equisoft Account Service sessions on loopback, for your own tests
//! (feature `mock`).
//!
//! The service has no login: a session is created for a known user's uuid, and every other
//! call names it by its `sessionId`. Users are added with `add_user(uuid, display_name)` (the
//! second argument is the display name: there is no password). An unknown or deleted
//! session's calls answer `404` with an [`ErrorPayload`](crate::models::ErrorPayload); a
//! session ended by [`MockServer::end_sessions`] reads as `EXPIRED` and refuses the rest
//! (`400` where the operation documents it, else `404`).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::apis::operations;
use serde_json::{Map, Value, json};
use session_sdks_runtime::mock::{
    self, Answer, Call, Lookup, MockApi, Route, SESSION, State, Token,
};

/// The user every [`MockServer`] knows from the start: its uuid.
pub const USERNAME: &str = "8f2c1e0a-5b8e-4c1b-9a57-3f1d2e6b7c90";
/// [`USERNAME`]'s display name (the service has no password).
pub const PASSWORD: &str = "Ada Lovelace";

/// The mock server: `MockServer::start().await`, then `Client::new(server.url())`.
pub type MockServer = mock::MockServer<Routes>;

/// The Equisoft Account Service sessions as [`MockServer`] serves them.
#[derive(Debug)]
pub struct Routes;

/// The operations that document a `400` besides the `404`.
const WITH_400: [&str; 3] = ["enable_session_for_crm", "impersonate", "revert_identity"];

impl MockApi for Routes {
    const NAME: &'static str = "equisoft";
    const BASE_PATH: &'static str = "";
    const USERNAME: &'static str = USERNAME;
    const PASSWORD: &'static str = PASSWORD;

    fn routes() -> Vec<Route> {
        vec![
            Route::of(Self::BASE_PATH, &operations::CREATE_SESSION, create_session),
            Route::of(
                Self::BASE_PATH,
                &operations::DELETE_ALL_SESSIONS,
                delete_all_sessions,
            ),
            Route::of(Self::BASE_PATH, &operations::DELETE_SESSION, delete_session),
            Route::of(
                Self::BASE_PATH,
                &operations::DELETE_SESSION_SSO_TOKEN,
                delete_session_sso_token,
            ),
            Route::of(Self::BASE_PATH, &operations::ENABLE_SESSION, enable_session),
            Route::of(
                Self::BASE_PATH,
                &operations::ENABLE_SESSION_FOR_CRM,
                enable_session_for_crm,
            ),
            Route::of(Self::BASE_PATH, &operations::GET_SESSION, get_session),
            Route::of(
                Self::BASE_PATH,
                &operations::GET_SESSION_SSO_TOKEN,
                get_session_sso_token,
            ),
            Route::of(Self::BASE_PATH, &operations::IMPERSONATE, impersonate),
            Route::of(
                Self::BASE_PATH,
                &operations::REVERT_IDENTITY,
                revert_identity,
            ),
            Route::of(
                Self::BASE_PATH,
                &operations::SET_SESSION_SSO_TOKEN,
                set_session_sso_token,
            ),
        ]
    }

    /// The documented `400` and `404` have an `ErrorPayload` body.
    fn error(operation: &str, status: u16) -> Answer {
        let documented = match status {
            404 => !matches!(operation, "create_session" | "delete_all_sessions"),
            400 => WITH_400.contains(&operation),
            _ => false,
        };
        match documented {
            true => payload(status, "Injected failure"),
            false => Answer::generic(status),
        }
    }
}

/// An `ErrorPayload`.
fn payload(status: u16, message: &str) -> Answer {
    Answer::json(status, &json!({ "message": message }))
}

/// The call's session if it is active; else the documented refusal.
fn active<'s>(state: &'s mut State, call: &Call<'_>) -> Result<&'s mut Token, Answer> {
    match state.lookup(SESSION, call.param("uuid")) {
        Lookup::Active(token) => Ok(token),
        Lookup::Ended(_) if WITH_400.contains(&call.operation()) => {
            Err(payload(400, "The session is expired"))
        }
        Lookup::Ended(_) | Lookup::Unknown => Err(payload(404, "Session not found")),
    }
}

/// A `User` of the known users.
fn user(state: &State, uuid: &str) -> Value {
    json!({"uuid": uuid, "displayName": state.password_of(uuid), "state": "ENABLED"})
}

/// The `Session` of token `uuid` (its user, and what the session keeps in its data).
fn session(state: &State, uuid: &str, user_uuid: &str, data: &Map<String, Value>) -> Value {
    let mut session = json!({
        "sessionId": uuid,
        "state": data.get("state"),
        "created": data.get("created"),
        "mobile": data.get("mobile").cloned().unwrap_or(Value::Bool(false)),
        "crm": {"enabled": data.get("crm").cloned().unwrap_or(Value::Bool(false))},
    });
    for field in ["expire", "sso"] {
        if let Some(value) = data.get(field) {
            session[field] = value.clone();
        }
    }
    match data.get("impersonated").and_then(Value::as_str) {
        Some(other) => {
            session["user"] = user(state, other);
            session["actor"] = user(state, user_uuid);
        }
        None => session["user"] = user(state, user_uuid),
    }
    session
}

/// Answers `status` with the session of `token`, read after `change` ran on it.
fn answer_session(
    state: &mut State,
    call: &Call<'_>,
    status: u16,
    change: impl FnOnce(&mut Token) -> Result<(), Answer>,
) -> Result<Answer, Answer> {
    let token = active(state, call)?;
    change(token)?;
    let (user, data) = (token.user.clone(), token.data.clone());
    let body = session(state, call.param("uuid"), &user, &data);
    Ok(Answer::json(status, &body))
}

fn create_session(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let body = call.expect_json_object()?;
    let user = call.expect_string(&body, "userUuid")?;
    if !state.has_user(user) {
        return Err(payload(400, "Unknown user"));
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let mut data = Map::new();
    data.insert("created".into(), json!(timestamp(now)));
    if let Some(timeout) = body.get("absoluteTimeout") {
        let seconds = timeout.as_u64().filter(|seconds| *seconds >= 1);
        let seconds = seconds.ok_or_else(|| call.mismatch("absoluteTimeout is not at least 1"))?;
        let expire = now.saturating_add(Duration::from_secs(seconds));
        data.insert("expire".into(), json!(timestamp(expire)));
    }
    let enabled = body.get("enable").and_then(Value::as_bool).unwrap_or(true);
    data.insert(
        "state".into(),
        json!(if enabled { "ENABLED" } else { "NEW" }),
    );
    for field in ["sso", "mobile"] {
        if let Some(value) = body.get(field) {
            data.insert(field.into(), value.clone());
        }
    }
    let uuid = state.issue(SESSION, user);
    let user = user.to_owned();
    let body = session(state, &uuid, &user, &data);
    if let Lookup::Active(token) = state.lookup(SESSION, &uuid) {
        token.data = data;
    }
    Ok(Answer::json(201, &body))
}

fn get_session(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let uuid = call.param("uuid");
    let (user, mut data) = match state.lookup(SESSION, uuid) {
        Lookup::Active(token) => (token.user.clone(), token.data.clone()),
        Lookup::Ended(token) => (token.user.clone(), token.data.clone()),
        Lookup::Unknown => return Err(payload(404, "Session not found")),
    };
    if !matches!(state.lookup(SESSION, uuid), Lookup::Active(_)) {
        data.insert("state".into(), json!("EXPIRED"));
    }
    Ok(Answer::json(200, &session(state, uuid, &user, &data)))
}

fn enable_session(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_no_body()?;
    let token = active(state, call)?;
    token.data.insert("state".into(), json!("ENABLED"));
    Ok(Answer::empty(204))
}

fn enable_session_for_crm(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_query_among(&["bumpOldestSession"])?;
    if call
        .query("bumpOldestSession")
        .is_some_and(|bump| bump != "true" && bump != "false")
    {
        return Err(call.mismatch("bumpOldestSession is not true or false"));
    }
    let token = active(state, call)?;
    if token.data.get("state") != Some(&json!("ENABLED")) {
        return Err(payload(400, "The session is not enabled"));
    }
    token.data.insert("crm".into(), json!(true));
    Ok(Answer::empty(204))
}

fn impersonate(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let body = call.expect_json_object()?;
    let other = call.expect_string(&body, "userUuid")?.to_owned();
    if !state.has_user(&other) {
        return Err(payload(400, "Unknown user"));
    }
    answer_session(state, call, 200, |token| {
        if token.data.contains_key("impersonated") {
            return Err(payload(400, "The session already impersonates a user"));
        }
        token.data.insert("impersonated".into(), json!(other));
        Ok(())
    })
}

fn revert_identity(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_no_body()?;
    answer_session(state, call, 200, |token| {
        match token.data.remove("impersonated") {
            Some(_) => Ok(()),
            None => Err(payload(400, "The session impersonates no one")),
        }
    })
}

fn set_session_sso_token(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_header("content-type", "text/plain")?;
    let value = call.text().into_owned();
    let token = active(state, call)?;
    let tokens = token.data.entry("tokens").or_insert_with(|| json!({}));
    if let Some(tokens) = tokens.as_object_mut() {
        tokens.insert(call.param("tokenId").to_owned(), json!(value));
    }
    Ok(Answer::empty(204))
}

fn get_session_sso_token(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let id = call.param("tokenId");
    let token = active(state, call)?;
    match token.data.get("tokens").and_then(|tokens| tokens.get(id)) {
        Some(value) => Ok(Answer::json(200, &json!({"id": id, "value": value}))),
        None => Err(payload(404, "SSO token not found")),
    }
}

fn delete_session_sso_token(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    let id = call.param("tokenId");
    let token = active(state, call)?;
    let tokens = token.data.get_mut("tokens").and_then(Value::as_object_mut);
    match tokens.and_then(|tokens| tokens.remove(id)) {
        Some(_) => Ok(Answer::empty(204)),
        None => Err(payload(404, "SSO token not found")),
    }
}

fn delete_session(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    match state.remove(call.param("uuid")) {
        true => Ok(Answer::empty(204)),
        false => Err(payload(404, "Session not found")),
    }
}

fn delete_all_sessions(state: &mut State, _call: &Call<'_>) -> Result<Answer, Answer> {
    state.remove_all(SESSION);
    Ok(Answer::empty(204))
}

/// `since_epoch` as an RFC 3339 UTC date-time (`2026-11-29T10:00:00Z`).
fn timestamp(since_epoch: Duration) -> String {
    let seconds = since_epoch.as_secs();
    let (days, time) = (seconds / 86_400, seconds % 86_400);
    // Howard Hinnant's civil_from_days, for days since 1970-01-01.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    let (hour, minute, second) = (time / 3600, time % 3600 / 60, time % 60);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc_3339() {
        assert_eq!(timestamp(Duration::ZERO), "1970-01-01T00:00:00Z");
        assert_eq!(
            timestamp(Duration::from_secs(1_795_946_400)),
            "2026-11-29T10:00:00Z"
        );
        assert_eq!(
            timestamp(Duration::from_secs(951_782_400)),
            "2000-02-29T00:00:00Z"
        );
    }
}
