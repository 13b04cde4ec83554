use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The password status.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum PasswordStatusEnum {
    /// The password is active and valid.
    #[serde(rename = "active")]
    Active,
    /// The password has been manually disabled.
    #[serde(rename = "disabled")]
    Disabled,
    /// The password is expired.
    #[serde(rename = "expired")]
    Expired,
    /// The password is blocked by exceeding the maximum attempts until it is manually unblocked.
    #[serde(rename = "indefinitelyBlocked")]
    IndefinitelyBlocked,
    /// The password has never been created for the user.
    #[serde(rename = "neverCreated")]
    NeverCreated,
    /// The password was manually allowed (by admins) for the user to generate it, but it was not
    /// yet generated (never used for manual passwords).
    #[serde(rename = "pending")]
    Pending,
    /// The password has been reset (can be used for login but must then be changed).
    #[serde(rename = "reset")]
    Reset,
    /// The password is temporarily blocked by exceeding the maximum attempts.
    #[serde(rename = "temporarilyBlocked")]
    TemporarilyBlocked,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl PasswordStatusEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Disabled => "disabled",
            Self::Expired => "expired",
            Self::IndefinitelyBlocked => "indefinitelyBlocked",
            Self::NeverCreated => "neverCreated",
            Self::Pending => "pending",
            Self::Reset => "reset",
            Self::TemporarilyBlocked => "temporarilyBlocked",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for PasswordStatusEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Active => f.write_str("Active"),
            Self::Disabled => f.write_str("Disabled"),
            Self::Expired => f.write_str("Expired"),
            Self::IndefinitelyBlocked => f.write_str("IndefinitelyBlocked"),
            Self::NeverCreated => f.write_str("NeverCreated"),
            Self::Pending => f.write_str("Pending"),
            Self::Reset => f.write_str("Reset"),
            Self::TemporarilyBlocked => f.write_str("TemporarilyBlocked"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for PasswordStatusEnum {}
