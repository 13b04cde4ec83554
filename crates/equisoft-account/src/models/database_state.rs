use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Whether a database can be used.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum DatabaseState {
    /// Database is active.
    #[serde(rename = "ENABLED")]
    Enabled,
    /// Access to this database is suspended.
    #[serde(rename = "DISABLED")]
    Disabled,
    /// Database is deleted.
    #[serde(rename = "DELETED")]
    Deleted,
    /// Database is in maintenance, login temporarily suspended.
    #[serde(rename = "MAINTENANCE")]
    Maintenance,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl fmt::Debug for DatabaseState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Enabled => f.write_str("Enabled"),
            Self::Disabled => f.write_str("Disabled"),
            Self::Deleted => f.write_str("Deleted"),
            Self::Maintenance => f.write_str("Maintenance"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for DatabaseState {}
