use serde::{Deserialize, Serialize};

use super::{PasswordStatusEnum, PasswordType, UnauthorizedErrorCode, UserStatusEnum};

/// Error returned when a HTTP status code 401 occurs.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnauthorizedError {
    /// Error codes for 401 Unauthorized HTTP status.
    #[serde(rename = "code")]
    pub code: Option<UnauthorizedErrorCode>,
    /// May only returned when `code` is `login`.
    #[serde(rename = "userStatus")]
    pub user_status: Option<UserStatusEnum>,
    /// May only returned when `code` is `login`.
    #[serde(rename = "passwordStatus")]
    pub password_status: Option<PasswordStatusEnum>,
    /// May only returned when `code` is `login` and there is a secondary access password defined
    /// for the channel.
    #[serde(rename = "missingSecondaryPassword")]
    pub missing_secondary_password: Option<PasswordType>,
}
