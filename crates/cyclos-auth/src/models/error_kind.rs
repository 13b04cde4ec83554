use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Error types associated to the HTTP Status 500.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An error has occurred when buying a voucher.
    #[serde(rename = "buyVoucher")]
    BuyVoucher,
    /// An error has occurred when changing a forgotten password.
    #[serde(rename = "forgottenPassword")]
    ForgottenPassword,
    /// An unexpected error has occurred.
    #[serde(rename = "general")]
    General,
    /// An error has occurred when initializing a NFC token.
    #[serde(rename = "initializeNfc")]
    InitializeNfc,
    /// An error which has another internal error at a given property / index.
    #[serde(rename = "nested")]
    Nested,
    /// An error has occurred when making an external NFC authentication.
    #[serde(rename = "nfcAuth")]
    NfcAuth,
    /// An error has occurred requesting an OTP.
    #[serde(rename = "otp")]
    Otp,
    /// An error has occurred when making a payment.
    #[serde(rename = "payment")]
    Payment,
    /// An error has occurred when personalizing a NFC token.
    #[serde(rename = "personalizeNfc")]
    PersonalizeNfc,
    /// An error has occurred when receiving a payment on a POS operation.
    #[serde(rename = "pos")]
    Pos,
    /// An error has occurred when redeeming a voucher.
    #[serde(rename = "redeemVoucher")]
    RedeemVoucher,
    /// An error has occurred when interacting with a shopping cart.
    #[serde(rename = "shoppingCart")]
    ShoppingCart,
    /// An error has occurred when checking out a shopping cart.
    #[serde(rename = "shoppingCartCheckout")]
    ShoppingCartCheckout,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl ErrorKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BuyVoucher => "buyVoucher",
            Self::ForgottenPassword => "forgottenPassword",
            Self::General => "general",
            Self::InitializeNfc => "initializeNfc",
            Self::Nested => "nested",
            Self::NfcAuth => "nfcAuth",
            Self::Otp => "otp",
            Self::Payment => "payment",
            Self::PersonalizeNfc => "personalizeNfc",
            Self::Pos => "pos",
            Self::RedeemVoucher => "redeemVoucher",
            Self::ShoppingCart => "shoppingCart",
            Self::ShoppingCartCheckout => "shoppingCartCheckout",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BuyVoucher => f.write_str("BuyVoucher"),
            Self::ForgottenPassword => f.write_str("ForgottenPassword"),
            Self::General => f.write_str("General"),
            Self::InitializeNfc => f.write_str("InitializeNfc"),
            Self::Nested => f.write_str("Nested"),
            Self::NfcAuth => f.write_str("NfcAuth"),
            Self::Otp => f.write_str("Otp"),
            Self::Payment => f.write_str("Payment"),
            Self::PersonalizeNfc => f.write_str("PersonalizeNfc"),
            Self::Pos => f.write_str("Pos"),
            Self::RedeemVoucher => f.write_str("RedeemVoucher"),
            Self::ShoppingCart => f.write_str("ShoppingCart"),
            Self::ShoppingCartCheckout => f.write_str("ShoppingCartCheckout"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for ErrorKind {}
