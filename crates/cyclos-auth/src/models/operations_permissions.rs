use serde::{Deserialize, Serialize};

use super::OperationPermissions;

/// Permissions over user and system custom operations.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationsPermissions {
    /// The custom operations over users.
    #[serde(rename = "user")]
    pub user: Option<Vec<OperationPermissions>>,
    /// The system custom operations.
    #[serde(rename = "system")]
    pub system: Option<Vec<OperationPermissions>>,
}
