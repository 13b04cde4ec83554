//! `AuthApi`: log in and out of Cyclos, read the current authentication, request
//! one-time passwords and reset forgotten passwords.

use std::fmt;
use std::future::IntoFuture;
use std::time::Duration;

use session_sdks_runtime::{
    BoxFuture, CallOptions, Client, Error, ErrorEntity, Method, Operation, Redacted, Repeat,
    Request, Response, ResponseValue, RetryPolicy, Secret, StatusCode, json_entity,
};

// The builders of `change_forgotten_password` and `forgotten_password_request` share their
// names with the models they send, so those two models are always named through `models::`.
use crate::models::{
    self, Auth, DataForChangeForgottenPassword, DataForLogin, PasswordInput, SendMediumEnum,
};

const CHANGE_FORGOTTEN_PASSWORD: Operation = Operation {
    name: "change_forgotten_password",
    method: Method::POST,
    path: "/auth/forgotten-password",
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const DISCONNECT_CURRENT_CLIENT: Operation = Operation {
    name: "disconnect_current_client",
    method: Method::DELETE,
    path: "/auth/access-client",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const FORGOTTEN_PASSWORD_REQUEST: Operation = Operation {
    name: "forgotten_password_request",
    method: Method::POST,
    path: "/auth/forgotten-password/request",
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const GET_CURRENT_AUTH: Operation = Operation {
    name: "get_current_auth",
    method: Method::GET,
    path: "/auth",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const GET_DATA_FOR_CHANGE_FORGOTTEN_PASSWORD: Operation = Operation {
    name: "get_data_for_change_forgotten_password",
    method: Method::GET,
    path: "/auth/forgotten-password/data-for-change",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const GET_DATA_FOR_LOGIN: Operation = Operation {
    name: "get_data_for_login",
    method: Method::GET,
    path: "/auth/data-for-login",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const GET_SECONDARY_PASSWORD_INPUT: Operation = Operation {
    name: "get_secondary_password_input",
    method: Method::GET,
    path: "/auth/session/secondary-password",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

pub(crate) const LOGIN: Operation = Operation {
    name: "login",
    method: Method::POST,
    path: "/auth/session",
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

pub(crate) const LOGOUT: Operation = Operation {
    name: "logout",
    method: Method::DELETE,
    path: "/auth/session",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const NEW_OTP: Operation = Operation {
    name: "new_otp",
    method: Method::POST,
    path: "/auth/otp",
    repeat: Repeat::IfUnprocessed,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const VALIDATE_SECONDARY_PASSWORD: Operation = Operation {
    name: "validate_secondary_password",
    method: Method::POST,
    path: "/auth/session/secondary-password",
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

/// How the `fields` query parameter is written on the wire.
///
/// Cyclos up to 4.14 reads one parameter per name (`?fields=a&fields=b`); from 4.15 on the
/// specification declares one comma-joined value (`?fields=a,b`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldsFormat {
    /// `?fields=a&fields=b.b1`: the document's `collectionFormat: multi` (Cyclos 4.11).
    #[default]
    Multi,
    /// `?fields=a%2Cb.b1`: one comma-joined value (Cyclos 4.15 and later).
    Csv,
}

/// Adds `fields` to the query in the chosen format; nothing when empty.
fn add_fields(request: Request, format: FieldsFormat, fields: &[String]) -> Request {
    match format {
        FieldsFormat::Multi => request.query_multi("fields", fields),
        FieldsFormat::Csv => request.query_csv("fields", fields),
    }
}

/// The Cyclos auth service.
///
/// Authenticate the client with one of the three alternatives Cyclos accepts: HTTP basic auth
/// (`client.with_basic_auth(user, password)`), a session token from [`AuthApi::login`]
/// ([`CyclosClientExt::with_session_token`](crate::CyclosClientExt::with_session_token)), or an
/// access client token
/// ([`CyclosClientExt::with_access_client_token`](crate::CyclosClientExt::with_access_client_token)).
/// Operations the document lists without auth still send the configured credentials, so that
/// [`AuthApi::get_current_auth`] describes the caller and not the guest.
#[derive(Debug, Clone)]
pub struct AuthApi {
    client: Client,
    fields_format: FieldsFormat,
}

impl AuthApi {
    /// The API over `client`, sending `fields` as repeated parameters.
    pub fn new(client: Client) -> Self {
        Self {
            client,
            fields_format: FieldsFormat::Multi,
        }
    }

    /// The same API writing `fields` in `format` (use [`FieldsFormat::Csv`] for Cyclos 4.15+).
    pub fn with_fields_format(mut self, format: FieldsFormat) -> Self {
        self.fields_format = format;
        self
    }

    /// Sends a `POST` request to `/auth/forgotten-password`.
    ///
    /// Changes a forgotten password after the request was completed.
    ///
    /// Changes the password (if manual), or sends a new one by e-mail (if generated), with the key
    /// the user received. A guest operation, sent once: again only if no connection could be made ([`Repeat::Once`]).
    /// 204 on success.
    pub fn change_forgotten_password(
        &self,
        params: models::ChangeForgottenPassword,
    ) -> ChangeForgottenPassword {
        ChangeForgottenPassword {
            client: self.client.clone(),
            options: CallOptions::default(),
            params,
        }
    }

    /// Sends a `DELETE` request to `/auth/access-client`.
    ///
    /// Disconnects the current access client.
    ///
    /// Changes the status of the access client used for authentication (`Access-Client-Token`),
    /// disconnecting it; it must be activated again to be reused. Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]).
    pub fn disconnect_current_client(&self) -> DisconnectCurrentClient {
        DisconnectCurrentClient {
            client: self.client.clone(),
            options: CallOptions::default(),
            confirmation_password: None,
        }
    }

    /// Sends a `POST` request to `/auth/forgotten-password/request`.
    ///
    /// Requests a forgotten password reset, notifying the user with instructions.
    ///
    /// Sends the user an e-mail with instructions to reset the password. A guest operation; a
    /// captcha is needed when `DataForLogin.forgotPasswordCaptchaProvider` is set. Sent once: again only if no connection could be made ([`Repeat::Once`]).
    /// 204 on success.
    pub fn forgotten_password_request(
        &self,
        params: models::ForgottenPasswordRequest,
    ) -> ForgottenPasswordRequest {
        ForgottenPasswordRequest {
            client: self.client.clone(),
            options: CallOptions::default(),
            params,
        }
    }

    /// Sends a `GET` request to `/auth`.
    ///
    /// Returns data about the currently authenticated user.
    ///
    /// Without credentials it describes the guest.
    pub fn get_current_auth(&self) -> GetCurrentAuth {
        GetCurrentAuth {
            client: self.client.clone(),
            options: CallOptions::default(),
            fields: Vec::new(),
            fields_format: self.fields_format,
        }
    }

    /// Sends a `GET` request to `/auth/forgotten-password/data-for-change`.
    ///
    /// Returns the configuration for changing a forgotten password after the initial request.
    ///
    /// `key` is the validation key the user received by e-mail; it is sent as the `key` query
    /// parameter and masked in error messages.
    pub fn get_data_for_change_forgotten_password(
        &self,
        key: impl Into<Secret>,
    ) -> GetDataForChangeForgottenPassword {
        GetDataForChangeForgottenPassword {
            client: self.client.clone(),
            options: CallOptions::default(),
            key: key.into(),
            fields: Vec::new(),
            fields_format: self.fields_format,
        }
    }

    /// Sends a `GET` request to `/auth/data-for-login`.
    ///
    /// Returns the configuration for logging in.
    ///
    /// The accepted identification methods, the password input and the forgotten password
    /// settings. `None` when the server answers 204 because the caller is already
    /// authenticated.
    pub fn get_data_for_login(&self) -> GetDataForLogin {
        GetDataForLogin {
            client: self.client.clone(),
            options: CallOptions::default(),
            fields: Vec::new(),
            fields_format: self.fields_format,
        }
    }

    /// Sends a `GET` request to `/auth/session/secondary-password`.
    ///
    /// Returns the data for a secondary access password input.
    ///
    /// Only when a secondary access password is configured for the channel. Needs a
    /// `Session-Token`.
    pub fn get_secondary_password_input(&self) -> GetSecondaryPasswordInput {
        GetSecondaryPasswordInput {
            client: self.client.clone(),
            options: CallOptions::default(),
        }
    }

    /// Sends a `POST` request to `/auth/session`.
    ///
    /// Logs in the currently authenticated user, returning the session token.
    ///
    /// Authenticate with HTTP basic auth or an `Access-Client-Token`; the returned
    /// `Auth.session_token` then goes in the `Session-Token` header
    /// ([`CyclosClientExt::with_session_token`](crate::CyclosClientExt::with_session_token)).
    /// Sends no body. Sent once: again only if no connection could be made ([`Repeat::Once`]).
    pub fn login(&self) -> Login {
        Login {
            client: self.client.clone(),
            options: CallOptions::default(),
            fields: Vec::new(),
            fields_format: self.fields_format,
            cookie: None,
            timeout_in_seconds: None,
        }
    }

    /// Sends a `DELETE` request to `/auth/session`.
    ///
    /// Logs out the current session.
    ///
    /// Invalidates the session of the `Session-Token` header. Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]).
    pub fn logout(&self) -> Logout {
        Logout {
            client: self.client.clone(),
            options: CallOptions::default(),
            cookie: None,
        }
    }

    /// Sends a `POST` request to `/auth/otp`.
    ///
    /// Generates a new One-Time-Password (OTP) for the authenticated user.
    ///
    /// Sends it through `medium` (the `medium` query parameter) and returns where it went: the
    /// e-mail address or the normalized mobile phone numbers. Used when `PasswordInput.mode` is
    /// `otp`. Sent again only if the server cannot have acted on it ([`Repeat::IfUnprocessed`]).
    pub fn new_otp(&self, medium: SendMediumEnum) -> NewOtp {
        NewOtp {
            client: self.client.clone(),
            options: CallOptions::default(),
            medium,
        }
    }

    /// Sends a `POST` request to `/auth/session/secondary-password`.
    ///
    /// Validates the current pending session with the secondary access password.
    ///
    /// Sends the password as is, as a `text/plain` body (not a JSON string). Needs the
    /// `Session-Token` of the pending session. Sent once: again only if no connection could be made ([`Repeat::Once`]).
    /// 204 on success.
    pub fn validate_secondary_password(
        &self,
        password: impl Into<Secret>,
    ) -> ValidateSecondaryPassword {
        ValidateSecondaryPassword {
            client: self.client.clone(),
            options: CallOptions::default(),
            password: password.into(),
        }
    }
}

/// Request builder for [`AuthApi::change_forgotten_password`];
/// `.await` it or call [`ChangeForgottenPassword::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct ChangeForgottenPassword {
    client: Client,
    options: CallOptions,
    params: models::ChangeForgottenPassword,
}

impl ChangeForgottenPassword {
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
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<ChangeForgottenPasswordError>>> + Send
    {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&CHANGE_FORGOTTEN_PASSWORD, self.options)
            .json(&self.params)
    }
}

impl IntoFuture for ChangeForgottenPassword {
    type Output = Result<(), Error<ChangeForgottenPasswordError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::change_forgotten_password`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChangeForgottenPasswordError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 500: changing the password failed: `kind` is `forgottenPassword` and `code` says why;
    /// a generic server error decodes here too, with its own `kind`.
    Status500(models::ForgottenPasswordError),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for ChangeForgottenPasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for ChangeForgottenPasswordError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::disconnect_current_client`];
/// `.await` it or call [`DisconnectCurrentClient::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct DisconnectCurrentClient {
    client: Client,
    options: CallOptions,
    confirmation_password: Option<Secret>,
}

impl DisconnectCurrentClient {
    /// The password confirming this action, if the channel asks for one; sent in the
    /// `confirmationPassword` header.
    pub fn confirmation_password(mut self, confirmation_password: impl Into<Secret>) -> Self {
        self.confirmation_password = Some(confirmation_password.into());
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

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<DisconnectCurrentClientError>>> + Send
    {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&DISCONNECT_CURRENT_CLIENT, self.options)
            .secret_header_opt("confirmationPassword", self.confirmation_password.as_ref())
    }
}

impl IntoFuture for DisconnectCurrentClient {
    type Output = Result<(), Error<DisconnectCurrentClientError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::disconnect_current_client`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DisconnectCurrentClientError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 409: the state on the server conflicts with the operation.
    Status409(models::ConflictError),
    /// 500: the server failed (see `kind`).
    Status500(models::Error),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for DisconnectCurrentClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status409(entity) => f.debug_tuple("Status409").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for DisconnectCurrentClientError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            409 => json_entity(body).map(Self::Status409),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::forgotten_password_request`];
/// `.await` it or call [`ForgottenPasswordRequest::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct ForgottenPasswordRequest {
    client: Client,
    options: CallOptions,
    params: models::ForgottenPasswordRequest,
}

impl ForgottenPasswordRequest {
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
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<ForgottenPasswordRequestError>>> + Send
    {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&FORGOTTEN_PASSWORD_REQUEST, self.options)
            .json(&self.params)
    }
}

impl IntoFuture for ForgottenPasswordRequest {
    type Output = Result<(), Error<ForgottenPasswordRequestError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::forgotten_password_request`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ForgottenPasswordRequestError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 500: the server failed (see `kind`).
    Status500(models::Error),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for ForgottenPasswordRequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for ForgottenPasswordRequestError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::get_current_auth`]; `.await` it or call [`GetCurrentAuth::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct GetCurrentAuth {
    client: Client,
    options: CallOptions,
    fields: Vec<String>,
    fields_format: FieldsFormat,
}

impl GetCurrentAuth {
    /// Selects which fields to return: plain names form a whitelist, names prefixed with
    /// `-` or `!` a blacklist, and dots nest (`a`, `b.b1`, `c.-c1`). Sent as one `fields`
    /// query parameter per name, or comma-joined with [`FieldsFormat::Csv`].
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.fields = fields.into_iter().map(Into::into).collect();
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

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Auth>, Error<GetCurrentAuthError>>> + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        add_fields(
            self.client.request(&GET_CURRENT_AUTH, self.options),
            self.fields_format,
            &self.fields,
        )
    }
}

impl IntoFuture for GetCurrentAuth {
    type Output = Result<Auth, Error<GetCurrentAuthError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::get_current_auth`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GetCurrentAuthError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 500: the server failed (see `kind`).
    Status500(models::Error),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for GetCurrentAuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for GetCurrentAuthError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::get_data_for_change_forgotten_password`];
/// `.await` it or call [`GetDataForChangeForgottenPassword::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct GetDataForChangeForgottenPassword {
    client: Client,
    options: CallOptions,
    key: Secret,
    fields: Vec<String>,
    fields_format: FieldsFormat,
}

impl GetDataForChangeForgottenPassword {
    /// Selects which fields to return: plain names form a whitelist, names prefixed with
    /// `-` or `!` a blacklist, and dots nest (`a`, `b.b1`, `c.-c1`). Sent as one `fields`
    /// query parameter per name, or comma-joined with [`FieldsFormat::Csv`].
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.fields = fields.into_iter().map(Into::into).collect();
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

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            ResponseValue<DataForChangeForgottenPassword>,
            Error<GetDataForChangeForgottenPasswordError>,
        >,
    > + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        add_fields(
            self.client
                .request(&GET_DATA_FOR_CHANGE_FORGOTTEN_PASSWORD, self.options)
                .require(!self.key.is_empty(), || "`key` must not be empty".into()),
            self.fields_format,
            &self.fields,
        )
        .query_secret("key", &self.key)
    }
}

impl IntoFuture for GetDataForChangeForgottenPassword {
    type Output =
        Result<DataForChangeForgottenPassword, Error<GetDataForChangeForgottenPasswordError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::get_data_for_change_forgotten_password`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GetDataForChangeForgottenPasswordError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 500: the server failed (see `kind`).
    Status500(models::Error),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for GetDataForChangeForgottenPasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for GetDataForChangeForgottenPasswordError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::get_data_for_login`];
/// `.await` it or call [`GetDataForLogin::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct GetDataForLogin {
    client: Client,
    options: CallOptions,
    fields: Vec<String>,
    fields_format: FieldsFormat,
}

impl GetDataForLogin {
    /// Selects which fields to return: plain names form a whitelist, names prefixed with
    /// `-` or `!` a blacklist, and dots nest (`a`, `b.b1`, `c.-c1`). Sent as one `fields`
    /// query parameter per name, or comma-joined with [`FieldsFormat::Csv`].
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.fields = fields.into_iter().map(Into::into).collect();
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

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<ResponseValue<Option<DataForLogin>>, Error<GetDataForLoginError>>,
    > + Send {
        self.request().send_then(Response::json_or_empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        add_fields(
            self.client.request(&GET_DATA_FOR_LOGIN, self.options),
            self.fields_format,
            &self.fields,
        )
    }
}

impl IntoFuture for GetDataForLogin {
    type Output = Result<Option<DataForLogin>, Error<GetDataForLoginError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json_or_empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::get_data_for_login`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GetDataForLoginError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 500: the server failed (see `kind`).
    Status500(models::Error),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for GetDataForLoginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for GetDataForLoginError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::get_secondary_password_input`];
/// `.await` it or call [`GetSecondaryPasswordInput::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct GetSecondaryPasswordInput {
    client: Client,
    options: CallOptions,
}

impl GetSecondaryPasswordInput {
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
        Output = Result<ResponseValue<PasswordInput>, Error<GetSecondaryPasswordInputError>>,
    > + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&GET_SECONDARY_PASSWORD_INPUT, self.options)
    }
}

impl IntoFuture for GetSecondaryPasswordInput {
    type Output = Result<PasswordInput, Error<GetSecondaryPasswordInputError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::get_secondary_password_input`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GetSecondaryPasswordInputError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 500: the server failed (see `kind`).
    Status500(models::Error),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for GetSecondaryPasswordInputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for GetSecondaryPasswordInputError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::login`]; `.await` it or call [`Login::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct Login {
    client: Client,
    options: CallOptions,
    fields: Vec<String>,
    fields_format: FieldsFormat,
    cookie: Option<bool>,
    timeout_in_seconds: Option<i32>,
}

impl Login {
    /// Selects which fields to return: plain names form a whitelist, names prefixed with
    /// `-` or `!` a blacklist, and dots nest (`a`, `b.b1`, `c.-c1`). Sent as one `fields`
    /// query parameter per name, or comma-joined with [`FieldsFormat::Csv`].
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.fields = fields.into_iter().map(Into::into).collect();
        self
    }

    /// When `true`, the server also sets a `Session-Token` cookie holding the second half of
    /// the token, and `Auth.session_token` holds only the first half.
    pub fn cookie(mut self, cookie: bool) -> Self {
        self.cookie = Some(cookie);
        self
    }

    /// How long Cyclos keeps the new session alive without a call, in seconds (the
    /// `timeoutInSeconds` query parameter); the channel's timeout applies when unset or larger.
    /// A negative value is refused before sending.
    ///
    /// This is the server-side session lifetime, not an HTTP timeout: how long the SDK waits
    /// for the login request itself is [`timeout`](Self::timeout).
    pub fn timeout_in_seconds(mut self, timeout_in_seconds: i32) -> Self {
        self.timeout_in_seconds = Some(timeout_in_seconds);
        self
    }

    /// Overrides the per-attempt timeout for this call: how long the SDK waits for one HTTP
    /// attempt of the login request.
    ///
    /// This is not the Cyclos session lifetime; that is
    /// [`timeout_in_seconds`](Self::timeout_in_seconds).
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
    ) -> impl Future<Output = Result<ResponseValue<Auth>, Error<LoginError>>> + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        add_fields(
            self.client.request(&LOGIN, self.options).require(
                self.timeout_in_seconds.is_none_or(|seconds| seconds >= 0),
                || "`timeoutInSeconds` must not be negative".into(),
            ),
            self.fields_format,
            &self.fields,
        )
        .query_bool("cookie", self.cookie)
        .query_int("timeoutInSeconds", self.timeout_in_seconds.map(i64::from))
    }
}

impl IntoFuture for Login {
    type Output = Result<Auth, Error<LoginError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::login`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoginError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 500: the server failed (see `kind`).
    Status500(models::Error),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for LoginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for LoginError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::logout`]; `.await` it or call [`Logout::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct Logout {
    client: Client,
    options: CallOptions,
    cookie: Option<bool>,
}

impl Logout {
    /// When `true`, the server erases the `Session-Token` cookie.
    pub fn cookie(mut self, cookie: bool) -> Self {
        self.cookie = Some(cookie);
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

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<LogoutError>>> + Send {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&LOGOUT, self.options)
            .query_bool("cookie", self.cookie)
    }
}

impl IntoFuture for Logout {
    type Output = Result<(), Error<LogoutError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::logout`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LogoutError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 409: the state on the server conflicts with the operation.
    Status409(models::ConflictError),
    /// 500: the server failed (see `kind`).
    Status500(models::Error),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for LogoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status409(entity) => f.debug_tuple("Status409").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for LogoutError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            409 => json_entity(body).map(Self::Status409),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::new_otp`]; `.await` it or call [`NewOtp::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct NewOtp {
    client: Client,
    options: CallOptions,
    medium: SendMediumEnum,
}

impl NewOtp {
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
    ) -> impl Future<Output = Result<ResponseValue<Vec<String>>, Error<NewOtpError>>> + Send {
        self.request().send_then(Response::json)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&NEW_OTP, self.options)
            .query("medium", self.medium.as_str())
    }
}

impl IntoFuture for NewOtp {
    type Output = Result<Vec<String>, Error<NewOtpError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.json().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::new_otp`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum NewOtpError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 422: the input failed validation.
    Status422(models::InputError),
    /// 500: sending the OTP failed: `kind` is `otp` and `code` (and `sms_status`) say why;
    /// a generic server error decodes here too, with its own `kind`.
    Status500(models::OtpError),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for NewOtpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status422(entity) => f.debug_tuple("Status422").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for NewOtpError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            422 => json_entity(body).map(Self::Status422),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}

/// Request builder for [`AuthApi::validate_secondary_password`];
/// `.await` it or call [`ValidateSecondaryPassword::send`].
#[must_use = "a request does nothing until awaited or sent"]
#[derive(Debug)]
pub struct ValidateSecondaryPassword {
    client: Client,
    options: CallOptions,
    password: Secret,
}

impl ValidateSecondaryPassword {
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
    ) -> impl Future<Output = Result<ResponseValue<()>, Error<ValidateSecondaryPasswordError>>> + Send
    {
        self.request().send_then(Response::empty)
    }

    /// The request, built from the parameters set.
    fn request(self) -> Request {
        self.client
            .request(&VALIDATE_SECONDARY_PASSWORD, self.options)
            .text_secret(&self.password)
    }
}

impl IntoFuture for ValidateSecondaryPassword {
    type Output = Result<(), Error<ValidateSecondaryPasswordError>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.request()
                .send_then(|response| response.empty().map(ResponseValue::into_inner)),
        )
    }
}

/// Typed error bodies of [`AuthApi::validate_secondary_password`], by status.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValidateSecondaryPasswordError {
    /// 401: the credentials are missing, invalid or expired (see `code`).
    Status401(models::UnauthorizedError),
    /// 403: the operation is not allowed for the caller (see `code`).
    Status403(models::ForbiddenError),
    /// 404: some expected data was not found.
    Status404(models::NotFoundError),
    /// 500: the server failed (see `kind`).
    Status500(models::Error),
    /// An undocumented status with a JSON body.
    Unknown(serde_json::Value),
}

/// The typed variants print their model's `Debug`, which withholds its text;
/// `Unknown` prints only the kind and size of its JSON.
impl fmt::Debug for ValidateSecondaryPasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Status401(entity) => f.debug_tuple("Status401").field(entity).finish(),
            Self::Status403(entity) => f.debug_tuple("Status403").field(entity).finish(),
            Self::Status404(entity) => f.debug_tuple("Status404").field(entity).finish(),
            Self::Status500(entity) => f.debug_tuple("Status500").field(entity).finish(),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl ErrorEntity for ValidateSecondaryPasswordError {
    fn documented_codes() -> &'static [&'static str] {
        crate::codes::DOCUMENTED
    }

    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self> {
        match status.as_u16() {
            401 => json_entity(body).map(Self::Status401),
            403 => json_entity(body).map(Self::Status403),
            404 => json_entity(body).map(Self::Status404),
            500 => json_entity(body).map(Self::Status500),
            _ => json_entity(body).map(Self::Unknown),
        }
    }
}
