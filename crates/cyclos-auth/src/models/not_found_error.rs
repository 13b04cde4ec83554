use serde::{Deserialize, Serialize};

/// Error returned when some expected data was not found.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotFoundError {
    /// The name of the entity being attempted, but not found.
    #[serde(rename = "entityType")]
    pub entity_type: Option<String>,
    /// The identifier used to attempt to find the entity, such as id, internal name, principal,
    /// etc.
    #[serde(rename = "key")]
    pub key: Option<String>,
}
