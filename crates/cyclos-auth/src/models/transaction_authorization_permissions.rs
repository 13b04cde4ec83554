use serde::{Deserialize, Serialize};

/// Permissions over the authorization of one transaction.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransactionAuthorizationPermissions {
    /// Whether the user can authorize.
    #[serde(rename = "authorize")]
    pub authorize: Option<bool>,
    /// Whether the user can deny.
    #[serde(rename = "deny")]
    pub deny: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel")]
    pub cancel: Option<bool>,
}
