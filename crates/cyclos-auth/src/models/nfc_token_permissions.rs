use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::EntityReference;

/// Permissions over NFC tokens of one token type.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NfcTokenPermissions {
    /// The NFC token type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<EntityReference>,
    /// Whether the user can initialize.
    #[serde(rename = "initialize", skip_serializing_if = "Option::is_none")]
    pub initialize: Option<bool>,
    /// Whether the user can personalize.
    #[serde(rename = "personalize", skip_serializing_if = "Option::is_none")]
    pub personalize: Option<bool>,
    /// Whether the user can personalize as member.
    #[serde(
        rename = "personalizeAsMember",
        skip_serializing_if = "Option::is_none"
    )]
    pub personalize_as_member: Option<bool>,
}

impl fmt::Debug for NfcTokenPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NfcTokenPermissions")
            .field("type_", &Redacted(&self.type_))
            .field("initialize", &Redacted(&self.initialize))
            .field("personalize", &Redacted(&self.personalize))
            .field(
                "personalize_as_member",
                &Redacted(&self.personalize_as_member),
            )
            .finish()
    }
}

impl RedactedDebug for NfcTokenPermissions {}
