use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The physical form of a token.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TokenTypeEnum {
    /// A barcode with the token.
    #[serde(rename = "barcode")]
    Barcode,
    /// A device (e.g. cell phone) with support for NFC.
    #[serde(rename = "nfcDevice")]
    NfcDevice,
    /// A NFC tag/card.
    #[serde(rename = "nfcTag")]
    NfcTag,
    /// Any other type containing a token.
    #[serde(rename = "other")]
    Other,
    /// A QR code containing a token.
    #[serde(rename = "qrcode")]
    Qrcode,
    /// A swipe/magnetic card containing the token.
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

impl fmt::Debug for TokenTypeEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Barcode => f.write_str("Barcode"),
            Self::NfcDevice => f.write_str("NfcDevice"),
            Self::NfcTag => f.write_str("NfcTag"),
            Self::Other => f.write_str("Other"),
            Self::Qrcode => f.write_str("Qrcode"),
            Self::Swipe => f.write_str("Swipe"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for TokenTypeEnum {}
