use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::RecordPermissions;

/// Permissions over user and system records.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordsPermissions {
    /// Permissions over user record types.
    #[serde(rename = "user")]
    pub user: Option<Vec<RecordPermissions>>,
    /// Permissions over system record types.
    #[serde(rename = "system")]
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
