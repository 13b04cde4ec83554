use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// An SSO token stored for a session. `Debug` redacts the value.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoToken {
    /// String that uniquely identifies a sso token for a given session.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Token value returned as stored. There is no double-encoding.
    #[serde(rename = "value", skip_serializing_if = "Option::is_none")]
    pub value: Option<Secret>,
}

impl fmt::Debug for SsoToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SsoToken")
            .field("id", &Redacted(&self.id))
            .field("value", &Redacted(&self.value))
            .finish()
    }
}

impl RedactedDebug for SsoToken {}
