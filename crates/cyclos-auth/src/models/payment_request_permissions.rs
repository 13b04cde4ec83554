use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over one payment request.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRequestPermissions {
    /// Whether the user can accept.
    #[serde(rename = "accept", skip_serializing_if = "Option::is_none")]
    pub accept: Option<bool>,
    /// Whether the user can reject.
    #[serde(rename = "reject", skip_serializing_if = "Option::is_none")]
    pub reject: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel", skip_serializing_if = "Option::is_none")]
    pub cancel: Option<bool>,
    /// Whether the user can reschedule.
    #[serde(rename = "reschedule", skip_serializing_if = "Option::is_none")]
    pub reschedule: Option<bool>,
    /// Whether the user can change expiration.
    #[serde(rename = "changeExpiration", skip_serializing_if = "Option::is_none")]
    pub change_expiration: Option<bool>,
    /// Deprecated: whether payment requests can be authorized.
    #[serde(rename = "authorize", skip_serializing_if = "Option::is_none")]
    pub authorize: Option<bool>,
}

impl fmt::Debug for PaymentRequestPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PaymentRequestPermissions")
            .field("accept", &Redacted(&self.accept))
            .field("reject", &Redacted(&self.reject))
            .field("cancel", &Redacted(&self.cancel))
            .field("reschedule", &Redacted(&self.reschedule))
            .field("change_expiration", &Redacted(&self.change_expiration))
            .field("authorize", &Redacted(&self.authorize))
            .finish()
    }
}

impl RedactedDebug for PaymentRequestPermissions {}
