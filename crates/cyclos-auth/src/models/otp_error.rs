use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{ErrorKind, OtpErrorCode, OutboundSmsStatusEnum};

/// Error when requesting a new One-time-Password (OTP).
///
/// Includes the fields of [`Error`](super::Error), which the server sends flattened.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtpError {
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
    /// Application-specific error codes for an OTP error.
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    pub code: Option<OtpErrorCode>,
    /// Only if code is `errorSendingSms`
    #[serde(rename = "smsStatus", skip_serializing_if = "Option::is_none")]
    pub sms_status: Option<OutboundSmsStatusEnum>,
}

impl OtpError {
    /// An `OtpError` with its required field; the others unset.
    pub fn new(exception_type: impl Into<String>) -> Self {
        Self {
            kind: None,
            exception_type: exception_type.into(),
            exception_message: None,
            code: None,
            sms_status: None,
        }
    }
}

impl fmt::Debug for OtpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OtpError")
            .field("kind", &Redacted(&self.kind))
            .field("exception_type", &Redacted(&self.exception_type))
            .field("exception_message", &Redacted(&self.exception_message))
            .field("code", &Redacted(&self.code))
            .field("sms_status", &Redacted(&self.sms_status))
            .finish()
    }
}

impl RedactedDebug for OtpError {}
