// The README's links are relative to files in the repository (for GitHub and crates.io);
// rustdoc takes the first definition of a label, so these intra-doc ones come first.
//! [CHANGELOG.md]: https://github.com/session-sdks/session-sdks/blob/main/CHANGELOG.md
//! [`Client`]: crate::Client
//! [`ClientBuilder`]: crate::ClientBuilder
//! [`Secret`]: crate::Secret
//! [`AuthProvider`]: crate::AuthProvider
//! [`Request`]: crate::Request
//! [`RetryPolicy`]: crate::RetryPolicy
//! [`Repeat`]: crate::Repeat
//! [`SdkError::is_retryable`]: crate::SdkError::is_retryable
//! [`ResponseValue`]: crate::ResponseValue
//! [`SdkError`]: crate::SdkError
//! [`RedactedDebug`]: crate::RedactedDebug
//! [`Redacted`]: crate::Redacted
#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod auth;
mod call;
mod classify;
mod client;
mod custom;
mod encode;
mod error;
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;
#[cfg(feature = "oauth2")]
mod oauth2;
mod operation;
mod options;
mod redact;
mod request;
mod response;
mod retry;
mod secret;
mod server_text;
mod session;
mod trace;
mod unknown_body;
#[cfg(feature = "xml")]
mod xml;

pub use auth::{AuthProvider, BoxFuture, Refusal, base64};
pub use call::{Call, Prepare};
pub use client::{
    Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT,
};
pub use custom::Custom;
/// The old name of [`SdkError`], kept one release for migration.
#[deprecated(
    since = "0.2.0",
    note = "renamed `SdkError`, which no API crate's models shadow"
)]
pub type Error<E = ()> = SdkError<E>;
pub use error::{
    Deadline, DeadlineExceeded, DecodeError, ErrorEntity, LoginFailed, ResponseContent,
    ResponseTooLarge, SdkError, TransportError, json_entity,
};
#[cfg(feature = "oauth2")]
#[cfg_attr(docsrs, doc(cfg(feature = "oauth2")))]
pub use oauth2::{ClientCredentials, DEFAULT_FETCH_DEADLINE, DEFAULT_REFRESH_BEFORE};
pub use operation::{Operation, Repeat};
pub use options::CallOptions;
pub use redact::{Redacted, RedactedDebug};
pub use request::{MAX_URL_BYTES, Request};
pub use response::{Response, ResponseValue};
pub use retry::RetryPolicy;
pub use secret::{REDACTED, Secret};
pub use session::{
    Credentials, DEFAULT_CREDENTIALS_RECHECK, DEFAULT_LOGIN_BACKOFF, DEFAULT_LOGIN_BACKOFF_CAP,
    DEFAULT_LOGIN_DEADLINE, DEFAULT_LOGOUT_GRACE, DEFAULT_RENEW_BEFORE, Lifetime, MAX_TOKEN_BYTES,
    Session, SessionLogin, SessionSettings, SessionState, SessionStore, SessionToken,
    StoreIdentity, check_credentials, credential_problem, login_refused,
};
#[cfg(feature = "redis")]
pub use session::{DEFAULT_STORE_PROBE, DEFAULT_STORE_TIMEOUT, RedisStore, StoreKeys};
pub use unknown_body::UnknownBody;

/// Re-exported so API crates and users name one version of these.
pub use reqwest::{self, Method, StatusCode, header};
