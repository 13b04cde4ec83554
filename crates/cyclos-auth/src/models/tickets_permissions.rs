use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over tickets (payments whose payer is not yet known).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketsPermissions {
    /// Whether the user can view.
    #[serde(rename = "view", skip_serializing_if = "Option::is_none")]
    pub view: Option<bool>,
    /// Whether the user can create.
    #[serde(rename = "create", skip_serializing_if = "Option::is_none")]
    pub create: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel", skip_serializing_if = "Option::is_none")]
    pub cancel: Option<bool>,
    /// Deprecated: whether tickets can be accepted.
    #[serde(rename = "accept", skip_serializing_if = "Option::is_none")]
    pub accept: Option<bool>,
    /// Whether the user can approve.
    #[serde(rename = "approve", skip_serializing_if = "Option::is_none")]
    pub approve: Option<bool>,
}

impl fmt::Debug for TicketsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TicketsPermissions")
            .field("view", &Redacted(&self.view))
            .field("create", &Redacted(&self.create))
            .field("cancel", &Redacted(&self.cancel))
            .field("accept", &Redacted(&self.accept))
            .field("approve", &Redacted(&self.approve))
            .finish()
    }
}

impl RedactedDebug for TicketsPermissions {}
