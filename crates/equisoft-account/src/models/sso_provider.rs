use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Details related to the SSO provider used to create this session.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoProvider {
    /// SSO Provider who initiated the single sign on.
    #[serde(rename = "provider", skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// External identifier the user used to login with the SSO provider.
    #[serde(rename = "identifier", skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
}

impl fmt::Debug for SsoProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SsoProvider")
            .field("provider", &Redacted(&self.provider))
            .field("identifier", &Redacted(&self.identifier))
            .finish()
    }
}

impl RedactedDebug for SsoProvider {}
