// The README's links are relative to files in the repository (for GitHub and crates.io);
// rustdoc takes the first definition of a label, so these intra-doc ones come first.
//! [CHANGELOG.md]: https://github.com/session-sdks/session-sdks/blob/main/CHANGELOG.md
//! [`SessionApi::do_login`]: crate::apis::session_api::SessionApi::do_login
//! [`LoginCredentials`]: crate::models::LoginCredentials
//! [`LoginResult`]: crate::models::LoginResult
//! [`SessionApi::do_logout`]: crate::apis::session_api::SessionApi::do_logout
//! [`SuccessData`]: crate::models::SuccessData
//! [`SessionApi::update_my_password`]: crate::apis::session_api::SessionApi::update_my_password
//! [`PasswordsObject`]: crate::models::PasswordsObject
//! [`Client::with_bearer_token`]: crate::Client::with_bearer_token
//! [`ErrorList`]: crate::models::ErrorList
//! [`Secret`]: crate::Secret
//! [`Session`]: crate::Session
//! [`Session::api`]: crate::Session::api
//! [`SESSION_LIFETIME`]: crate::SESSION_LIFETIME
//! [`Session::close`]: crate::Session::close
#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod apis;
pub mod builders;
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;
mod model_ext;
pub mod models;
mod session;

pub use apis::session_api::SessionApi;
pub use session::{SESSION_LIFETIME, Session};
pub use session_sdks_runtime::{
    AuthProvider, BoxFuture, Call, CallOptions, Client, ClientBuilder, Credentials, Custom,
    Deadline, DeadlineExceeded, DecodeError, ErrorEntity, Lifetime, LoginFailed, Method, Refusal,
    Repeat, ResponseContent, ResponseTooLarge, ResponseValue, RetryPolicy, SdkError, Secret,
    SessionSettings, SessionState, SessionStore, StatusCode, TransportError, reqwest,
};
/// The fleet's shared session store (feature `redis`).
#[cfg(feature = "redis")]
pub use session_sdks_runtime::{RedisStore, StoreKeys};
