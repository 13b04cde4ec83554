use serde::{Deserialize, Serialize};

/// Basic definition of a persistent entity.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
}
