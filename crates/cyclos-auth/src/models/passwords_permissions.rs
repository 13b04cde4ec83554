use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::PasswordPermissions;

/// Permissions over the own passwords.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordsPermissions {
    /// Whether the user can manage own passwords.
    #[serde(rename = "manage", skip_serializing_if = "Option::is_none")]
    pub manage: Option<bool>,
    /// The permissions per password type.
    #[serde(rename = "passwords", skip_serializing_if = "Option::is_none")]
    pub passwords: Option<Vec<PasswordPermissions>>,
}

impl fmt::Debug for PasswordsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PasswordsPermissions")
            .field("manage", &Redacted(&self.manage))
            .field("passwords", &Redacted(&self.passwords))
            .finish()
    }
}

impl RedactedDebug for PasswordsPermissions {}
