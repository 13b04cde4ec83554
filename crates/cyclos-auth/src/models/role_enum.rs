use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The main role the user has.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum RoleEnum {
    /// A user who can manage the system and other users.
    #[serde(rename = "administrator")]
    Administrator,
    /// A user who can manage other users.
    #[serde(rename = "broker")]
    Broker,
    /// A regular user who can manage operators.
    #[serde(rename = "member")]
    Member,
    /// A "sub-user" created by a member to manage his data.
    #[serde(rename = "operator")]
    Operator,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl RoleEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Administrator => "administrator",
            Self::Broker => "broker",
            Self::Member => "member",
            Self::Operator => "operator",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for RoleEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Administrator => f.write_str("Administrator"),
            Self::Broker => f.write_str("Broker"),
            Self::Member => f.write_str("Member"),
            Self::Operator => f.write_str("Operator"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for RoleEnum {}
