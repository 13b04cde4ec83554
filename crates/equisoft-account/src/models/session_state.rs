use serde::{Deserialize, Serialize};

/// Where a session is in its life cycle.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum SessionState {
    /// Session creation is not finished. It can't be used by consumer.
    #[serde(rename = "NEW")]
    New,
    /// Session is active and ready.
    #[serde(rename = "ENABLED")]
    Enabled,
    /// Session idle for too long. User has to reenter credentials to activate it.
    #[serde(rename = "SUSPENDED")]
    Suspended,
    /// Session is expired.
    #[serde(rename = "EXPIRED")]
    Expired,
    /// Session exists but is soft-deleted.
    #[serde(rename = "DELETED")]
    Deleted,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}
