use serde::{Deserialize, Serialize};

/// One error of an [`ErrorList`](super::ErrorList).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorData {
    /// The error message that describes the problem.
    #[serde(rename = "message")]
    pub message: Option<String>,
    /// An internal identifier of the error.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// Reference to the item this error is referring to.
    #[serde(rename = "item")]
    pub item: Option<String>,
    /// The file this error occurred in.
    #[serde(rename = "file")]
    pub file: Option<String>,
    /// The number of line in the file this error occurred in.
    #[serde(rename = "line")]
    pub line: Option<i64>,
    /// The number of column in the file this error occurred in.
    #[serde(rename = "col")]
    pub col: Option<i64>,
}
