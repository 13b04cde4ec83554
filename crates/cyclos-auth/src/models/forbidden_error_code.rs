use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Error codes for 403 Forbidden HTTP status.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ForbiddenErrorCode {
    /// The password being used has expired.
    #[serde(rename = "expiredPassword")]
    ExpiredPassword,
    /// Attempt to perform an action that is not allowed on this context.
    #[serde(rename = "illegalAction")]
    IllegalAction,
    /// This channel cannot be accessed by the user.
    #[serde(rename = "inaccessibleChannel")]
    InaccessibleChannel,
    /// The used identification method (principal type) cannot be used in this channel.
    #[serde(rename = "inaccessiblePrincipal")]
    InaccessiblePrincipal,
    /// The password was indefinitely blocked by exceeding the allowed attempts.
    #[serde(rename = "indefinitelyBlocked")]
    IndefinitelyBlocked,
    /// The password being used is invalid (normally the confirmation password).
    #[serde(rename = "invalidPassword")]
    InvalidPassword,
    /// The operator cannot access because his owner member has pending agreements.
    #[serde(rename = "operatorWithPendingAgreements")]
    OperatorWithPendingAgreements,
    /// There is at least one agreement which needs to be accepted in order to access the syste.
    #[serde(rename = "pendingAgreements")]
    PendingAgreements,
    /// The operation was denied because a required permission was not granted.
    #[serde(rename = "permissionDenied")]
    PermissionDenied,
    /// The password being used was manually reset.
    #[serde(rename = "resetPassword")]
    ResetPassword,
    /// The password was temporarily blocked by exceeding the allowed attempts.
    #[serde(rename = "temporarilyBlocked")]
    TemporarilyBlocked,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl ForbiddenErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExpiredPassword => "expiredPassword",
            Self::IllegalAction => "illegalAction",
            Self::InaccessibleChannel => "inaccessibleChannel",
            Self::InaccessiblePrincipal => "inaccessiblePrincipal",
            Self::IndefinitelyBlocked => "indefinitelyBlocked",
            Self::InvalidPassword => "invalidPassword",
            Self::OperatorWithPendingAgreements => "operatorWithPendingAgreements",
            Self::PendingAgreements => "pendingAgreements",
            Self::PermissionDenied => "permissionDenied",
            Self::ResetPassword => "resetPassword",
            Self::TemporarilyBlocked => "temporarilyBlocked",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for ForbiddenErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ExpiredPassword => f.write_str("ExpiredPassword"),
            Self::IllegalAction => f.write_str("IllegalAction"),
            Self::InaccessibleChannel => f.write_str("InaccessibleChannel"),
            Self::InaccessiblePrincipal => f.write_str("InaccessiblePrincipal"),
            Self::IndefinitelyBlocked => f.write_str("IndefinitelyBlocked"),
            Self::InvalidPassword => f.write_str("InvalidPassword"),
            Self::OperatorWithPendingAgreements => f.write_str("OperatorWithPendingAgreements"),
            Self::PendingAgreements => f.write_str("PendingAgreements"),
            Self::PermissionDenied => f.write_str("PermissionDenied"),
            Self::ResetPassword => f.write_str("ResetPassword"),
            Self::TemporarilyBlocked => f.write_str("TemporarilyBlocked"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for ForbiddenErrorCode {}
