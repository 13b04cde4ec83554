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

impl LogInRequest {
    /// A login as `username`; the platform requires both fields.
    pub fn new(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        Self {
            username: Some(username.into()),
            password: Some(password.into()),
        }
    }
}
