use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Error codes for 409 Conflict entity HTTP status.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ConflictErrorCode {
    /// An attempt to remove some entity has failed, probably because that entity is in use, that
    /// is, is being referenced by some other entity.
    #[serde(rename = "constraintViolatedOnRemove")]
    ConstraintViolatedOnRemove,
    /// Failure in the optimistic lock. It means some entity was fetched for editing by 2 clients.
    /// Then they both saved it. The first one is successful, but the second one will fail. If you
    /// get this error, make sure the `version` field is being sent with the correct value, as
    /// fetched from the server.
    #[serde(rename = "staleEntity")]
    StaleEntity,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl ConflictErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConstraintViolatedOnRemove => "constraintViolatedOnRemove",
            Self::StaleEntity => "staleEntity",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for ConflictErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ConstraintViolatedOnRemove => f.write_str("ConstraintViolatedOnRemove"),
            Self::StaleEntity => f.write_str("StaleEntity"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for ConflictErrorCode {}
