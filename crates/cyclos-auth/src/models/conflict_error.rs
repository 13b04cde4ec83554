use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::ConflictErrorCode;

/// Error returned when there was a conflict with some expected status vs the actual database
/// status.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictError {
    /// Error codes for 409 Conflict entity HTTP status.
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    pub code: Option<ConflictErrorCode>,
}

impl fmt::Debug for ConflictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConflictError")
            .field("code", &Redacted(&self.code))
            .finish()
    }
}

impl RedactedDebug for ConflictError {}
