use serde::{Deserialize, Serialize};

/// Details related to the SSO provider used to create this session.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoProvider {
    /// SSO Provider who initiated the single sign on.
    #[serde(rename = "provider")]
    pub provider: Option<String>,
    /// External identifier the user used to login with the SSO provider.
    #[serde(rename = "identifier")]
    pub identifier: Option<String>,
}
