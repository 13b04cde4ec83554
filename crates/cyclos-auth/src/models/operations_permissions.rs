use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::OperationPermissions;

/// Permissions over user and system custom operations.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationsPermissions {
    /// The custom operations over users.
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<Vec<OperationPermissions>>,
    /// The system custom operations.
    #[serde(rename = "system", skip_serializing_if = "Option::is_none")]
    pub system: Option<Vec<OperationPermissions>>,
}

impl fmt::Debug for OperationsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OperationsPermissions")
            .field("user", &Redacted(&self.user))
            .field("system", &Redacted(&self.system))
            .finish()
    }
}

impl RedactedDebug for OperationsPermissions {}
