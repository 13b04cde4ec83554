use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{AdKind, Image};

/// Basic information of an advertisement (simple ad or webshop product).
///
/// Includes the fields of [`NamedEntity`](super::NamedEntity), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ad {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether a simple advertisement or a webshop product.
    #[serde(rename = "kind", skip_serializing_if = "Option::is_none")]
    pub kind: Option<AdKind>,
    /// The primary advertisement image.
    #[serde(rename = "image", skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
}

impl fmt::Debug for Ad {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ad")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("kind", &Redacted(&self.kind))
            .field("image", &Redacted(&self.image))
            .finish()
    }
}

impl RedactedDebug for Ad {}
