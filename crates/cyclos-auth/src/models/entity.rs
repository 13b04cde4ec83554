use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Basic definition of a persistent entity.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl fmt::Debug for Entity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entity")
            .field("id", &Redacted(&self.id))
            .finish()
    }
}

impl RedactedDebug for Entity {}
