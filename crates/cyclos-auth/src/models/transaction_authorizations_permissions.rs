use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over transaction authorizations.
///
/// Includes the fields of
/// [`TransactionAuthorizationPermissions`](super::TransactionAuthorizationPermissions), which the
/// server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransactionAuthorizationsPermissions {
    /// Whether the user can authorize.
    #[serde(rename = "authorize", skip_serializing_if = "Option::is_none")]
    pub authorize: Option<bool>,
    /// Whether the user can deny.
    #[serde(rename = "deny", skip_serializing_if = "Option::is_none")]
    pub deny: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel", skip_serializing_if = "Option::is_none")]
    pub cancel: Option<bool>,
    /// Whether the user can view.
    #[serde(rename = "view", skip_serializing_if = "Option::is_none")]
    pub view: Option<bool>,
}

impl fmt::Debug for TransactionAuthorizationsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransactionAuthorizationsPermissions")
            .field("authorize", &Redacted(&self.authorize))
            .field("deny", &Redacted(&self.deny))
            .field("cancel", &Redacted(&self.cancel))
            .field("view", &Redacted(&self.view))
            .finish()
    }
}

impl RedactedDebug for TransactionAuthorizationsPermissions {}
