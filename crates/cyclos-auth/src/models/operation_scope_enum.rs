use serde::{Deserialize, Serialize};

/// Where a custom operation is made available.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
