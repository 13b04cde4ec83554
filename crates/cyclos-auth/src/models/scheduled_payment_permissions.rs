use serde::{Deserialize, Serialize};

/// Permissions over one scheduled payment.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduledPaymentPermissions {
    /// Whether the user can block.
    #[serde(rename = "block")]
    pub block: Option<bool>,
    /// Whether the user can unblock.
    #[serde(rename = "unblock")]
    pub unblock: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel")]
    pub cancel: Option<bool>,
    /// Whether the user can settle.
    #[serde(rename = "settle")]
    pub settle: Option<bool>,
}
