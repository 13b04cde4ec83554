use serde::{Deserialize, Serialize};

/// The physical form of a token.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TokenTypeEnum {
    /// The value `barcode`.
    #[serde(rename = "barcode")]
    Barcode,
    /// The value `nfcDevice`.
    #[serde(rename = "nfcDevice")]
    NfcDevice,
    /// The value `nfcTag`.
    #[serde(rename = "nfcTag")]
    NfcTag,
    /// The value `other`.
    #[serde(rename = "other")]
    Other,
    /// The value `qrcode`.
    #[serde(rename = "qrcode")]
    Qrcode,
    /// The value `swipe`.
    #[serde(rename = "swipe")]
    Swipe,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl TokenTypeEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Barcode => "barcode",
            Self::NfcDevice => "nfcDevice",
            Self::NfcTag => "nfcTag",
            Self::Other => "other",
            Self::Qrcode => "qrcode",
            Self::Swipe => "swipe",
            Self::Unknown(value) => value,
        }
    }
}
