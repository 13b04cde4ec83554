use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Details related to the SSO provider used to create this session.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoProvider {
    /// SSO Provider who initiated the single sign on.
    #[serde(rename = "provider")]
    pub provider: Option<String>,
    /// External identifier the user used to login with the SSO provider.
    #[serde(rename = "identifier")]
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
