use serde::{Deserialize, Serialize};

/// Definitions for a user to confirm a forgotten password request.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataForChangeForgottenPassword {
    /// Indicates whether the password that is being affected is generated (when `true`) or manual
    /// (when `false`).
    #[serde(rename = "generated")]
    pub generated: Option<bool>,
    /// If configured in Cyclos, and defined by the user, will be the security question that needs
    /// to be answered in order to complete the forgotten password reset request.
    #[serde(rename = "securityQuestion")]
    pub security_question: Option<String>,
}
