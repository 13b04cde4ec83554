// The README's links are relative to files in the repository (for GitHub and crates.io);
// rustdoc takes the first definition of a label, so these intra-doc ones come first. The API
// modules are re-exported crates, which `cargo doc --no-deps` cannot link: they point at the
// re-exports section.
//! [`letmc-session`]: https://github.com/session-sdks/session-sdks/blob/main/crates/letmc-session/README.md
//! [`controlm-session`]: https://github.com/session-sdks/session-sdks/blob/main/crates/controlm-session/README.md
//! [`vzm2m-session`]: https://github.com/session-sdks/session-sdks/blob/main/crates/vzm2m-session/README.md
//! [`equisoft-account`]: https://github.com/session-sdks/session-sdks/blob/main/crates/equisoft-account/README.md
//! [`cyclos-auth`]: https://github.com/session-sdks/session-sdks/blob/main/crates/cyclos-auth/README.md
//! [CHANGELOG.md]: https://github.com/session-sdks/session-sdks/blob/main/CHANGELOG.md
//! [`letmc`]: #reexports
//! [`controlm`]: #reexports
//! [`vzm2m`]: #reexports
//! [`equisoft`]: #reexports
//! [`cyclos`]: #reexports
//! [`Client`]: crate::Client
//! [`SdkError`]: crate::SdkError
//! [`Secret`]: crate::Secret
//! [`RetryPolicy`]: crate::RetryPolicy
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
    DecodeError, ErrorEntity, Lifetime, Refusal, Repeat, ResponseContent, ResponseTooLarge,
    ResponseValue, RetryPolicy, SdkError, Secret, SessionSettings, SessionStore, StatusCode,
    TransportError, reqwest,
};
/// The fleet's shared session store (feature `redis`).
#[cfg(feature = "redis")]
pub use session_sdks_runtime::{RedisStore, StoreKeys};
