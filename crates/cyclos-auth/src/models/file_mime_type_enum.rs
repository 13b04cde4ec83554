use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Groups of file types accepted by a file custom field.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum FileMimeTypeEnum {
    /// The value `audio`.
    #[serde(rename = "audio")]
    Audio,
    /// The value `html`.
    #[serde(rename = "html")]
    Html,
    /// The value `image`.
    #[serde(rename = "image")]
    Image,
    /// The value `ms_excel`.
    #[serde(rename = "ms_excel")]
    MsExcel,
    /// The value `ms_powerpoint`.
    #[serde(rename = "ms_powerpoint")]
    MsPowerpoint,
    /// The value `ms_word`.
    #[serde(rename = "ms_word")]
    MsWord,
    /// The value `od_presentation`.
    #[serde(rename = "od_presentation")]
    OdPresentation,
    /// The value `od_spreadsheet`.
    #[serde(rename = "od_spreadsheet")]
    OdSpreadsheet,
    /// The value `od_text`.
    #[serde(rename = "od_text")]
    OdText,
    /// The value `others`.
    #[serde(rename = "others")]
    Others,
    /// The value `pdf`.
    #[serde(rename = "pdf")]
    Pdf,
    /// The value `rtf`.
    #[serde(rename = "rtf")]
    Rtf,
    /// The value `text`.
    #[serde(rename = "text")]
    Text,
    /// The value `video`.
    #[serde(rename = "video")]
    Video,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl FileMimeTypeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "audio",
            Self::Html => "html",
            Self::Image => "image",
            Self::MsExcel => "ms_excel",
            Self::MsPowerpoint => "ms_powerpoint",
            Self::MsWord => "ms_word",
            Self::OdPresentation => "od_presentation",
            Self::OdSpreadsheet => "od_spreadsheet",
            Self::OdText => "od_text",
            Self::Others => "others",
            Self::Pdf => "pdf",
            Self::Rtf => "rtf",
            Self::Text => "text",
            Self::Video => "video",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for FileMimeTypeEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Audio => f.write_str("Audio"),
            Self::Html => f.write_str("Html"),
            Self::Image => f.write_str("Image"),
            Self::MsExcel => f.write_str("MsExcel"),
            Self::MsPowerpoint => f.write_str("MsPowerpoint"),
            Self::MsWord => f.write_str("MsWord"),
            Self::OdPresentation => f.write_str("OdPresentation"),
            Self::OdSpreadsheet => f.write_str("OdSpreadsheet"),
            Self::OdText => f.write_str("OdText"),
            Self::Others => f.write_str("Others"),
            Self::Pdf => f.write_str("Pdf"),
            Self::Rtf => f.write_str("Rtf"),
            Self::Text => f.write_str("Text"),
            Self::Video => f.write_str("Video"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for FileMimeTypeEnum {}
