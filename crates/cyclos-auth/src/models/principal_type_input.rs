use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{CustomFieldDetailed, PrincipalTypeKind, TokenTypeEnum};

/// Definition on how a principal value can be entered by the user.
///
/// Includes the fields of [`PrincipalType`](super::PrincipalType), which the server sends
/// flattened.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrincipalTypeInput {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName")]
    pub internal_name: Option<String>,
    /// The kind of this principal type.
    #[serde(rename = "kind")]
    pub kind: Option<PrincipalTypeKind>,
    /// If this principal is based on a custom field, holds its definition.
    #[serde(rename = "customField")]
    pub custom_field: Option<CustomFieldDetailed>,
    /// If this principal is a token, contains its type.
    #[serde(rename = "tokenType")]
    pub token_type: Option<TokenTypeEnum>,
    /// If this principal is either a token or account number, holds the (optional) mask which
    /// clients can use to input the value.
    #[serde(rename = "mask")]
    pub mask: Option<String>,
    /// Only returned if `kind` is `token`. Specifies if the principal type allows enter manually
    /// the token value.
    #[serde(rename = "allowManualInput")]
    pub allow_manual_input: Option<bool>,
    /// If this principal is mobile phone, holds an example number.
    #[serde(rename = "example")]
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
