use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The authorization status of a transaction.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TransactionAuthorizationStatusEnum {
    /// The value `authorized`.
    #[serde(rename = "authorized")]
    Authorized,
    /// The value `canceled`.
    #[serde(rename = "canceled")]
    Canceled,
    /// The value `denied`.
    #[serde(rename = "denied")]
    Denied,
    /// The value `pending`.
    #[serde(rename = "pending")]
    Pending,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl TransactionAuthorizationStatusEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Authorized => "authorized",
            Self::Canceled => "canceled",
            Self::Denied => "denied",
            Self::Pending => "pending",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for TransactionAuthorizationStatusEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Authorized => f.write_str("Authorized"),
            Self::Canceled => f.write_str("Canceled"),
            Self::Denied => f.write_str("Denied"),
            Self::Pending => f.write_str("Pending"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for TransactionAuthorizationStatusEnum {}
