// The README's links are relative to files in the repository (for GitHub and crates.io);
// rustdoc takes the first definition of a label, so these intra-doc ones come first.
//! [CHANGELOG.md]: https://github.com/session-sdks/session-sdks/blob/main/CHANGELOG.md
//! [`session_controller_login`]: crate::apis::session_controller_api::SessionControllerApi::session_controller_login
//! [`Secret`]: crate::Secret
//! [`session_controller_get_session_info`]: crate::apis::session_controller_api::SessionControllerApi::session_controller_get_session_info
//! [`session_controller_change_password`]: crate::apis::session_controller_api::SessionControllerApi::session_controller_change_password
//! [`session_controller_logout`]: crate::apis::session_controller_api::SessionControllerApi::session_controller_logout
//! [`session_controller_reset_password`]: crate::apis::session_controller_api::SessionControllerApi::session_controller_reset_password
//! [`session_controller_create_landlord_login`]: crate::apis::session_controller_api::SessionControllerApi::session_controller_create_landlord_login
//! [`DEFAULT_BASE_URL`]: crate::apis::session_controller_api::DEFAULT_BASE_URL
//! [`ResponseContent`]: crate::ResponseContent
//! [`Session`]: crate::Session
//! [`Session::run`]: crate::Session::run
//! [`Session::close`]: crate::Session::close
#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod apis;
pub mod builders;
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;
mod session;

pub use apis::session_controller_api::{DEFAULT_BASE_URL, SessionControllerApi};
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
