use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// An uploaded image, with its dimensions.
///
/// Includes the fields of [`StoredFile`](super::StoredFile), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name")]
    pub name: Option<String>,
    /// The MIME type of the file.
    #[serde(rename = "contentType")]
    pub content_type: Option<String>,
    /// The file size, in bytes.
    #[serde(rename = "length")]
    pub length: Option<i64>,
    /// The URL to download the file.
    #[serde(rename = "url")]
    pub url: Option<String>,
    /// The image width, in pixels.
    #[serde(rename = "width")]
    pub width: Option<i64>,
    /// The image height, in pixels.
    #[serde(rename = "height")]
    pub height: Option<i64>,
}

impl fmt::Debug for Image {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Image")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("content_type", &Redacted(&self.content_type))
            .field("length", &Redacted(&self.length))
            .field("url", &Redacted(&self.url))
            .field("width", &Redacted(&self.width))
            .field("height", &Redacted(&self.height))
            .finish()
    }
}

impl RedactedDebug for Image {}
