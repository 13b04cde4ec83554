//! `SessionApi`: create, enable, impersonate and delete Equisoft Account
//! Service sessions, and store their SSO tokens.

use session_sdks_runtime::{
    Call, CallOptions, Client, Prepare, Request, Response, ResponseValue, SdkError, Secret,
};

use crate::builders::{
    CreateSession, DeleteAllSessions, DeleteSession, DeleteSessionSsoToken, EnableSession,
    EnableSessionForCrm, GetSession, GetSessionSsoToken, Impersonate, RevertIdentity,
    SetSessionSsoToken,
};
use crate::models::{ImpersonatePayload, Session, SessionPayload, SsoToken};

use super::operations::{
    CREATE_SESSION, DELETE_ALL_SESSIONS, DELETE_SESSION, DELETE_SESSION_SSO_TOKEN, ENABLE_SESSION,
    ENABLE_SESSION_FOR_CRM, GET_SESSION, GET_SESSION_SSO_TOKEN, IMPERSONATE, REVERT_IDENTITY,
    SET_SESSION_SSO_TOKEN,
};

pub use super::errors::{
    CreateSessionError, DeleteAllSessionsError, DeleteSessionError, DeleteSessionSsoTokenError,
    EnableSessionError, EnableSessionForCrmError, GetSessionError, GetSessionSsoTokenError,
    ImpersonateError, RevertIdentityError, SetSessionSsoTokenError,
};

/// The Equisoft Account Service session API.
///
/// The document declares no authentication; deployments that require a
/// header get it from the client (`Client::builder(..).default_header(..)` or
/// `client.with_bearer_token(..)`).
#[derive(Debug, Clone)]
pub struct SessionApi {
    client: Client,
}

impl SessionApi {
    /// The API over `client`.
    pub fn new(client: Client) -> Self {
        Self { client }
    }

    /// Sends a `POST` request to `/sessions`.
    ///
    /// Create a user session. Succeeds with `201 Created`. An `absolute_timeout`
    /// below 1 is refused before sending.
    ///
    /// - **Returns** the new [`Session`] (with status and headers from [`Call::send`]); its
    ///   `session_id` is the `uuid` of the other calls.
    /// - **Errors**: the document declares no error status; any JSON error body is
    ///   [`CreateSessionError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// let payload = SessionPayload {
    ///     user_uuid: Some(mock::USERNAME.into()),
    ///     absolute_timeout: Some(3600),
    ///     ..SessionPayload::default()
    /// };
    /// let session = api.create_session(payload).await?;
    /// assert!(session.session_id.is_some());
    /// # Ok(()) }
    /// ```
    pub fn create_session(&self, session_payload: SessionPayload) -> Call<CreateSession> {
        Call::new(&self.client, CreateSession { session_payload })
    }

    /// Sends a `DELETE` request to `/sessions`.
    ///
    /// Delete all sessions. Asks for no media type (`Accept: */*`), as the
    /// document declares no response; any 2xx is success.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: the document declares no error status; any JSON error body is
    ///   [`DeleteAllSessionsError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// # let payload = SessionPayload {
    /// #     user_uuid: Some(mock::USERNAME.into()),
    /// #     ..SessionPayload::default()
    /// # };
    /// # let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// api.delete_all_sessions().await?;
    /// assert!(api.get_session(&uuid).await.is_err());
    /// # Ok(()) }
    /// ```
    pub fn delete_all_sessions(&self) -> Call<DeleteAllSessions> {
        Call::new(&self.client, DeleteAllSessions {})
    }

    /// Sends a `DELETE` request to `/sessions/{uuid}`.
    ///
    /// Delete a user session. `uuid` is the user session's identifier.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `404` [`DeleteSessionError::Status404`] ([`ErrorPayload`](crate::models::ErrorPayload): the session was not
    ///   found); another status with a JSON body is [`DeleteSessionError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)); a repeat after a lost success answers `404`.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// # let payload = SessionPayload {
    /// #     user_uuid: Some(mock::USERNAME.into()),
    /// #     ..SessionPayload::default()
    /// # };
    /// # let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// use equisoft_account::apis::session_api::GetSessionError;
    ///
    /// api.delete_session(&uuid).await?;
    /// // The session is gone: reading it is the documented 404.
    /// let gone = api.get_session(&uuid).await.unwrap_err();
    /// assert!(matches!(gone.entity(), Some(GetSessionError::Status404(_))));
    /// # Ok(()) }
    /// ```
    pub fn delete_session(&self, uuid: impl Into<String>) -> Call<DeleteSession> {
        Call::new(&self.client, DeleteSession { uuid: uuid.into() })
    }

    /// Sends a `DELETE` request to `/sessions/{uuid}/tokens/{tokenId}`.
    ///
    /// Delete a sso token for the session for a given id/name/type.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `404` [`DeleteSessionSsoTokenError::Status404`] ([`ErrorPayload`](crate::models::ErrorPayload): the session
    ///   or token was not found); another status with a JSON body is
    ///   [`DeleteSessionSsoTokenError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// # let payload = SessionPayload {
    /// #     user_uuid: Some(mock::USERNAME.into()),
    /// #     ..SessionPayload::default()
    /// # };
    /// # let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// # api.set_session_sso_token(&uuid, "crm", "sso-secret-1").await?;
    /// api.delete_session_sso_token(&uuid, "crm").await?;
    /// assert!(api.get_session_sso_token(&uuid, "crm").await.is_err());
    /// # Ok(()) }
    /// ```
    pub fn delete_session_sso_token(
        &self,
        uuid: impl Into<String>,
        token_id: impl Into<String>,
    ) -> Call<DeleteSessionSsoToken> {
        Call::new(
            &self.client,
            DeleteSessionSsoToken {
                uuid: uuid.into(),
                token_id: token_id.into(),
            },
        )
    }

    /// Sends a `POST` request to `/sessions/{uuid}/enable`.
    ///
    /// Allow activation for sessions created with `enable=false`. Disabled
    /// sessions are not allowed to be used by first-party applications (crm, fna).
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `404` [`EnableSessionError::Status404`] ([`ErrorPayload`](crate::models::ErrorPayload): the session was not
    ///   found); another status with a JSON body is [`EnableSessionError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// use equisoft_account::models::SessionState;
    ///
    /// let payload = SessionPayload {
    ///     user_uuid: Some(mock::USERNAME.into()),
    ///     enable: Some(false),
    ///     ..SessionPayload::default()
    /// };
    /// let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// api.enable_session(&uuid).await?;
    /// assert_eq!(api.get_session(&uuid).await?.state, Some(SessionState::Enabled));
    /// # Ok(()) }
    /// ```
    pub fn enable_session(&self, uuid: impl Into<String>) -> Call<EnableSession> {
        Call::new(&self.client, EnableSession { uuid: uuid.into() })
    }

    /// Sends a `POST` request to `/sessions/{uuid}/enable/crm`.
    ///
    /// Enable session for the crm service. Set
    /// [`bump_oldest_session`](EnableSessionForCrm::bump_oldest_session) to delete
    /// the oldest session when concurrent access is exceeded.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `400` [`EnableSessionForCrmError::Status400`] (the request was refused) and
    ///   `404` [`EnableSessionForCrmError::Status404`] (the session was not found), each an
    ///   [`ErrorPayload`](crate::models::ErrorPayload); another status with a JSON body is
    ///   [`EnableSessionForCrmError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)), since it may delete a session.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// # let payload = SessionPayload {
    /// #     user_uuid: Some(mock::USERNAME.into()),
    /// #     ..SessionPayload::default()
    /// # };
    /// # let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// api.enable_session_for_crm(&uuid)
    ///     .params(|p| p.bump_oldest_session(true))
    ///     .await?;
    /// let crm = api.get_session(&uuid).await?.crm.ok_or("no crm")?;
    /// assert_eq!(crm.enabled, Some(true));
    /// # Ok(()) }
    /// ```
    pub fn enable_session_for_crm(&self, uuid: impl Into<String>) -> Call<EnableSessionForCrm> {
        Call::new(
            &self.client,
            EnableSessionForCrm {
                uuid: uuid.into(),
                bump_oldest_session: None,
            },
        )
    }

    /// Sends a `GET` request to `/sessions/{uuid}`.
    ///
    /// Get detailed information about a user session.
    ///
    /// - **Returns** the [`Session`].
    /// - **Errors**: `404` [`GetSessionError::Status404`] ([`ErrorPayload`](crate::models::ErrorPayload): the session was not
    ///   found); another status with a JSON body is [`GetSessionError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// # let payload = SessionPayload {
    /// #     user_uuid: Some(mock::USERNAME.into()),
    /// #     ..SessionPayload::default()
    /// # };
    /// # let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// let session = api.get_session(&uuid).await?;
    /// let user = session.user.ok_or("no user")?;
    /// assert_eq!(user.uuid.as_deref(), Some(mock::USERNAME));
    /// # Ok(()) }
    /// ```
    pub fn get_session(&self, uuid: impl Into<String>) -> Call<GetSession> {
        Call::new(&self.client, GetSession { uuid: uuid.into() })
    }

    /// Sends a `GET` request to `/sessions/{uuid}/tokens/{tokenId}`.
    ///
    /// Get a stored sso token for the session: the JSON object [`SsoToken`],
    /// whose value is the text stored with
    /// [`set_session_sso_token`](Self::set_session_sso_token).
    ///
    /// - **Returns** the [`SsoToken`]; its `value` is a [`Secret`].
    /// - **Errors**: `404` [`GetSessionSsoTokenError::Status404`] ([`ErrorPayload`](crate::models::ErrorPayload): the session or
    ///   token was not found); another status with a JSON body is
    ///   [`GetSessionSsoTokenError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// # let payload = SessionPayload {
    /// #     user_uuid: Some(mock::USERNAME.into()),
    /// #     ..SessionPayload::default()
    /// # };
    /// # let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// # api.set_session_sso_token(&uuid, "crm", "sso-secret-1").await?;
    /// let token = api.get_session_sso_token(&uuid, "crm").await?;
    /// assert_eq!(token.value.ok_or("no value")?.expose(), "sso-secret-1");
    /// # Ok(()) }
    /// ```
    pub fn get_session_sso_token(
        &self,
        uuid: impl Into<String>,
        token_id: impl Into<String>,
    ) -> Call<GetSessionSsoToken> {
        Call::new(
            &self.client,
            GetSessionSsoToken {
                uuid: uuid.into(),
                token_id: token_id.into(),
            },
        )
    }

    /// Sends a `POST` request to `/sessions/{uuid}/impersonate`.
    ///
    /// Impersonate the given user context: afterwards the session's `user` is
    /// the impersonated user and its `actor` the admin.
    ///
    /// - **Returns** the impersonating [`Session`].
    /// - **Errors**: `400` [`ImpersonateError::Status400`] (the request was refused) and `404`
    ///   [`ImpersonateError::Status404`] (the session was not found), each an [`ErrorPayload`](crate::models::ErrorPayload);
    ///   another status with a JSON body is [`ImpersonateError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// # let payload = SessionPayload {
    /// #     user_uuid: Some(mock::USERNAME.into()),
    /// #     ..SessionPayload::default()
    /// # };
    /// # let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// use equisoft_account::models::ImpersonatePayload;
    ///
    /// let other = "0b7d4c52-3f1d-4e6b-8c90-5b8e4c1b9a57";
    /// # server.add_user(other, "Grace Hopper");
    /// let payload = ImpersonatePayload { user_uuid: Some(other.into()) };
    /// let session = api.impersonate(&uuid, payload).await?;
    /// assert_eq!(session.user.and_then(|u| u.uuid).as_deref(), Some(other));
    /// assert_eq!(session.actor.and_then(|u| u.uuid).as_deref(), Some(mock::USERNAME));
    /// # Ok(()) }
    /// ```
    pub fn impersonate(
        &self,
        uuid: impl Into<String>,
        impersonate_payload: ImpersonatePayload,
    ) -> Call<Impersonate> {
        Call::new(
            &self.client,
            Impersonate {
                uuid: uuid.into(),
                impersonate_payload,
            },
        )
    }

    /// Sends a `POST` request to `/sessions/{uuid}/revertIdentity`.
    ///
    /// Revert an impersonated session to the context of the "admin" user who
    /// initiated the impersonation.
    ///
    /// - **Returns** the reverted [`Session`].
    /// - **Errors**: `400` [`RevertIdentityError::Status400`] (the request was refused) and `404`
    ///   [`RevertIdentityError::Status404`] (the session was not found), each an [`ErrorPayload`](crate::models::ErrorPayload);
    ///   another status with a JSON body is [`RevertIdentityError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// # let payload = SessionPayload {
    /// #     user_uuid: Some(mock::USERNAME.into()),
    /// #     ..SessionPayload::default()
    /// # };
    /// # let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// # use equisoft_account::models::ImpersonatePayload;
    /// # let other = "0b7d4c52-3f1d-4e6b-8c90-5b8e4c1b9a57";
    /// # server.add_user(other, "Grace Hopper");
    /// # let payload = ImpersonatePayload { user_uuid: Some(other.into()) };
    /// # api.impersonate(&uuid, payload).await?;
    /// let session = api.revert_identity(&uuid).await?;
    /// assert_eq!(session.user.and_then(|u| u.uuid).as_deref(), Some(mock::USERNAME));
    /// assert!(session.actor.is_none());
    /// # Ok(()) }
    /// ```
    pub fn revert_identity(&self, uuid: impl Into<String>) -> Call<RevertIdentity> {
        Call::new(&self.client, RevertIdentity { uuid: uuid.into() })
    }

    /// Sends a `PUT` request to `/sessions/{uuid}/tokens/{tokenId}`.
    ///
    /// Store a sso token for the session for a given id/name/type. The token
    /// is sent as is, as a `text/plain` body (not JSON-quoted); it never
    /// appears in `Debug` output or error messages.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `404` [`SetSessionSsoTokenError::Status404`] ([`ErrorPayload`](crate::models::ErrorPayload): the session
    ///   was not found); another status with a JSON body is [`SetSessionSsoTokenError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use equisoft_account::{Client, SessionApi, mock, models::SessionPayload};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionApi::new(Client::new(server.url())?);
    /// # let payload = SessionPayload {
    /// #     user_uuid: Some(mock::USERNAME.into()),
    /// #     ..SessionPayload::default()
    /// # };
    /// # let uuid = api.create_session(payload).await?.session_id.ok_or("no session id")?;
    /// api.set_session_sso_token(&uuid, "crm", "sso-secret-1").await?;
    /// # assert!(api.get_session_sso_token(&uuid, "crm").await.is_ok());
    /// # Ok(()) }
    /// ```
    pub fn set_session_sso_token(
        &self,
        uuid: impl Into<String>,
        token_id: impl Into<String>,
        body: impl Into<Secret>,
    ) -> Call<SetSessionSsoToken> {
        Call::new(
            &self.client,
            SetSessionSsoToken {
                uuid: uuid.into(),
                token_id: token_id.into(),
                body: body.into(),
            },
        )
    }
}

impl Prepare for CreateSession {
    type Output = Session;
    type Error = CreateSessionError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        let timeout = self.session_payload.absolute_timeout.unwrap_or(1);
        client
            .request(&CREATE_SESSION, options)
            .require(timeout >= 1, || {
                format!("`absoluteTimeout` must be at least 1, got {timeout}")
            })
            .json(&self.session_payload)
    }

    fn decode(response: Response) -> Result<ResponseValue<Session>, SdkError<CreateSessionError>> {
        response.json()
    }
}

impl Prepare for DeleteAllSessions {
    type Output = ();
    type Error = DeleteAllSessionsError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client.request(&DELETE_ALL_SESSIONS, options)
    }

    fn decode(response: Response) -> Result<ResponseValue<()>, SdkError<DeleteAllSessionsError>> {
        response.empty()
    }
}

impl Prepare for DeleteSession {
    type Output = ();
    type Error = DeleteSessionError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&DELETE_SESSION, options)
            .path_param("uuid", &self.uuid)
    }

    fn decode(response: Response) -> Result<ResponseValue<()>, SdkError<DeleteSessionError>> {
        response.empty()
    }
}

impl Prepare for DeleteSessionSsoToken {
    type Output = ();
    type Error = DeleteSessionSsoTokenError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&DELETE_SESSION_SSO_TOKEN, options)
            .path_param("uuid", &self.uuid)
            .path_param("tokenId", &self.token_id)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<()>, SdkError<DeleteSessionSsoTokenError>> {
        response.empty()
    }
}

impl Prepare for EnableSession {
    type Output = ();
    type Error = EnableSessionError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&ENABLE_SESSION, options)
            .path_param("uuid", &self.uuid)
    }

    fn decode(response: Response) -> Result<ResponseValue<()>, SdkError<EnableSessionError>> {
        response.empty()
    }
}

impl Prepare for EnableSessionForCrm {
    type Output = ();
    type Error = EnableSessionForCrmError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&ENABLE_SESSION_FOR_CRM, options)
            .path_param("uuid", &self.uuid)
            .query_bool("bumpOldestSession", self.bump_oldest_session)
    }

    fn decode(response: Response) -> Result<ResponseValue<()>, SdkError<EnableSessionForCrmError>> {
        response.empty()
    }
}

impl Prepare for GetSession {
    type Output = Session;
    type Error = GetSessionError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&GET_SESSION, options)
            .path_param("uuid", &self.uuid)
    }

    fn decode(response: Response) -> Result<ResponseValue<Session>, SdkError<GetSessionError>> {
        response.json()
    }
}

impl Prepare for GetSessionSsoToken {
    type Output = SsoToken;
    type Error = GetSessionSsoTokenError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&GET_SESSION_SSO_TOKEN, options)
            .path_param("uuid", &self.uuid)
            .path_param("tokenId", &self.token_id)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<SsoToken>, SdkError<GetSessionSsoTokenError>> {
        response.json()
    }
}

impl Prepare for Impersonate {
    type Output = Session;
    type Error = ImpersonateError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&IMPERSONATE, options)
            .path_param("uuid", &self.uuid)
            .json(&self.impersonate_payload)
    }

    fn decode(response: Response) -> Result<ResponseValue<Session>, SdkError<ImpersonateError>> {
        response.json()
    }
}

impl Prepare for RevertIdentity {
    type Output = Session;
    type Error = RevertIdentityError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&REVERT_IDENTITY, options)
            .path_param("uuid", &self.uuid)
    }

    fn decode(response: Response) -> Result<ResponseValue<Session>, SdkError<RevertIdentityError>> {
        response.json()
    }
}

impl Prepare for SetSessionSsoToken {
    type Output = ();
    type Error = SetSessionSsoTokenError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&SET_SESSION_SSO_TOKEN, options)
            .path_param("uuid", &self.uuid)
            .path_param("tokenId", &self.token_id)
            .text_secret(&self.body)
    }

    fn decode(response: Response) -> Result<ResponseValue<()>, SdkError<SetSessionSsoTokenError>> {
        response.empty()
    }
}
