use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over recurring payments.
///
/// Includes the fields of [`RecurringPaymentPermissions`](super::RecurringPaymentPermissions),
/// which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecurringPaymentsPermissions {
    /// Whether the user can cancel.
    #[serde(rename = "cancel", skip_serializing_if = "Option::is_none")]
    pub cancel: Option<bool>,
    /// Whether the user can view.
    #[serde(rename = "view", skip_serializing_if = "Option::is_none")]
    pub view: Option<bool>,
}

impl fmt::Debug for RecurringPaymentsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecurringPaymentsPermissions")
            .field("cancel", &Redacted(&self.cancel))
            .field("view", &Redacted(&self.view))
            .finish()
    }
}

impl RedactedDebug for RecurringPaymentsPermissions {}
