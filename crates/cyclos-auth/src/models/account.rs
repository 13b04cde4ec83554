use serde::{Deserialize, Serialize};

use super::EntityReference;

/// Basic information of an account: its number and type.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
