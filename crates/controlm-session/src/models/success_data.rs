use serde::{Deserialize, Serialize};

/// The success message of an action.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuccessData {
    /// The success message that describes the performed action.
    #[serde(rename = "message")]
    pub message: Option<String>,
}
