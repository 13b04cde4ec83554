use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The type of entity a linked-entity custom field refers to.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum LinkedEntityTypeEnum {
    /// The value `advertisement`.
    #[serde(rename = "advertisement")]
    Advertisement,
    /// The value `record`.
    #[serde(rename = "record")]
    Record,
    /// The value `transaction`.
    #[serde(rename = "transaction")]
    Transaction,
    /// The value `transfer`.
    #[serde(rename = "transfer")]
    Transfer,
    /// The value `user`.
    #[serde(rename = "user")]
    User,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl LinkedEntityTypeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Advertisement => "advertisement",
            Self::Record => "record",
            Self::Transaction => "transaction",
            Self::Transfer => "transfer",
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for LinkedEntityTypeEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Advertisement => f.write_str("Advertisement"),
            Self::Record => f.write_str("Record"),
            Self::Transaction => f.write_str("Transaction"),
            Self::Transfer => f.write_str("Transfer"),
            Self::User => f.write_str("User"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for LinkedEntityTypeEnum {}
