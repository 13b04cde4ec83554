use serde::{Deserialize, Serialize};
use session_sdks_runtime::Secret;

/// The result of a login: the session token to send as `Authorization: Bearer <token>`.
/// `Debug` redacts the token.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginResult {
    /// The logged-in user.
    #[serde(rename = "username")]
    pub username: Option<String>,
    /// The session token (valid 30 minutes); pass it to `Client::with_bearer_token`.
    #[serde(rename = "token")]
    pub token: Option<Secret>,
    /// The Automation API server version, e.g. `9.0.21`.
    #[serde(rename = "version")]
    pub version: Option<String>,
}
