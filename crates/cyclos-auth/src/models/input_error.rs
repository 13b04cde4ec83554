use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::InputErrorCode;

/// Error returned when some input data failed validation.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// Error codes for 422 Unprocessable entity HTTP status. It means there was an error with the
    /// input sent to the operation.
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    pub code: Option<InputErrorCode>,
    /// A list of errors that cannot be attributed to a specific property. Only returned if `code`
    /// is `validation`.
    #[serde(rename = "generalErrors", skip_serializing_if = "Option::is_none")]
    pub general_errors: Option<Vec<String>>,
    /// An array of properties which contains errors, in the order they were processed. As
    /// `propertyErrors` is an object (without a guaranteed order for its keys) the original order
    /// would be lost otherwise. Only returned if `code` is `validation`.
    #[serde(rename = "properties", skip_serializing_if = "Option::is_none")]
    pub properties: Option<Vec<String>>,
    /// An object keyed by property name, whose values are lists of errors for that property. Only
    /// returned if `code` is `validation`.
    #[serde(rename = "propertyErrors", skip_serializing_if = "Option::is_none")]
    pub property_errors: Option<BTreeMap<String, Vec<String>>>,
    /// An array of custom field internal names which contains errors, in the order they were
    /// processed. As `propertyErrors` is an object (without a guaranteed order for its keys) the
    /// original order would be lost otherwise. Only returned if `code` is `validation`.
    #[serde(rename = "customFields", skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<String>>,
    /// An object keyed by custom field internal name, whose values are lists of errors for that
    /// custom field. Only returned if `code` is `validation`.
    #[serde(rename = "customFieldErrors", skip_serializing_if = "Option::is_none")]
    pub custom_field_errors: Option<BTreeMap<String, Vec<String>>>,
    /// The maximum allowed items. Only returned if `code` is `maxItems`.
    #[serde(rename = "maxItems", skip_serializing_if = "Option::is_none")]
    pub max_items: Option<i64>,
    /// The maximum file size, in bytes, allowed for uploads. Only returned if `code` is
    /// `fileUploadSize`.
    #[serde(rename = "maxFileSize", skip_serializing_if = "Option::is_none")]
    pub max_file_size: Option<i64>,
    /// The value that failed conversion to the expected data type, or the original full-text query
    /// keywords that failed parsing. Only returned if `code` is either `dataConversion` or
    /// `queryParse`.
    #[serde(rename = "value", skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The name of the required request parameter Only returned if `code` is `missingParameter`.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The aggregated `InputError`s for each regular property, that is, those that have a single
    /// input. Only returned if `code` is `aggregated`.
    #[serde(rename = "errors", skip_serializing_if = "Option::is_none")]
    pub errors: Option<BTreeMap<String, InputError>>,
    /// The aggregated `InputError`s for each list property, that is, those that have a list of
    /// inputs. It is guaranteed that the indexes in the input array correspond to the indexes in
    /// the corresponding value. The positions with no errors will contain `null`. Only returned if
    /// `code` is `aggregated`.
    #[serde(rename = "indexedErrors", skip_serializing_if = "Option::is_none")]
    pub indexed_errors: Option<BTreeMap<String, Vec<Option<InputError>>>>,
}

impl fmt::Debug for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InputError")
            .field("code", &Redacted(&self.code))
            .field("general_errors", &Redacted(&self.general_errors))
            .field("properties", &Redacted(&self.properties))
            .field("property_errors", &Redacted(&self.property_errors))
            .field("custom_fields", &Redacted(&self.custom_fields))
            .field("custom_field_errors", &Redacted(&self.custom_field_errors))
            .field("max_items", &Redacted(&self.max_items))
            .field("max_file_size", &Redacted(&self.max_file_size))
            .field("value", &Redacted(&self.value))
            .field("name", &Redacted(&self.name))
            .field("errors", &Redacted(&self.errors))
            .field("indexed_errors", &Redacted(&self.indexed_errors))
            .finish()
    }
}

impl RedactedDebug for InputError {}
