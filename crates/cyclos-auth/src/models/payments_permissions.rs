use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Which kinds of payments can be performed.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentsPermissions {
    /// Whether payments to users can be made.
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<bool>,
    /// Whether payments to system accounts can be made.
    #[serde(rename = "system", skip_serializing_if = "Option::is_none")]
    pub system: Option<bool>,
    /// Whether payments between own accounts can be made.
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<bool>,
    /// Whether payments can be received as point of sale.
    #[serde(rename = "pos", skip_serializing_if = "Option::is_none")]
    pub pos: Option<bool>,
}

impl fmt::Debug for PaymentsPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PaymentsPermissions")
            .field("user", &Redacted(&self.user))
            .field("system", &Redacted(&self.system))
            .field("self_", &Redacted(&self.self_))
            .field("pos", &Redacted(&self.pos))
            .finish()
    }
}

impl RedactedDebug for PaymentsPermissions {}
