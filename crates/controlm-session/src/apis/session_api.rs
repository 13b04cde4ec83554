//! `SessionApi`: log in to Control-M, change the password, log out.

use std::fmt;
use std::future::IntoFuture;
use std::time::Duration;

use session_sdks_runtime::{
    BoxFuture, CallOptions, Client, Error, ErrorEntity, Method, Operation, Redacted, Repeat,
    Request, Response, ResponseValue, RetryPolicy, StatusCode, json_entity,
};

use crate::models::{ErrorList, LoginCredentials, LoginResult, PasswordsObject, SuccessData};

pub(crate) const DO_LOGIN: Operation = Operation {
    name: "do_login",
    method: Method::POST,
    path: "/session/login",
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

pub(crate) const DO_LOGOUT: Operation = Operation {
    name: "do_logout",
    method: Method::POST,
    path: "/session/logout",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const UPDATE_MY_PASSWORD: Operation = Operation {
    name: "update_my_password",
    method: Method::POST,
    path: "/session/user/password/update",
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

/// The Control-M session service.
///
/// Log in without credentials, then call the others with a client from
/// `client.with_bearer_token(login.token)` (or `with_api_key("x-api-key", key)`
/// for an API token).
#[derive(Debug, Clone)]
pub struct SessionApi {
    client: Client,
}

impl SessionApi {
    /// The API over `client`.
    pub fn new(client: Client) -> Self {
        Self { client }
    }

    /// Sends a `POST` request to `/session/login`.
    ///
    /// login user to Control-M: authenticates the user with the specified
    /// password and returns a token for the subsequent requests.
    /// Sent once: again only if no connection could be made ([`Repeat::Once`]).
    pub fn do_login(&self, body: LoginCredentials) -> DoLogin {
        DoLogin {
            client: self.client.clone(),
            options: CallOptions::default(),
            body,
        }
    }

    /// Sends a `POST` request to `/session/logout`.
    ///
    /// logout user from Control-M: ends the session of the request's token and
    /// removes it from the server memory. Sends `{}`, as the upstream client does.
    pub fn do_logout(&self) -> DoLogout {
        DoLogout {
            client: self.client.clone(),
            options: CallOptions::default(),
        }
    }

    /// Sends a `POST` request to `/session/user/password/update`.
    ///
    /// Change my password. Sent once: again only if no connection could be made ([`Repeat::Once`]).
    pub fn update_my_password(&self, body: PasswordsObject) -> UpdateMyPassword {
        UpdateMyPassword {
            client: self.client.clone(),
            options: CallOptions::default(),
            body,
        }
    }
}

/// Request builder for [`SessionApi::do_login`]; `.await` it or call [`DoLogin::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct DoLogin {
    client: Client,
    options: CallOptions,
    body: LoginCredentials,
}

impl DoLogin {
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
    ) -> impl Future<Output = Result<ResponseValue<LoginResult>, Error<DoLoginError>>> + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&DO_LOGIN, self.options)
            .json(&self.body)
    }
}

impl IntoFuture for DoLogin {
    type Output = Result<LoginResult, Error<DoLoginError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::do_login`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum DoLoginError {
    /// 401: the credentials were refused.
    Status401(ErrorList),
    /// 500: the server failed.
    Status500(ErrorList),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for DoLoginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for DoLoginError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::do_logout`]; `.await` it or call [`DoLogout::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct DoLogout {
    client: Client,
    options: CallOptions,
}

impl DoLogout {
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
    ) -> impl Future<Output = Result<ResponseValue<SuccessData>, Error<DoLogoutError>>> + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&DO_LOGOUT, self.options)
            .json_text("{}")
    }
}

impl IntoFuture for DoLogout {
    type Output = Result<SuccessData, Error<DoLogoutError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::do_logout`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum DoLogoutError {
    /// 500: the server failed.
    Status500(ErrorList),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for DoLogoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for DoLogoutError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`SessionApi::update_my_password`]; `.await` it or call
/// [`UpdateMyPassword::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct UpdateMyPassword {
    client: Client,
    options: CallOptions,
    body: PasswordsObject,
}

impl UpdateMyPassword {
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
    ) -> impl Future<Output = Result<ResponseValue<SuccessData>, Error<UpdateMyPasswordError>>> + Send
    {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&UPDATE_MY_PASSWORD, self.options)
            .json(&self.body)
    }
}

impl IntoFuture for UpdateMyPassword {
    type Output = Result<SuccessData, Error<UpdateMyPasswordError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionApi::update_my_password`], by status.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateMyPasswordError {
    /// 400: the new password was refused.
    Status400(ErrorList),
    /// 404: the user was not found.
    Status404(ErrorList),
    /// 500: the server failed.
    Status500(ErrorList),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for UpdateMyPasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status400(entity) => f.debug_tuple("Status400").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for UpdateMyPasswordError {
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            400 => json_entity(body).map(Self::Status400),
            404 => json_entity(body).map(Self::Status404),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}
