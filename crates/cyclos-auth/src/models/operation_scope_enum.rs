use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Where a custom operation is made available.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum OperationScopeEnum {
    /// The value `advertisement`.
    #[serde(rename = "advertisement")]
    Advertisement,
    /// The value `bulkAction`.
    #[serde(rename = "bulkAction")]
    BulkAction,
    /// The value `contact`.
    #[serde(rename = "contact")]
    Contact,
    /// The value `contactInfo`.
    #[serde(rename = "contactInfo")]
    ContactInfo,
    /// The value `internal`.
    #[serde(rename = "internal")]
    Internal,
    /// The value `menu`.
    #[serde(rename = "menu")]
    Menu,
    /// The value `record`.
    #[serde(rename = "record")]
    Record,
    /// The value `system`.
    #[serde(rename = "system")]
    System,
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

impl OperationScopeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Advertisement => "advertisement",
            Self::BulkAction => "bulkAction",
            Self::Contact => "contact",
            Self::ContactInfo => "contactInfo",
            Self::Internal => "internal",
            Self::Menu => "menu",
            Self::Record => "record",
            Self::System => "system",
            Self::Transfer => "transfer",
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for OperationScopeEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Advertisement => f.write_str("Advertisement"),
            Self::BulkAction => f.write_str("BulkAction"),
            Self::Contact => f.write_str("Contact"),
            Self::ContactInfo => f.write_str("ContactInfo"),
            Self::Internal => f.write_str("Internal"),
            Self::Menu => f.write_str("Menu"),
            Self::Record => f.write_str("Record"),
            Self::System => f.write_str("System"),
            Self::Transfer => f.write_str("Transfer"),
            Self::User => f.write_str("User"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for OperationScopeEnum {}
