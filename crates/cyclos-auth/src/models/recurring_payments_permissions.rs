use serde::{Deserialize, Serialize};

/// Permissions over recurring payments.
///
/// Includes the fields of [`RecurringPaymentPermissions`](super::RecurringPaymentPermissions),
/// which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecurringPaymentsPermissions {
    /// Whether the user can cancel.
    #[serde(rename = "cancel")]
    pub cancel: Option<bool>,
    /// Whether the user can view.
    #[serde(rename = "view")]
    pub view: Option<bool>,
}
