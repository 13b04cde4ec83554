use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Definitions for a user to confirm a forgotten password request.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataForChangeForgottenPassword {
    /// Indicates whether the password that is being affected is generated (when `true`) or manual
    /// (when `false`).
    #[serde(rename = "generated", skip_serializing_if = "Option::is_none")]
    pub generated: Option<bool>,
    /// If configured in Cyclos, and defined by the user, will be the security question that needs
    /// to be answered in order to complete the forgotten password reset request.
    #[serde(rename = "securityQuestion", skip_serializing_if = "Option::is_none")]
    pub security_question: Option<String>,
}

impl fmt::Debug for DataForChangeForgottenPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataForChangeForgottenPassword")
            .field("generated", &Redacted(&self.generated))
            .field("security_question", &Redacted(&self.security_question))
            .finish()
    }
}

impl RedactedDebug for DataForChangeForgottenPassword {}
