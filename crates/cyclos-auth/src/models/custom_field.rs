use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{CustomFieldControlEnum, CustomFieldKind, CustomFieldTypeEnum, LinkedEntityTypeEnum};

/// Basic definition of a custom field.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomField {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName", skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<String>,
    /// The data type of the field.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<CustomFieldTypeEnum>,
    /// The type of entity a linked-entity field refers to.
    #[serde(rename = "linkedEntityType", skip_serializing_if = "Option::is_none")]
    pub linked_entity_type: Option<LinkedEntityTypeEnum>,
    /// The UI control used to edit the field.
    #[serde(rename = "control", skip_serializing_if = "Option::is_none")]
    pub control: Option<CustomFieldControlEnum>,
    /// The kind of entity the field belongs to.
    #[serde(rename = "kind", skip_serializing_if = "Option::is_none")]
    pub kind: Option<CustomFieldKind>,
    /// The number of decimal digits; only for decimal fields.
    #[serde(rename = "decimalDigits", skip_serializing_if = "Option::is_none")]
    pub decimal_digits: Option<i64>,
}

impl fmt::Debug for CustomField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CustomField")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("type_", &Redacted(&self.type_))
            .field("linked_entity_type", &Redacted(&self.linked_entity_type))
            .field("control", &Redacted(&self.control))
            .field("kind", &Redacted(&self.kind))
            .field("decimal_digits", &Redacted(&self.decimal_digits))
            .finish()
    }
}

impl RedactedDebug for CustomField {}
