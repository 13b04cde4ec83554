// The README's links are relative to files in the repository (for GitHub and crates.io);
// rustdoc takes the first definition of a label, so these intra-doc ones come first.
//! [CHANGELOG.md]: https://github.com/session-sdks/session-sdks/blob/main/CHANGELOG.md
//! [`SessionController::login_using_post`]: crate::apis::session_controller::SessionController::login_using_post
//! [`LogInRequest`]: crate::models::LogInRequest
//! [`LogInResponse`]: crate::models::LogInResponse
//! [`SessionController::logout_using_post`]: crate::apis::session_controller::SessionController::logout_using_post
//! [`LogOutRequest`]: crate::models::LogOutRequest
//! [`SessionController::reset_using_put`]: crate::apis::session_controller::SessionController::reset_using_put
//! [`SessionResetPasswordRequest`]: crate::models::SessionResetPasswordRequest
//! [`SessionResetPasswordResponse`]: crate::models::SessionResetPasswordResponse
//! [`Environment::Production`]: crate::Environment::Production
//! [`Environment::Staging`]: crate::Environment::Staging
//! [`VzM2mClientBuilder::base_url`]: crate::VzM2mClientBuilder::base_url
//! [`VzM2mClientBuilder::client_credentials`]: crate::VzM2mClientBuilder::client_credentials
//! [`VzM2mClientBuilder::oauth_token`]: crate::VzM2mClientBuilder::oauth_token
//! [`VzM2mClient::with_session_token`]: crate::VzM2mClient::with_session_token
//! [`RestErrorResponseException`]: crate::models::RestErrorResponseException
//! [`Secret`]: crate::Secret
//! [`Client`]: crate::Client
//! [`Session`]: crate::Session
//! [`Session::session`]: crate::Session::session
//! [`SESSION_IDLE_LIFETIME`]: crate::SESSION_IDLE_LIFETIME
//! [`Session::close`]: crate::Session::close
#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod apis;
pub mod builders;
mod client;
mod codes;
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;
mod model_ext;
pub mod models;
mod session;

pub use apis::session_controller::SessionController;
pub use client::{Environment, VZ_M2M_TOKEN, VzM2mClient, VzM2mClientBuilder};
pub use session::{SESSION_IDLE_LIFETIME, Session};
pub use session_sdks_runtime::{
    AuthProvider, BoxFuture, Call, CallOptions, Client, ClientBuilder, ClientCredentials,
    Credentials, Custom, Deadline, DeadlineExceeded, DecodeError, ErrorEntity, Lifetime,
    LoginFailed, Method, Refusal, Repeat, ResponseContent, ResponseTooLarge, ResponseValue,
    RetryPolicy, SdkError, Secret, SessionSettings, SessionState, SessionStore, StatusCode,
    TransportError, reqwest,
};
/// The fleet's shared session store (feature `redis`).
#[cfg(feature = "redis")]
pub use session_sdks_runtime::{RedisStore, StoreKeys};
