use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::PasswordModeEnum;

/// Contains definitions for a password type.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordType {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName", skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<String>,
    /// Indicates whether this password type is defined in global mode (`true`) or in a network
    /// (`false`).
    #[serde(rename = "global", skip_serializing_if = "Option::is_none")]
    pub global: Option<bool>,
    /// Indicates how a password is handled.
    #[serde(rename = "mode", skip_serializing_if = "Option::is_none")]
    pub mode: Option<PasswordModeEnum>,
}

impl fmt::Debug for PasswordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PasswordType")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("global", &Redacted(&self.global))
            .field("mode", &Redacted(&self.mode))
            .finish()
    }
}

impl RedactedDebug for PasswordType {}
