use serde::{Deserialize, Serialize};

/// Basic definition of a persistent entity which has a name.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedEntity {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name")]
    pub name: Option<String>,
}
