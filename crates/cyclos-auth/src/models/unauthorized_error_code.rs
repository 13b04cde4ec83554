use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Error codes for 401 Unauthorized HTTP status.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum UnauthorizedErrorCode {
    /// The access client used for access is invalid.
    #[serde(rename = "invalidAccessClient")]
    InvalidAccessClient,
    /// Attempt to login on a stateless-only channel, or use stateless in a stateful-only channel,
    /// or invoke as guest in a channel configuration which is only for users.
    #[serde(rename = "invalidChannelUsage")]
    InvalidChannelUsage,
    /// Attempt to access a network that has been disabled.
    #[serde(rename = "invalidNetwork")]
    InvalidNetwork,
    /// The session token used for access is invalid.
    #[serde(rename = "loggedOut")]
    LoggedOut,
    /// Either user identification (principal) or password are invalid. May have additional
    /// information, such as the user / password status.
    #[serde(rename = "login")]
    Login,
    /// Attempt to access an operation as guest, but the operation requires authentication.
    #[serde(rename = "missingAuthorization")]
    MissingAuthorization,
    /// The IP address being used for access has been blocked by exceeding tries with invalid users.
    #[serde(rename = "remoteAddressBlocked")]
    RemoteAddressBlocked,
    /// The user cannot access the system using an IP address that is not white-listed.
    #[serde(rename = "unauthorizedAddress")]
    UnauthorizedAddress,
    /// The user's configuration demands access using a specific URL, and this access is being done
    /// using another one.
    #[serde(rename = "unauthorizedUrl")]
    UnauthorizedUrl,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl UnauthorizedErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidAccessClient => "invalidAccessClient",
            Self::InvalidChannelUsage => "invalidChannelUsage",
            Self::InvalidNetwork => "invalidNetwork",
            Self::LoggedOut => "loggedOut",
            Self::Login => "login",
            Self::MissingAuthorization => "missingAuthorization",
            Self::RemoteAddressBlocked => "remoteAddressBlocked",
            Self::UnauthorizedAddress => "unauthorizedAddress",
            Self::UnauthorizedUrl => "unauthorizedUrl",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for UnauthorizedErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidAccessClient => f.write_str("InvalidAccessClient"),
            Self::InvalidChannelUsage => f.write_str("InvalidChannelUsage"),
            Self::InvalidNetwork => f.write_str("InvalidNetwork"),
            Self::LoggedOut => f.write_str("LoggedOut"),
            Self::Login => f.write_str("Login"),
            Self::MissingAuthorization => f.write_str("MissingAuthorization"),
            Self::RemoteAddressBlocked => f.write_str("RemoteAddressBlocked"),
            Self::UnauthorizedAddress => f.write_str("UnauthorizedAddress"),
            Self::UnauthorizedUrl => f.write_str("UnauthorizedUrl"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for UnauthorizedErrorCode {}
