//! An OAuth 2 client-credentials token endpoint for a mocked API whose calls carry its token.

use std::time::Duration;

use serde_json::json;

use super::MockApi;
use super::answer::Answer;
use super::call::Call;
use super::route::Route;
use super::server::MockServer;
use super::state::{Lookup, State};
use crate::operation::Operation;

/// The kind of the tokens the token endpoint issues, to the OAuth clients.
pub const OAUTH: &str = "oauth";

/// An API whose mock has a token endpoint (see [`token_route`]).
pub trait MockOAuth: MockApi {
    /// The OAuth server's base path under the server's root (`"/api/ts/v1"`).
    const OAUTH_BASE_PATH: &'static str;
    /// The OAuth client known from the start.
    const CLIENT_ID: &'static str;
    /// The default client's secret.
    const CLIENT_SECRET: &'static str;
    /// The default token lifetime, as `expires_in` says.
    const TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

    /// Adds the default client and lifetime to a new server's state: call it from
    /// [`MockApi::setup`].
    fn setup_oauth(state: &mut State) {
        state.add_client(Self::CLIENT_ID, Self::CLIENT_SECRET);
        state.set_lifetime(OAUTH, Self::TOKEN_LIFETIME);
    }
}

impl<A: MockOAuth> MockServer<A> {
    /// The OAuth server's base URL to give the SDK (`POST <it>/oauth2/token`).
    pub fn oauth_url(&self) -> String {
        format!("{}{}", self.root_url(), A::OAUTH_BASE_PATH)
    }

    /// Adds an OAuth client that can get tokens with `client_secret`.
    pub fn add_oauth_client(&self, client_id: &str, client_secret: &str) {
        self.with_state(|state| state.add_client(client_id, client_secret));
    }

    /// Expires every OAuth token issued so far: the API answers `401` to them, and the
    /// token endpoint issues new ones.
    pub fn expire_oauth_tokens(&self) {
        self.with_state(|state| state.end_all(OAUTH));
    }

    /// Sets the lifetime of the OAuth tokens issued from now on (`expires_in`).
    pub fn set_oauth_token_lifetime(&self, lifetime: Duration) {
        self.with_state(|state| state.set_lifetime(OAUTH, lifetime));
    }
}

/// The route of the token request `operation` (`POST <base><path>`) answering a client-credentials grant (RFC 6749, 4.4): the
/// client id and secret as basic auth, the form `grant_type=client_credentials[&scope=...]`.
/// A refusal is RFC 6749's error body (`{"error":"invalid_client"}`).
pub fn token_route(base: &'static str, operation: &'static Operation) -> Route {
    Route::of(base, operation, token)
}

fn token(state: &mut State, call: &Call<'_>) -> Result<Answer, Answer> {
    call.expect_header("content-type", "application/x-www-form-urlencoded")?;
    let form: Vec<(String, String)> = url::form_urlencoded::parse(call.body())
        .into_owned()
        .collect();
    let field = |name: &str| {
        form.iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    };
    if field("grant_type") != Some("client_credentials") {
        return Err(refusal(400, "unsupported_grant_type"));
    }
    let client = state
        .clients()
        .find(|(id, secret)| call.is_basic(id, secret))
        .map(|(id, _)| id.to_owned())
        .ok_or_else(|| refusal(401, "invalid_client"))?;
    let access_token = state.issue(OAUTH, &client);
    let mut body = json!({"access_token": access_token, "token_type": "Bearer"});
    if let Some(lifetime) = state.lifetime(OAUTH) {
        body["expires_in"] = json!(lifetime.as_secs());
    }
    if let Some(scope) = field("scope") {
        body["scope"] = json!(scope);
    }
    Ok(Answer::json(200, &body))
}

fn refusal(status: u16, error: &str) -> Answer {
    Answer::json(status, &json!({ "error": error }))
}

/// Checks the call's `Authorization: Bearer` OAuth token: a missing, unknown or expired one
/// is refused with `401` and RFC 6750's `{"error":"invalid_token"}`.
pub fn check_bearer(state: &mut State, call: &Call<'_>) -> Result<(), Answer> {
    let token = call.bearer().unwrap_or_default();
    match state.lookup(OAUTH, token) {
        Lookup::Active(_) => Ok(()),
        Lookup::Ended(_) | Lookup::Unknown => Err(refusal(401, "invalid_token")),
    }
}
