use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Where a session is in its life cycle.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum SessionState {
    /// Session creation is not finished. It can't be used by consumer.
    #[serde(rename = "NEW")]
    New,
    /// Session is active and ready.
    #[serde(rename = "ENABLED")]
    Enabled,
    /// Session idle for too long. User has to reenter credentials to activate it.
    #[serde(rename = "SUSPENDED")]
    Suspended,
    /// Session is expired.
    #[serde(rename = "EXPIRED")]
    Expired,
    /// Session exists but is soft-deleted.
    #[serde(rename = "DELETED")]
    Deleted,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl fmt::Debug for SessionState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::New => f.write_str("New"),
            Self::Enabled => f.write_str("Enabled"),
            Self::Suspended => f.write_str("Suspended"),
            Self::Expired => f.write_str("Expired"),
            Self::Deleted => f.write_str("Deleted"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for SessionState {}
