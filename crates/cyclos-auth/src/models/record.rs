use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::RecordKind;

/// Basic information of a record.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The descriptive text of the record.
    #[serde(rename = "display", skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// Whether a system or a user record.
    #[serde(rename = "kind", skip_serializing_if = "Option::is_none")]
    pub kind: Option<RecordKind>,
}

impl fmt::Debug for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Record")
            .field("id", &Redacted(&self.id))
            .field("display", &Redacted(&self.display))
            .field("kind", &Redacted(&self.kind))
            .finish()
    }
}

impl RedactedDebug for Record {}
