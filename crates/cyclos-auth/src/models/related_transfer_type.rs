use serde::{Deserialize, Serialize};

use super::EntityReference;

/// A transfer type as seen from an account, with the related account type.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelatedTransferType {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName")]
    pub internal_name: Option<String>,
    /// The account type at the other side of the transfer.
    #[serde(rename = "related")]
    pub related: Option<EntityReference>,
}
