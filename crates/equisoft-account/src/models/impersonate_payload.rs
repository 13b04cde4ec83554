use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Parameters needed to impersonate a user for a user session.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImpersonatePayload {
    /// Globally unique identifier of the user to impersonate.
    #[serde(rename = "userUuid", skip_serializing_if = "Option::is_none")]
    pub user_uuid: Option<String>,
}

impl fmt::Debug for ImpersonatePayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ImpersonatePayload")
            .field("user_uuid", &Redacted(&self.user_uuid))
            .finish()
    }
}

impl RedactedDebug for ImpersonatePayload {}
