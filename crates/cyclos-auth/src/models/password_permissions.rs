use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::PasswordType;

/// Permissions over one password type.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordPermissions {
    /// The password type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<PasswordType>,
    /// Whether the user can change.
    #[serde(rename = "change", skip_serializing_if = "Option::is_none")]
    pub change: Option<bool>,
    /// Whether the user can enable.
    #[serde(rename = "enable", skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// Whether the user can reset.
    #[serde(rename = "reset", skip_serializing_if = "Option::is_none")]
    pub reset: Option<bool>,
    /// Whether the user can unblock.
    #[serde(rename = "unblock", skip_serializing_if = "Option::is_none")]
    pub unblock: Option<bool>,
}

impl fmt::Debug for PasswordPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PasswordPermissions")
            .field("type_", &Redacted(&self.type_))
            .field("change", &Redacted(&self.change))
            .field("enable", &Redacted(&self.enable))
            .field("reset", &Redacted(&self.reset))
            .field("unblock", &Redacted(&self.unblock))
            .finish()
    }
}

impl RedactedDebug for PasswordPermissions {}
