use serde::{Deserialize, Serialize};

/// Basic definition of a persistent entity which has both a name and an internal name.
///
/// Includes the fields of [`NamedEntity`](super::NamedEntity), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InternalNamedEntity {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName")]
    pub internal_name: Option<String>,
}
