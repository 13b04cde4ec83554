use serde::{Deserialize, Serialize};
use session_sdks_runtime::Secret;

/// An SSO token stored for a session. `Debug` redacts the value.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoToken {
    /// String that uniquely identifies a sso token for a given session.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// Token value returned as stored. There is no double-encoding.
    #[serde(rename = "value")]
    pub value: Option<Secret>,
}
