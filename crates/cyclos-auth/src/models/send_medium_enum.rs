use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Mediums used to send information to the user (e.g: a confirmation code).
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum SendMediumEnum {
    /// The user will receive an email with the information.
    #[serde(rename = "email")]
    Email,
    /// The user will receive a sms with the information (only if there is at least one phone
    /// enabled for sms).
    #[serde(rename = "sms")]
    Sms,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl SendMediumEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::Sms => "sms",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for SendMediumEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Email => f.write_str("Email"),
            Self::Sms => f.write_str("Sms"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for SendMediumEnum {}
