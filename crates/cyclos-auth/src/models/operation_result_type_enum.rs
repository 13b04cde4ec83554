use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// What a custom operation returns when run.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

impl fmt::Debug for OperationResultTypeEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ExternalRedirect => f.write_str("ExternalRedirect"),
            Self::FileDownload => f.write_str("FileDownload"),
            Self::Notification => f.write_str("Notification"),
            Self::PlainText => f.write_str("PlainText"),
            Self::ResultPage => f.write_str("ResultPage"),
            Self::RichText => f.write_str("RichText"),
            Self::Url => f.write_str("Url"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for OperationResultTypeEnum {}
