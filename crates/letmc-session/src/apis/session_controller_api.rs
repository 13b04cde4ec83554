//! `SessionControllerApi`: log a customer in and out of agentOS, read the
//! session, change or reset the password, request a landlord login.
//!
//! Every input but `shortName` travels in the query string (passwords too, as
//! the server defines it), so secrets are [`Secret`]s and no error shows a URL.

use std::fmt;
use std::future::IntoFuture;
use std::time::Duration;

use session_sdks_runtime::{
    BoxFuture, CallOptions, Client, Error, ErrorEntity, Method, Operation, Redacted, Repeat,
    Request, Response, ResponseValue, RetryPolicy, Secret, StatusCode, json_entity,
};

/// The server of the document: `https://live-api.letmc.com`.
pub const DEFAULT_BASE_URL: &str = "https://live-api.letmc.com";

/// `Accept` of the string-returning calls, as the upstream client sends it.
const JSON: &str = "application/json";
/// `Accept` asking the server for its DataContract XML `<string>` instead.
const XML: &str = "application/xml";

const SESSION_CONTROLLER_CHANGE_PASSWORD: Operation = Operation {
    name: "session_controller_change_password",
    method: Method::PUT,
    path: "/v2/customer/{shortName}/session/password",
    repeat: Repeat::Once,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

const SESSION_CONTROLLER_CREATE_LANDLORD_LOGIN: Operation = Operation {
    name: "session_controller_create_landlord_login",
    method: Method::POST,
    path: "/v2/customer/{shortName}/session/createlandlordlogin",
    repeat: Repeat::IfUnprocessed,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

const SESSION_CONTROLLER_GET_SESSION_INFO: Operation = Operation {
    name: "session_controller_get_session_info",
    method: Method::GET,
    path: "/v2/customer/{shortName}/session",
    repeat: Repeat::Idempotent,
    accept: Some(JSON),
    target: env!("CARGO_CRATE_NAME"),
};

pub(crate) const SESSION_CONTROLLER_LOGIN: Operation = Operation {
    name: "session_controller_login",
    method: Method::POST,
    path: "/v2/customer/{shortName}/session",
    repeat: Repeat::Once,
    accept: Some(JSON),
    target: env!("CARGO_CRATE_NAME"),
};

// Not documented as idempotent: a repeated logout of an ended session may fail.
pub(crate) const SESSION_CONTROLLER_LOGOUT: Operation = Operation {
    name: "session_controller_logout",
    method: Method::DELETE,
    path: "/v2/customer/{shortName}/session",
    repeat: Repeat::IfUnprocessed,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

const SESSION_CONTROLLER_RESET_PASSWORD: Operation = Operation {
    name: "session_controller_reset_password",
    method: Method::POST,
    path: "/v2/customer/{shortName}/session/resetpassword",
    repeat: Repeat::Once,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

/// The agentOS v2 customer login call group.
///
/// Log in with [`session_controller_login`](Self::session_controller_login);
/// the token it returns is the `token` argument of the calls that need a
/// logged-in customer. `short_name` is the agency's unique client short-name.
#[derive(Debug, Clone)]
pub struct SessionControllerApi {
    client: Client,
}

impl SessionControllerApi {
    /// The API over `client` (its base URL is usually [`DEFAULT_BASE_URL`]).
    pub fn new(client: Client) -> Self {
        Self { client }
    }

    /// The API at [`DEFAULT_BASE_URL`] with every client default; use
    /// `Client::builder(DEFAULT_BASE_URL)` and [`new`](Self::new) to configure it.
    pub fn with_default_base_url() -> Result<Self, Error> {
        Client::new(DEFAULT_BASE_URL).map(Self::new)
    }

    /// Sends a `PUT` request to `/v2/customer/{shortName}/session/password`.
    ///
    /// Change the password of a customer given their existing and new
    /// password. Both passwords and the token go in the query string.
    /// Sent once: again only if no connection could be made ([`Repeat::Once`]).
    pub fn session_controller_change_password(
        &self,
        short_name: impl Into<String>,
        token: impl Into<Secret>,
        old_password: impl Into<Secret>,
        new_password: impl Into<Secret>,
    ) -> SessionControllerChangePassword {
        SessionControllerChangePassword {
            client: self.client.clone(),
            options: CallOptions::default(),
            short_name: short_name.into(),
            token: token.into(),
            old_password: old_password.into(),
            new_password: new_password.into(),
        }
    }

    /// Sends a `POST` request to `/v2/customer/{shortName}/session/createlandlordlogin`.
    ///
    /// Send a request to the in-tray to create a landlord login. Needs no
    /// login; the branch is a setter. Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]),
    /// so the in-tray gets one request.
    #[allow(clippy::too_many_arguments)]
    pub fn session_controller_create_landlord_login(
        &self,
        short_name: impl Into<String>,
        email: impl Into<String>,
        title: impl Into<String>,
        forename: impl Into<String>,
        surname: impl Into<String>,
        property_address: impl Into<String>,
        contact_details: impl Into<String>,
    ) -> SessionControllerCreateLandlordLogin {
        SessionControllerCreateLandlordLogin {
            client: self.client.clone(),
            options: CallOptions::default(),
            short_name: short_name.into(),
            email: email.into(),
            title: title.into(),
            forename: forename.into(),
            surname: surname.into(),
            property_address: property_address.into(),
            contact_details: contact_details.into(),
            branch_id: None,
        }
    }

    /// Sends a `GET` request to `/v2/customer/{shortName}/session`.
    ///
    /// Gets information about the currently logged on customer, as the
    /// server's string (its content is not documented). Retried after any transient failure ([`Repeat::Idempotent`]).
    pub fn session_controller_get_session_info(
        &self,
        short_name: impl Into<String>,
        token: impl Into<Secret>,
    ) -> SessionControllerGetSessionInfo {
        SessionControllerGetSessionInfo {
            client: self.client.clone(),
            options: CallOptions::default(),
            short_name: short_name.into(),
            token: token.into(),
        }
    }

    /// Sends a `POST` request to `/v2/customer/{shortName}/session`.
    ///
    /// Login as a customer given their username and password; returns the
    /// login token for the other calls. The credentials go in the query
    /// string, as the server defines it. Sent once: again only if no connection could be made ([`Repeat::Once`]).
    /// An empty token is an [`Error::Decode`].
    pub fn session_controller_login(
        &self,
        short_name: impl Into<String>,
        username: impl Into<String>,
        password: impl Into<Secret>,
    ) -> SessionControllerLogin {
        SessionControllerLogin {
            client: self.client.clone(),
            options: CallOptions::default(),
            short_name: short_name.into(),
            username: username.into(),
            password: password.into(),
        }
    }

    /// Sends a `DELETE` request to `/v2/customer/{shortName}/session`.
    ///
    /// Logout a customer previously logged in via the Login endpoint.
    /// Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]): the document does not say a repeat is harmless.
    pub fn session_controller_logout(
        &self,
        short_name: impl Into<String>,
        token: impl Into<Secret>,
    ) -> SessionControllerLogout {
        SessionControllerLogout {
            client: self.client.clone(),
            options: CallOptions::default(),
            short_name: short_name.into(),
            token: token.into(),
        }
    }

    /// Sends a `POST` request to `/v2/customer/{shortName}/session/resetpassword`.
    ///
    /// Reset the customer's password. An email will be sent out to reset.
    /// Sent once: again only if no connection could be made ([`Repeat::Once`]), so one email goes out.
    pub fn session_controller_reset_password(
        &self,
        short_name: impl Into<String>,
        email: impl Into<String>,
    ) -> SessionControllerResetPassword {
        SessionControllerResetPassword {
            client: self.client.clone(),
            options: CallOptions::default(),
            short_name: short_name.into(),
            email: email.into(),
        }
    }
}

/// Request builder for [`SessionControllerApi::session_controller_change_password`];
/// `.await` it or call [`SessionControllerChangePassword::send`]. `Debug` redacts
/// the token and passwords.
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct SessionControllerChangePassword {
    client: Client,
    options: CallOptions,
    short_name: String,
    token: Secret,
    old_password: Secret,
    new_password: Secret,
}

impl SessionControllerChangePassword {
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

    /// Sends the request; a 2xx body is ignored (the server sends 204).
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<SessionControllerChangePasswordError>>>
    + Send {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&SESSION_CONTROLLER_CHANGE_PASSWORD, self.options)
            .path_param("shortName", &self.short_name)
            .query_secret("token", &self.token)
            .query_secret("oldPassword", &self.old_password)
            .query_secret("newPassword", &self.new_password)
    }
}

impl IntoFuture for SessionControllerChangePassword {
    type Output = Result<(), Error<SessionControllerChangePasswordError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionControllerApi::session_controller_change_password`].
///
/// The document declares no error status, so any JSON error body is `Unknown`.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionControllerChangePasswordError {
    /// A status with a JSON body (ASP.NET usually sends `{"Message": "..."}`).
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for SessionControllerChangePasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for SessionControllerChangePasswordError {
    fn from_response(_: StatusCode, body: &[u8]) -> Option<Self> {
        json_entity(body).map(Self::Unknown)
    }
}

/// Request builder for [`SessionControllerApi::session_controller_create_landlord_login`];
/// `.await` it or call [`SessionControllerCreateLandlordLogin::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct SessionControllerCreateLandlordLogin {
    client: Client,
    options: CallOptions,
    short_name: String,
    email: String,
    title: String,
    forename: String,
    surname: String,
    property_address: String,
    contact_details: String,
    branch_id: Option<String>,
}

impl SessionControllerCreateLandlordLogin {
    /// The branch ID linked to the login (`branchID`): it decides which
    /// in-tray shows the request. Omitted when not set.
    pub fn branch_id(mut self, branch_id: impl Into<String>) -> Self {
        self.branch_id = Some(branch_id.into());
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

    /// Sends the request; a 2xx body is ignored (the server sends 204).
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<ResponseValue<()>, Error<SessionControllerCreateLandlordLoginError>>,
    > + Send {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&SESSION_CONTROLLER_CREATE_LANDLORD_LOGIN, self.options)
            .path_param("shortName", &self.short_name)
            .query("email", &self.email)
            .query("title", &self.title)
            .query("forename", &self.forename)
            .query("surname", &self.surname)
            .query("propertyAddress", &self.property_address)
            .query("contactDetails", &self.contact_details)
            .query_opt("branchID", self.branch_id.as_deref())
    }
}

impl IntoFuture for SessionControllerCreateLandlordLogin {
    type Output = Result<(), Error<SessionControllerCreateLandlordLoginError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionControllerApi::session_controller_create_landlord_login`].
///
/// The document declares no error status, so any JSON error body is `Unknown`.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionControllerCreateLandlordLoginError {
    /// A status with a JSON body (ASP.NET usually sends `{"Message": "..."}`).
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for SessionControllerCreateLandlordLoginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for SessionControllerCreateLandlordLoginError {
    fn from_response(_: StatusCode, body: &[u8]) -> Option<Self> {
        json_entity(body).map(Self::Unknown)
    }
}

/// Request builder for [`SessionControllerApi::session_controller_get_session_info`];
/// `.await` it or call [`SessionControllerGetSessionInfo::send`]. `Debug` redacts the token.
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct SessionControllerGetSessionInfo {
    client: Client,
    options: CallOptions,
    short_name: String,
    token: Secret,
}

impl SessionControllerGetSessionInfo {
    /// Asks for the DataContract XML `<string>` (`Accept: application/xml`)
    /// instead of JSON; the result is the same string.
    pub fn accept_xml(mut self) -> Self {
        self.options.accept = Some(XML);
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

    /// Sends the request; the string is decoded by `Content-Type` (a JSON
    /// string literal, an XML `<string>`, or plain text).
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<ResponseValue<String>, Error<SessionControllerGetSessionInfoError>>,
    > + Send {
        self.request().send_then(Response::string)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&SESSION_CONTROLLER_GET_SESSION_INFO, self.options)
            .path_param("shortName", &self.short_name)
            .query_secret("token", &self.token)
    }
}

impl IntoFuture for SessionControllerGetSessionInfo {
    type Output = Result<String, Error<SessionControllerGetSessionInfoError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.string().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionControllerApi::session_controller_get_session_info`].
///
/// The document declares no error status, so any JSON error body is `Unknown`.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionControllerGetSessionInfoError {
    /// A status with a JSON body (ASP.NET usually sends `{"Message": "..."}`).
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for SessionControllerGetSessionInfoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for SessionControllerGetSessionInfoError {
    fn from_response(_: StatusCode, body: &[u8]) -> Option<Self> {
        json_entity(body).map(Self::Unknown)
    }
}

/// Request builder for [`SessionControllerApi::session_controller_login`];
/// `.await` it or call [`SessionControllerLogin::send`]. `Debug` redacts the password.
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct SessionControllerLogin {
    client: Client,
    options: CallOptions,
    short_name: String,
    username: String,
    password: Secret,
}

impl SessionControllerLogin {
    /// Asks for the DataContract XML `<string>` (`Accept: application/xml`)
    /// instead of JSON; the token is the same.
    pub fn accept_xml(mut self) -> Self {
        self.options.accept = Some(XML);
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

    /// Sends the request; the token is decoded by `Content-Type` (a JSON
    /// string literal, an XML `<string>`, or plain text). An empty one is an
    /// [`Error::Decode`]: an empty token is not a token.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Secret>, Error<SessionControllerLoginError>>> + Send
    {
        self.request().send_then(Response::token)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&SESSION_CONTROLLER_LOGIN, self.options)
            .path_param("shortName", &self.short_name)
            .query("username", &self.username)
            .query_secret("password", &self.password)
    }
}

impl IntoFuture for SessionControllerLogin {
    type Output = Result<Secret, Error<SessionControllerLoginError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.token().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionControllerApi::session_controller_login`].
///
/// The document declares no error status, so any JSON error body is `Unknown`.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionControllerLoginError {
    /// A status with a JSON body (ASP.NET usually sends `{"Message": "..."}`).
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for SessionControllerLoginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for SessionControllerLoginError {
    fn from_response(_: StatusCode, body: &[u8]) -> Option<Self> {
        json_entity(body).map(Self::Unknown)
    }
}

/// Request builder for [`SessionControllerApi::session_controller_logout`];
/// `.await` it or call [`SessionControllerLogout::send`]. `Debug` redacts the token.
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct SessionControllerLogout {
    client: Client,
    options: CallOptions,
    short_name: String,
    token: Secret,
}

impl SessionControllerLogout {
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

    /// Sends the request; a 2xx body is ignored (the server sends 204).
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<SessionControllerLogoutError>>> + Send
    {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&SESSION_CONTROLLER_LOGOUT, self.options)
            .path_param("shortName", &self.short_name)
            .query_secret("token", &self.token)
    }
}

impl IntoFuture for SessionControllerLogout {
    type Output = Result<(), Error<SessionControllerLogoutError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionControllerApi::session_controller_logout`].
///
/// The document declares no error status, so any JSON error body is `Unknown`.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionControllerLogoutError {
    /// A status with a JSON body (ASP.NET usually sends `{"Message": "..."}`).
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for SessionControllerLogoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for SessionControllerLogoutError {
    fn from_response(_: StatusCode, body: &[u8]) -> Option<Self> {
        json_entity(body).map(Self::Unknown)
    }
}

/// Request builder for [`SessionControllerApi::session_controller_reset_password`];
/// `.await` it or call [`SessionControllerResetPassword::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct SessionControllerResetPassword {
    client: Client,
    options: CallOptions,
    short_name: String,
    email: String,
}

impl SessionControllerResetPassword {
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

    /// Sends the request; a 2xx body is ignored (the server sends 204).
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<SessionControllerResetPasswordError>>> + Send
    {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&SESSION_CONTROLLER_RESET_PASSWORD, self.options)
            .path_param("shortName", &self.short_name)
            .query("email", &self.email)
    }
}

impl IntoFuture for SessionControllerResetPassword {
    type Output = Result<(), Error<SessionControllerResetPasswordError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`SessionControllerApi::session_controller_reset_password`].
///
/// The document declares no error status, so any JSON error body is `Unknown`.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum SessionControllerResetPasswordError {
    /// A status with a JSON body (ASP.NET usually sends `{"Message": "..."}`).
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for SessionControllerResetPasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for SessionControllerResetPasswordError {
    fn from_response(_: StatusCode, body: &[u8]) -> Option<Self> {
        json_entity(body).map(Self::Unknown)
    }
}
