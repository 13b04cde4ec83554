use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over payments to external users.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalPaymentsPermissions {
    /// Whether the user can view.
    #[serde(rename = "view", skip_serializing_if = "Option::is_none")]
    pub view: Option<bool>,
}

impl fmt::Debug for ExternalPaymentsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExternalPaymentsPermissions")
            .field("view", &Redacted(&self.view))
            .finish()
    }
}

impl RedactedDebug for ExternalPaymentsPermissions {}
