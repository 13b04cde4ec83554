use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::RecordPermissions;

/// Permissions over user and system records.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordsPermissions {
    /// Permissions over user record types.
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<Vec<RecordPermissions>>,
    /// Permissions over system record types.
    #[serde(rename = "system", skip_serializing_if = "Option::is_none")]
    pub system: Option<Vec<RecordPermissions>>,
}

impl fmt::Debug for RecordsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordsPermissions")
            .field("user", &Redacted(&self.user))
            .field("system", &Redacted(&self.system))
            .finish()
    }
}

impl RedactedDebug for RecordsPermissions {}
