// The README's links are relative to files in the repository (for GitHub and crates.io);
// rustdoc takes the first definition of a label, so these intra-doc ones come first.
//! [CHANGELOG.md]: https://github.com/session-sdks/session-sdks/blob/main/CHANGELOG.md
//! [`AuthApi::change_forgotten_password`]: crate::apis::auth_api::AuthApi::change_forgotten_password
//! [`ChangeForgottenPassword`]: crate::models::ChangeForgottenPassword
//! [`AuthApi::disconnect_current_client`]: crate::apis::auth_api::AuthApi::disconnect_current_client
//! [`AuthApi::forgotten_password_request`]: crate::apis::auth_api::AuthApi::forgotten_password_request
//! [`ForgottenPasswordRequest`]: crate::models::ForgottenPasswordRequest
//! [`AuthApi::get_current_auth`]: crate::apis::auth_api::AuthApi::get_current_auth
//! [`Auth`]: crate::models::Auth
//! [`AuthApi::get_data_for_change_forgotten_password`]: crate::apis::auth_api::AuthApi::get_data_for_change_forgotten_password
//! [`DataForChangeForgottenPassword`]: crate::models::DataForChangeForgottenPassword
//! [`AuthApi::get_data_for_login`]: crate::apis::auth_api::AuthApi::get_data_for_login
//! [`DataForLogin`]: crate::models::DataForLogin
//! [`AuthApi::get_secondary_password_input`]: crate::apis::auth_api::AuthApi::get_secondary_password_input
//! [`PasswordInput`]: crate::models::PasswordInput
//! [`AuthApi::login`]: crate::apis::auth_api::AuthApi::login
//! [`AuthApi::logout`]: crate::apis::auth_api::AuthApi::logout
//! [`AuthApi::new_otp`]: crate::apis::auth_api::AuthApi::new_otp
//! [`AuthApi::validate_secondary_password`]: crate::apis::auth_api::AuthApi::validate_secondary_password
//! [`Client::with_basic_auth`]: crate::Client::with_basic_auth
//! [`CyclosClientExt::with_session_token`]: crate::CyclosClientExt::with_session_token
//! [`CyclosClientExt::with_access_client_token`]: crate::CyclosClientExt::with_access_client_token
//! [`UnauthorizedError`]: crate::models::UnauthorizedError
//! [`ForbiddenError`]: crate::models::ForbiddenError
//! [`NotFoundError`]: crate::models::NotFoundError
//! [`ConflictError`]: crate::models::ConflictError
//! [`InputError`]: crate::models::InputError
//! [`SdkError`]: crate::models::Error
//! [`ForgottenPasswordError`]: crate::models::ForgottenPasswordError
//! [`OtpError`]: crate::models::OtpError
//! [`Secret`]: crate::Secret
//! [`Session`]: crate::Session
//! [`SessionCredentials`]: crate::SessionCredentials
//! [`Session::api`]: crate::Session::api
//! [`Session::close`]: crate::Session::close
#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod apis;
mod auth;
pub mod builders;
mod codes;
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;
pub mod models;
mod session;

pub use apis::auth_api::{AuthApi, FieldsFormat};
pub use auth::CyclosClientExt;
pub use session::{Session, SessionCredentials};
pub use session_sdks_runtime::{
    AuthProvider, BoxFuture, Call, CallOptions, Client, ClientBuilder, Credentials, Custom,
    Deadline, DeadlineExceeded, DecodeError, ErrorEntity, Lifetime, LoginFailed, Method, Refusal,
    Repeat, ResponseContent, ResponseTooLarge, ResponseValue, RetryPolicy, SdkError, Secret,
    SessionSettings, SessionState, SessionStore, StatusCode, TransportError, reqwest,
};
/// The fleet's shared session store (feature `redis`).
#[cfg(feature = "redis")]
pub use session_sdks_runtime::{RedisStore, StoreKeys};
