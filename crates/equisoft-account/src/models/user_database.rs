use serde::{Deserialize, Serialize};

use super::DatabaseState;

/// A user's database. The document warns: do not rely on this property, it
/// is subject to changes.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDatabase {
    /// Numeric identifier of the database.
    #[serde(rename = "databaseId")]
    pub database_id: Option<i64>,
    /// Name of the database.
    #[serde(rename = "databaseName")]
    pub database_name: Option<String>,
    /// Whether the database can be used.
    #[serde(rename = "databaseState")]
    pub database_state: Option<DatabaseState>,
    /// Local ID of the user in the database.
    #[serde(rename = "userId")]
    pub user_id: Option<i64>,
    /// Number of concurrent desktop session allowed for crm. 0 for unlimited access.
    #[serde(rename = "maxConcurrentAccess")]
    pub max_concurrent_access: Option<i32>,
}
