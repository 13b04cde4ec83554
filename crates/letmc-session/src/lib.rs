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
    Deadline, DeadlineExceeded, DecodeError, Error, ErrorEntity, Lifetime, LoginFailed, Method,
    Refusal, Repeat, ResponseContent, ResponseTooLarge, ResponseValue, RetryPolicy, Secret,
    SessionSettings, SessionState, SessionStore, StatusCode, TransportError, reqwest,
};
/// The fleet's shared session store (feature `redis`).
#[cfg(feature = "redis")]
pub use session_sdks_runtime::{RedisStore, StoreKeys};
