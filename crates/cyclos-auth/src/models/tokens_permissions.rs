use serde::{Deserialize, Serialize};

use super::NfcTokenPermissions;

/// Permissions over tokens.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokensPermissions {
    /// The nfc.
    #[serde(rename = "nfc")]
    pub nfc: Option<Vec<NfcTokenPermissions>>,
}
