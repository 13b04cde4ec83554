use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{
    Ad, CustomFieldControlEnum, CustomFieldDynamicValue, CustomFieldKind, CustomFieldPossibleValue,
    CustomFieldSizeEnum, CustomFieldTypeEnum, EntityReference, FileMimeTypeEnum,
    LinkedEntityTypeEnum, Record, Transaction, Transfer, User,
};

/// The full definition of a custom field, including its possible values.
///
/// Includes the fields of [`CustomField`](super::CustomField), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomFieldDetailed {
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
    /// A hint about the field to show to the user.
    #[serde(rename = "informationText", skip_serializing_if = "Option::is_none")]
    pub information_text: Option<String>,
    /// The size of the input widget.
    #[serde(rename = "size", skip_serializing_if = "Option::is_none")]
    pub size: Option<CustomFieldSizeEnum>,
    /// The optional mask applied to string values.
    #[serde(rename = "pattern", skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Whether the field is required.
    #[serde(rename = "required", skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// The label shown when every value of a multiple selection is selected.
    #[serde(rename = "allSelectedLabel", skip_serializing_if = "Option::is_none")]
    pub all_selected_label: Option<String>,
    /// The value suggested by default; for multiple selections, comma-separated ids or internal
    /// names.
    #[serde(rename = "defaultValue", skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// The categories of the possible values of a single or multiple selection field.
    #[serde(
        rename = "possibleValueCategories",
        skip_serializing_if = "Option::is_none"
    )]
    pub possible_value_categories: Option<Vec<EntityReference>>,
    /// Whether the field has a list of possible values, according to its type.
    #[serde(rename = "hasValuesList", skip_serializing_if = "Option::is_none")]
    pub has_values_list: Option<bool>,
    /// The possible values of a single or multiple selection field.
    #[serde(rename = "possibleValues", skip_serializing_if = "Option::is_none")]
    pub possible_values: Option<Vec<CustomFieldPossibleValue>>,
    /// The script-generated possible values of a dynamic selection field.
    #[serde(rename = "dynamicValues", skip_serializing_if = "Option::is_none")]
    pub dynamic_values: Option<Vec<CustomFieldDynamicValue>>,
    /// The possible values of a string field with a values list.
    #[serde(rename = "stringValues", skip_serializing_if = "Option::is_none")]
    pub string_values: Option<Vec<String>>,
    /// The values of date fields, as RFC 3339 date-times.
    #[serde(rename = "dateValues", skip_serializing_if = "Option::is_none")]
    pub date_values: Option<Vec<String>>,
    /// The possible values of an integer field with a values list.
    #[serde(rename = "integerValues", skip_serializing_if = "Option::is_none")]
    pub integer_values: Option<Vec<i64>>,
    /// The values of decimal fields, as decimal strings.
    #[serde(rename = "decimalValues", skip_serializing_if = "Option::is_none")]
    pub decimal_values: Option<Vec<String>>,
    /// The possible advertisements of a linked-entity field with a values list.
    #[serde(rename = "adValues", skip_serializing_if = "Option::is_none")]
    pub ad_values: Option<Vec<Ad>>,
    /// The possible transactions of a linked-entity field with a values list.
    #[serde(rename = "transactionValues", skip_serializing_if = "Option::is_none")]
    pub transaction_values: Option<Vec<Transaction>>,
    /// The possible transfers of a linked-entity field with a values list.
    #[serde(rename = "transferValues", skip_serializing_if = "Option::is_none")]
    pub transfer_values: Option<Vec<Transfer>>,
    /// The possible records of a linked-entity field with a values list.
    #[serde(rename = "recordValues", skip_serializing_if = "Option::is_none")]
    pub record_values: Option<Vec<Record>>,
    /// The possible users of a linked-entity field with a values list.
    #[serde(rename = "userValues", skip_serializing_if = "Option::is_none")]
    pub user_values: Option<Vec<User>>,
    /// The maximum number of files to upload; only for file and image fields.
    #[serde(rename = "maxFiles", skip_serializing_if = "Option::is_none")]
    pub max_files: Option<i64>,
    /// The MIME types allowed; only for file and image fields.
    #[serde(rename = "mimeTypes", skip_serializing_if = "Option::is_none")]
    pub mime_types: Option<Vec<String>>,
    /// The accepted file types. Deprecated: use `mimeTypes`.
    #[serde(rename = "allowedMimeTypes", skip_serializing_if = "Option::is_none")]
    pub allowed_mime_types: Option<Vec<FileMimeTypeEnum>>,
    /// Further accepted MIME types. Deprecated: use `mimeTypes`.
    #[serde(rename = "otherMimeTypes", skip_serializing_if = "Option::is_none")]
    pub other_mime_types: Option<Vec<String>>,
}

impl fmt::Debug for CustomFieldDetailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CustomFieldDetailed")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("type_", &Redacted(&self.type_))
            .field("linked_entity_type", &Redacted(&self.linked_entity_type))
            .field("control", &Redacted(&self.control))
            .field("kind", &Redacted(&self.kind))
            .field("decimal_digits", &Redacted(&self.decimal_digits))
            .field("information_text", &Redacted(&self.information_text))
            .field("size", &Redacted(&self.size))
            .field("pattern", &Redacted(&self.pattern))
            .field("required", &Redacted(&self.required))
            .field("all_selected_label", &Redacted(&self.all_selected_label))
            .field("default_value", &Redacted(&self.default_value))
            .field(
                "possible_value_categories",
                &Redacted(&self.possible_value_categories),
            )
            .field("has_values_list", &Redacted(&self.has_values_list))
            .field("possible_values", &Redacted(&self.possible_values))
            .field("dynamic_values", &Redacted(&self.dynamic_values))
            .field("string_values", &Redacted(&self.string_values))
            .field("date_values", &Redacted(&self.date_values))
            .field("integer_values", &Redacted(&self.integer_values))
            .field("decimal_values", &Redacted(&self.decimal_values))
            .field("ad_values", &Redacted(&self.ad_values))
            .field("transaction_values", &Redacted(&self.transaction_values))
            .field("transfer_values", &Redacted(&self.transfer_values))
            .field("record_values", &Redacted(&self.record_values))
            .field("user_values", &Redacted(&self.user_values))
            .field("max_files", &Redacted(&self.max_files))
            .field("mime_types", &Redacted(&self.mime_types))
            .field("allowed_mime_types", &Redacted(&self.allowed_mime_types))
            .field("other_mime_types", &Redacted(&self.other_mime_types))
            .finish()
    }
}

impl RedactedDebug for CustomFieldDetailed {}
