use serde::{Deserialize, Serialize};

use super::CaptchaResponse;

/// Definitions to request a forgotten password reset.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForgottenPasswordRequest {
    /// An identification method for the user. Allows the same identification methods (principal
    /// types) as the login, plus e-mail.
    #[serde(rename = "user")]
    pub user: Option<String>,
    /// The captcha response required when something is returned in
    /// `DataForLogin.forgotPasswordCaptchaProvider`.
    #[serde(rename = "captcha")]
    pub captcha: Option<CaptchaResponse>,
}
