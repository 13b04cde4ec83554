use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// The result of a login: the session token to send as `Authorization: Bearer <token>`.
/// `Debug` redacts the token.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginResult {
    /// The logged-in user.
    #[serde(rename = "username", skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The session token (valid 30 minutes); pass it to `Client::with_bearer_token`.
    #[serde(rename = "token", skip_serializing_if = "Option::is_none")]
    pub token: Option<Secret>,
    /// The Automation API server version, e.g. `9.0.21`.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl fmt::Debug for LoginResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginResult")
            .field("username", &Redacted(&self.username))
            .field("token", &Redacted(&self.token))
            .field("version", &Redacted(&self.version))
            .finish()
    }
}

impl RedactedDebug for LoginResult {}
