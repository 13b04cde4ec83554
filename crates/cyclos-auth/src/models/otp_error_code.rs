use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Application-specific error codes for an OTP error.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum OtpErrorCode {
    /// An error has occurred trying to send the OTP through SMS.
    #[serde(rename = "errorSendingSms")]
    ErrorSendingSms,
    /// An unexpected error has occurred.
    #[serde(rename = "unexpected")]
    Unexpected,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl OtpErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ErrorSendingSms => "errorSendingSms",
            Self::Unexpected => "unexpected",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for OtpErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ErrorSendingSms => f.write_str("ErrorSendingSms"),
            Self::Unexpected => f.write_str("Unexpected"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for OtpErrorCode {}
