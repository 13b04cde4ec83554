use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Data sent to the server containing the response of a user to a captcha challenge.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptchaResponse {
    /// The captcha challenge identifier.
    #[serde(rename = "challenge")]
    pub challenge: Option<String>,
    /// The captcha response, as informed by the user.
    #[serde(rename = "response")]
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
