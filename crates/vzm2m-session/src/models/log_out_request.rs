use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// Request to end a Connectivity Management session. The document names the
/// logout *response* so: it echoes the ended session's token. `Debug` redacts it.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogOutRequest {
    /// The session token is returned to confirm that it was invalidated.
    #[serde(rename = "sessionToken", skip_serializing_if = "Option::is_none")]
    pub session_token: Option<Secret>,
}

impl fmt::Debug for LogOutRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LogOutRequest")
            .field("session_token", &Redacted(&self.session_token))
            .finish()
    }
}

impl RedactedDebug for LogOutRequest {}
