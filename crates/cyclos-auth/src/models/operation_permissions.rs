use serde::{Deserialize, Serialize};

use super::Operation;

/// Permission to run one custom operation.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationPermissions {
    /// The custom operation.
    #[serde(rename = "operation")]
    pub operation: Option<Operation>,
    /// Whether the user can run it.
    #[serde(rename = "run")]
    pub run: Option<bool>,
}
