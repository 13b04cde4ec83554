use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Basic definition of a persistent entity which has a version.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionedEntity {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The version stamp for the current object, used for optimistic locking. When saving, the same
    /// version as previously received needs to be passed back. If no one else has saved the object,
    /// the version will match and the object will be updated. However, if someone other has saved
    /// the object, the version will no longer match, and an error will be raised. This is used to
    /// prevent multiple users (or processes) from updating the same object and unwilingly
    /// overridding the property values, leading to data loss.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

impl fmt::Debug for VersionedEntity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VersionedEntity")
            .field("id", &Redacted(&self.id))
            .field("version", &Redacted(&self.version))
            .finish()
    }
}

impl RedactedDebug for VersionedEntity {}
