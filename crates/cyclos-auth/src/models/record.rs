use serde::{Deserialize, Serialize};

use super::RecordKind;

/// Basic information of a record.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The descriptive text of the record.
    #[serde(rename = "display")]
    pub display: Option<String>,
    /// Whether a system or a user record.
    #[serde(rename = "kind")]
    pub kind: Option<RecordKind>,
}
