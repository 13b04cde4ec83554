use serde::{Deserialize, Serialize};

/// The data type of a custom field.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
