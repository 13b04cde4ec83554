use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::ErrorData;

/// The body of a failed call.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorList {
    /// The errors.
    #[serde(rename = "errors", skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ErrorData>>,
}

impl fmt::Debug for ErrorList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorList")
            .field("errors", &Redacted(&self.errors))
            .finish()
    }
}

impl RedactedDebug for ErrorList {}
