use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::EntityReference;

/// Basic information of an account: its number and type.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The account number.
    #[serde(rename = "number", skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The account type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<EntityReference>,
}

impl fmt::Debug for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Account")
            .field("id", &Redacted(&self.id))
            .field("number", &Redacted(&self.number))
            .field("type_", &Redacted(&self.type_))
            .finish()
    }
}

impl RedactedDebug for Account {}
