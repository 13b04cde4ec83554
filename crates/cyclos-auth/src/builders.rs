//! The parameters of each operation: the `P` of the [`Call<P>`](crate::Call) an operation
//! method returns, with its optional parameters. Named after the operations, apart from the
//! models, so that both import.

use session_sdks_runtime::Secret;

use crate::FieldsFormat;
use crate::models::{self, SendMediumEnum};

/// The parameters of [`AuthApi::change_forgotten_password`](crate::apis::auth_api::AuthApi::change_forgotten_password).
#[derive(Debug)]
pub struct ChangeForgottenPassword {
    pub(crate) params: models::ChangeForgottenPassword,
}

/// The parameters of [`AuthApi::disconnect_current_client`](crate::apis::auth_api::AuthApi::disconnect_current_client).
#[derive(Debug)]
pub struct DisconnectCurrentClient {
    pub(crate) confirmation_password: Option<Secret>,
}

impl DisconnectCurrentClient {
    /// The password confirming this action, if the channel asks for one; sent in the
    /// `confirmationPassword` header.
    pub fn confirmation_password(mut self, confirmation_password: impl Into<Secret>) -> Self {
        self.confirmation_password = Some(confirmation_password.into());
        self
    }
}

/// The parameters of [`AuthApi::forgotten_password_request`](crate::apis::auth_api::AuthApi::forgotten_password_request).
#[derive(Debug)]
pub struct ForgottenPasswordRequest {
    pub(crate) params: models::ForgottenPasswordRequest,
}

/// The parameters of [`AuthApi::get_current_auth`](crate::apis::auth_api::AuthApi::get_current_auth).
#[derive(Debug)]
pub struct GetCurrentAuth {
    pub(crate) fields: Vec<String>,
    pub(crate) fields_format: FieldsFormat,
}

impl GetCurrentAuth {
    /// Selects which fields to return: plain names form a whitelist, names prefixed with
    /// `-` or `!` a blacklist, and dots nest (`a`, `b.b1`, `c.-c1`). Sent as one `fields`
    /// query parameter per name, or comma-joined with [`FieldsFormat::Csv`].
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.fields = fields.into_iter().map(Into::into).collect();
        self
    }
}

/// The parameters of [`AuthApi::get_data_for_change_forgotten_password`](crate::apis::auth_api::AuthApi::get_data_for_change_forgotten_password).
#[derive(Debug)]
pub struct GetDataForChangeForgottenPassword {
    pub(crate) key: Secret,
    pub(crate) fields: Vec<String>,
    pub(crate) fields_format: FieldsFormat,
}

impl GetDataForChangeForgottenPassword {
    /// Selects which fields to return: plain names form a whitelist, names prefixed with
    /// `-` or `!` a blacklist, and dots nest (`a`, `b.b1`, `c.-c1`). Sent as one `fields`
    /// query parameter per name, or comma-joined with [`FieldsFormat::Csv`].
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.fields = fields.into_iter().map(Into::into).collect();
        self
    }
}

/// The parameters of [`AuthApi::get_data_for_login`](crate::apis::auth_api::AuthApi::get_data_for_login).
#[derive(Debug)]
pub struct GetDataForLogin {
    pub(crate) fields: Vec<String>,
    pub(crate) fields_format: FieldsFormat,
}

impl GetDataForLogin {
    /// Selects which fields to return: plain names form a whitelist, names prefixed with
    /// `-` or `!` a blacklist, and dots nest (`a`, `b.b1`, `c.-c1`). Sent as one `fields`
    /// query parameter per name, or comma-joined with [`FieldsFormat::Csv`].
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.fields = fields.into_iter().map(Into::into).collect();
        self
    }
}

/// The parameters of [`AuthApi::get_secondary_password_input`](crate::apis::auth_api::AuthApi::get_secondary_password_input).
#[derive(Debug)]
pub struct GetSecondaryPasswordInput {}

/// The parameters of [`AuthApi::login`](crate::apis::auth_api::AuthApi::login).
#[derive(Debug)]
pub struct Login {
    pub(crate) fields: Vec<String>,
    pub(crate) fields_format: FieldsFormat,
    pub(crate) cookie: Option<bool>,
    pub(crate) timeout_in_seconds: Option<i32>,
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
    /// for the login request itself is [`timeout`](crate::Call::timeout).
    pub fn timeout_in_seconds(mut self, timeout_in_seconds: i32) -> Self {
        self.timeout_in_seconds = Some(timeout_in_seconds);
        self
    }
}

/// The parameters of [`AuthApi::logout`](crate::apis::auth_api::AuthApi::logout).
#[derive(Debug)]
pub struct Logout {
    pub(crate) cookie: Option<bool>,
}

impl Logout {
    /// When `true`, the server erases the `Session-Token` cookie.
    pub fn cookie(mut self, cookie: bool) -> Self {
        self.cookie = Some(cookie);
        self
    }
}

/// The parameters of [`AuthApi::new_otp`](crate::apis::auth_api::AuthApi::new_otp).
#[derive(Debug)]
pub struct NewOtp {
    pub(crate) medium: SendMediumEnum,
}

/// The parameters of [`AuthApi::validate_secondary_password`](crate::apis::auth_api::AuthApi::validate_secondary_password).
#[derive(Debug)]
pub struct ValidateSecondaryPassword {
    pub(crate) password: Secret,
}
