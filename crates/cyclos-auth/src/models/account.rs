use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::EntityReference;

/// Basic information of an account: its number and type.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The account number.
    #[serde(rename = "number")]
    pub number: Option<String>,
    /// The account type.
    #[serde(rename = "type")]
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
