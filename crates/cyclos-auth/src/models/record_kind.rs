use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Whether a record belongs to the system or to a user.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum RecordKind {
    /// The value `system`.
    #[serde(rename = "system")]
    System,
    /// The value `user`.
    #[serde(rename = "user")]
    User,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl RecordKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::System => "system",
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::System => f.write_str("System"),
            Self::User => f.write_str("User"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for RecordKind {}
