use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::DatabaseState;

/// A user's database. The document warns: do not rely on this property, it
/// is subject to changes.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDatabase {
    /// Numeric identifier of the database.
    #[serde(rename = "databaseId", skip_serializing_if = "Option::is_none")]
    pub database_id: Option<i64>,
    /// Name of the database.
    #[serde(rename = "databaseName", skip_serializing_if = "Option::is_none")]
    pub database_name: Option<String>,
    /// Whether the database can be used.
    #[serde(rename = "databaseState", skip_serializing_if = "Option::is_none")]
    pub database_state: Option<DatabaseState>,
    /// Local ID of the user in the database.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// Number of concurrent desktop session allowed for crm. 0 for unlimited access.
    #[serde(
        rename = "maxConcurrentAccess",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_concurrent_access: Option<i32>,
}

impl fmt::Debug for UserDatabase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserDatabase")
            .field("database_id", &Redacted(&self.database_id))
            .field("database_name", &Redacted(&self.database_name))
            .field("database_state", &Redacted(&self.database_state))
            .field("user_id", &Redacted(&self.user_id))
            .field(
                "max_concurrent_access",
                &Redacted(&self.max_concurrent_access),
            )
            .finish()
    }
}

impl RedactedDebug for UserDatabase {}
