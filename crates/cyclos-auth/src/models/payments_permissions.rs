use serde::{Deserialize, Serialize};

/// Which kinds of payments can be performed.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentsPermissions {
    /// Whether payments to users can be made.
    #[serde(rename = "user")]
    pub user: Option<bool>,
    /// Whether payments to system accounts can be made.
    #[serde(rename = "system")]
    pub system: Option<bool>,
    /// Whether payments between own accounts can be made.
    #[serde(rename = "self")]
    pub self_: Option<bool>,
    /// Whether payments can be received as point of sale.
    #[serde(rename = "pos")]
    pub pos: Option<bool>,
}
