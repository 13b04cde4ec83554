use serde::{Deserialize, Serialize};
use session_sdks_runtime::Secret;

/// Response to a new, randomly generated password for the current username.
/// `Debug` redacts the password.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionResetPasswordResponse {
    /// The new password for the username, effective immediately.
    #[serde(rename = "newPassword")]
    pub new_password: Option<Secret>,
}
