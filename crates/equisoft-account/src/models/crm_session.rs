use serde::{Deserialize, Serialize};

/// Details related to how this session is used in the CRM.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrmSession {
    /// Session is enabled for crm and is accounted for concurrent access.
    #[serde(rename = "enabled")]
    pub enabled: Option<bool>,
}
