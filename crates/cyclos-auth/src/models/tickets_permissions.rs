use serde::{Deserialize, Serialize};

/// Permissions over tickets (payments whose payer is not yet known).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
