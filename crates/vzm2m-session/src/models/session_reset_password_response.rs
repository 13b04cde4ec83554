use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// Response to a new, randomly generated password for the current username.
/// `Debug` redacts the password.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionResetPasswordResponse {
    /// The new password for the username, effective immediately.
    #[serde(rename = "newPassword", skip_serializing_if = "Option::is_none")]
    pub new_password: Option<Secret>,
}

impl fmt::Debug for SessionResetPasswordResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionResetPasswordResponse")
            .field("new_password", &Redacted(&self.new_password))
            .finish()
    }
}

impl RedactedDebug for SessionResetPasswordResponse {}
