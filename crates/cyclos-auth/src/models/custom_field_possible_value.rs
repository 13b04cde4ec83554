use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::EntityReference;

/// One possible value of a single or multiple selection custom field.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomFieldPossibleValue {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value.
    #[serde(rename = "value", skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Whether this value is selected by default.
    #[serde(rename = "default", skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// The internal name of the value.
    #[serde(rename = "internalName", skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<String>,
    /// The category of the value, if any.
    #[serde(rename = "category", skip_serializing_if = "Option::is_none")]
    pub category: Option<EntityReference>,
}

impl fmt::Debug for CustomFieldPossibleValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CustomFieldPossibleValue")
            .field("id", &Redacted(&self.id))
            .field("value", &Redacted(&self.value))
            .field("default", &Redacted(&self.default))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("category", &Redacted(&self.category))
            .finish()
    }
}

impl RedactedDebug for CustomFieldPossibleValue {}
