use serde::{Deserialize, Serialize};

use super::PasswordType;

/// Permissions over one password type.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordPermissions {
    /// The password type.
    #[serde(rename = "type")]
    pub type_: Option<PasswordType>,
    /// Whether the user can change.
    #[serde(rename = "change")]
    pub change: Option<bool>,
    /// Whether the user can enable.
    #[serde(rename = "enable")]
    pub enable: Option<bool>,
    /// Whether the user can reset.
    #[serde(rename = "reset")]
    pub reset: Option<bool>,
    /// Whether the user can unblock.
    #[serde(rename = "unblock")]
    pub unblock: Option<bool>,
}
