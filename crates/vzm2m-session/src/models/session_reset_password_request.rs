use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// Request to a new, randomly generated password for the current username.
/// `Debug` redacts the password.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionResetPasswordRequest {
    /// The current password for the username.
    #[serde(rename = "oldPassword", skip_serializing_if = "Option::is_none")]
    pub old_password: Option<Secret>,
}

impl fmt::Debug for SessionResetPasswordRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionResetPasswordRequest")
            .field("old_password", &Redacted(&self.old_password))
            .finish()
    }
}

impl RedactedDebug for SessionResetPasswordRequest {}
