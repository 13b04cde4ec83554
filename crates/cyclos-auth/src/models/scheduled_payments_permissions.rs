use serde::{Deserialize, Serialize};

/// Permissions over scheduled payments.
///
/// Includes the fields of [`ScheduledPaymentPermissions`](super::ScheduledPaymentPermissions),
/// which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduledPaymentsPermissions {
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
    /// Whether the user can view.
    #[serde(rename = "view")]
    pub view: Option<bool>,
    /// Whether the user can process.
    #[serde(rename = "process")]
    pub process: Option<bool>,
}
