use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Data sent to the server containing the response of a user to a captcha challenge.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptchaResponse {
    /// The captcha challenge identifier.
    #[serde(rename = "challenge", skip_serializing_if = "Option::is_none")]
    pub challenge: Option<String>,
    /// The captcha response, as informed by the user.
    #[serde(rename = "response", skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
}

impl fmt::Debug for CaptchaResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CaptchaResponse")
            .field("challenge", &Redacted(&self.challenge))
            .field("response", &Redacted(&self.response))
            .finish()
    }
}

impl RedactedDebug for CaptchaResponse {}
