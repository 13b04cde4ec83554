use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{CrmSession, SessionState, SsoProvider, User};

/// A user session.
///
/// After [`impersonate`](crate::SessionApi::impersonate), `user` is the
/// impersonated user and `actor` the admin who impersonates.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Globally unique identifier.
    #[serde(rename = "sessionId", skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Where the session is in its life cycle.
    #[serde(rename = "state", skip_serializing_if = "Option::is_none")]
    pub state: Option<SessionState>,
    /// When the session was created: RFC 3339 date-time text.
    #[serde(rename = "created", skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// When the session expires: RFC 3339 date-time text.
    #[serde(rename = "expire", skip_serializing_if = "Option::is_none")]
    pub expire: Option<String>,
    /// The session's user (after impersonation: the impersonated user).
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// The admin who impersonates, after impersonation.
    #[serde(rename = "actor", skip_serializing_if = "Option::is_none")]
    pub actor: Option<User>,
    /// The SSO provider the session was created through.
    #[serde(rename = "sso", skip_serializing_if = "Option::is_none")]
    pub sso: Option<SsoProvider>,
    /// How the session is used in the CRM.
    #[serde(rename = "crm", skip_serializing_if = "Option::is_none")]
    pub crm: Option<CrmSession>,
    /// Indicate that the session is initiated from a mobile device.
    #[serde(rename = "mobile", skip_serializing_if = "Option::is_none")]
    pub mobile: Option<bool>,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("session_id", &Redacted(&self.session_id))
            .field("state", &Redacted(&self.state))
            .field("created", &Redacted(&self.created))
            .field("expire", &Redacted(&self.expire))
            .field("user", &Redacted(&self.user))
            .field("actor", &Redacted(&self.actor))
            .field("sso", &Redacted(&self.sso))
            .field("crm", &Redacted(&self.crm))
            .field("mobile", &Redacted(&self.mobile))
            .finish()
    }
}

impl RedactedDebug for Session {}
