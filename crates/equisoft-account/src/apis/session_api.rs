//! `SessionApi`: create, enable, impersonate and delete Equisoft Account
//! Service sessions, and store their SSO tokens.

use std::fmt;
use std::future::IntoFuture;
use std::time::Duration;

use session_sdks_runtime::{
    BoxFuture, CallOptions, Client, Error, ErrorEntity, Method, Operation, Redacted, Repeat,
    Request, Response, ResponseValue, RetryPolicy, Secret, StatusCode, json_entity,
};

use crate::models::{ErrorPayload, ImpersonatePayload, Session, SessionPayload, SsoToken};

const CREATE_SESSION: Operation = Operation {
    name: "create_session",
    method: Method::POST,
    path: "/sessions",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const DELETE_ALL_SESSIONS: Operation = Operation {
    name: "delete_all_sessions",
    method: Method::DELETE,
    path: "/sessions",
    repeat: Repeat::Idempotent,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

const DELETE_SESSION: Operation = Operation {
    name: "delete_session",
    method: Method::DELETE,
    path: "/sessions/{uuid}",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const DELETE_SESSION_SSO_TOKEN: Operation = Operation {
    name: "delete_session_sso_token",
    method: Method::DELETE,
    path: "/sessions/{uuid}/tokens/{tokenId}",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const ENABLE_SESSION: Operation = Operation {
    name: "enable_session",
    method: Method::POST,
    path: "/sessions/{uuid}/enable",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const ENABLE_SESSION_FOR_CRM: Operation = Operation {
    name: "enable_session_for_crm",
    method: Method::POST,
    path: "/sessions/{uuid}/enable/crm",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const GET_SESSION: Operation = Operation {
    name: "get_session",
    method: Method::GET,
    path: "/sessions/{uuid}",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const GET_SESSION_SSO_TOKEN: Operation = Operation {
    name: "get_session_sso_token",
    method: Method::GET,
    path: "/sessions/{uuid}/tokens/{tokenId}",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const IMPERSONATE: Operation = Operation {
    name: "impersonate",
    method: Method::POST,
    path: "/sessions/{uuid}/impersonate",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const REVERT_IDENTITY: Operation = Operation {
    name: "revert_identity",
    method: Method::POST,
    path: "/sessions/{uuid}/revertIdentity",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const SET_SESSION_SSO_TOKEN: Operation = Operation {
    name: "set_session_sso_token",
    method: Method::PUT,
    path: "/sessions/{uuid}/tokens/{tokenId}",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
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
    /// below 1 is refused before sending. Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]).
    pub fn create_session(&self, session_payload: SessionPayload) -> CreateSession {
        CreateSession {
            client: self.client.clone(),
            options: CallOptions::default(),
            body: session_payload,
        }
    }

    /// Sends a `DELETE` request to `/sessions`.
    ///
    /// Delete all sessions. Asks for no media type (`Accept: */*`), as the
    /// document declares no response; any 2xx is success.
    pub fn delete_all_sessions(&self) -> DeleteAllSessions {
        DeleteAllSessions {
            client: self.client.clone(),
            options: CallOptions::default(),
        }
    }

    /// Sends a `DELETE` request to `/sessions/{uuid}`.
    ///
    /// Delete a user session. `uuid` is the user session's identifier.
    /// Retried after any transient failure ([`Repeat::Idempotent`]) (a repeat after a lost success answers 404).
    pub fn delete_session(&self, uuid: impl Into<String>) -> DeleteSession {
        DeleteSession {
            client: self.client.clone(),
            options: CallOptions::default(),
            uuid: uuid.into(),
        }
    }

    /// Sends a `DELETE` request to `/sessions/{uuid}/tokens/{tokenId}`.
    ///
    /// Delete a sso token for the session for a given id/name/type.
    pub fn delete_session_sso_token(
        &self,
        uuid: impl Into<String>,
        token_id: impl Into<String>,
    ) -> DeleteSessionSsoToken {
        DeleteSessionSsoToken {
            client: self.client.clone(),
            options: CallOptions::default(),
            uuid: uuid.into(),
            token_id: token_id.into(),
        }
    }

    /// Sends a `POST` request to `/sessions/{uuid}/enable`.
    ///
    /// Allow activation for sessions created with `enable=false`. Disabled
    /// sessions are not allowed to be used by first-party applications (crm, fna).
    /// Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]).
    pub fn enable_session(&self, uuid: impl Into<String>) -> EnableSession {
        EnableSession {
            client: self.client.clone(),
            options: CallOptions::default(),
            uuid: uuid.into(),
        }
    }

    /// Sends a `POST` request to `/sessions/{uuid}/enable/crm`.
    ///
    /// Enable session for the crm service. Set
    /// [`bump_oldest_session`](EnableSessionForCrm::bump_oldest_session) to delete
    /// the oldest session when concurrent access is exceeded. Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]),
    /// since it may delete a session.
    pub fn enable_session_for_crm(&self, uuid: impl Into<String>) -> EnableSessionForCrm {
        EnableSessionForCrm {
            client: self.client.clone(),
            options: CallOptions::default(),
            uuid: uuid.into(),
            bump_oldest_session: None,
        }
    }

    /// Sends a `GET` request to `/sessions/{uuid}`.
    ///
    /// Get detailed information about a user session.
    pub fn get_session(&self, uuid: impl Into<String>) -> GetSession {
        GetSession {
            client: self.client.clone(),
            options: CallOptions::default(),
            uuid: uuid.into(),
        }
    }

    /// Sends a `GET` request to `/sessions/{uuid}/tokens/{tokenId}`.
    ///
    /// Get a stored sso token for the session: the JSON object [`SsoToken`],
    /// whose value is the text stored with
    /// [`set_session_sso_token`](Self::set_session_sso_token).
    pub fn get_session_sso_token(
        &self,
        uuid: impl Into<String>,
        token_id: impl Into<String>,
    ) -> GetSessionSsoToken {
        GetSessionSsoToken {
            client: self.client.clone(),
            options: CallOptions::default(),
            uuid: uuid.into(),
            token_id: token_id.into(),
        }
    }

    /// Sends a `POST` request to `/sessions/{uuid}/impersonate`.
    ///
    /// Impersonate the given user context: afterwards the session's `user` is
    /// the impersonated user and its `actor` the admin. Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]).
    pub fn impersonate(
        &self,
        uuid: impl Into<String>,
        impersonate_payload: ImpersonatePayload,
    ) -> Impersonate {
        Impersonate {
            client: self.client.clone(),
            options: CallOptions::default(),
            uuid: uuid.into(),
            body: impersonate_payload,
        }
    }

    /// Sends a `POST` request to `/sessions/{uuid}/revertIdentity`.
    ///
    /// Revert an impersonated session to the context of the "admin" user who
    /// initiated the impersonation. Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]).
    pub fn revert_identity(&self, uuid: impl Into<String>) -> RevertIdentity {
        RevertIdentity {
            client: self.client.clone(),
            options: CallOptions::default(),
            uuid: uuid.into(),
        }
    }

    /// Sends a `PUT` request to `/sessions/{uuid}/tokens/{tokenId}`.
    ///
    /// Store a sso token for the session for a given id/name/type. The token
    /// is sent as is, as a `text/plain` body (not JSON-quoted); it never
    /// appears in `Debug` output or error messages.
    pub fn set_session_sso_token(
        &self,
        uuid: impl Into<String>,
        token_id: impl Into<String>,
        body: impl Into<Secret>,
    ) -> SetSessionSsoToken {
        SetSessionSsoToken {
            client: self.client.clone(),
            options: CallOptions::default(),
            uuid: uuid.into(),
            token_id: token_id.into(),
            body: body.into(),
        }
    }
}

/// Request builder for [`SessionApi::create_session`]; `.await` it or call [`CreateSession::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct CreateSession {
    client: Client,
    options: CallOptions,
    body: SessionPayload,
}

impl CreateSession {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Session>, Error<CreateSessionError>>> + Send
    {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        let timeout = self.body.absolute_timeout.unwrap_or(1);
        self.client
            .request(&CREATE_SESSION, self.options)
            .require(timeout >= 1, || {
                format!("`absoluteTimeout` must be at least 1, got {timeout}")
            })
            .json(&self.body)
    }
}

impl IntoFuture for CreateSession {
    type Output = Result<Session, Error<CreateSessionError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::create_session`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateSessionError {
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for CreateSessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for CreateSessionError {
    fn from_response(_status: StatusCode, body: &[u8]) -> Option<Self> {
        json_entity(body).map(Self::Unknown)
    }
}

/// Request builder for [`SessionApi::delete_all_sessions`]; `.await` it or call [`DeleteAllSessions::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct DeleteAllSessions {
    client: Client,
    options: CallOptions,
}

impl DeleteAllSessions {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; any 2xx is success, its body is ignored.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<DeleteAllSessionsError>>> + Send {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client.request(&DELETE_ALL_SESSIONS, self.options)
    }
}

impl IntoFuture for DeleteAllSessions {
    type Output = Result<(), Error<DeleteAllSessionsError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::delete_all_sessions`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteAllSessionsError {
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for DeleteAllSessionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for DeleteAllSessionsError {
    fn from_response(_status: StatusCode, body: &[u8]) -> Option<Self> {
        json_entity(body).map(Self::Unknown)
    }
}

/// Request builder for [`SessionApi::delete_session`]; `.await` it or call [`DeleteSession::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct DeleteSession {
    client: Client,
    options: CallOptions,
    uuid: String,
}

impl DeleteSession {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; any 2xx is success, its body is ignored.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<DeleteSessionError>>> + Send {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&DELETE_SESSION, self.options)
            .path_param("uuid", &self.uuid)
    }
}

impl IntoFuture for DeleteSession {
    type Output = Result<(), Error<DeleteSessionError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::delete_session`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteSessionError {
    /// 404: the session was not found.
    Status404(ErrorPayload),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for DeleteSessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for DeleteSessionError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            404 => json_entity(body).map(Self::Status404),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::delete_session_sso_token`]; `.await` it or call [`DeleteSessionSsoToken::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct DeleteSessionSsoToken {
    client: Client,
    options: CallOptions,
    uuid: String,
    token_id: String,
}

impl DeleteSessionSsoToken {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; any 2xx is success, its body is ignored.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<DeleteSessionSsoTokenError>>> + Send
    {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&DELETE_SESSION_SSO_TOKEN, self.options)
            .path_param("uuid", &self.uuid)
            .path_param("tokenId", &self.token_id)
    }
}

impl IntoFuture for DeleteSessionSsoToken {
    type Output = Result<(), Error<DeleteSessionSsoTokenError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::delete_session_sso_token`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteSessionSsoTokenError {
    /// 404: the session or token was not found.
    Status404(ErrorPayload),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for DeleteSessionSsoTokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for DeleteSessionSsoTokenError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            404 => json_entity(body).map(Self::Status404),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::enable_session`]; `.await` it or call [`EnableSession::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct EnableSession {
    client: Client,
    options: CallOptions,
    uuid: String,
}

impl EnableSession {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; any 2xx is success, its body is ignored.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<EnableSessionError>>> + Send {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&ENABLE_SESSION, self.options)
            .path_param("uuid", &self.uuid)
    }
}

impl IntoFuture for EnableSession {
    type Output = Result<(), Error<EnableSessionError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::enable_session`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum EnableSessionError {
    /// 404: the session was not found.
    Status404(ErrorPayload),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for EnableSessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for EnableSessionError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            404 => json_entity(body).map(Self::Status404),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::enable_session_for_crm`]; `.await` it or call [`EnableSessionForCrm::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct EnableSessionForCrm {
    client: Client,
    options: CallOptions,
    uuid: String,
    bump_oldest_session: Option<bool>,
}

impl EnableSessionForCrm {
    /// When concurrent access is exceeded, delete the oldest session
    /// (`?bumpOldestSession=true`); unset, the parameter is not sent.
    pub fn bump_oldest_session(mut self, bump_oldest_session: bool) -> Self {
        self.bump_oldest_session = Some(bump_oldest_session);
        self
    }

    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; any 2xx is success, its body is ignored.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<EnableSessionForCrmError>>> + Send
    {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&ENABLE_SESSION_FOR_CRM, self.options)
            .path_param("uuid", &self.uuid)
            .query_bool("bumpOldestSession", self.bump_oldest_session)
    }
}

impl IntoFuture for EnableSessionForCrm {
    type Output = Result<(), Error<EnableSessionForCrmError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::enable_session_for_crm`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum EnableSessionForCrmError {
    /// 400: the request was refused.
    Status400(ErrorPayload),
    /// 404: the session was not found.
    Status404(ErrorPayload),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for EnableSessionForCrmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status400(entity) => f.debug_tuple("Status400").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for EnableSessionForCrmError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            400 => json_entity(body).map(Self::Status400),
            404 => json_entity(body).map(Self::Status404),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::get_session`]; `.await` it or call [`GetSession::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct GetSession {
    client: Client,
    options: CallOptions,
    uuid: String,
}

impl GetSession {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Session>, Error<GetSessionError>>> + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&GET_SESSION, self.options)
            .path_param("uuid", &self.uuid)
    }
}

impl IntoFuture for GetSession {
    type Output = Result<Session, Error<GetSessionError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::get_session`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSessionError {
    /// 404: the session was not found.
    Status404(ErrorPayload),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for GetSessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for GetSessionError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            404 => json_entity(body).map(Self::Status404),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::get_session_sso_token`]; `.await` it or call [`GetSessionSsoToken::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct GetSessionSsoToken {
    client: Client,
    options: CallOptions,
    uuid: String,
    token_id: String,
}

impl GetSessionSsoToken {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<SsoToken>, Error<GetSessionSsoTokenError>>> + Send
    {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&GET_SESSION_SSO_TOKEN, self.options)
            .path_param("uuid", &self.uuid)
            .path_param("tokenId", &self.token_id)
    }
}

impl IntoFuture for GetSessionSsoToken {
    type Output = Result<SsoToken, Error<GetSessionSsoTokenError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::get_session_sso_token`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSessionSsoTokenError {
    /// 404: the session or token was not found.
    Status404(ErrorPayload),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for GetSessionSsoTokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for GetSessionSsoTokenError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            404 => json_entity(body).map(Self::Status404),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::impersonate`]; `.await` it or call [`Impersonate::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct Impersonate {
    client: Client,
    options: CallOptions,
    uuid: String,
    body: ImpersonatePayload,
}

impl Impersonate {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Session>, Error<ImpersonateError>>> + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&IMPERSONATE, self.options)
            .path_param("uuid", &self.uuid)
            .json(&self.body)
    }
}

impl IntoFuture for Impersonate {
    type Output = Result<Session, Error<ImpersonateError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::impersonate`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ImpersonateError {
    /// 400: the request was refused.
    Status400(ErrorPayload),
    /// 404: the session was not found.
    Status404(ErrorPayload),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for ImpersonateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status400(entity) => f.debug_tuple("Status400").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for ImpersonateError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            400 => json_entity(body).map(Self::Status400),
            404 => json_entity(body).map(Self::Status404),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::revert_identity`]; `.await` it or call [`RevertIdentity::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct RevertIdentity {
    client: Client,
    options: CallOptions,
    uuid: String,
}

impl RevertIdentity {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Session>, Error<RevertIdentityError>>> + Send
    {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&REVERT_IDENTITY, self.options)
            .path_param("uuid", &self.uuid)
    }
}

impl IntoFuture for RevertIdentity {
    type Output = Result<Session, Error<RevertIdentityError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::revert_identity`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum RevertIdentityError {
    /// 400: the request was refused.
    Status400(ErrorPayload),
    /// 404: the session was not found.
    Status404(ErrorPayload),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for RevertIdentityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status400(entity) => f.debug_tuple("Status400").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for RevertIdentityError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            400 => json_entity(body).map(Self::Status400),
            404 => json_entity(body).map(Self::Status404),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::set_session_sso_token`]; `.await` it or call [`SetSessionSsoToken::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct SetSessionSsoToken {
    client: Client,
    options: CallOptions,
    uuid: String,
    token_id: String,
    body: Secret,
}

impl SetSessionSsoToken {
    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff,
    /// token fetch and session re-login (`Error::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; any 2xx is success, its body is ignored.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<SetSessionSsoTokenError>>> + Send
    {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&SET_SESSION_SSO_TOKEN, self.options)
            .path_param("uuid", &self.uuid)
            .path_param("tokenId", &self.token_id)
            .text_secret(&self.body)
    }
}

impl IntoFuture for SetSessionSsoToken {
    type Output = Result<(), Error<SetSessionSsoTokenError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::set_session_sso_token`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SetSessionSsoTokenError {
    /// 404: the session or token was not found.
    Status404(ErrorPayload),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for SetSessionSsoTokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for SetSessionSsoTokenError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            404 => json_entity(body).map(Self::Status404),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}
