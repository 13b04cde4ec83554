use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Indicates how a password is handled.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum PasswordModeEnum {
    /// Passwords are always generated.
    #[serde(rename = "generated")]
    Generated,
    /// Passwords are manually typed by users.
    #[serde(rename = "manual")]
    Manual,
    /// One Time Passwords. are always generated and can be used only once.
    #[serde(rename = "otp")]
    Otp,
    /// Passwords are not stored in Cyclos, but handed-over for a script to verify them. Is normally
    /// used to implement single-sign-on with other apps.
    #[serde(rename = "script")]
    Script,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl PasswordModeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Generated => "generated",
            Self::Manual => "manual",
            Self::Otp => "otp",
            Self::Script => "script",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for PasswordModeEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Generated => f.write_str("Generated"),
            Self::Manual => f.write_str("Manual"),
            Self::Otp => f.write_str("Otp"),
            Self::Script => f.write_str("Script"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for PasswordModeEnum {}
