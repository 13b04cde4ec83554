use serde::{Deserialize, Serialize};
use session_sdks_runtime::Secret;

/// The current and new password of a password change. `Debug` redacts both.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordsObject {
    /// user name HIDDEN
    #[serde(rename = "user")]
    pub user: Option<String>,
    /// current password
    #[serde(rename = "currentPassword")]
    pub current_password: Option<Secret>,
    /// new password
    #[serde(rename = "newPassword")]
    pub new_password: Option<Secret>,
}
