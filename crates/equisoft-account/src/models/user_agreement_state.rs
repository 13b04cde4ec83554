use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Whether a user accepted the user agreement.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum UserAgreementState {
    /// User agreement and term of use accepted by user.
    #[serde(rename = "ACCEPTED")]
    Accepted,
    /// User has yet to approve user agreements.
    #[serde(rename = "REQUESTED")]
    Requested,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl fmt::Debug for UserAgreementState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Accepted => f.write_str("Accepted"),
            Self::Requested => f.write_str("Requested"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for UserAgreementState {}
