use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// Response to initiate a Connectivity Management session: the VZ-M2M session
/// token that is required in subsequent API requests. `Debug` redacts it.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogInResponse {
    /// The identifier for the session that was created by the request. Store
    /// the sessionToken for use in the header of all other API requests
    /// (`VzM2mClient::with_session_token`).
    #[serde(rename = "sessionToken", skip_serializing_if = "Option::is_none")]
    pub session_token: Option<Secret>,
}

impl fmt::Debug for LogInResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LogInResponse")
            .field("session_token", &Redacted(&self.session_token))
            .finish()
    }
}

impl RedactedDebug for LogInResponse {}
