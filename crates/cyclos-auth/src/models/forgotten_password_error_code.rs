use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Application-specific error codes for a ForgottenPassword error.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ForgottenPasswordErrorCode {
    /// if the answer for the security question was incorrect.
    #[serde(rename = "invalidSecurityAnswer")]
    InvalidSecurityAnswer,
    /// An unexpected error has occurred.
    #[serde(rename = "unexpected")]
    Unexpected,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl ForgottenPasswordErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidSecurityAnswer => "invalidSecurityAnswer",
            Self::Unexpected => "unexpected",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for ForgottenPasswordErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidSecurityAnswer => f.write_str("InvalidSecurityAnswer"),
            Self::Unexpected => f.write_str("Unexpected"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for ForgottenPasswordErrorCode {}
