use serde::{Deserialize, Serialize};

use super::ErrorData;

/// The body of a failed call.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorList {
    /// The errors.
    #[serde(rename = "errors")]
    pub errors: Option<Vec<ErrorData>>,
}
