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

impl PasswordsObject {
    /// A change from `current_password` to `new_password`.
    pub fn new(current_password: impl Into<Secret>, new_password: impl Into<Secret>) -> Self {
        Self {
            user: None,
            current_password: Some(current_password.into()),
            new_password: Some(new_password.into()),
        }
    }
}
