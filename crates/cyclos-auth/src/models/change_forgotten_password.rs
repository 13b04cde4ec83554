use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// The parameters for confirming a forgotten password reset.
///
/// `Debug` redacts the `key`, `securityAnswer`, `newPassword`, `newPasswordConfirmation`.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeForgottenPassword {
    /// The key received by e-mail on the forgotten password reset request.
    #[serde(rename = "key", skip_serializing_if = "Option::is_none")]
    pub key: Option<Secret>,
    /// When a security question is asked, this is the answer, and is required.
    #[serde(rename = "securityAnswer", skip_serializing_if = "Option::is_none")]
    pub security_answer: Option<Secret>,
    /// The new password value. Required when the password is manual.
    #[serde(rename = "newPassword", skip_serializing_if = "Option::is_none")]
    pub new_password: Option<Secret>,
    /// Depending on the client, if a confirm password field is shown to users, it might be useful
    /// to check the confirmation password value on the server. This way, if there are other
    /// validation exceptions, they are all shown together. In this case, this field should be set
    /// to `true` and the `confirmationValue` should be passed in with the user input. However, in
    /// cases where clients just want to register a user with a password non interactively (like in
    /// a bulk registration), passing the password value twice is not desirable. In such cases, this
    /// field can be left empty (or set to `false`), and the `newPasswordConfirmation` will be
    /// ignored.
    #[serde(rename = "checkConfirmation", skip_serializing_if = "Option::is_none")]
    pub check_confirmation: Option<bool>,
    /// The new password confirmation value. Is ignored unless `checkConfirmation` is set to `true`.
    #[serde(
        rename = "newPasswordConfirmation",
        skip_serializing_if = "Option::is_none"
    )]
    pub new_password_confirmation: Option<Secret>,
}

impl fmt::Debug for ChangeForgottenPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChangeForgottenPassword")
            .field("key", &Redacted(&self.key))
            .field("security_answer", &Redacted(&self.security_answer))
            .field("new_password", &Redacted(&self.new_password))
            .field("check_confirmation", &Redacted(&self.check_confirmation))
            .field(
                "new_password_confirmation",
                &Redacted(&self.new_password_confirmation),
            )
            .finish()
    }
}

impl RedactedDebug for ChangeForgottenPassword {}
