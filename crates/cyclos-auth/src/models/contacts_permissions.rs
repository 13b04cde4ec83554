use serde::{Deserialize, Serialize};

/// Permissions over the own contact list.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactsPermissions {
    /// Whether the user has a contact list.
    #[serde(rename = "enable")]
    pub enable: Option<bool>,
    /// Whether contacts have custom fields the user can see.
    #[serde(rename = "hasVisibleFields")]
    pub has_visible_fields: Option<bool>,
    /// Whether contacts have custom fields the user can edit.
    #[serde(rename = "hasEditableFields")]
    pub has_editable_fields: Option<bool>,
}
