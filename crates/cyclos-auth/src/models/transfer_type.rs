use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::EntityReference;

/// A transfer type, from one account type to another.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferType {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName", skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<String>,
    /// The account type the transfer leaves.
    #[serde(rename = "from", skip_serializing_if = "Option::is_none")]
    pub from: Option<EntityReference>,
    /// The account type the transfer arrives at.
    #[serde(rename = "to", skip_serializing_if = "Option::is_none")]
    pub to: Option<EntityReference>,
}

impl fmt::Debug for TransferType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransferType")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("from", &Redacted(&self.from))
            .field("to", &Redacted(&self.to))
            .finish()
    }
}

impl RedactedDebug for TransferType {}
