//! [`Session`]: a Cyclos session that logs in once with basic auth, renews
//! itself and logs out on close, on the runtime's one session mechanism.

use std::sync::Arc;
use std::time::Duration;

use session_sdks_runtime::header::SET_COOKIE;
use session_sdks_runtime::{
    BoxFuture, Client, Error, Lifetime, Operation, Secret, SessionLogin, SessionSettings,
    SessionToken, StatusCode,
};

use crate::CyclosClientExt;
use crate::apis::auth_api::{AuthApi, LOGIN, LoginError};

/// The `Session-Token` header, which carries the session on every call.
const SESSION_TOKEN: &str = "Session-Token";

/// Who logs in, and the login's options (the query parameters of
/// [`AuthApi::login`] and the `Principal-Type` header), passed through.
#[derive(Debug, Clone)]
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
/// [`Session::close`]. A refused login (`code: login`, a blocked password) is
/// returned to the caller and not retried.
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
    credentials: SessionCredentials,
}

impl SessionLogin for Login {
    type Error = LoginError;

    fn operation(&self) -> &'static Operation {
        &LOGIN
    }

    fn login(&self) -> BoxFuture<'_, Result<SessionToken, Error<LoginError>>> {
        Box::pin(async move {
            let credentials = &self.credentials;
            let mut client = self
                .client
                .with_basic_auth(&credentials.user, credentials.password.clone());
            if let Some(principal_type) = &credentials.principal_type {
                client = client.with_principal_type(principal_type);
            }
            let mut login = AuthApi::new(client).login();
            if credentials.cookie {
                login = login.cookie(true);
            }
            if let Some(seconds) = credentials.timeout_in_seconds {
                login = login.timeout_in_seconds(seconds);
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

    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            AuthApi::new(self.client.with_session_token(token))
                .logout()
                .await
                .map(drop)
                .map_err(Error::map_entity)
        })
    }

    fn ended(&self, status: StatusCode, body: &[u8]) -> bool {
        status == StatusCode::UNAUTHORIZED
            && serde_json::from_slice::<serde_json::Value>(body)
                .is_ok_and(|error| error.get("code").and_then(|c| c.as_str()) == Some("loggedOut"))
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

    /// Like [`Session::new`], renewing `renew_before` ahead of a known
    /// lifetime (default 60 s), with another lifetime (`lifetime`), and each
    /// login bounded by `login_deadline`.
    pub fn with_settings(
        client: &Client,
        credentials: SessionCredentials,
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
                credentials,
            },
            settings,
        );
        Self {
            client: base.with_auth_provider(Arc::new(session.clone())),
            session,
        }
    }

    /// Logs in now unless already logged in, for a caller who wants the
    /// login's error (`UnauthorizedError`, `ForbiddenError`) at start-up.
    pub async fn start(&self) -> Result<(), Error<LoginError>> {
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
    pub async fn token(&self) -> Result<Secret, Error<LoginError>> {
        self.session.token().await
    }

    /// Logs out (once) and refuses every later call before sending it.
    pub async fn close(&self) -> Result<(), Error> {
        self.session.close().await
    }

    /// Whether [`Session::close`] was called.
    pub fn is_closed(&self) -> bool {
        self.session.is_closed()
    }
}
