use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{EntityReference, ForbiddenErrorCode};

/// Error returned when a HTTP status code 403 occurs.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForbiddenError {
    /// Error codes for 403 Forbidden HTTP status.
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    pub code: Option<ForbiddenErrorCode>,
    /// The password type of the failed password. Only sent if `code` is one of `invalidPassword`,
    /// `expiredPassword`, `temporarilyBlocked`, `indefinitelyBlocked`
    #[serde(rename = "passwordType", skip_serializing_if = "Option::is_none")]
    pub password_type: Option<EntityReference>,
}

impl fmt::Debug for ForbiddenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ForbiddenError")
            .field("code", &Redacted(&self.code))
            .field("password_type", &Redacted(&self.password_type))
            .finish()
    }
}

impl RedactedDebug for ForbiddenError {}
