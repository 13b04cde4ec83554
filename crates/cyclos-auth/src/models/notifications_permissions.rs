use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over the own notifications.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationsPermissions {
    /// Whether the user has notifications.
    #[serde(rename = "enable", skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
}

impl fmt::Debug for NotificationsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NotificationsPermissions")
            .field("enable", &Redacted(&self.enable))
            .finish()
    }
}

impl RedactedDebug for NotificationsPermissions {}
