use serde::{Deserialize, Serialize};

/// Parameters needed to impersonate a user for a user session.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImpersonatePayload {
    /// Globally unique identifier of the user to impersonate.
    #[serde(rename = "userUuid")]
    pub user_uuid: Option<String>,
}
