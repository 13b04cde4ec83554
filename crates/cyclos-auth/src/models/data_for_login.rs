use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{
    CaptchaProviderEnum, EntityReference, PasswordInput, PrincipalTypeInput, SendMediumEnum,
};

/// Contains data useful for a login form, as well as forgot password.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataForLogin {
    /// The password type used for login access.
    #[serde(rename = "accessPasswordType", skip_serializing_if = "Option::is_none")]
    pub access_password_type: Option<EntityReference>,
    /// The identification methods accepted for login.
    #[serde(rename = "principalTypes", skip_serializing_if = "Option::is_none")]
    pub principal_types: Option<Vec<PrincipalTypeInput>>,
    /// The internal name of the identification method that is marked as default for the current
    /// channel configuration. This is optional, and if there is no default, all possible
    /// identification methods will be attempted for login.
    #[serde(
        rename = "defaultPrincipalType",
        skip_serializing_if = "Option::is_none"
    )]
    pub default_principal_type: Option<String>,
    /// The additional identification methods also accepted for the forgotten password request.
    #[serde(
        rename = "extraForgotPasswordPrincipalTypes",
        skip_serializing_if = "Option::is_none"
    )]
    pub extra_forgot_password_principal_types: Option<Vec<PrincipalTypeInput>>,
    /// Contains data for the password used on login.
    #[serde(rename = "loginPasswordInput", skip_serializing_if = "Option::is_none")]
    pub login_password_input: Option<PasswordInput>,
    /// If the forgot password request requires a captcha, will be the provider used to request one.
    /// Otherwise will be null.
    #[serde(
        rename = "forgotPasswordCaptchaProvider",
        skip_serializing_if = "Option::is_none"
    )]
    pub forgot_password_captcha_provider: Option<CaptchaProviderEnum>,
    /// If the forgot password request is enabled, returns the mediums the user can choose to
    /// receive the confirmation key or code. If nothing is returned, forgot password is not
    /// enabled.
    #[serde(
        rename = "forgotPasswordMediums",
        skip_serializing_if = "Option::is_none"
    )]
    pub forgot_password_mediums: Option<Vec<SendMediumEnum>>,
}

impl fmt::Debug for DataForLogin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataForLogin")
            .field(
                "access_password_type",
                &Redacted(&self.access_password_type),
            )
            .field("principal_types", &Redacted(&self.principal_types))
            .field(
                "default_principal_type",
                &Redacted(&self.default_principal_type),
            )
            .field(
                "extra_forgot_password_principal_types",
                &Redacted(&self.extra_forgot_password_principal_types),
            )
            .field(
                "login_password_input",
                &Redacted(&self.login_password_input),
            )
            .field(
                "forgot_password_captcha_provider",
                &Redacted(&self.forgot_password_captcha_provider),
            )
            .field(
                "forgot_password_mediums",
                &Redacted(&self.forgot_password_mediums),
            )
            .finish()
    }
}

impl RedactedDebug for DataForLogin {}
