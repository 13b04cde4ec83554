use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over the authorization of one transaction.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransactionAuthorizationPermissions {
    /// Whether the user can authorize.
    #[serde(rename = "authorize", skip_serializing_if = "Option::is_none")]
    pub authorize: Option<bool>,
    /// Whether the user can deny.
    #[serde(rename = "deny", skip_serializing_if = "Option::is_none")]
    pub deny: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel", skip_serializing_if = "Option::is_none")]
    pub cancel: Option<bool>,
}

impl fmt::Debug for TransactionAuthorizationPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransactionAuthorizationPermissions")
            .field("authorize", &Redacted(&self.authorize))
            .field("deny", &Redacted(&self.deny))
            .field("cancel", &Redacted(&self.cancel))
            .finish()
    }
}

impl RedactedDebug for TransactionAuthorizationPermissions {}
