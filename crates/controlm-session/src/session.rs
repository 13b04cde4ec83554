//! [`Session`]: a Control-M session that logs in once, renews itself and
//! logs out on close, on the runtime's one credential lifecycle.

use std::sync::Arc;
use std::time::Duration;

use session_sdks_runtime::{
    BoxFuture, Client, Credentials, Lifetime, Operation, SdkError, Secret, SessionLogin,
    SessionSettings, SessionState, SessionToken, StatusCode, StoreIdentity, check_credentials,
    login_refused,
};

use crate::apis::operations::{DO_LOGIN, DO_LOGOUT};
use crate::apis::session_api::{DoLoginError, SessionApi};
use crate::models::LoginCredentials;

/// A session token lives 30 minutes (BMC's Session Service documentation).
pub const SESSION_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// A Control-M session that manages itself: it logs in on first use, sends
/// `Authorization: Bearer <token>` with every call of [`Session::api`],
/// renews itself in the background ahead of the 30-minute lifetime, logs in
/// again once when the server answers `401` to the current token (the
/// refused call is then sent once more), and logs out on [`Session::close`].
///
/// - **Password changed**: the first refused login (`401`, or any other
///   `4xx` but `408`/`429`) is remembered; every later call fails at once
///   with [`SdkError::Login`] carrying it, sending nothing, until
///   [`Session::set_credentials`]. One failed login, whatever the concurrency.
/// - **Server trouble** (no connection, `5xx`, `429`): logins back off from
///   100 ms doubling to 30 s, shared by every caller.
/// - **Cancelled callers** do not cancel the login: it runs in its own task
///   and its session serves the next call.
/// - **Close** waits for a login in flight and logs out every session opened.
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
}

impl SessionLogin for Login {
    type Error = DoLoginError;
    type Credentials = LoginCredentials;

    fn operation(&self) -> &'static Operation {
        &DO_LOGIN
    }

    fn logout_operation(&self) -> &'static Operation {
        &DO_LOGOUT
    }

    /// The fleet's slot: this server and user; refusals are remembered by the password.
    fn store_identity(&self, credentials: &LoginCredentials) -> Option<StoreIdentity> {
        Some(StoreIdentity::new(
            "controlm",
            self.client.base_url(),
            credentials.username.as_str(),
            credentials.password.expose().as_bytes(),
        ))
    }

    fn check(&self, credentials: &LoginCredentials) -> Result<(), String> {
        check_credentials(&[
            ("username", &credentials.username),
            ("password", credentials.password.expose()),
        ])
    }

    fn login(
        &self,
        credentials: &LoginCredentials,
    ) -> BoxFuture<'_, Result<SessionToken, SdkError<DoLoginError>>> {
        let credentials = credentials.clone();
        Box::pin(async move {
            let login = SessionApi::new(self.client.clone())
                .do_login(credentials)
                .send()
                .await?;
            let status = login.status();
            let token = login.into_inner().token;
            Ok(SessionToken::from_field(&DO_LOGIN, status, "token", token)?
                .lifetime(Some(Lifetime::Fixed(SESSION_LIFETIME))))
        })
    }

    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(async move {
            SessionApi::new(self.client.with_bearer_token(token))
                .do_logout()
                .await
                .map(drop)
                .map_err(SdkError::map_entity)
        })
    }

    /// `401`: the token is unknown or its session ended.
    fn ended(&self, status: StatusCode, _body: &[u8]) -> bool {
        status == StatusCode::UNAUTHORIZED
    }

    /// `401` (wrong user or password) and `400`/`403`/`404` are refusals;
    /// `5xx`, `408`, `429` and transport failures are transient.
    fn refused(&self, err: &SdkError<DoLoginError>) -> bool {
        login_refused(err)
    }
}

impl Session {
    /// A session of `credentials` on `client`; nothing is sent until first use.
    pub fn new(client: &Client, credentials: LoginCredentials) -> Self {
        Self::with_settings(client, credentials, SessionSettings::default())
    }

    /// Like [`Session::new`], with other [`SessionSettings`] (renewal margin,
    /// lifetime, login deadline, backoff).
    pub fn with_settings(
        client: &Client,
        credentials: LoginCredentials,
        settings: SessionSettings,
    ) -> Self {
        Self::with_credentials(client, Credentials::fixed(credentials), settings)
    }

    /// Like [`Session::with_settings`], with credentials read at each login
    /// ([`Credentials::from_fn`]: a secret manager, a mounted file).
    pub fn with_credentials(
        client: &Client,
        credentials: Credentials<LoginCredentials>,
        settings: SessionSettings,
    ) -> Self {
        let settings = SessionSettings {
            header: Some(("authorization", "Bearer ")),
            ..settings
        };
        let session = session_sdks_runtime::Session::new(
            Login {
                client: client.without_auth(),
            },
            credentials,
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
    pub async fn start(&self) -> Result<(), SdkError<DoLoginError>> {
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
    pub async fn token(&self) -> Result<Secret, SdkError<DoLoginError>> {
        self.session.token().await
    }

    /// New credentials for every clone (after a password change): a refusal
    /// of the old ones no longer stands; a valid token keeps serving until
    /// the next login.
    pub fn set_credentials(&self, credentials: LoginCredentials) {
        self.session.set_credentials(credentials);
    }

    /// Like [`Session::set_credentials`], read from a function at each login.
    pub fn set_credentials_from(&self, credentials: Credentials<LoginCredentials>) {
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
