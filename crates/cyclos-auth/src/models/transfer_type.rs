use serde::{Deserialize, Serialize};

use super::EntityReference;

/// A transfer type, from one account type to another.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferType {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName")]
    pub internal_name: Option<String>,
    /// The account type the transfer leaves.
    #[serde(rename = "from")]
    pub from: Option<EntityReference>,
    /// The account type the transfer arrives at.
    #[serde(rename = "to")]
    pub to: Option<EntityReference>,
}
