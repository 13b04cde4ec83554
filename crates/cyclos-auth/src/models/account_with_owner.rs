use serde::{Deserialize, Serialize};

use super::{AccountKind, EntityReference, User};

/// An account together with its kind and owner.
///
/// Includes the fields of [`Account`](super::Account), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountWithOwner {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The account number.
    #[serde(rename = "number")]
    pub number: Option<String>,
    /// The account type.
    #[serde(rename = "type")]
    pub type_: Option<EntityReference>,
    /// Whether this is a system or a user account.
    #[serde(rename = "kind")]
    pub kind: Option<AccountKind>,
    /// The account owner; only for user accounts.
    #[serde(rename = "user")]
    pub user: Option<User>,
}
