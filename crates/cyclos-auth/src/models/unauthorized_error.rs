use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{PasswordStatusEnum, PasswordType, UnauthorizedErrorCode, UserStatusEnum};

/// Error returned when a HTTP status code 401 occurs.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnauthorizedError {
    /// Error codes for 401 Unauthorized HTTP status.
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    pub code: Option<UnauthorizedErrorCode>,
    /// May only returned when `code` is `login`.
    #[serde(rename = "userStatus", skip_serializing_if = "Option::is_none")]
    pub user_status: Option<UserStatusEnum>,
    /// May only returned when `code` is `login`.
    #[serde(rename = "passwordStatus", skip_serializing_if = "Option::is_none")]
    pub password_status: Option<PasswordStatusEnum>,
    /// May only returned when `code` is `login` and there is a secondary access password defined
    /// for the channel.
    #[serde(
        rename = "missingSecondaryPassword",
        skip_serializing_if = "Option::is_none"
    )]
    pub missing_secondary_password: Option<PasswordType>,
}

impl fmt::Debug for UnauthorizedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnauthorizedError")
            .field("code", &Redacted(&self.code))
            .field("user_status", &Redacted(&self.user_status))
            .field("password_status", &Redacted(&self.password_status))
            .field(
                "missing_secondary_password",
                &Redacted(&self.missing_secondary_password),
            )
            .finish()
    }
}

impl RedactedDebug for UnauthorizedError {}
