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
