use serde::{Deserialize, Serialize};

/// Error codes for 403 Forbidden HTTP status.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
