use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The kind of a transaction.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TransactionKind {
    /// The value `chargeback`.
    #[serde(rename = "chargeback")]
    Chargeback,
    /// The value `externalPayment`.
    #[serde(rename = "externalPayment")]
    ExternalPayment,
    /// The value `import`.
    #[serde(rename = "import")]
    Import,
    /// The value `order`.
    #[serde(rename = "order")]
    Order,
    /// The value `payment`.
    #[serde(rename = "payment")]
    Payment,
    /// The value `paymentRequest`.
    #[serde(rename = "paymentRequest")]
    PaymentRequest,
    /// The value `recurringPayment`.
    #[serde(rename = "recurringPayment")]
    RecurringPayment,
    /// The value `scheduledPayment`.
    #[serde(rename = "scheduledPayment")]
    ScheduledPayment,
    /// The value `ticket`.
    #[serde(rename = "ticket")]
    Ticket,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl TransactionKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Chargeback => "chargeback",
            Self::ExternalPayment => "externalPayment",
            Self::Import => "import",
            Self::Order => "order",
            Self::Payment => "payment",
            Self::PaymentRequest => "paymentRequest",
            Self::RecurringPayment => "recurringPayment",
            Self::ScheduledPayment => "scheduledPayment",
            Self::Ticket => "ticket",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for TransactionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Chargeback => f.write_str("Chargeback"),
            Self::ExternalPayment => f.write_str("ExternalPayment"),
            Self::Import => f.write_str("Import"),
            Self::Order => f.write_str("Order"),
            Self::Payment => f.write_str("Payment"),
            Self::PaymentRequest => f.write_str("PaymentRequest"),
            Self::RecurringPayment => f.write_str("RecurringPayment"),
            Self::ScheduledPayment => f.write_str("ScheduledPayment"),
            Self::Ticket => f.write_str("Ticket"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for TransactionKind {}
