use serde::{Deserialize, Serialize};

use super::{CrmSession, SessionState, SsoProvider, User};

/// A user session.
///
/// After [`impersonate`](crate::SessionApi::impersonate), `user` is the
/// impersonated user and `actor` the admin who impersonates.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Globally unique identifier.
    #[serde(rename = "sessionId")]
    pub session_id: Option<String>,
    /// Where the session is in its life cycle.
    #[serde(rename = "state")]
    pub state: Option<SessionState>,
    /// When the session was created: RFC 3339 date-time text.
    #[serde(rename = "created")]
    pub created: Option<String>,
    /// When the session expires: RFC 3339 date-time text.
    #[serde(rename = "expire")]
    pub expire: Option<String>,
    /// The session's user (after impersonation: the impersonated user).
    #[serde(rename = "user")]
    pub user: Option<User>,
    /// The admin who impersonates, after impersonation.
    #[serde(rename = "actor")]
    pub actor: Option<User>,
    /// The SSO provider the session was created through.
    #[serde(rename = "sso")]
    pub sso: Option<SsoProvider>,
    /// How the session is used in the CRM.
    #[serde(rename = "crm")]
    pub crm: Option<CrmSession>,
    /// Indicate that the session is initiated from a mobile device.
    #[serde(rename = "mobile")]
    pub mobile: Option<bool>,
}
