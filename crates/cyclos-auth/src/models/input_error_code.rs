use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Error codes for 422 Unprocessable entity HTTP status. It means there was an error with the input
/// sent to the operation.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum InputErrorCode {
    /// Represents an aggregation of other input errors.
    #[serde(rename = "aggregated")]
    Aggregated,
    /// Some data conversion has failed. For example, when sending a date with an invalid format.
    #[serde(rename = "dataConversion")]
    DataConversion,
    /// An uploaded file size exceeds the maximum allowed.
    #[serde(rename = "fileUploadSize")]
    FileUploadSize,
    /// There was an attempt to create an item, but the maximum number of allowed items was
    /// exceeded.
    #[serde(rename = "maxItems")]
    MaxItems,
    /// Missing a required request parameter.
    #[serde(rename = "missingParameter")]
    MissingParameter,
    /// A full-text query keywords contained an invalid text.
    #[serde(rename = "queryParse")]
    QueryParse,
    /// One or more of the fields sent contains invalid values.
    #[serde(rename = "validation")]
    Validation,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl InputErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aggregated => "aggregated",
            Self::DataConversion => "dataConversion",
            Self::FileUploadSize => "fileUploadSize",
            Self::MaxItems => "maxItems",
            Self::MissingParameter => "missingParameter",
            Self::QueryParse => "queryParse",
            Self::Validation => "validation",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for InputErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Aggregated => f.write_str("Aggregated"),
            Self::DataConversion => f.write_str("DataConversion"),
            Self::FileUploadSize => f.write_str("FileUploadSize"),
            Self::MaxItems => f.write_str("MaxItems"),
            Self::MissingParameter => f.write_str("MissingParameter"),
            Self::QueryParse => f.write_str("QueryParse"),
            Self::Validation => f.write_str("Validation"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for InputErrorCode {}
