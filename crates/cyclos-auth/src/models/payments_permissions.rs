use serde::{Deserialize, Serialize};

/// Which kinds of payments can be performed.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentsPermissions {
    /// Whether the user can user.
    #[serde(rename = "user")]
    pub user: Option<bool>,
    /// Whether the user can system.
    #[serde(rename = "system")]
    pub system: Option<bool>,
    /// Whether payments between own accounts can be made.
    #[serde(rename = "self")]
    pub self_: Option<bool>,
    /// Whether the user can pos.
    #[serde(rename = "pos")]
    pub pos: Option<bool>,
}
