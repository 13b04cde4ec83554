use serde::{Deserialize, Serialize};

/// An uploaded image, with its dimensions.
///
/// Includes the fields of [`StoredFile`](super::StoredFile), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
