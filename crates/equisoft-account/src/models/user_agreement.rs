use serde::{Deserialize, Serialize};

use super::UserAgreementState;

/// The state of a user's agreement to the terms of use.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserAgreement {
    /// Accepted or still requested.
    #[serde(rename = "state")]
    pub state: Option<UserAgreementState>,
}
