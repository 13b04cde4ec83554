use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::CaptchaResponse;

/// Definitions to request a forgotten password reset.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForgottenPasswordRequest {
    /// An identification method for the user. Allows the same identification methods (principal
    /// types) as the login, plus e-mail.
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The captcha response required when something is returned in
    /// `DataForLogin.forgotPasswordCaptchaProvider`.
    #[serde(rename = "captcha", skip_serializing_if = "Option::is_none")]
    pub captcha: Option<CaptchaResponse>,
}

impl fmt::Debug for ForgottenPasswordRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ForgottenPasswordRequest")
            .field("user", &Redacted(&self.user))
            .field("captcha", &Redacted(&self.captcha))
            .finish()
    }
}

impl RedactedDebug for ForgottenPasswordRequest {}
