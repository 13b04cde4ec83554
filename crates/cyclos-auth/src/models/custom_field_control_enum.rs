use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The UI control used to edit a custom field.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum CustomFieldControlEnum {
    /// The value `checkbox`.
    #[serde(rename = "checkbox")]
    Checkbox,
    /// The value `entitySelection`.
    #[serde(rename = "entitySelection")]
    EntitySelection,
    /// The value `multiSelection`.
    #[serde(rename = "multiSelection")]
    MultiSelection,
    /// The value `radio`.
    #[serde(rename = "radio")]
    Radio,
    /// The value `richEditor`.
    #[serde(rename = "richEditor")]
    RichEditor,
    /// The value `singleSelection`.
    #[serde(rename = "singleSelection")]
    SingleSelection,
    /// The value `text`.
    #[serde(rename = "text")]
    Text,
    /// The value `textarea`.
    #[serde(rename = "textarea")]
    Textarea,
    /// The value `upload`.
    #[serde(rename = "upload")]
    Upload,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl CustomFieldControlEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Checkbox => "checkbox",
            Self::EntitySelection => "entitySelection",
            Self::MultiSelection => "multiSelection",
            Self::Radio => "radio",
            Self::RichEditor => "richEditor",
            Self::SingleSelection => "singleSelection",
            Self::Text => "text",
            Self::Textarea => "textarea",
            Self::Upload => "upload",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for CustomFieldControlEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Checkbox => f.write_str("Checkbox"),
            Self::EntitySelection => f.write_str("EntitySelection"),
            Self::MultiSelection => f.write_str("MultiSelection"),
            Self::Radio => f.write_str("Radio"),
            Self::RichEditor => f.write_str("RichEditor"),
            Self::SingleSelection => f.write_str("SingleSelection"),
            Self::Text => f.write_str("Text"),
            Self::Textarea => f.write_str("Textarea"),
            Self::Upload => f.write_str("Upload"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for CustomFieldControlEnum {}
