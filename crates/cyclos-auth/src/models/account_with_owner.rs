use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{AccountKind, EntityReference, User};

/// An account together with its kind and owner.
///
/// Includes the fields of [`Account`](super::Account), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountWithOwner {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The account number.
    #[serde(rename = "number", skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The account type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<EntityReference>,
    /// Whether this is a system or a user account.
    #[serde(rename = "kind", skip_serializing_if = "Option::is_none")]
    pub kind: Option<AccountKind>,
    /// The account owner; only for user accounts.
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
}

impl fmt::Debug for AccountWithOwner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccountWithOwner")
            .field("id", &Redacted(&self.id))
            .field("number", &Redacted(&self.number))
            .field("type_", &Redacted(&self.type_))
            .field("kind", &Redacted(&self.kind))
            .field("user", &Redacted(&self.user))
            .finish()
    }
}

impl RedactedDebug for AccountWithOwner {}
