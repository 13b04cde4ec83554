use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::ErrorKind;

/// An error that happened during the request processing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Error {
    /// Error types associated to the HTTP Status 500.
    #[serde(rename = "kind", skip_serializing_if = "Option::is_none")]
    pub kind: Option<ErrorKind>,
    /// The server exception class name (not intended to be shown to final users. Only for logging
    /// purposes).
    #[serde(rename = "exceptionType")]
    pub exception_type: String,
    /// The server exception message (not intended to be shown to final users. Only for logging
    /// purposes).
    #[serde(rename = "exceptionMessage", skip_serializing_if = "Option::is_none")]
    pub exception_message: Option<String>,
}

impl Error {
    /// An `Error` with its required field; the others unset.
    pub fn new(exception_type: impl Into<String>) -> Self {
        Self {
            kind: None,
            exception_type: exception_type.into(),
            exception_message: None,
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &Redacted(&self.kind))
            .field("exception_type", &Redacted(&self.exception_type))
            .field("exception_message", &Redacted(&self.exception_message))
            .finish()
    }
}

impl RedactedDebug for Error {}
