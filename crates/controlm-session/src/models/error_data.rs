use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// One error of an [`ErrorList`](super::ErrorList).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorData {
    /// The error message that describes the problem.
    #[serde(rename = "message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// An internal identifier of the error.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Reference to the item this error is referring to.
    #[serde(rename = "item", skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The file this error occurred in.
    #[serde(rename = "file", skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The number of line in the file this error occurred in.
    #[serde(rename = "line", skip_serializing_if = "Option::is_none")]
    pub line: Option<i64>,
    /// The number of column in the file this error occurred in.
    #[serde(rename = "col", skip_serializing_if = "Option::is_none")]
    pub col: Option<i64>,
}

impl fmt::Debug for ErrorData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorData")
            .field("message", &Redacted(&self.message))
            .field("id", &Redacted(&self.id))
            .field("item", &Redacted(&self.item))
            .field("file", &Redacted(&self.file))
            .field("line", &Redacted(&self.line))
            .field("col", &Redacted(&self.col))
            .finish()
    }
}

impl RedactedDebug for ErrorData {}
