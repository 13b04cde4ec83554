use serde::{Deserialize, Serialize};

/// Data sent to the server containing the response of a user to a captcha challenge.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptchaResponse {
    /// The captcha challenge identifier.
    #[serde(rename = "challenge")]
    pub challenge: Option<String>,
    /// The captcha response, as informed by the user.
    #[serde(rename = "response")]
    pub response: Option<String>,
}
