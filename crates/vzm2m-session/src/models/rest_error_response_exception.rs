use serde::{Deserialize, Serialize};

/// Response to Rest Errors: the body of a 400.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestErrorResponseException {
    /// Code of the error.
    #[serde(rename = "errorCode")]
    pub error_code: Option<String>,
    /// Details of the error.
    #[serde(rename = "errorMessage")]
    pub error_message: Option<String>,
}
