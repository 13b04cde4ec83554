use serde::{Deserialize, Serialize};

/// The type of entity a linked-entity custom field refers to.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
