use serde::{Deserialize, Serialize};

/// The body of the documented 400 and 404 responses.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorPayload {
    /// What went wrong.
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// More detail about the error.
    #[serde(rename = "description")]
    pub description: Option<String>,
}
