use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::NfcTokenPermissions;

/// Permissions over tokens.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokensPermissions {
    /// The permissions per NFC token type.
    #[serde(rename = "nfc", skip_serializing_if = "Option::is_none")]
    pub nfc: Option<Vec<NfcTokenPermissions>>,
}

impl fmt::Debug for TokensPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokensPermissions")
            .field("nfc", &Redacted(&self.nfc))
            .finish()
    }
}

impl RedactedDebug for TokensPermissions {}
