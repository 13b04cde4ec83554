use serde::{Deserialize, Serialize};

use super::{OperationResultTypeEnum, OperationScopeEnum};

/// A custom operation and how it is run.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName")]
    pub internal_name: Option<String>,
    /// The scope.
    #[serde(rename = "scope")]
    pub scope: Option<OperationScopeEnum>,
    /// The result type.
    #[serde(rename = "resultType")]
    pub result_type: Option<OperationResultTypeEnum>,
    /// The icon.
    #[serde(rename = "icon")]
    pub icon: Option<String>,
    /// The label.
    #[serde(rename = "label")]
    pub label: Option<String>,
    /// The information text.
    #[serde(rename = "informationText")]
    pub information_text: Option<String>,
    /// The confirmation text.
    #[serde(rename = "confirmationText")]
    pub confirmation_text: Option<String>,
    /// Whether require confirmation password.
    #[serde(rename = "requireConfirmationPassword")]
    pub require_confirmation_password: Option<bool>,
    /// Whether has file upload.
    #[serde(rename = "hasFileUpload")]
    pub has_file_upload: Option<bool>,
    /// Whether allow export.
    #[serde(rename = "allowExport")]
    pub allow_export: Option<bool>,
    /// Whether allow print.
    #[serde(rename = "allowPrint")]
    pub allow_print: Option<bool>,
    /// The missing optional parameters.
    #[serde(rename = "missingOptionalParameters")]
    pub missing_optional_parameters: Option<Vec<String>>,
    /// The missing required parameters.
    #[serde(rename = "missingRequiredParameters")]
    pub missing_required_parameters: Option<Vec<String>>,
    /// Whether show form for missing optional parameters.
    #[serde(rename = "showFormForMissingOptionalParameters")]
    pub show_form_for_missing_optional_parameters: Option<bool>,
    /// Deprecated: whether the operation runs without a form.
    #[serde(rename = "canRunDirectly")]
    pub can_run_directly: Option<bool>,
}
