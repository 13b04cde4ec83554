use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// Request to initiate a Connectivity Management session and returns a VZ-M2M
/// session token that is required in subsequent API requests. `Debug` redacts
/// the password.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogInRequest {
    /// The username for authentication.
    #[serde(rename = "username", skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The password for authentication.
    #[serde(rename = "password", skip_serializing_if = "Option::is_none")]
    pub password: Option<Secret>,
}

impl fmt::Debug for LogInRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LogInRequest")
            .field("username", &Redacted(&self.username))
            .field("password", &Redacted(&self.password))
            .finish()
    }
}

impl RedactedDebug for LogInRequest {}
