use serde::{Deserialize, Serialize};

/// Permissions over the own contact list.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactsPermissions {
    /// Whether the user can enable.
    #[serde(rename = "enable")]
    pub enable: Option<bool>,
    /// Whether the user has visible fields.
    #[serde(rename = "hasVisibleFields")]
    pub has_visible_fields: Option<bool>,
    /// Whether the user has editable fields.
    #[serde(rename = "hasEditableFields")]
    pub has_editable_fields: Option<bool>,
}
