use serde::{Deserialize, Serialize};

/// Whether a user accepted the user agreement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
