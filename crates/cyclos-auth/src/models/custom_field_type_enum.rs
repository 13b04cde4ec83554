use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The data type of a custom field.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum CustomFieldTypeEnum {
    /// The value `boolean`.
    #[serde(rename = "boolean")]
    Boolean,
    /// The value `date`.
    #[serde(rename = "date")]
    Date,
    /// The value `decimal`.
    #[serde(rename = "decimal")]
    Decimal,
    /// The value `dynamicSelection`.
    #[serde(rename = "dynamicSelection")]
    DynamicSelection,
    /// The value `file`.
    #[serde(rename = "file")]
    File,
    /// The value `image`.
    #[serde(rename = "image")]
    Image,
    /// The value `integer`.
    #[serde(rename = "integer")]
    Integer,
    /// The value `linkedEntity`.
    #[serde(rename = "linkedEntity")]
    LinkedEntity,
    /// The value `multiSelection`.
    #[serde(rename = "multiSelection")]
    MultiSelection,
    /// The value `richText`.
    #[serde(rename = "richText")]
    RichText,
    /// The value `singleSelection`.
    #[serde(rename = "singleSelection")]
    SingleSelection,
    /// The value `string`.
    #[serde(rename = "string")]
    String,
    /// The value `text`.
    #[serde(rename = "text")]
    Text,
    /// The value `url`.
    #[serde(rename = "url")]
    Url,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl CustomFieldTypeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "boolean",
            Self::Date => "date",
            Self::Decimal => "decimal",
            Self::DynamicSelection => "dynamicSelection",
            Self::File => "file",
            Self::Image => "image",
            Self::Integer => "integer",
            Self::LinkedEntity => "linkedEntity",
            Self::MultiSelection => "multiSelection",
            Self::RichText => "richText",
            Self::SingleSelection => "singleSelection",
            Self::String => "string",
            Self::Text => "text",
            Self::Url => "url",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for CustomFieldTypeEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Boolean => f.write_str("Boolean"),
            Self::Date => f.write_str("Date"),
            Self::Decimal => f.write_str("Decimal"),
            Self::DynamicSelection => f.write_str("DynamicSelection"),
            Self::File => f.write_str("File"),
            Self::Image => f.write_str("Image"),
            Self::Integer => f.write_str("Integer"),
            Self::LinkedEntity => f.write_str("LinkedEntity"),
            Self::MultiSelection => f.write_str("MultiSelection"),
            Self::RichText => f.write_str("RichText"),
            Self::SingleSelection => f.write_str("SingleSelection"),
            Self::String => f.write_str("String"),
            Self::Text => f.write_str("Text"),
            Self::Url => f.write_str("Url"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for CustomFieldTypeEnum {}
