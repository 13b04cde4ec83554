use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Whether some data is disabled, optional or required.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum AvailabilityEnum {
    /// The value `disabled`.
    #[serde(rename = "disabled")]
    Disabled,
    /// The value `optional`.
    #[serde(rename = "optional")]
    Optional,
    /// The value `required`.
    #[serde(rename = "required")]
    Required,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl AvailabilityEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Optional => "optional",
            Self::Required => "required",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for AvailabilityEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Disabled => f.write_str("Disabled"),
            Self::Optional => f.write_str("Optional"),
            Self::Required => f.write_str("Required"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for AvailabilityEnum {}
