use serde::{Deserialize, Serialize};

/// Error codes for 422 Unprocessable entity HTTP status. It means there was an error with the input
/// sent to the operation.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
