use serde::{Deserialize, Serialize};
use session_sdks_runtime::Secret;

/// Request to initiate a Connectivity Management session and returns a VZ-M2M
/// session token that is required in subsequent API requests. `Debug` redacts
/// the password.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogInRequest {
    /// The username for authentication.
    #[serde(rename = "username")]
    pub username: Option<String>,
    /// The password for authentication.
    #[serde(rename = "password")]
    pub password: Option<Secret>,
}
