use serde::{Deserialize, Serialize};

/// Permissions over payments to external users.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalPaymentsPermissions {
    /// Whether the user can view.
    #[serde(rename = "view")]
    pub view: Option<bool>,
}
