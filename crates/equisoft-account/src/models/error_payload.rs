use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The body of the documented 400 and 404 responses.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorPayload {
    /// What went wrong.
    #[serde(rename = "message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// More detail about the error.
    #[serde(rename = "description", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl fmt::Debug for ErrorPayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorPayload")
            .field("message", &Redacted(&self.message))
            .field("description", &Redacted(&self.description))
            .finish()
    }
}

impl RedactedDebug for ErrorPayload {}
