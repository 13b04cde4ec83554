use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::SsoProvider;

/// Data needed for the creation of a user session.
///
/// [`create_session`](crate::SessionApi::create_session) refuses an
/// `absolute_timeout` below 1 before sending, as the upstream SDK does.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionPayload {
    /// Globally unique identifier of the session's user.
    #[serde(rename = "userUuid", skip_serializing_if = "Option::is_none")]
    pub user_uuid: Option<String>,
    /// This timeout (in seconds) defines the maximum amount of time a session
    /// can be active. At least 1.
    #[serde(rename = "absoluteTimeout", skip_serializing_if = "Option::is_none")]
    pub absolute_timeout: Option<i64>,
    /// `false` creates a disabled session, to be enabled later with
    /// [`enable_session`](crate::SessionApi::enable_session).
    #[serde(rename = "enable", skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The SSO provider the user logged in with.
    #[serde(rename = "sso", skip_serializing_if = "Option::is_none")]
    pub sso: Option<SsoProvider>,
    /// Indicate that the session is initiated from a mobile device.
    #[serde(rename = "mobile", skip_serializing_if = "Option::is_none")]
    pub mobile: Option<bool>,
}

impl fmt::Debug for SessionPayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionPayload")
            .field("user_uuid", &Redacted(&self.user_uuid))
            .field("absolute_timeout", &Redacted(&self.absolute_timeout))
            .field("enable", &Redacted(&self.enable))
            .field("sso", &Redacted(&self.sso))
            .field("mobile", &Redacted(&self.mobile))
            .finish()
    }
}

impl RedactedDebug for SessionPayload {}
