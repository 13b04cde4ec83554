use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::RecordType;

/// Permissions over the records of one record type.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordPermissions {
    /// The record type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RecordType>,
    /// Whether the user can create.
    #[serde(rename = "create", skip_serializing_if = "Option::is_none")]
    pub create: Option<bool>,
    /// Whether the user can update.
    #[serde(rename = "update", skip_serializing_if = "Option::is_none")]
    pub update: Option<bool>,
    /// Whether the user can remove.
    #[serde(rename = "remove", skip_serializing_if = "Option::is_none")]
    pub remove: Option<bool>,
    /// The id of the single record, for single-record types.
    #[serde(rename = "singleId", skip_serializing_if = "Option::is_none")]
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
