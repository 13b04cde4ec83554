use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::RecordType;

/// Permissions over the records of one record type.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

impl fmt::Debug for RecordPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordPermissions")
            .field("type_", &Redacted(&self.type_))
            .field("create", &Redacted(&self.create))
            .field("update", &Redacted(&self.update))
            .field("remove", &Redacted(&self.remove))
            .field("single_id", &Redacted(&self.single_id))
            .finish()
    }
}

impl RedactedDebug for RecordPermissions {}
