use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over one recurring payment.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecurringPaymentPermissions {
    /// Whether the user can cancel.
    #[serde(rename = "cancel", skip_serializing_if = "Option::is_none")]
    pub cancel: Option<bool>,
}

impl fmt::Debug for RecurringPaymentPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecurringPaymentPermissions")
            .field("cancel", &Redacted(&self.cancel))
            .finish()
    }
}

impl RedactedDebug for RecurringPaymentPermissions {}
