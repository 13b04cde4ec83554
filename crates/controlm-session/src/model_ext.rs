//! Hand-written helpers on the generated models (`src/models/` is written by
//! `cargo xtask codegen`; code that is not generated lives here).

use session_sdks_runtime::Secret;

use crate::models::PasswordsObject;

impl PasswordsObject {
    /// A change from `current_password` to `new_password`.
    pub fn new(current_password: impl Into<Secret>, new_password: impl Into<Secret>) -> Self {
        Self {
            user: None,
            current_password: Some(current_password.into()),
            new_password: Some(new_password.into()),
        }
    }
}
