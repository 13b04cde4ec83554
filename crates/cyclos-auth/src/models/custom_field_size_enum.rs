use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The visual size of a custom field input.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum CustomFieldSizeEnum {
    /// The value `full`.
    #[serde(rename = "full")]
    Full,
    /// The value `large`.
    #[serde(rename = "large")]
    Large,
    /// The value `medium`.
    #[serde(rename = "medium")]
    Medium,
    /// The value `small`.
    #[serde(rename = "small")]
    Small,
    /// The value `tiny`.
    #[serde(rename = "tiny")]
    Tiny,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl CustomFieldSizeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::Large => "large",
            Self::Medium => "medium",
            Self::Small => "small",
            Self::Tiny => "tiny",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for CustomFieldSizeEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Full => f.write_str("Full"),
            Self::Large => f.write_str("Large"),
            Self::Medium => f.write_str("Medium"),
            Self::Small => f.write_str("Small"),
            Self::Tiny => f.write_str("Tiny"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for CustomFieldSizeEnum {}
