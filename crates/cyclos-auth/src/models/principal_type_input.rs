use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{CustomFieldDetailed, PrincipalTypeKind, TokenTypeEnum};

/// Definition on how a principal value can be entered by the user.
///
/// Includes the fields of [`PrincipalType`](super::PrincipalType), which the server sends
/// flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrincipalTypeInput {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName", skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<String>,
    /// The kind of this principal type.
    #[serde(rename = "kind", skip_serializing_if = "Option::is_none")]
    pub kind: Option<PrincipalTypeKind>,
    /// If this principal is based on a custom field, holds its definition.
    #[serde(rename = "customField", skip_serializing_if = "Option::is_none")]
    pub custom_field: Option<CustomFieldDetailed>,
    /// If this principal is a token, contains its type.
    #[serde(rename = "tokenType", skip_serializing_if = "Option::is_none")]
    pub token_type: Option<TokenTypeEnum>,
    /// If this principal is either a token or account number, holds the (optional) mask which
    /// clients can use to input the value.
    #[serde(rename = "mask", skip_serializing_if = "Option::is_none")]
    pub mask: Option<String>,
    /// Only returned if `kind` is `token`. Specifies if the principal type allows enter manually
    /// the token value.
    #[serde(rename = "allowManualInput", skip_serializing_if = "Option::is_none")]
    pub allow_manual_input: Option<bool>,
    /// If this principal is mobile phone, holds an example number.
    #[serde(rename = "example", skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

impl fmt::Debug for PrincipalTypeInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrincipalTypeInput")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("kind", &Redacted(&self.kind))
            .field("custom_field", &Redacted(&self.custom_field))
            .field("token_type", &Redacted(&self.token_type))
            .field("mask", &Redacted(&self.mask))
            .field("allow_manual_input", &Redacted(&self.allow_manual_input))
            .field("example", &Redacted(&self.example))
            .finish()
    }
}

impl RedactedDebug for PrincipalTypeInput {}
