use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::Operation;

/// Permission to run one custom operation.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationPermissions {
    /// The custom operation.
    #[serde(rename = "operation", skip_serializing_if = "Option::is_none")]
    pub operation: Option<Operation>,
    /// Whether the user can run it.
    #[serde(rename = "run", skip_serializing_if = "Option::is_none")]
    pub run: Option<bool>,
}

impl fmt::Debug for OperationPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OperationPermissions")
            .field("operation", &Redacted(&self.operation))
            .field("run", &Redacted(&self.run))
            .finish()
    }
}

impl RedactedDebug for OperationPermissions {}
