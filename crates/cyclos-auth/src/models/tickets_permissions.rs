use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over tickets (payments whose payer is not yet known).
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketsPermissions {
    /// Whether the user can view.
    #[serde(rename = "view")]
    pub view: Option<bool>,
    /// Whether the user can create.
    #[serde(rename = "create")]
    pub create: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel")]
    pub cancel: Option<bool>,
    /// Deprecated: whether tickets can be accepted.
    #[serde(rename = "accept")]
    pub accept: Option<bool>,
    /// Whether the user can approve.
    #[serde(rename = "approve")]
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
