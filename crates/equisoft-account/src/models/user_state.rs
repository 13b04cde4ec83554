use serde::{Deserialize, Serialize};

/// Whether a user may log in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum UserState {
    /// User is soft deleted or archived.
    #[serde(rename = "DELETED")]
    Deleted,
    /// Temporarily denied login.
    #[serde(rename = "DISABLED")]
    Disabled,
    /// Allowed to login.
    #[serde(rename = "ENABLED")]
    Enabled,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}
