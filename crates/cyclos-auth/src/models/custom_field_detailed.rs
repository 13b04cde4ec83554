use serde::{Deserialize, Serialize};

use super::{
    Ad, CustomFieldControlEnum, CustomFieldDynamicValue, CustomFieldKind, CustomFieldPossibleValue,
    CustomFieldSizeEnum, CustomFieldTypeEnum, EntityReference, FileMimeTypeEnum,
    LinkedEntityTypeEnum, Record, Transaction, Transfer, User,
};

/// The full definition of a custom field, including its possible values.
///
/// Includes the fields of [`CustomField`](super::CustomField), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomFieldDetailed {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName")]
    pub internal_name: Option<String>,
    /// The type.
    #[serde(rename = "type")]
    pub type_: Option<CustomFieldTypeEnum>,
    /// The linked entity type.
    #[serde(rename = "linkedEntityType")]
    pub linked_entity_type: Option<LinkedEntityTypeEnum>,
    /// The control.
    #[serde(rename = "control")]
    pub control: Option<CustomFieldControlEnum>,
    /// The kind.
    #[serde(rename = "kind")]
    pub kind: Option<CustomFieldKind>,
    /// The number of decimal digits; only for decimal fields.
    #[serde(rename = "decimalDigits")]
    pub decimal_digits: Option<i64>,
    /// The information text.
    #[serde(rename = "informationText")]
    pub information_text: Option<String>,
    /// The size.
    #[serde(rename = "size")]
    pub size: Option<CustomFieldSizeEnum>,
    /// The pattern.
    #[serde(rename = "pattern")]
    pub pattern: Option<String>,
    /// Whether required.
    #[serde(rename = "required")]
    pub required: Option<bool>,
    /// The all selected label.
    #[serde(rename = "allSelectedLabel")]
    pub all_selected_label: Option<String>,
    /// The default value.
    #[serde(rename = "defaultValue")]
    pub default_value: Option<String>,
    /// The possible value categories.
    #[serde(rename = "possibleValueCategories")]
    pub possible_value_categories: Option<Vec<EntityReference>>,
    /// Whether has values list.
    #[serde(rename = "hasValuesList")]
    pub has_values_list: Option<bool>,
    /// The possible values.
    #[serde(rename = "possibleValues")]
    pub possible_values: Option<Vec<CustomFieldPossibleValue>>,
    /// The dynamic values.
    #[serde(rename = "dynamicValues")]
    pub dynamic_values: Option<Vec<CustomFieldDynamicValue>>,
    /// The string values.
    #[serde(rename = "stringValues")]
    pub string_values: Option<Vec<String>>,
    /// The values of date fields, as RFC 3339 date-times.
    #[serde(rename = "dateValues")]
    pub date_values: Option<Vec<String>>,
    /// The integer values.
    #[serde(rename = "integerValues")]
    pub integer_values: Option<Vec<i64>>,
    /// The values of decimal fields, as decimal strings.
    #[serde(rename = "decimalValues")]
    pub decimal_values: Option<Vec<String>>,
    /// The ad values.
    #[serde(rename = "adValues")]
    pub ad_values: Option<Vec<Ad>>,
    /// The transaction values.
    #[serde(rename = "transactionValues")]
    pub transaction_values: Option<Vec<Transaction>>,
    /// The transfer values.
    #[serde(rename = "transferValues")]
    pub transfer_values: Option<Vec<Transfer>>,
    /// The record values.
    #[serde(rename = "recordValues")]
    pub record_values: Option<Vec<Record>>,
    /// The user values.
    #[serde(rename = "userValues")]
    pub user_values: Option<Vec<User>>,
    /// The max files.
    #[serde(rename = "maxFiles")]
    pub max_files: Option<i64>,
    /// The mime types.
    #[serde(rename = "mimeTypes")]
    pub mime_types: Option<Vec<String>>,
    /// The accepted file types. Deprecated: use `mimeTypes`.
    #[serde(rename = "allowedMimeTypes")]
    pub allowed_mime_types: Option<Vec<FileMimeTypeEnum>>,
    /// Further accepted MIME types. Deprecated: use `mimeTypes`.
    #[serde(rename = "otherMimeTypes")]
    pub other_mime_types: Option<Vec<String>>,
}
