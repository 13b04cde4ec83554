use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{OperationResultTypeEnum, OperationScopeEnum};

/// A custom operation and how it is run.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName", skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<String>,
    /// Where the operation can be run.
    #[serde(rename = "scope", skip_serializing_if = "Option::is_none")]
    pub scope: Option<OperationScopeEnum>,
    /// The kind of data a run returns.
    #[serde(rename = "resultType", skip_serializing_if = "Option::is_none")]
    pub result_type: Option<OperationResultTypeEnum>,
    /// The character of the icon in the Cyclos font.
    #[serde(rename = "icon", skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// A representative label of the operation.
    #[serde(rename = "label", skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A message to show with the parameters form.
    #[serde(rename = "informationText", skip_serializing_if = "Option::is_none")]
    pub information_text: Option<String>,
    /// A message asking the user to confirm the run.
    #[serde(rename = "confirmationText", skip_serializing_if = "Option::is_none")]
    pub confirmation_text: Option<String>,
    /// Whether running requires the confirmation password.
    #[serde(
        rename = "requireConfirmationPassword",
        skip_serializing_if = "Option::is_none"
    )]
    pub require_confirmation_password: Option<bool>,
    /// Whether the operation accepts a file upload.
    #[serde(rename = "hasFileUpload", skip_serializing_if = "Option::is_none")]
    pub has_file_upload: Option<bool>,
    /// Whether the results can be exported as CSV; only when `resultType` is `resultPage`.
    #[serde(rename = "allowExport", skip_serializing_if = "Option::is_none")]
    pub allow_export: Option<bool>,
    /// Whether the results can be printed as PDF; only when `resultType` is `resultPage`.
    #[serde(rename = "allowPrint", skip_serializing_if = "Option::is_none")]
    pub allow_print: Option<bool>,
    /// The optional parameters without a value.
    #[serde(
        rename = "missingOptionalParameters",
        skip_serializing_if = "Option::is_none"
    )]
    pub missing_optional_parameters: Option<Vec<String>>,
    /// The required parameters without a value; running without them fails validation.
    #[serde(
        rename = "missingRequiredParameters",
        skip_serializing_if = "Option::is_none"
    )]
    pub missing_required_parameters: Option<Vec<String>>,
    /// Whether to show a form for the missing optional parameters.
    #[serde(
        rename = "showFormForMissingOptionalParameters",
        skip_serializing_if = "Option::is_none"
    )]
    pub show_form_for_missing_optional_parameters: Option<bool>,
    /// Deprecated: whether the operation runs without a form.
    #[serde(rename = "canRunDirectly", skip_serializing_if = "Option::is_none")]
    pub can_run_directly: Option<bool>,
}

impl fmt::Debug for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Operation")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("scope", &Redacted(&self.scope))
            .field("result_type", &Redacted(&self.result_type))
            .field("icon", &Redacted(&self.icon))
            .field("label", &Redacted(&self.label))
            .field("information_text", &Redacted(&self.information_text))
            .field("confirmation_text", &Redacted(&self.confirmation_text))
            .field(
                "require_confirmation_password",
                &Redacted(&self.require_confirmation_password),
            )
            .field("has_file_upload", &Redacted(&self.has_file_upload))
            .field("allow_export", &Redacted(&self.allow_export))
            .field("allow_print", &Redacted(&self.allow_print))
            .field(
                "missing_optional_parameters",
                &Redacted(&self.missing_optional_parameters),
            )
            .field(
                "missing_required_parameters",
                &Redacted(&self.missing_required_parameters),
            )
            .field(
                "show_form_for_missing_optional_parameters",
                &Redacted(&self.show_form_for_missing_optional_parameters),
            )
            .field("can_run_directly", &Redacted(&self.can_run_directly))
            .finish()
    }
}

impl RedactedDebug for Operation {}
