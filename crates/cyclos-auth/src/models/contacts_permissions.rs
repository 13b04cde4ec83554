use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over the own contact list.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactsPermissions {
    /// Whether the user has a contact list.
    #[serde(rename = "enable", skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// Whether contacts have custom fields the user can see.
    #[serde(rename = "hasVisibleFields", skip_serializing_if = "Option::is_none")]
    pub has_visible_fields: Option<bool>,
    /// Whether contacts have custom fields the user can edit.
    #[serde(rename = "hasEditableFields", skip_serializing_if = "Option::is_none")]
    pub has_editable_fields: Option<bool>,
}

impl fmt::Debug for ContactsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContactsPermissions")
            .field("enable", &Redacted(&self.enable))
            .field("has_visible_fields", &Redacted(&self.has_visible_fields))
            .field("has_editable_fields", &Redacted(&self.has_editable_fields))
            .finish()
    }
}

impl RedactedDebug for ContactsPermissions {}
