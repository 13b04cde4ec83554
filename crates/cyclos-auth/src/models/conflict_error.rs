use serde::{Deserialize, Serialize};

use super::ConflictErrorCode;

/// Error returned when there was a conflict with some expected status vs the actual database
/// status.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictError {
    /// Error codes for 409 Conflict entity HTTP status.
    #[serde(rename = "code")]
    pub code: Option<ConflictErrorCode>,
}
