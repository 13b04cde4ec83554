use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over other users.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsersPermissions {
    /// Whether the user can search other users.
    #[serde(rename = "search")]
    pub search: Option<bool>,
    /// Whether the user can view other users' profiles.
    #[serde(rename = "viewProfile")]
    pub view_profile: Option<bool>,
    /// Whether the user can see the users map.
    #[serde(rename = "map")]
    pub map: Option<bool>,
    /// Deprecated: whether contacts can be managed.
    #[serde(rename = "contacts")]
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
