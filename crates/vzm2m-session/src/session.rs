//! [`Session`]: a Connectivity Management session (`VZ-M2M-Token`) that
//! logs in once, renews itself and logs out on close, on top of the OAuth
//! client, on the runtime's one session mechanism.

use std::sync::Arc;
use std::time::Duration;

use session_sdks_runtime::{
    BoxFuture, Credentials, Lifetime, Operation, SdkError, Secret, SessionLogin, SessionSettings,
    SessionState, SessionToken, StatusCode, StoreIdentity, check_credentials, login_refused,
};

use crate::apis::operations::{LOGIN_USING_POST, LOGOUT_USING_POST};
use crate::apis::session_controller::{LoginUsingPostError, SessionController};
use crate::client::{VZ_M2M_TOKEN, VzM2mClient};
use crate::models::LogInRequest;

/// A session token expires after 20 minutes without a call (Verizon's
/// ThingSpace documentation).
pub const SESSION_IDLE_LIFETIME: Duration = Duration::from_secs(20 * 60);

/// A Connectivity Management session that manages itself: it logs in on
/// first use, sends `VZ-M2M-Token` with every call of [`Session::session`]
/// (beside the OAuth token, which the client renews on its own), logs in
/// again just before 20 minutes without a call would end it or, once, when
/// the API says the session token expired (the refused call is then sent
/// once more), and logs out on [`Session::close`].
///
/// - **Password changed** (five failed logins lock the account): the first
///   refused login (`400`/`401`, any other `4xx` but `408`/`429`) is
///   remembered; every later call fails at once with [`SdkError::Login`]
///   carrying it, sending nothing, until [`Session::set_credentials`]. One
///   failed login, whatever the concurrency.
/// - **Server trouble** (no connection, `5xx`, `429`): logins back off from
///   100 ms doubling to 30 s, shared by every caller.
/// - **Cancelled callers** do not cancel the login: it runs in its own task
///   and its session serves the next call.
/// - **Close** waits for a login in flight and logs out every session opened.
///
/// Cheap to clone; clones are the same session, shared by any
/// number of tasks (one login for all).
#[derive(Clone, Debug)]
pub struct Session {
    session: session_sdks_runtime::Session<Login>,
    client: VzM2mClient,
}

#[derive(Debug)]
struct Login {
    client: VzM2mClient,
}

impl SessionLogin for Login {
    type Error = LoginUsingPostError;
    type Credentials = LogInRequest;

    fn operation(&self) -> &'static Operation {
        &LOGIN_USING_POST
    }

    fn logout_operation(&self) -> &'static Operation {
        &LOGOUT_USING_POST
    }

    /// The fleet's slot: this server and user; refusals are remembered by the password.
    fn store_identity(&self, credentials: &LogInRequest) -> Option<StoreIdentity> {
        Some(StoreIdentity::new(
            "vzm2m",
            self.client.client().base_url(),
            credentials.username.as_deref().unwrap_or_default(),
            credentials
                .password
                .as_ref()
                .map(Secret::expose)
                .unwrap_or_default()
                .as_bytes(),
        ))
    }

    fn check(&self, request: &LogInRequest) -> Result<(), String> {
        let username = request.username.as_deref().unwrap_or_default();
        let password = request
            .password
            .as_ref()
            .map(Secret::expose)
            .unwrap_or_default();
        check_credentials(&[("username", username), ("password", password)])
    }

    fn login(
        &self,
        request: &LogInRequest,
    ) -> BoxFuture<'_, Result<SessionToken, SdkError<LoginUsingPostError>>> {
        let request = request.clone();
        Box::pin(async move {
            let login = self
                .client
                .session()
                .login_using_post(Some(request))
                .send()
                .await?;
            let status = login.status();
            let token = login.into_inner().session_token;
            Ok(
                SessionToken::from_field(&LOGIN_USING_POST, status, "sessionToken", token)?
                    .lifetime(Some(Lifetime::Idle(SESSION_IDLE_LIFETIME))),
            )
        })
    }

    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(async move {
            self.client
                .with_session_token(token)
                .session()
                .logout_using_post()
                .await
                .map(drop)
                .map_err(SdkError::map_entity)
        })
    }

    /// The session token, not the OAuth token, was refused: a `400` or
    /// `401` whose `errorCode` names the session token
    /// (`REQUEST_FAILED.SessionToken.Expired`). An expired OAuth token is the
    /// OAuth provider's, which renews it itself.
    fn ended(&self, status: StatusCode, body: &[u8]) -> bool {
        matches!(status.as_u16(), 400 | 401)
            && serde_json::from_slice::<serde_json::Value>(body).is_ok_and(|error| {
                error
                    .get("errorCode")
                    .and_then(|code| code.as_str())
                    .is_some_and(|code| code.to_ascii_lowercase().contains("sessiontoken"))
            })
    }

    /// `400`/`401` (wrong username or password, a locked account) and any
    /// other `4xx` but `408`/`429` are refusals; `5xx`, `408`, `429` and
    /// transport failures (an OAuth token fetch's included) are transient.
    fn refused(&self, err: &SdkError<LoginUsingPostError>) -> bool {
        login_refused(err)
    }
}

impl Session {
    /// A session of `request` (username and password) on `client`, whose
    /// OAuth token it uses; nothing is sent until first use.
    pub fn new(client: &VzM2mClient, request: LogInRequest) -> Self {
        Self::with_settings(client, request, SessionSettings::default())
    }

    /// Like [`Session::new`], with other [`SessionSettings`] (renewal margin,
    /// lifetime, login deadline, backoff).
    pub fn with_settings(
        client: &VzM2mClient,
        request: LogInRequest,
        settings: SessionSettings,
    ) -> Self {
        Self::with_credentials(client, Credentials::fixed(request), settings)
    }

    /// Like [`Session::with_settings`], with credentials read at each login
    /// ([`Credentials::from_fn`]: a secret manager, a mounted file).
    pub fn with_credentials(
        client: &VzM2mClient,
        credentials: Credentials<LogInRequest>,
        settings: SessionSettings,
    ) -> Self {
        let settings = SessionSettings {
            header: Some((VZ_M2M_TOKEN, "")),
            ..settings
        };
        let base = client.without_session_token();
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
    /// login's error at start-up.
    pub async fn start(&self) -> Result<(), SdkError<LoginUsingPostError>> {
        self.session.start().await
    }

    /// The session API (the document's `client.session`), its calls carrying
    /// this session's token.
    pub fn session(&self) -> SessionController {
        self.client.session()
    }

    /// The client that sends this session's token, for other calls.
    pub fn client(&self) -> &VzM2mClient {
        &self.client
    }

    /// The current token, logging in first if needed.
    pub async fn token(&self) -> Result<Secret, SdkError<LoginUsingPostError>> {
        self.session.token().await
    }

    /// New credentials for every clone (after a password change): a refusal
    /// of the old ones no longer stands; a valid token keeps serving until
    /// the next login.
    pub fn set_credentials(&self, request: LogInRequest) {
        self.session.set_credentials(request);
    }

    /// Like [`Session::set_credentials`], read from a function at each login.
    pub fn set_credentials_from(&self, credentials: Credentials<LogInRequest>) {
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
