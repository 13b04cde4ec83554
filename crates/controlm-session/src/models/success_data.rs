use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The success message of an action.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuccessData {
    /// The success message that describes the performed action.
    #[serde(rename = "message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl fmt::Debug for SuccessData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SuccessData")
            .field("message", &Redacted(&self.message))
            .finish()
    }
}

impl RedactedDebug for SuccessData {}
