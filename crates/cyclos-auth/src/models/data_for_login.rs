use serde::{Deserialize, Serialize};

use super::{
    CaptchaProviderEnum, EntityReference, PasswordInput, PrincipalTypeInput, SendMediumEnum,
};

/// Contains data useful for a login form, as well as forgot password.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataForLogin {
    /// The password type used for login access.
    #[serde(rename = "accessPasswordType")]
    pub access_password_type: Option<EntityReference>,
    /// The identification methods accepted for login.
    #[serde(rename = "principalTypes")]
    pub principal_types: Option<Vec<PrincipalTypeInput>>,
    /// The internal name of the identification method that is marked as default for the current
    /// channel configuration. This is optional, and if there is no default, all possible
    /// identification methods will be attempted for login.
    #[serde(rename = "defaultPrincipalType")]
    pub default_principal_type: Option<String>,
    /// The additional identification methods also accepted for the forgotten password request.
    #[serde(rename = "extraForgotPasswordPrincipalTypes")]
    pub extra_forgot_password_principal_types: Option<Vec<PrincipalTypeInput>>,
    /// Contains data for the password used on login.
    #[serde(rename = "loginPasswordInput")]
    pub login_password_input: Option<PasswordInput>,
    /// If the forgot password request requires a captcha, will be the provider used to request one.
    /// Otherwise will be null.
    #[serde(rename = "forgotPasswordCaptchaProvider")]
    pub forgot_password_captcha_provider: Option<CaptchaProviderEnum>,
    /// If the forgot password request is enabled, returns the mediums the user can choose to
    /// receive the confirmation key or code. If nothing is returned, forgot password is not
    /// enabled.
    #[serde(rename = "forgotPasswordMediums")]
    pub forgot_password_mediums: Option<Vec<SendMediumEnum>>,
}
