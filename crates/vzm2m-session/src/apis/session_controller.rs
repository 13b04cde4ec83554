//! `SessionController`: start and end Connectivity Management sessions, and
//! reset the session user's password.

use std::fmt;
use std::future::IntoFuture;
use std::time::Duration;

use session_sdks_runtime::{
    BoxFuture, CallOptions, Client, Error, ErrorEntity, Method, Operation, Redacted, Repeat,
    Request, Response, ResponseValue, RetryPolicy, StatusCode, json_entity,
};

use crate::VZ_M2M_TOKEN;
use crate::models::{
    LogInRequest, LogInResponse, LogOutRequest, RestErrorResponseException,
    SessionResetPasswordRequest, SessionResetPasswordResponse,
};

pub(crate) const LOGIN_USING_POST: Operation = Operation {
    name: "login_using_post",
    method: Method::POST,
    path: "/session/login",
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

pub(crate) const LOGOUT_USING_POST: Operation = Operation {
    name: "logout_using_post",
    method: Method::POST,
    path: "/session/logout",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const RESET_USING_PUT: Operation = Operation {
    name: "reset_using_put",
    method: Method::PUT,
    path: "/session/password/actions/reset",
    // A reset rotates the password: sending it twice would lose the first new one.
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

/// Start and end Connectivity Management sessions.
///
/// Every call needs the ThingSpace OAuth token (`Authorization: Bearer`), which
/// a client from [`VzM2mClient`](crate::VzM2mClient) fetches itself; logout and
/// reset also need the session token from the login (`VZ-M2M-Token`), added by
/// [`VzM2mClient::with_session_token`](crate::VzM2mClient::with_session_token)
/// or `client.with_token_header("VZ-M2M-Token", token)`.
#[derive(Debug, Clone)]
pub struct SessionController {
    client: Client,
}

impl SessionController {
    /// The API over `client`.
    pub fn new(client: Client) -> Self {
        Self { client }
    }

    /// Sends a `POST` request to `/session/login`.
    ///
    /// Initiates a Connectivity Management session and returns a VZ-M2M session
    /// token that is required in subsequent API requests. No `VZ-M2M-Token` is
    /// sent, even when the client has one. Sent once: again only if no connection could be made ([`Repeat::Once`]):
    /// five failed logins lock the account.
    pub fn login_using_post(&self, body: Option<LogInRequest>) -> LoginUsingPost {
        LoginUsingPost {
            client: self.client.clone(),
            options: CallOptions::default(),
            body,
        }
    }

    /// Sends a `POST` request to `/session/logout`.
    ///
    /// Ends a Connectivity Management session: the one whose token the client
    /// sends as `VZ-M2M-Token`.
    pub fn logout_using_post(&self) -> LogoutUsingPost {
        LogoutUsingPost {
            client: self.client.clone(),
            options: CallOptions::default(),
        }
    }

    /// Sends a `PUT` request to `/session/password/actions/reset`.
    ///
    /// The new password is effective immediately. Passwords do not expire, but
    /// Verizon recommends changing your password every 90 days. The server
    /// chooses the new password and returns it. Sent once: again only if no connection could be made ([`Repeat::Once`]): a 401 renews the
    /// OAuth token for the next call but is returned.
    pub fn reset_using_put(&self, body: SessionResetPasswordRequest) -> ResetUsingPut {
        ResetUsingPut {
            client: self.client.clone(),
            options: CallOptions::default(),
            body,
        }
    }
}

/// Request builder for [`SessionController::login_using_post`]; `.await` it or
/// call [`LoginUsingPost::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct LoginUsingPost {
    client: Client,
    options: CallOptions,
    body: Option<LogInRequest>,
}

impl LoginUsingPost {
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
    ) -> impl Future<Output = Result<ResponseValue<LogInResponse>, Error<LoginUsingPostError>>> + Send
    {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        let mut request = self
            .client
            .without_header(VZ_M2M_TOKEN)
            .request(&LOGIN_USING_POST, self.options);
        if let Some(body) = &self.body {
            request = request.json(body);
        }
        request
    }
}

impl IntoFuture for LoginUsingPost {
    type Output = Result<LogInResponse, Error<LoginUsingPostError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionController::login_using_post`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum LoginUsingPostError {
    /// 400: Error Response.
    Status400(RestErrorResponseException),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for LoginUsingPostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status400(entity) => f.debug_tuple("Status400").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for LoginUsingPostError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            400 => json_entity(body).map(Self::Status400),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionController::logout_using_post`]; `.await` it or
/// call [`LogoutUsingPost::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct LogoutUsingPost {
    client: Client,
    options: CallOptions,
}

impl LogoutUsingPost {
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
    ) -> impl Future<Output = Result<ResponseValue<LogOutRequest>, Error<LogoutUsingPostError>>> + Send
    {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client.request(&LOGOUT_USING_POST, self.options)
    }
}

impl IntoFuture for LogoutUsingPost {
    type Output = Result<LogOutRequest, Error<LogoutUsingPostError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionController::logout_using_post`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum LogoutUsingPostError {
    /// 400: Error Response.
    Status400(RestErrorResponseException),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for LogoutUsingPostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status400(entity) => f.debug_tuple("Status400").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for LogoutUsingPostError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            400 => json_entity(body).map(Self::Status400),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionController::reset_using_put`]; `.await` it or
/// call [`ResetUsingPut::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct ResetUsingPut {
    client: Client,
    options: CallOptions,
    body: SessionResetPasswordRequest,
}

impl ResetUsingPut {
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
    ) -> impl Future<
        Output = Result<ResponseValue<SessionResetPasswordResponse>, Error<ResetUsingPutError>>,
    > + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&RESET_USING_PUT, self.options)
            .json(&self.body)
    }
}

impl IntoFuture for ResetUsingPut {
    type Output = Result<SessionResetPasswordResponse, Error<ResetUsingPutError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionController::reset_using_put`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ResetUsingPutError {
    /// 400: Error Response.
    Status400(RestErrorResponseException),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for ResetUsingPutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status400(entity) => f.debug_tuple("Status400").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for ResetUsingPutError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            400 => json_entity(body).map(Self::Status400),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}
