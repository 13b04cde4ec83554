//! [`Session`]: a Cyclos session that logs in once with basic auth, renews
//! itself and logs out on close, on the runtime's one session mechanism.

use std::sync::Arc;
use std::time::Duration;

use session_sdks_runtime::header::SET_COOKIE;
use session_sdks_runtime::{
    BoxFuture, Client, Credentials, Lifetime, Operation, SdkError, Secret, SessionLogin,
    SessionSettings, SessionState, SessionToken, StatusCode, StoreIdentity, check_credentials,
    login_refused,
};

use crate::CyclosClientExt;
use crate::apis::auth_api::{AuthApi, LoginError};
use crate::apis::operations::{LOGIN, LOGOUT};

/// The `Session-Token` header, which carries the session on every call.
const SESSION_TOKEN: &str = "Session-Token";

/// Who logs in, and the login's options (the query parameters of
/// [`AuthApi::login`] and the `Principal-Type` header), passed through.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionCredentials {
    /// The user identification (login name, e-mail, ...), sent with basic auth.
    pub user: String,
    /// The password, sent with basic auth.
    pub password: Secret,
    /// `Principal-Type`: which identification method `user` is (Cyclos 4.12+).
    pub principal_type: Option<String>,
    /// `timeoutInSeconds`: the session's idle timeout, at most the channel's.
    /// It is also the lifetime the session renews ahead of.
    pub timeout_in_seconds: Option<i32>,
    /// `cookie`: the server splits the token between the body and a
    /// `Session-Token` cookie; the session joins the halves and sends the
    /// whole token in the header.
    pub cookie: bool,
}

impl SessionCredentials {
    /// `user` and `password`, with no other option.
    pub fn new(user: impl Into<String>, password: impl Into<Secret>) -> Self {
        Self {
            user: user.into(),
            password: password.into(),
            principal_type: None,
            timeout_in_seconds: None,
            cookie: false,
        }
    }
}

/// A Cyclos session that manages itself: it logs in on first use (basic
/// auth, `POST /auth/session`), sends `Session-Token` with every call of
/// [`Session::api`], logs in again once when the server answers `401` with
/// `code: loggedOut` to the current token (the refused call is then sent once
/// more) or just before a `timeout_in_seconds` would end it, and logs out on
/// [`Session::close`].
///
/// - **Password changed**: the first refused login (`401` with `code:
///   login`, `403` for a blocked or temporarily blocked user, any other `4xx`
///   but `408`/`429`) is remembered; every later call fails at once with
///   [`SdkError::Login`] carrying it, sending nothing, until
///   [`Session::set_credentials`]. One failed login, whatever the concurrency.
/// - **Server trouble** (no connection, `5xx`, `429`): logins back off from
///   100 ms doubling to 30 s, shared by every caller.
/// - **Cancelled callers** do not cancel the login: it runs in its own task
///   and its session serves the next call.
/// - **Close** waits for a login in flight and logs out every session opened.
///
/// Cheap to clone; clones are the same session, shared by any number of
/// tasks (one login for all).
#[derive(Clone, Debug)]
pub struct Session {
    session: session_sdks_runtime::Session<Login>,
    client: Client,
}

#[derive(Debug)]
struct Login {
    client: Client,
}

impl SessionLogin for Login {
    type Error = LoginError;
    type Credentials = SessionCredentials;

    fn operation(&self) -> &'static Operation {
        &LOGIN
    }

    fn logout_operation(&self) -> &'static Operation {
        &LOGOUT
    }

    /// The fleet's slot: this server, principal type and user; refusals are remembered by the password.
    fn store_identity(&self, credentials: &SessionCredentials) -> Option<StoreIdentity> {
        Some(StoreIdentity::new(
            "cyclos",
            self.client.base_url(),
            format!(
                "{}\n{}",
                credentials.principal_type.as_deref().unwrap_or_default(),
                credentials.user
            ),
            credentials.password.expose().as_bytes(),
        ))
    }

    fn check(&self, credentials: &SessionCredentials) -> Result<(), String> {
        if credentials.user.contains(':') {
            // RFC 7617: a user-id containing a colon cannot be sent.
            return Err(
                "the credentials' `user` contains `:`, which basic auth cannot send".into(),
            );
        }
        check_credentials(&[
            ("user", &credentials.user),
            ("password", credentials.password.expose()),
        ])
    }

    fn login(
        &self,
        credentials: &SessionCredentials,
    ) -> BoxFuture<'_, Result<SessionToken, SdkError<LoginError>>> {
        let credentials = credentials.clone();
        Box::pin(async move {
            let credentials = &credentials;
            let mut client = self
                .client
                .with_basic_auth(&credentials.user, credentials.password.clone());
            if let Some(principal_type) = &credentials.principal_type {
                client = client.with_principal_type(principal_type);
            }
            let mut login = AuthApi::new(client).login();
            if credentials.cookie {
                login = login.params(|p| p.cookie(true));
            }
            if let Some(seconds) = credentials.timeout_in_seconds {
                login = login.params(|p| p.timeout_in_seconds(seconds));
            }
            let response = login.send().await?;
            let status = response.status();
            // With `cookie`, the body holds the first half, the cookie the second.
            let second_half = credentials
                .cookie
                .then(|| cookie_half(response.headers()))
                .flatten();
            let first_half = response.into_inner().session_token;
            let token = match (first_half, second_half) {
                (Some(first), Some(second)) => Some(Secret::new(format!(
                    "{}{}",
                    first.expose(),
                    second.expose()
                ))),
                (first, _) => first,
            };
            let lifetime = credentials
                .timeout_in_seconds
                .and_then(|seconds| u64::try_from(seconds).ok())
                .map(|seconds| Lifetime::Idle(Duration::from_secs(seconds)));
            Ok(SessionToken::from_field(&LOGIN, status, "sessionToken", token)?.lifetime(lifetime))
        })
    }

    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(async move {
            AuthApi::new(self.client.with_session_token(token))
                .logout()
                .await
                .map(drop)
                .map_err(SdkError::map_entity)
        })
    }

    fn ended(&self, status: StatusCode, body: &[u8]) -> bool {
        status == StatusCode::UNAUTHORIZED
            && serde_json::from_slice::<serde_json::Value>(body)
                .is_ok_and(|error| error.get("code").and_then(|c| c.as_str()) == Some("loggedOut"))
    }

    /// `401` (`code: login`, wrong credentials), `403` (a blocked user or
    /// password) and any other `4xx` but `408`/`429` are refusals; `5xx`,
    /// `408`, `429` and transport failures are transient.
    fn refused(&self, err: &SdkError<LoginError>) -> bool {
        login_refused(err)
    }
}

/// The value of the `Session-Token` cookie a cookie login sets.
fn cookie_half(headers: &session_sdks_runtime::header::HeaderMap) -> Option<Secret> {
    headers.get_all(SET_COOKIE).iter().find_map(|value| {
        let cookie = value.to_str().ok()?;
        let (name, rest) = cookie.split_once('=')?;
        let value = rest.split(';').next()?.trim();
        (name.trim() == SESSION_TOKEN && !value.is_empty()).then(|| Secret::new(value))
    })
}

impl Session {
    /// A session of `credentials` on `client`; nothing is sent until first use.
    pub fn new(client: &Client, credentials: SessionCredentials) -> Self {
        Self::with_settings(client, credentials, SessionSettings::default())
    }

    /// Like [`Session::new`], with other [`SessionSettings`] (renewal margin,
    /// lifetime, login deadline, backoff).
    pub fn with_settings(
        client: &Client,
        credentials: SessionCredentials,
        settings: SessionSettings,
    ) -> Self {
        Self::with_credentials(client, Credentials::fixed(credentials), settings)
    }

    /// Like [`Session::with_settings`], with credentials read at each login
    /// ([`Credentials::from_fn`]: a secret manager, a mounted file).
    pub fn with_credentials(
        client: &Client,
        credentials: Credentials<SessionCredentials>,
        settings: SessionSettings,
    ) -> Self {
        let settings = SessionSettings {
            header: Some((SESSION_TOKEN, "")),
            ..settings
        };
        let base = client.without_auth();
        let session = session_sdks_runtime::Session::new(
            Login {
                client: base.clone(),
            },
            credentials,
            settings,
        );
        Self {
            client: base.with_auth_provider(Arc::new(session.clone())),
            session,
        }
    }

    /// Logs in now unless already logged in, for a caller who wants the
    /// login's error (`UnauthorizedError`, `ForbiddenError`) at start-up.
    pub async fn start(&self) -> Result<(), SdkError<LoginError>> {
        self.session.start().await
    }

    /// The API, its calls authenticated by this session.
    pub fn api(&self) -> AuthApi {
        AuthApi::new(self.client.clone())
    }

    /// The client that sends this session's token, for other calls.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The current token, logging in first if needed.
    pub async fn token(&self) -> Result<Secret, SdkError<LoginError>> {
        self.session.token().await
    }

    /// New credentials for every clone (after a password change): a refusal
    /// of the old ones no longer stands; a valid token keeps serving until
    /// the next login.
    pub fn set_credentials(&self, credentials: SessionCredentials) {
        self.session.set_credentials(credentials);
    }

    /// Like [`Session::set_credentials`], read from a function at each login.
    pub fn set_credentials_from(&self, credentials: Credentials<SessionCredentials>) {
        self.session.set_credentials_from(credentials);
    }

    /// Where the session stands.
    pub fn state(&self) -> SessionState {
        self.session.state()
    }

    /// Logs out every session this one opened (waiting for a login in
    /// flight) and refuses every later call before sending it. With a shared
    /// store ([`SessionSettings::store`]) this ends the shared session for
    /// every replica; a replica shutting down calls [`Session::leave`].
    pub async fn close(&self) -> Result<(), SdkError> {
        self.session.close().await
    }

    /// Refuses every later call of this replica but leaves the shared
    /// session open for the others (a replica shutting down); logs out only
    /// what no other replica can be using. With the memory store, the same
    /// as [`Session::close`].
    pub async fn leave(&self) -> Result<(), SdkError> {
        self.session.leave().await
    }

    /// Whether [`Session::close`] was called.
    pub fn is_closed(&self) -> bool {
        self.session.is_closed()
    }
}
