use serde::{Deserialize, Serialize};

/// What a custom operation returns when run.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum OperationResultTypeEnum {
    /// The value `externalRedirect`.
    #[serde(rename = "externalRedirect")]
    ExternalRedirect,
    /// The value `fileDownload`.
    #[serde(rename = "fileDownload")]
    FileDownload,
    /// The value `notification`.
    #[serde(rename = "notification")]
    Notification,
    /// The value `plainText`.
    #[serde(rename = "plainText")]
    PlainText,
    /// The value `resultPage`.
    #[serde(rename = "resultPage")]
    ResultPage,
    /// The value `richText`.
    #[serde(rename = "richText")]
    RichText,
    /// The value `url`.
    #[serde(rename = "url")]
    Url,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl OperationResultTypeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExternalRedirect => "externalRedirect",
            Self::FileDownload => "fileDownload",
            Self::Notification => "notification",
            Self::PlainText => "plainText",
            Self::ResultPage => "resultPage",
            Self::RichText => "richText",
            Self::Url => "url",
            Self::Unknown(value) => value,
        }
    }
}
