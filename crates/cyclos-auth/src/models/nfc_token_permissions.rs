use serde::{Deserialize, Serialize};

use super::EntityReference;

/// Permissions over NFC tokens of one token type.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NfcTokenPermissions {
    /// The NFC token type.
    #[serde(rename = "type")]
    pub type_: Option<EntityReference>,
    /// Whether the user can initialize.
    #[serde(rename = "initialize")]
    pub initialize: Option<bool>,
    /// Whether the user can personalize.
    #[serde(rename = "personalize")]
    pub personalize: Option<bool>,
    /// Whether the user can personalize as member.
    #[serde(rename = "personalizeAsMember")]
    pub personalize_as_member: Option<bool>,
}
