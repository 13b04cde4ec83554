//! `AuthApi`: log in and out of Cyclos, read the current authentication, request
//! one-time passwords and reset forgotten passwords.

use session_sdks_runtime::{
    Call, CallOptions, Client, Prepare, Request, Response, ResponseValue, SdkError, Secret,
};

// The builders of `change_forgotten_password` and `forgotten_password_request` share their
// names with the models they send, so those two models are always named through `models::`.
use crate::builders::{
    ChangeForgottenPassword, DisconnectCurrentClient, ForgottenPasswordRequest, GetCurrentAuth,
    GetDataForChangeForgottenPassword, GetDataForLogin, GetSecondaryPasswordInput, Login, Logout,
    NewOtp, ValidateSecondaryPassword,
};
use crate::models::{
    self, Auth, DataForChangeForgottenPassword, DataForLogin, PasswordInput, SendMediumEnum,
};

use super::operations::{
    CHANGE_FORGOTTEN_PASSWORD, DISCONNECT_CURRENT_CLIENT, FORGOTTEN_PASSWORD_REQUEST,
    GET_CURRENT_AUTH, GET_DATA_FOR_CHANGE_FORGOTTEN_PASSWORD, GET_DATA_FOR_LOGIN,
    GET_SECONDARY_PASSWORD_INPUT, LOGIN, LOGOUT, NEW_OTP, VALIDATE_SECONDARY_PASSWORD,
};

pub use super::errors::{
    ChangeForgottenPasswordError, DisconnectCurrentClientError, ForgottenPasswordRequestError,
    GetCurrentAuthError, GetDataForChangeForgottenPasswordError, GetDataForLoginError,
    GetSecondaryPasswordInputError, LoginError, LogoutError, NewOtpError,
    ValidateSecondaryPasswordError,
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
    /// the user received. A guest operation. 204 on success.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `401` [`ChangeForgottenPasswordError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`ChangeForgottenPasswordError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`ChangeForgottenPasswordError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found) and
    ///   `500` [`ChangeForgottenPasswordError::Status500`]
    ///   ([`ForgottenPasswordError`](crate::models::ForgottenPasswordError): changing the password
    ///   failed, `code` says why); another status with a JSON body is
    ///   [`ChangeForgottenPasswordError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)): a password that may
    ///   have reached the server is never sent twice.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// # let api = AuthApi::new(client);
    /// # use cyclos_auth::models::ForgottenPasswordRequest;
    /// # let request = ForgottenPasswordRequest {
    /// #     user: Some(mock::USERNAME.into()),
    /// #     ..ForgottenPasswordRequest::default()
    /// # };
    /// # api.forgotten_password_request(request).await?;
    /// use cyclos_auth::models::ChangeForgottenPassword;
    ///
    /// let change = ChangeForgottenPassword {
    ///     key: Some(mock::RESET_KEY.into()),
    ///     security_answer: Some(mock::SECURITY_ANSWER.into()),
    ///     new_password: Some("new-password-1".into()),
    ///     ..ChangeForgottenPassword::default()
    /// };
    /// api.change_forgotten_password(change).await?;
    /// # Ok(()) }
    /// ```
    pub fn change_forgotten_password(
        &self,
        params: models::ChangeForgottenPassword,
    ) -> Call<ChangeForgottenPassword> {
        Call::new(&self.client, ChangeForgottenPassword { params })
    }

    /// Sends a `DELETE` request to `/auth/access-client`.
    ///
    /// Disconnects the current access client.
    ///
    /// Changes the status of the access client used for authentication (`Access-Client-Token`),
    /// disconnecting it; it must be activated again to be reused.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `401` [`DisconnectCurrentClientError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`DisconnectCurrentClientError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`DisconnectCurrentClientError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found), `409`
    ///   [`DisconnectCurrentClientError::Status409`]
    ///   ([`ConflictError`](crate::models::ConflictError): the state on the server conflicts with
    ///   the operation) and `500` [`DisconnectCurrentClientError::Status500`]
    ///   ([`SdkError`](crate::models::Error): the server failed, see `kind`); another status with a
    ///   JSON body is [`DisconnectCurrentClientError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// let api = AuthApi::new(client.with_access_client_token(mock::ACCESS_CLIENT_TOKEN));
    /// api.disconnect_current_client()
    ///     .params(|p| p.confirmation_password(mock::PASSWORD))
    ///     .await?;
    /// // Disconnected: the access client no longer authenticates.
    /// assert!(api.get_current_auth().await.is_err());
    /// # Ok(()) }
    /// ```
    pub fn disconnect_current_client(&self) -> Call<DisconnectCurrentClient> {
        Call::new(
            &self.client,
            DisconnectCurrentClient {
                confirmation_password: None,
            },
        )
    }

    /// Sends a `POST` request to `/auth/forgotten-password/request`.
    ///
    /// Requests a forgotten password reset, notifying the user with instructions.
    ///
    /// Sends the user an e-mail with instructions to reset the password. A guest operation; a
    /// captcha is needed when `DataForLogin.forgotPasswordCaptchaProvider` is set.
    /// 204 on success.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `401` [`ForgottenPasswordRequestError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`ForgottenPasswordRequestError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`ForgottenPasswordRequestError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found) and
    ///   `500` [`ForgottenPasswordRequestError::Status500`] ([`SdkError`](crate::models::Error): the
    ///   server failed, see `kind`); another status with a JSON body is
    ///   [`ForgottenPasswordRequestError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)), so one e-mail goes
    ///   out.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// # let api = AuthApi::new(client);
    /// use cyclos_auth::models::ForgottenPasswordRequest;
    ///
    /// let request = ForgottenPasswordRequest {
    ///     user: Some(mock::USERNAME.into()),
    ///     ..ForgottenPasswordRequest::default()
    /// };
    /// api.forgotten_password_request(request).await?;
    /// // The mock "mails" the key `mock::RESET_KEY`.
    /// assert!(api.get_data_for_change_forgotten_password(mock::RESET_KEY).await.is_ok());
    /// # Ok(()) }
    /// ```
    pub fn forgotten_password_request(
        &self,
        params: models::ForgottenPasswordRequest,
    ) -> Call<ForgottenPasswordRequest> {
        Call::new(&self.client, ForgottenPasswordRequest { params })
    }

    /// Sends a `GET` request to `/auth`.
    ///
    /// Returns data about the currently authenticated user.
    ///
    /// Without credentials it describes the guest.
    ///
    /// - **Returns** the caller's [`Auth`] (without credentials, the guest's).
    /// - **Errors**: `401` [`GetCurrentAuthError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`GetCurrentAuthError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`GetCurrentAuthError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found) and
    ///   `500` [`GetCurrentAuthError::Status500`] ([`SdkError`](crate::models::Error): the server
    ///   failed, see `kind`); another status with a JSON body is [`GetCurrentAuthError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// # let basic = AuthApi::new(client.with_basic_auth(mock::USERNAME, mock::PASSWORD));
    /// # let token = basic.login().await?.session_token.ok_or("no token")?;
    /// # let api = AuthApi::new(client.with_session_token(token));
    /// let auth = api
    ///     .get_current_auth()
    ///     .params(|p| p.fields(["user", "role", "permissions.passwords"]))
    ///     .await?;
    /// let user = auth.user.ok_or("no user")?;
    /// assert_eq!(user.display.as_deref(), Some(mock::USERNAME));
    /// # Ok(()) }
    /// ```
    pub fn get_current_auth(&self) -> Call<GetCurrentAuth> {
        Call::new(
            &self.client,
            GetCurrentAuth {
                fields: Vec::new(),
                fields_format: self.fields_format,
            },
        )
    }

    /// Sends a `GET` request to `/auth/forgotten-password/data-for-change`.
    ///
    /// Returns the configuration for changing a forgotten password after the initial request.
    ///
    /// `key` is the validation key the user received by e-mail; it is sent as the `key` query
    /// parameter and masked in error messages.
    ///
    /// - **Returns** the [`DataForChangeForgottenPassword`].
    /// - **Errors**: `401` [`GetDataForChangeForgottenPasswordError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403`
    ///   [`GetDataForChangeForgottenPasswordError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`GetDataForChangeForgottenPasswordError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found) and
    ///   `500` [`GetDataForChangeForgottenPasswordError::Status500`]
    ///   ([`SdkError`](crate::models::Error): the server failed, see `kind`); another status with a
    ///   JSON body is [`GetDataForChangeForgottenPasswordError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// # let api = AuthApi::new(client);
    /// # use cyclos_auth::models::ForgottenPasswordRequest;
    /// # let request = ForgottenPasswordRequest {
    /// #     user: Some(mock::USERNAME.into()),
    /// #     ..ForgottenPasswordRequest::default()
    /// # };
    /// # api.forgotten_password_request(request).await?;
    /// let data = api
    ///     .get_data_for_change_forgotten_password(mock::RESET_KEY)
    ///     .await?;
    /// assert!(data.security_question.is_some());
    /// # Ok(()) }
    /// ```
    pub fn get_data_for_change_forgotten_password(
        &self,
        key: impl Into<Secret>,
    ) -> Call<GetDataForChangeForgottenPassword> {
        Call::new(
            &self.client,
            GetDataForChangeForgottenPassword {
                key: key.into(),
                fields: Vec::new(),
                fields_format: self.fields_format,
            },
        )
    }

    /// Sends a `GET` request to `/auth/data-for-login`.
    ///
    /// Returns the configuration for logging in.
    ///
    /// The accepted identification methods, the password input and the forgotten password
    /// settings. `None` when the server answers 204 because the caller is already
    /// authenticated.
    ///
    /// - **Returns** an `Option<`[`DataForLogin`]`>`: `None` for the empty body.
    /// - **Errors**: `401` [`GetDataForLoginError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`GetDataForLoginError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`GetDataForLoginError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found) and
    ///   `500` [`GetDataForLoginError::Status500`] ([`SdkError`](crate::models::Error): the server
    ///   failed, see `kind`); another status with a JSON body is [`GetDataForLoginError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// # let api = AuthApi::new(client);
    /// let data = api
    ///     .get_data_for_login()
    ///     .params(|p| p.fields(["principalTypes", "loginPasswordInput"]))
    ///     .await?
    ///     .ok_or("already authenticated")?;
    /// assert!(data.login_password_input.is_some());
    /// # Ok(()) }
    /// ```
    pub fn get_data_for_login(&self) -> Call<GetDataForLogin> {
        Call::new(
            &self.client,
            GetDataForLogin {
                fields: Vec::new(),
                fields_format: self.fields_format,
            },
        )
    }

    /// Sends a `GET` request to `/auth/session/secondary-password`.
    ///
    /// Returns the data for a secondary access password input.
    ///
    /// Only when a secondary access password is configured for the channel. Needs a
    /// `Session-Token`.
    ///
    /// - **Returns** the [`PasswordInput`].
    /// - **Errors**: `401` [`GetSecondaryPasswordInputError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`GetSecondaryPasswordInputError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`GetSecondaryPasswordInputError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found) and
    ///   `500` [`GetSecondaryPasswordInputError::Status500`] ([`SdkError`](crate::models::Error): the
    ///   server failed, see `kind`); another status with a JSON body is
    ///   [`GetSecondaryPasswordInputError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`, `502`-`504`,
    ///   a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// # let basic = AuthApi::new(client.with_basic_auth(mock::USERNAME, mock::PASSWORD));
    /// # let token = basic.login().await?.session_token.ok_or("no token")?;
    /// # let api = AuthApi::new(client.with_session_token(token));
    /// let input = api.get_secondary_password_input().await?;
    /// assert!(input.name.is_some());
    /// # Ok(()) }
    /// ```
    pub fn get_secondary_password_input(&self) -> Call<GetSecondaryPasswordInput> {
        Call::new(&self.client, GetSecondaryPasswordInput {})
    }

    /// Sends a `POST` request to `/auth/session`.
    ///
    /// Logs in the currently authenticated user, returning the session token.
    ///
    /// Authenticate with HTTP basic auth or an `Access-Client-Token`; the returned
    /// `Auth.session_token` then goes in the `Session-Token` header
    /// ([`CyclosClientExt::with_session_token`](crate::CyclosClientExt::with_session_token)).
    /// Sends no body.
    ///
    /// - **Returns** the session's [`Auth`] (with status and headers from [`Call::send`]).
    /// - **Errors**: `401` [`LoginError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`LoginError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`LoginError::Status404`] ([`NotFoundError`](crate::models::NotFoundError):
    ///   some expected data was not found) and `500` [`LoginError::Status500`]
    ///   ([`SdkError`](crate::models::Error): the server failed, see `kind`); another status with a
    ///   JSON body is [`LoginError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)): a password that may
    ///   have reached the server is never sent twice.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// let basic = AuthApi::new(client.with_basic_auth(mock::USERNAME, mock::PASSWORD));
    /// let auth = basic.login().params(|p| p.timeout_in_seconds(600)).await?;
    /// let token = auth.session_token.ok_or("no token")?;
    /// let api = AuthApi::new(client.with_session_token(token));
    /// # api.logout().await?;
    /// # Ok(()) }
    /// ```
    pub fn login(&self) -> Call<Login> {
        Call::new(
            &self.client,
            Login {
                fields: Vec::new(),
                fields_format: self.fields_format,
                cookie: None,
                timeout_in_seconds: None,
            },
        )
    }

    /// Sends a `DELETE` request to `/auth/session`.
    ///
    /// Logs out the current session.
    ///
    /// Invalidates the session of the `Session-Token` header.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `401` [`LogoutError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`LogoutError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`LogoutError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found), `409`
    ///   [`LogoutError::Status409`] ([`ConflictError`](crate::models::ConflictError): the state on
    ///   the server conflicts with the operation) and `500` [`LogoutError::Status500`]
    ///   ([`SdkError`](crate::models::Error): the server failed, see `kind`); another status with a
    ///   JSON body is [`LogoutError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// # let basic = AuthApi::new(client.with_basic_auth(mock::USERNAME, mock::PASSWORD));
    /// # let token = basic.login().await?.session_token.ok_or("no token")?;
    /// # let api = AuthApi::new(client.with_session_token(token));
    /// use cyclos_auth::apis::auth_api::GetCurrentAuthError;
    ///
    /// api.logout().await?;
    /// // The session is over: its token is the documented 401.
    /// let ended = api.get_current_auth().await.unwrap_err();
    /// assert!(matches!(ended.entity(), Some(GetCurrentAuthError::Status401(_))));
    /// # Ok(()) }
    /// ```
    pub fn logout(&self) -> Call<Logout> {
        Call::new(&self.client, Logout { cookie: None })
    }

    /// Sends a `POST` request to `/auth/otp`.
    ///
    /// Generates a new One-Time-Password (OTP) for the authenticated user.
    ///
    /// Sends it through `medium` (the `medium` query parameter) and returns where it went: the
    /// e-mail address or the normalized mobile phone numbers. Used when `PasswordInput.mode` is
    /// `otp`.
    ///
    /// - **Returns** a `Vec<String>`: where the OTP went.
    /// - **Errors**: `401` [`NewOtpError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`NewOtpError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`NewOtpError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found), `422`
    ///   [`NewOtpError::Status422`] ([`InputError`](crate::models::InputError): the input failed
    ///   validation) and `500` [`NewOtpError::Status500`] ([`OtpError`](crate::models::OtpError):
    ///   sending the OTP failed, `code` and `sms_status` say why); another status with a JSON body
    ///   is [`NewOtpError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// # let basic = AuthApi::new(client.with_basic_auth(mock::USERNAME, mock::PASSWORD));
    /// # let token = basic.login().await?.session_token.ok_or("no token")?;
    /// # let api = AuthApi::new(client.with_session_token(token));
    /// use cyclos_auth::models::SendMediumEnum;
    ///
    /// let sent_to = api.new_otp(SendMediumEnum::Email).await?;
    /// assert!(!sent_to.is_empty());
    /// # Ok(()) }
    /// ```
    pub fn new_otp(&self, medium: SendMediumEnum) -> Call<NewOtp> {
        Call::new(&self.client, NewOtp { medium })
    }

    /// Sends a `POST` request to `/auth/session/secondary-password`.
    ///
    /// Validates the current pending session with the secondary access password.
    ///
    /// Sends the password as is, as a `text/plain` body (not a JSON string). Needs the
    /// `Session-Token` of the pending session. 204 on success.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: `401` [`ValidateSecondaryPasswordError::Status401`]
    ///   ([`UnauthorizedError`](crate::models::UnauthorizedError): the credentials are missing,
    ///   invalid or expired, see `code`), `403` [`ValidateSecondaryPasswordError::Status403`]
    ///   ([`ForbiddenError`](crate::models::ForbiddenError): not allowed for the caller, see
    ///   `code`), `404` [`ValidateSecondaryPasswordError::Status404`]
    ///   ([`NotFoundError`](crate::models::NotFoundError): some expected data was not found) and
    ///   `500` [`ValidateSecondaryPasswordError::Status500`] ([`SdkError`](crate::models::Error): the
    ///   server failed, see `kind`); another status with a JSON body is
    ///   [`ValidateSecondaryPasswordError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)): a password that may
    ///   have reached the server is never sent twice.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use cyclos_auth::{AuthApi, Client, CyclosClientExt, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = Client::new(server.url())?;
    /// # let basic = AuthApi::new(client.with_basic_auth(mock::USERNAME, mock::PASSWORD));
    /// # let token = basic.login().await?.session_token.ok_or("no token")?;
    /// # let api = AuthApi::new(client.with_session_token(token));
    /// api.validate_secondary_password(mock::SECONDARY_PASSWORD).await?;
    /// let auth = api.get_current_auth().await?;
    /// assert_eq!(auth.pending_secondary_password, Some(false));
    /// # Ok(()) }
    /// ```
    pub fn validate_secondary_password(
        &self,
        password: impl Into<Secret>,
    ) -> Call<ValidateSecondaryPassword> {
        Call::new(
            &self.client,
            ValidateSecondaryPassword {
                password: password.into(),
            },
        )
    }
}

impl Prepare for ChangeForgottenPassword {
    type Output = ();
    type Error = ChangeForgottenPasswordError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&CHANGE_FORGOTTEN_PASSWORD, options)
            .json(&self.params)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<()>, SdkError<ChangeForgottenPasswordError>> {
        response.empty()
    }
}

impl Prepare for DisconnectCurrentClient {
    type Output = ();
    type Error = DisconnectCurrentClientError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&DISCONNECT_CURRENT_CLIENT, options)
            .secret_header_opt("confirmationPassword", self.confirmation_password.as_ref())
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<()>, SdkError<DisconnectCurrentClientError>> {
        response.empty()
    }
}

impl Prepare for ForgottenPasswordRequest {
    type Output = ();
    type Error = ForgottenPasswordRequestError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&FORGOTTEN_PASSWORD_REQUEST, options)
            .json(&self.params)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<()>, SdkError<ForgottenPasswordRequestError>> {
        response.empty()
    }
}

impl Prepare for GetCurrentAuth {
    type Output = Auth;
    type Error = GetCurrentAuthError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        add_fields(
            client.request(&GET_CURRENT_AUTH, options),
            self.fields_format,
            &self.fields,
        )
    }

    fn decode(response: Response) -> Result<ResponseValue<Auth>, SdkError<GetCurrentAuthError>> {
        response.json()
    }
}

impl Prepare for GetDataForChangeForgottenPassword {
    type Output = DataForChangeForgottenPassword;
    type Error = GetDataForChangeForgottenPasswordError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        add_fields(
            client
                .request(&GET_DATA_FOR_CHANGE_FORGOTTEN_PASSWORD, options)
                .require(!self.key.is_empty(), || "`key` must not be empty".into()),
            self.fields_format,
            &self.fields,
        )
        .query_secret("key", &self.key)
    }

    fn decode(
        response: Response,
    ) -> Result<
        ResponseValue<DataForChangeForgottenPassword>,
        SdkError<GetDataForChangeForgottenPasswordError>,
    > {
        response.json()
    }
}

impl Prepare for GetDataForLogin {
    type Output = Option<DataForLogin>;
    type Error = GetDataForLoginError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        add_fields(
            client.request(&GET_DATA_FOR_LOGIN, options),
            self.fields_format,
            &self.fields,
        )
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<Option<DataForLogin>>, SdkError<GetDataForLoginError>> {
        response.json_or_empty()
    }
}

impl Prepare for GetSecondaryPasswordInput {
    type Output = PasswordInput;
    type Error = GetSecondaryPasswordInputError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client.request(&GET_SECONDARY_PASSWORD_INPUT, options)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<PasswordInput>, SdkError<GetSecondaryPasswordInputError>> {
        response.json()
    }
}

impl Prepare for Login {
    type Output = Auth;
    type Error = LoginError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        add_fields(
            client.request(&LOGIN, options).require(
                self.timeout_in_seconds.is_none_or(|seconds| seconds >= 0),
                || "`timeoutInSeconds` must not be negative".into(),
            ),
            self.fields_format,
            &self.fields,
        )
        .query_bool("cookie", self.cookie)
        .query_int("timeoutInSeconds", self.timeout_in_seconds.map(i64::from))
    }

    fn decode(response: Response) -> Result<ResponseValue<Auth>, SdkError<LoginError>> {
        response.json()
    }
}

impl Prepare for Logout {
    type Output = ();
    type Error = LogoutError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&LOGOUT, options)
            .query_bool("cookie", self.cookie)
    }

    fn decode(response: Response) -> Result<ResponseValue<()>, SdkError<LogoutError>> {
        response.empty()
    }
}

impl Prepare for NewOtp {
    type Output = Vec<String>;
    type Error = NewOtpError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&NEW_OTP, options)
            .query("medium", self.medium.as_str())
    }

    fn decode(response: Response) -> Result<ResponseValue<Vec<String>>, SdkError<NewOtpError>> {
        response.json()
    }
}

impl Prepare for ValidateSecondaryPassword {
    type Output = ();
    type Error = ValidateSecondaryPasswordError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&VALIDATE_SECONDARY_PASSWORD, options)
            .text_secret(&self.password)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<()>, SdkError<ValidateSecondaryPasswordError>> {
        response.empty()
    }
}
