use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Details related to how this session is used in the CRM.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrmSession {
    /// Session is enabled for crm and is accounted for concurrent access.
    #[serde(rename = "enabled", skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl fmt::Debug for CrmSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CrmSession")
            .field("enabled", &Redacted(&self.enabled))
            .finish()
    }
}

impl RedactedDebug for CrmSession {}
