use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over other users.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsersPermissions {
    /// Whether the user can search other users.
    #[serde(rename = "search", skip_serializing_if = "Option::is_none")]
    pub search: Option<bool>,
    /// Whether the user can view other users' profiles.
    #[serde(rename = "viewProfile", skip_serializing_if = "Option::is_none")]
    pub view_profile: Option<bool>,
    /// Whether the user can see the users map.
    #[serde(rename = "map", skip_serializing_if = "Option::is_none")]
    pub map: Option<bool>,
    /// Deprecated: whether contacts can be managed.
    #[serde(rename = "contacts", skip_serializing_if = "Option::is_none")]
    pub contacts: Option<bool>,
}

impl fmt::Debug for UsersPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UsersPermissions")
            .field("search", &Redacted(&self.search))
            .field("view_profile", &Redacted(&self.view_profile))
            .field("map", &Redacted(&self.map))
            .field("contacts", &Redacted(&self.contacts))
            .finish()
    }
}

impl RedactedDebug for UsersPermissions {}
