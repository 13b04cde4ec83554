use serde::{Deserialize, Serialize};

/// Permissions over the own notifications.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationsPermissions {
    /// Whether the user has notifications.
    #[serde(rename = "enable")]
    pub enable: Option<bool>,
}
