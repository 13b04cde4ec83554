use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over one scheduled payment.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduledPaymentPermissions {
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
}

impl fmt::Debug for ScheduledPaymentPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ScheduledPaymentPermissions")
            .field("block", &Redacted(&self.block))
            .field("unblock", &Redacted(&self.unblock))
            .field("cancel", &Redacted(&self.cancel))
            .field("settle", &Redacted(&self.settle))
            .finish()
    }
}

impl RedactedDebug for ScheduledPaymentPermissions {}
