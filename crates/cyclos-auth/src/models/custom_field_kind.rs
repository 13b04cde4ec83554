use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The kind of entity a custom field belongs to.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

impl fmt::Debug for CustomFieldKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Contact => f.write_str("Contact"),
            Self::ContactInfo => f.write_str("ContactInfo"),
            Self::CustomOperation => f.write_str("CustomOperation"),
            Self::Document => f.write_str("Document"),
            Self::Marketplace => f.write_str("Marketplace"),
            Self::Record => f.write_str("Record"),
            Self::Transaction => f.write_str("Transaction"),
            Self::User => f.write_str("User"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for CustomFieldKind {}
