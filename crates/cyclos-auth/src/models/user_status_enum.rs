use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The possible statuses for an user.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum UserStatusEnum {
    /// The user is active and can use the system normally.
    #[serde(rename = "active")]
    Active,
    /// The user has been blocked from accessing the system. Other users still see him/her.
    #[serde(rename = "blocked")]
    Blocked,
    /// The user has been disabled - he/she cannot access the system and is invisible by other
    /// users.
    #[serde(rename = "disabled")]
    Disabled,
    /// The user registration is pending a confirmation. Probably the user has received an e-mail
    /// with a link that must be followed to complete the activation. The user is invisible by other
    /// users.
    #[serde(rename = "pending")]
    Pending,
    /// The user was permanently removed and had all his private data removed. Only transactions are
    /// kept for historical reasons.
    #[serde(rename = "purged")]
    Purged,
    /// The user was permanently removed. It's profile is kept for historical purposes.
    #[serde(rename = "removed")]
    Removed,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl UserStatusEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Blocked => "blocked",
            Self::Disabled => "disabled",
            Self::Pending => "pending",
            Self::Purged => "purged",
            Self::Removed => "removed",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for UserStatusEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Active => f.write_str("Active"),
            Self::Blocked => f.write_str("Blocked"),
            Self::Disabled => f.write_str("Disabled"),
            Self::Pending => f.write_str("Pending"),
            Self::Purged => f.write_str("Purged"),
            Self::Removed => f.write_str("Removed"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for UserStatusEnum {}
