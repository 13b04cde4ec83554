use serde::{Deserialize, Serialize};

use super::RecordPermissions;

/// Permissions over user and system records.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordsPermissions {
    /// Permissions over user record types.
    #[serde(rename = "user")]
    pub user: Option<Vec<RecordPermissions>>,
    /// Permissions over system record types.
    #[serde(rename = "system")]
    pub system: Option<Vec<RecordPermissions>>,
}
