//! Hand-written helpers on the generated models (`src/models/` is written by
//! `cargo xtask codegen`; code that is not generated lives here).

use session_sdks_runtime::Secret;

use crate::models::{LogInRequest, SessionResetPasswordRequest};

impl LogInRequest {
    /// A login as `username`; the platform requires both fields.
    pub fn new(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        Self {
            username: Some(username.into()),
            password: Some(password.into()),
        }
    }
}

impl SessionResetPasswordRequest {
    /// A reset of the password that is `old_password` now.
    pub fn new(old_password: impl Into<Secret>) -> Self {
        Self {
            old_password: Some(old_password.into()),
        }
    }
}
