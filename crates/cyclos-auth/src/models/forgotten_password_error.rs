use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{ErrorKind, ForgottenPasswordErrorCode};

/// Error when changing a forgotten password.
///
/// Includes the fields of [`Error`](super::Error), which the server sends flattened.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForgottenPasswordError {
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
    /// Application-specific error codes for a ForgottenPassword error.
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    pub code: Option<ForgottenPasswordErrorCode>,
    /// Flag indicating if the key received on the forgotten password reset request was invalidated
    /// because the maximum tries was reached. Only if code is `invalidSecurityAnswer`
    #[serde(rename = "keyInvalidated", skip_serializing_if = "Option::is_none")]
    pub key_invalidated: Option<bool>,
}

impl ForgottenPasswordError {
    /// A `ForgottenPasswordError` with its required field; the others unset.
    pub fn new(exception_type: impl Into<String>) -> Self {
        Self {
            kind: None,
            exception_type: exception_type.into(),
            exception_message: None,
            code: None,
            key_invalidated: None,
        }
    }
}

impl fmt::Debug for ForgottenPasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ForgottenPasswordError")
            .field("kind", &Redacted(&self.kind))
            .field("exception_type", &Redacted(&self.exception_type))
            .field("exception_message", &Redacted(&self.exception_message))
            .field("code", &Redacted(&self.code))
            .field("key_invalidated", &Redacted(&self.key_invalidated))
            .finish()
    }
}

impl RedactedDebug for ForgottenPasswordError {}
