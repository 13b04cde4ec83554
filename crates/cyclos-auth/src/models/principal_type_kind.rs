use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The kind of a principal type (how a user is identified).
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum PrincipalTypeKind {
    /// The value `accessClient`.
    #[serde(rename = "accessClient")]
    AccessClient,
    /// The value `accountNumber`.
    #[serde(rename = "accountNumber")]
    AccountNumber,
    /// The value `customField`.
    #[serde(rename = "customField")]
    CustomField,
    /// The value `email`.
    #[serde(rename = "email")]
    Email,
    /// The value `mobilePhone`.
    #[serde(rename = "mobilePhone")]
    MobilePhone,
    /// The value `token`.
    #[serde(rename = "token")]
    Token,
    /// The value `username`.
    #[serde(rename = "username")]
    Username,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl PrincipalTypeKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessClient => "accessClient",
            Self::AccountNumber => "accountNumber",
            Self::CustomField => "customField",
            Self::Email => "email",
            Self::MobilePhone => "mobilePhone",
            Self::Token => "token",
            Self::Username => "username",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for PrincipalTypeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AccessClient => f.write_str("AccessClient"),
            Self::AccountNumber => f.write_str("AccountNumber"),
            Self::CustomField => f.write_str("CustomField"),
            Self::Email => f.write_str("Email"),
            Self::MobilePhone => f.write_str("MobilePhone"),
            Self::Token => f.write_str("Token"),
            Self::Username => f.write_str("Username"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for PrincipalTypeKind {}
