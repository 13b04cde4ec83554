use serde::{Deserialize, Serialize};

use super::PasswordPermissions;

/// Permissions over the own passwords.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordsPermissions {
    /// Whether the user can manage own passwords.
    #[serde(rename = "manage")]
    pub manage: Option<bool>,
    /// The permissions per password type.
    #[serde(rename = "passwords")]
    pub passwords: Option<Vec<PasswordPermissions>>,
}
