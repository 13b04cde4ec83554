//! [`Session`]: a LetMC customer session that logs in once, renews itself
//! and logs out on close, on the runtime's one session mechanism.
//!
//! The token is an explicit argument of every documented operation (the
//! `token` query parameter), so the session does not hide it: [`Session::run`]
//! hands the current token to any operation, and repeats it once with a new
//! token when the server says the session ended. The documented signatures
//! stay as they are.

use std::future::Future;

use session_sdks_runtime::{
    BoxFuture, Client, Error, Operation, Secret, SessionLogin, SessionSettings, SessionToken,
    StatusCode,
};

use crate::apis::session_controller_api::{
    SESSION_CONTROLLER_LOGIN, SessionControllerApi, SessionControllerLoginError,
};

/// A LetMC customer session that manages itself: it logs in on first use,
/// gives the token to every call made through [`Session::run`], logs in
/// again once when the server answers `401` to the current token (the call
/// is then made once more with the new token), and logs out on
/// [`Session::close`]. A refused login is returned, not retried.
///
/// Cheap to clone; clones are the same session, shared by any number of
/// tasks (one login for all).
#[derive(Clone, Debug)]
pub struct Session {
    session: session_sdks_runtime::Session<Login>,
    api: SessionControllerApi,
    short_name: String,
}

struct Login {
    api: SessionControllerApi,
    short_name: String,
    username: String,
    password: Secret,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Login")
            .field("short_name", &self.short_name)
            .field("username", &self.username)
            .field("password", &self.password)
            .finish()
    }
}

impl SessionLogin for Login {
    type Error = SessionControllerLoginError;

    fn operation(&self) -> &'static Operation {
        &SESSION_CONTROLLER_LOGIN
    }

    fn login(&self) -> BoxFuture<'_, Result<SessionToken, Error<SessionControllerLoginError>>> {
        Box::pin(async move {
            // An empty token is already a decode error of the login itself.
            let token = self
                .api
                .session_controller_login(
                    self.short_name.clone(),
                    self.username.clone(),
                    self.password.clone(),
                )
                .await?;
            Ok(SessionToken::new(token))
        })
    }

    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), Error>> {
        Box::pin(async move {
            self.api
                .session_controller_logout(self.short_name.clone(), token)
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
    /// A session of `username` at the agency `short_name`; nothing is sent
    /// until first use.
    pub fn new(
        client: &Client,
        short_name: impl Into<String>,
        username: impl Into<String>,
        password: impl Into<Secret>,
    ) -> Self {
        Self::with_settings(
            client,
            short_name,
            username,
            password,
            SessionSettings::default(),
        )
    }

    /// Like [`Session::new`], with a lifetime to renew ahead of (`lifetime`,
    /// `renew_before`: the document gives none) and each login bounded by
    /// `login_deadline`.
    pub fn with_settings(
        client: &Client,
        short_name: impl Into<String>,
        username: impl Into<String>,
        password: impl Into<Secret>,
        settings: SessionSettings,
    ) -> Self {
        let short_name = short_name.into();
        let api = SessionControllerApi::new(client.clone());
        let session = session_sdks_runtime::Session::new(
            Login {
                api: api.clone(),
                short_name: short_name.clone(),
                username: username.into(),
                password: password.into(),
            },
            SessionSettings {
                header: None,
                ..settings
            },
        );
        Self {
            session,
            api,
            short_name,
        }
    }

    /// Runs `call` with the API and the current token (logging in first if
    /// needed); if the server answers `401`, logs in again once and runs it
    /// once more with the new token.
    ///
    /// ```no_run
    /// # async fn run(session: letmc_session::Session) -> Result<(), letmc_session::Error> {
    /// let info = session
    ///     .run(|api, token| api.session_controller_get_session_info("acme", token).into_future())
    ///     .await
    ///     .map_err(letmc_session::Error::map_entity)?;
    /// # Ok(()) }
    /// ```
    pub async fn run<T, E, F, Fut>(&self, call: F) -> Result<T, Error<E>>
    where
        F: Fn(SessionControllerApi, Secret) -> Fut,
        Fut: Future<Output = Result<T, Error<E>>>,
    {
        self.session
            .run(|token| call(self.api.clone(), token))
            .await
    }

    /// The agency's short name the session belongs to.
    pub fn short_name(&self) -> &str {
        &self.short_name
    }

    /// Logs in now unless already logged in, for a caller who wants the
    /// login's error at start-up.
    pub async fn start(&self) -> Result<(), Error<SessionControllerLoginError>> {
        self.session.start().await
    }

    /// The current token, logging in first if needed.
    pub async fn token(&self) -> Result<Secret, Error<SessionControllerLoginError>> {
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
