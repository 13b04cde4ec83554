use serde::{Deserialize, Serialize};

use super::RecordType;

/// Permissions over the records of one record type.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordPermissions {
    /// The record type.
    #[serde(rename = "type")]
    pub type_: Option<RecordType>,
    /// Whether the user can create.
    #[serde(rename = "create")]
    pub create: Option<bool>,
    /// Whether the user can update.
    #[serde(rename = "update")]
    pub update: Option<bool>,
    /// Whether the user can remove.
    #[serde(rename = "remove")]
    pub remove: Option<bool>,
    /// The id of the single record, for single-record types.
    #[serde(rename = "singleId")]
    pub single_id: Option<String>,
}
