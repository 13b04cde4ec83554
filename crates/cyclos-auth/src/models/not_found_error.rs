use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Error returned when some expected data was not found.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotFoundError {
    /// The name of the entity being attempted, but not found.
    #[serde(rename = "entityType", skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// The identifier used to attempt to find the entity, such as id, internal name, principal,
    /// etc.
    #[serde(rename = "key", skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl fmt::Debug for NotFoundError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NotFoundError")
            .field("entity_type", &Redacted(&self.entity_type))
            .field("key", &Redacted(&self.key))
            .finish()
    }
}

impl RedactedDebug for NotFoundError {}
