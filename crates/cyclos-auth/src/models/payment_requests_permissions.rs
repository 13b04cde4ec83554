use serde::{Deserialize, Serialize};

/// Permissions over payment requests.
///
/// Includes the fields of [`PaymentRequestPermissions`](super::PaymentRequestPermissions), which
/// the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRequestsPermissions {
    /// Whether the user can accept.
    #[serde(rename = "accept")]
    pub accept: Option<bool>,
    /// Whether the user can reject.
    #[serde(rename = "reject")]
    pub reject: Option<bool>,
    /// Whether the user can cancel.
    #[serde(rename = "cancel")]
    pub cancel: Option<bool>,
    /// Whether the user can reschedule.
    #[serde(rename = "reschedule")]
    pub reschedule: Option<bool>,
    /// Whether the user can change expiration.
    #[serde(rename = "changeExpiration")]
    pub change_expiration: Option<bool>,
    /// Deprecated: whether payment requests can be authorized.
    #[serde(rename = "authorize")]
    pub authorize: Option<bool>,
    /// Whether the user can view.
    #[serde(rename = "view")]
    pub view: Option<bool>,
}
