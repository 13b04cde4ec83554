// The README's links are relative to files in the repository (for GitHub and crates.io);
// rustdoc takes the first definition of a label, so these intra-doc ones come first.
//! [CHANGELOG.md]: https://github.com/session-sdks/session-sdks/blob/main/CHANGELOG.md
//! [`SessionApi::create_session`]: crate::apis::session_api::SessionApi::create_session
//! [`SessionPayload`]: crate::models::SessionPayload
//! [`Session`]: crate::models::Session
//! [`SessionApi::delete_all_sessions`]: crate::apis::session_api::SessionApi::delete_all_sessions
//! [`SessionApi::delete_session`]: crate::apis::session_api::SessionApi::delete_session
//! [`SessionApi::delete_session_sso_token`]: crate::apis::session_api::SessionApi::delete_session_sso_token
//! [`SessionApi::enable_session`]: crate::apis::session_api::SessionApi::enable_session
//! [`SessionApi::enable_session_for_crm`]: crate::apis::session_api::SessionApi::enable_session_for_crm
//! [`SessionApi::get_session`]: crate::apis::session_api::SessionApi::get_session
//! [`SessionApi::get_session_sso_token`]: crate::apis::session_api::SessionApi::get_session_sso_token
//! [`SsoToken`]: crate::models::SsoToken
//! [`SessionApi::impersonate`]: crate::apis::session_api::SessionApi::impersonate
//! [`ImpersonatePayload`]: crate::models::ImpersonatePayload
//! [`SessionApi::revert_identity`]: crate::apis::session_api::SessionApi::revert_identity
//! [`SessionApi::set_session_sso_token`]: crate::apis::session_api::SessionApi::set_session_sso_token
//! [`Client::with_bearer_token`]: crate::Client::with_bearer_token
//! [`ErrorPayload`]: crate::models::ErrorPayload
//! [`Secret`]: crate::Secret
#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod apis;
pub mod builders;
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;
pub mod models;

pub use apis::session_api::SessionApi;
pub use session_sdks_runtime::{
    AuthProvider, BoxFuture, Call, CallOptions, Client, ClientBuilder, Custom, Deadline,
    DeadlineExceeded, DecodeError, ErrorEntity, Method, Refusal, Repeat, ResponseContent,
    ResponseTooLarge, ResponseValue, RetryPolicy, SdkError, Secret, StatusCode, TransportError,
    reqwest,
};
