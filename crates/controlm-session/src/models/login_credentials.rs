use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// The credentials to use for login. `Debug` redacts the password.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginCredentials {
    /// Control-M user name.
    #[serde(rename = "username")]
    pub username: String,
    /// The user's password, or a `Secret:<secretKey>` reference.
    #[serde(rename = "password")]
    pub password: Secret,
}

impl LoginCredentials {
    /// Credentials for `username`.
    pub fn new(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        Self {
            username: username.into(),
            password: password.into(),
        }
    }
}

impl fmt::Debug for LoginCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginCredentials")
            .field("username", &Redacted(&self.username))
            .field("password", &Redacted(&self.password))
            .finish()
    }
}

impl RedactedDebug for LoginCredentials {}
