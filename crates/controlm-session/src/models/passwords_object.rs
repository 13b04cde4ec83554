use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// The current and new password of a password change. `Debug` redacts both.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordsObject {
    /// user name HIDDEN
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// current password
    #[serde(rename = "currentPassword", skip_serializing_if = "Option::is_none")]
    pub current_password: Option<Secret>,
    /// new password
    #[serde(rename = "newPassword", skip_serializing_if = "Option::is_none")]
    pub new_password: Option<Secret>,
}

impl fmt::Debug for PasswordsObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PasswordsObject")
            .field("user", &Redacted(&self.user))
            .field("current_password", &Redacted(&self.current_password))
            .field("new_password", &Redacted(&self.new_password))
            .finish()
    }
}

impl RedactedDebug for PasswordsObject {}
