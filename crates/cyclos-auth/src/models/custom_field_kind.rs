use serde::{Deserialize, Serialize};

/// The kind of entity a custom field belongs to.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum CustomFieldKind {
    /// The value `contact`.
    #[serde(rename = "contact")]
    Contact,
    /// The value `contactInfo`.
    #[serde(rename = "contactInfo")]
    ContactInfo,
    /// The value `custom_operation`.
    #[serde(rename = "custom_operation")]
    CustomOperation,
    /// The value `document`.
    #[serde(rename = "document")]
    Document,
    /// The value `marketplace`.
    #[serde(rename = "marketplace")]
    Marketplace,
    /// The value `record`.
    #[serde(rename = "record")]
    Record,
    /// The value `transaction`.
    #[serde(rename = "transaction")]
    Transaction,
    /// The value `user`.
    #[serde(rename = "user")]
    User,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl CustomFieldKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Contact => "contact",
            Self::ContactInfo => "contactInfo",
            Self::CustomOperation => "custom_operation",
            Self::Document => "document",
            Self::Marketplace => "marketplace",
            Self::Record => "record",
            Self::Transaction => "transaction",
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}
