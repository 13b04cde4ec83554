use serde::{Deserialize, Serialize};

/// Permissions over other users.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
