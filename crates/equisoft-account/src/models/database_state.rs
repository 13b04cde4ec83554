use serde::{Deserialize, Serialize};

/// Whether a database can be used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum DatabaseState {
    /// Database is active.
    #[serde(rename = "ENABLED")]
    Enabled,
    /// Access to this database is suspended.
    #[serde(rename = "DISABLED")]
    Disabled,
    /// Database is deleted.
    #[serde(rename = "DELETED")]
    Deleted,
    /// Database is in maintenance, login temporarily suspended.
    #[serde(rename = "MAINTENANCE")]
    Maintenance,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}
