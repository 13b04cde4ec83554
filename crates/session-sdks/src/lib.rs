#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "controlm")]
#[cfg_attr(docsrs, doc(cfg(feature = "controlm")))]
pub use controlm_session as controlm;
#[cfg(feature = "cyclos")]
#[cfg_attr(docsrs, doc(cfg(feature = "cyclos")))]
pub use cyclos_auth as cyclos;
#[cfg(feature = "equisoft")]
#[cfg_attr(docsrs, doc(cfg(feature = "equisoft")))]
pub use equisoft_account as equisoft;
#[cfg(feature = "letmc")]
#[cfg_attr(docsrs, doc(cfg(feature = "letmc")))]
pub use letmc_session as letmc;
#[cfg(feature = "vzm2m")]
#[cfg_attr(docsrs, doc(cfg(feature = "vzm2m")))]
pub use vzm2m_session as vzm2m;

pub use session_sdks_runtime::{
    AuthProvider, BoxFuture, CallOptions, Client, ClientBuilder, Deadline, DeadlineExceeded,
    DecodeError, Error, ErrorEntity, Lifetime, Refusal, Repeat, ResponseContent, ResponseTooLarge,
    ResponseValue, RetryPolicy, Secret, SessionSettings, SessionStore, StatusCode, TransportError,
    reqwest,
};
/// The fleet's shared session store (feature `redis`).
#[cfg(feature = "redis")]
pub use session_sdks_runtime::{RedisStore, StoreKeys};
