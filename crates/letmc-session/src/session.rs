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
    BoxFuture, Client, Credentials, Operation, SdkError, Secret, SessionLogin, SessionSettings,
    SessionState, SessionToken, StatusCode, StoreIdentity, check_credentials, login_refused,
};

use crate::apis::operations::{SESSION_CONTROLLER_LOGIN, SESSION_CONTROLLER_LOGOUT};
use crate::apis::session_controller_api::{SessionControllerApi, SessionControllerLoginError};

/// Who logs in: the username and password of a customer of the agency.
#[derive(Clone, PartialEq)]
pub struct SessionCredentials {
    /// The customer's username.
    pub username: String,
    /// The customer's password.
    pub password: Secret,
}

impl SessionCredentials {
    /// `username` and `password`.
    pub fn new(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        Self {
            username: username.into(),
            password: password.into(),
        }
    }
}

impl std::fmt::Debug for SessionCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionCredentials")
            .field("username", &self.username)
            .field("password", &self.password)
            .finish()
    }
}

/// A LetMC customer session that manages itself: it logs in on first use,
/// gives the token to every call made through [`Session::run`], logs in
/// again once when the server answers `401` to the current token (the call
/// is then made once more with the new token), and logs out on
/// [`Session::close`].
///
/// - **Password changed**: the first refused login (`401`, any other `4xx`
///   but `408`/`429`) is remembered; every later call fails at once with
///   [`SdkError::Login`] carrying it, sending nothing, until
///   [`Session::set_credentials`]. One failed login, whatever the concurrency.
/// - **Server trouble** (no connection, `5xx`, `429`): logins back off from
///   100 ms doubling to 30 s, shared by every caller.
/// - **Cancelled callers** do not cancel the login: it runs in its own task
///   and its session serves the next call.
/// - **Close** waits for a login in flight and logs out every session opened.
/// - The password travels in the login's query string (the document's
///   choice): use an `https` base URL.
///
/// Cheap to clone; clones are the same session, shared by any number of
/// tasks (one login for all).
#[derive(Clone, Debug)]
pub struct Session {
    session: session_sdks_runtime::Session<Login>,
    api: SessionControllerApi,
    short_name: String,
    /// The client's deadline, which bounds each [`Session::run`].
    deadline: Option<std::time::Duration>,
}

#[derive(Debug)]
struct Login {
    api: SessionControllerApi,
    short_name: String,
    /// Names the fleet's slot with the agency and user.
    base_url: String,
}

impl SessionLogin for Login {
    type Error = SessionControllerLoginError;
    type Credentials = SessionCredentials;

    fn operation(&self) -> &'static Operation {
        &SESSION_CONTROLLER_LOGIN
    }

    fn logout_operation(&self) -> &'static Operation {
        &SESSION_CONTROLLER_LOGOUT
    }

    /// The fleet's slot: this server, agency and user; refusals are remembered by the password.
    fn store_identity(&self, credentials: &SessionCredentials) -> Option<StoreIdentity> {
        Some(StoreIdentity::new(
            "letmc",
            self.base_url.as_str(),
            format!("{}\n{}", self.short_name, credentials.username),
            credentials.password.expose().as_bytes(),
        ))
    }

    fn check(&self, credentials: &SessionCredentials) -> Result<(), String> {
        check_credentials(&[
            ("username", &credentials.username),
            ("password", credentials.password.expose()),
        ])
    }

    fn login(
        &self,
        credentials: &SessionCredentials,
    ) -> BoxFuture<'_, Result<SessionToken, SdkError<SessionControllerLoginError>>> {
        let credentials = credentials.clone();
        Box::pin(async move {
            // An empty token is already a decode error of the login itself.
            let token = self
                .api
                .session_controller_login(
                    self.short_name.clone(),
                    credentials.username,
                    credentials.password,
                )
                .await?;
            Ok(SessionToken::new(token))
        })
    }

    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(async move {
            self.api
                .session_controller_logout(self.short_name.clone(), token)
                .await
                .map(drop)
                .map_err(SdkError::map_entity)
        })
    }

    fn ended(&self, status: StatusCode, _body: &[u8]) -> bool {
        status == StatusCode::UNAUTHORIZED
    }

    /// `401` (wrong username or password) and any other `4xx` but
    /// `408`/`429` are refusals; `5xx`, `408`, `429` and transport failures
    /// are transient.
    fn refused(&self, err: &SdkError<SessionControllerLoginError>) -> bool {
        login_refused(err)
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

    /// Like [`Session::new`], with other [`SessionSettings`] (a lifetime to
    /// renew ahead of: the document gives none; login deadline, backoff).
    pub fn with_settings(
        client: &Client,
        short_name: impl Into<String>,
        username: impl Into<String>,
        password: impl Into<Secret>,
        settings: SessionSettings,
    ) -> Self {
        let credentials = SessionCredentials::new(username, password);
        Self::with_credentials(
            client,
            short_name,
            Credentials::fixed(credentials),
            settings,
        )
    }

    /// Like [`Session::with_settings`], with credentials read at each login
    /// ([`Credentials::from_fn`]: a secret manager, a mounted file).
    pub fn with_credentials(
        client: &Client,
        short_name: impl Into<String>,
        credentials: Credentials<SessionCredentials>,
        settings: SessionSettings,
    ) -> Self {
        let short_name = short_name.into();
        let api = SessionControllerApi::new(client.clone());
        let session = session_sdks_runtime::Session::new(
            Login {
                api: api.clone(),
                short_name: short_name.clone(),
                base_url: client.base_url().to_owned(),
            },
            credentials,
            SessionSettings {
                header: None,
                ..settings
            },
        );
        Self {
            session,
            api,
            short_name,
            deadline: client.deadline(),
        }
    }

    /// Runs `call` with the API and the current token (logging in first if
    /// needed); if the server answers `401`, logs in again once and runs it
    /// once more with the new token. The client's deadline
    /// ([`ClientBuilder::deadline`](crate::ClientBuilder::deadline)) bounds
    /// the whole run, the wait for a login included: when it passes the
    /// error is [`SdkError::DeadlineExceeded`] and no login is started again
    /// because of it. A login failure is [`SdkError::Login`], nothing sent.
    ///
    /// ```no_run
    /// # async fn run(session: letmc_session::Session) -> Result<(), letmc_session::SdkError> {
    /// let info = session
    ///     .run(|api, token| api.session_controller_get_session_info("acme", token).into_future())
    ///     .await
    ///     .map_err(letmc_session::SdkError::map_entity)?;
    /// # Ok(()) }
    /// ```
    pub async fn run<T, E, F, Fut>(&self, call: F) -> Result<T, SdkError<E>>
    where
        F: Fn(SessionControllerApi, Secret) -> Fut,
        Fut: Future<Output = Result<T, SdkError<E>>>,
    {
        self.session
            .run_within(self.deadline, |token| call(self.api.clone(), token))
            .await
    }

    /// The agency's short name the session belongs to.
    pub fn short_name(&self) -> &str {
        &self.short_name
    }

    /// Logs in now unless already logged in, for a caller who wants the
    /// login's error at start-up.
    pub async fn start(&self) -> Result<(), SdkError<SessionControllerLoginError>> {
        self.session.start().await
    }

    /// The current token, logging in first if needed.
    pub async fn token(&self) -> Result<Secret, SdkError<SessionControllerLoginError>> {
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
