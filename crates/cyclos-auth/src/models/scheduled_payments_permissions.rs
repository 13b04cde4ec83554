use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over scheduled payments.
///
/// Includes the fields of [`ScheduledPaymentPermissions`](super::ScheduledPaymentPermissions),
/// which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduledPaymentsPermissions {
    /// Whether the user can block.
    #[serde(rename = "block", skip_serializing_if = "Option::is_none")]
    pub block: Option<bool>,
    /// Whether the user can unblock.
    #[serde(rename = "unblock", skip_serializing_if = "Option::is_none")]
    pub unblock: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel", skip_serializing_if = "Option::is_none")]
    pub cancel: Option<bool>,
    /// Whether the user can settle.
    #[serde(rename = "settle", skip_serializing_if = "Option::is_none")]
    pub settle: Option<bool>,
    /// Whether the user can view.
    #[serde(rename = "view", skip_serializing_if = "Option::is_none")]
    pub view: Option<bool>,
    /// Whether the user can process.
    #[serde(rename = "process", skip_serializing_if = "Option::is_none")]
    pub process: Option<bool>,
}

impl fmt::Debug for ScheduledPaymentsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ScheduledPaymentsPermissions")
            .field("block", &Redacted(&self.block))
            .field("unblock", &Redacted(&self.unblock))
            .field("cancel", &Redacted(&self.cancel))
            .field("settle", &Redacted(&self.settle))
            .field("view", &Redacted(&self.view))
            .field("process", &Redacted(&self.process))
            .finish()
    }
}

impl RedactedDebug for ScheduledPaymentsPermissions {}
