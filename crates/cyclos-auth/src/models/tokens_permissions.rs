use serde::{Deserialize, Serialize};

use super::NfcTokenPermissions;

/// Permissions over tokens.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokensPermissions {
    /// The permissions per NFC token type.
    #[serde(rename = "nfc")]
    pub nfc: Option<Vec<NfcTokenPermissions>>,
}
