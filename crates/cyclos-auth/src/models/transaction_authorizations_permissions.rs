use serde::{Deserialize, Serialize};

/// Permissions over transaction authorizations.
///
/// Includes the fields of
/// [`TransactionAuthorizationPermissions`](super::TransactionAuthorizationPermissions), which the
/// server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransactionAuthorizationsPermissions {
    /// Whether the user can authorize.
    #[serde(rename = "authorize")]
    pub authorize: Option<bool>,
    /// Whether the user can deny.
    #[serde(rename = "deny")]
    pub deny: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel")]
    pub cancel: Option<bool>,
    /// Whether the user can view.
    #[serde(rename = "view")]
    pub view: Option<bool>,
}
