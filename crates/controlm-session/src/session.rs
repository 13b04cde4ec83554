//! [`Session`]: a Control-M session that logs in once, renews itself and
//! logs out on close, on the runtime's one session mechanism.

use std::sync::Arc;
use std::time::Duration;

use session_sdks_runtime::{
    BoxFuture, Client, Error, Lifetime, Secret, SessionLogin, SessionSettings, SessionToken,
    StatusCode,
};

use crate::apis::session_api::{DO_LOGIN, DoLoginError, SessionApi};
use crate::models::LoginCredentials;

/// A session token lives 30 minutes (BMC's Session Service documentation).
pub const SESSION_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// A Control-M session that manages itself: it logs in on first use, sends
/// `Authorization: Bearer <token>` with every call of [`Session::api`],
/// logs in again just before the 30-minute lifetime ends or, once, when the
/// server answers `401` to the current token (the refused call is then sent
/// once more), and logs out on [`Session::close`].
///
/// Cheap to clone; clones are the same session, shared by any number of
/// tasks (one login for all). An API token (`x-api-key`) needs no session:
/// use `client.with_api_key("x-api-key", key)` instead.
#[derive(Clone, Debug)]
pub struct Session {
    session: session_sdks_runtime::Session<Login>,
    client: Client,
}

/// How Control-M logs in and out.
#[derive(Debug)]
struct Login {
    client: Client,
    credentials: LoginCredentials,
}

impl SessionLogin for Login {
    type Error = DoLoginError;

    fn operation(&self) -> &'static session_sdks_runtime::Operation {
        &DO_LOGIN
    }

    fn login(&self) -> BoxFuture<'_, Result<SessionToken, Error<DoLoginError>>> {
        Box::pin(async move {
            let login = SessionApi::new(self.client.clone())
                .do_login(self.credentials.clone())
                .send()
                .await?;
            let status = login.status();
            let token = login.into_inner().token;
            Ok(SessionToken::from_field(&DO_LOGIN, status, "token", token)?
                .lifetime(Some(Lifetime::Fixed(SESSION_LIFETIME))))
        })
    }

    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            SessionApi::new(self.client.with_bearer_token(token))
                .do_logout()
                .await
                .map(drop)
                .map_err(Error::map_entity)
        })
    }

    fn ended(&self, status: StatusCode, _body: &[u8]) -> bool {
        status == StatusCode::UNAUTHORIZED
    }
}

impl Session {
    /// A session of `credentials` on `client`; nothing is sent until first use.
    pub fn new(client: &Client, credentials: LoginCredentials) -> Self {
        Self::with_settings(client, credentials, SessionSettings::default())
    }

    /// Like [`Session::new`], renewing `renew_before` ahead of the lifetime
    /// (default 60 s), with another lifetime if the server is configured so
    /// (`lifetime`), and each login bounded by `login_deadline`.
    pub fn with_settings(
        client: &Client,
        credentials: LoginCredentials,
        settings: SessionSettings,
    ) -> Self {
        let settings = SessionSettings {
            header: Some(("authorization", "Bearer ")),
            ..settings
        };
        let session = session_sdks_runtime::Session::new(
            Login {
                client: client.without_auth(),
                credentials,
            },
            settings,
        );
        Self {
            client: client
                .without_header("authorization")
                .with_auth_provider(Arc::new(session.clone())),
            session,
        }
    }

    /// Logs in now unless already logged in, for a caller who wants the
    /// login's error at start-up.
    pub async fn start(&self) -> Result<(), Error<DoLoginError>> {
        self.session.start().await
    }

    /// The API, its calls authenticated by this session.
    pub fn api(&self) -> SessionApi {
        SessionApi::new(self.client.clone())
    }

    /// The client that sends this session's token, for other calls.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The current token, logging in first if needed.
    pub async fn token(&self) -> Result<Secret, Error<DoLoginError>> {
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
