//! [`CallOptions`]: per-call overrides carried by every request builder.

use std::time::Duration;

use crate::retry::RetryPolicy;

/// Overrides of the client's settings for one call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallOptions {
    /// Per-attempt timeout, instead of the client's.
    pub timeout: Option<Duration>,
    /// Operation deadline (all attempts, backoffs, token fetches and
    /// re-logins), instead of the client's.
    pub deadline: Option<Duration>,
    /// Retry policy, instead of the client's.
    pub retry: Option<RetryPolicy>,
    /// `Accept` header, instead of the operation's.
    pub accept: Option<&'static str>,
}
