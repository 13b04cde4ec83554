use serde::{Deserialize, Serialize};
use session_sdks_runtime::Secret;

/// Request to a new, randomly generated password for the current username.
/// `Debug` redacts the password.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionResetPasswordRequest {
    /// The current password for the username.
    #[serde(rename = "oldPassword")]
    pub old_password: Option<Secret>,
}

impl SessionResetPasswordRequest {
    /// A reset of the password that is `old_password` now.
    pub fn new(old_password: impl Into<Secret>) -> Self {
        Self {
            old_password: Some(old_password.into()),
        }
    }
}
