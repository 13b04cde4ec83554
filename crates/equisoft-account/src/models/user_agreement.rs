use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::UserAgreementState;

/// The state of a user's agreement to the terms of use.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserAgreement {
    /// Accepted or still requested.
    #[serde(rename = "state", skip_serializing_if = "Option::is_none")]
    pub state: Option<UserAgreementState>,
}

impl fmt::Debug for UserAgreement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserAgreement")
            .field("state", &Redacted(&self.state))
            .finish()
    }
}

impl RedactedDebug for UserAgreement {}
