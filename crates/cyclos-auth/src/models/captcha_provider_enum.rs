use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Possibles captcha provider.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum CaptchaProviderEnum {
    /// Default provider using images.
    #[serde(rename = "internal")]
    Internal,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl CaptchaProviderEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Internal => "internal",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for CaptchaProviderEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Internal => f.write_str("Internal"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for CaptchaProviderEnum {}
