use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Whether a user may log in.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum UserState {
    /// User is soft deleted or archived.
    #[serde(rename = "DELETED")]
    Deleted,
    /// Temporarily denied login.
    #[serde(rename = "DISABLED")]
    Disabled,
    /// Allowed to login.
    #[serde(rename = "ENABLED")]
    Enabled,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl fmt::Debug for UserState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Deleted => f.write_str("Deleted"),
            Self::Disabled => f.write_str("Disabled"),
            Self::Enabled => f.write_str("Enabled"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for UserState {}
