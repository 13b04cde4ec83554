use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Response to Rest Errors: the body of a 400.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestErrorResponseException {
    /// Code of the error.
    #[serde(rename = "errorCode", skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Details of the error.
    #[serde(rename = "errorMessage", skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

impl fmt::Debug for RestErrorResponseException {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RestErrorResponseException")
            .field("error_code", &Redacted(&self.error_code))
            .field("error_message", &Redacted(&self.error_message))
            .finish()
    }
}

impl RedactedDebug for RestErrorResponseException {}
