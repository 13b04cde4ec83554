use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// A currency, with its symbol and formatting settings.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Currency {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName", skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<String>,
    /// The currency symbol.
    #[serde(rename = "symbol", skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// The text shown before an amount.
    #[serde(rename = "prefix", skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// The text shown after an amount.
    #[serde(rename = "suffix", skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// The pattern of transaction numbers, if enabled.
    #[serde(
        rename = "transactionNumberPattern",
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_number_pattern: Option<String>,
    /// The number of decimal digits of amounts.
    #[serde(rename = "decimalDigits", skip_serializing_if = "Option::is_none")]
    pub decimal_digits: Option<i64>,
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Currency")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("symbol", &Redacted(&self.symbol))
            .field("prefix", &Redacted(&self.prefix))
            .field("suffix", &Redacted(&self.suffix))
            .field(
                "transaction_number_pattern",
                &Redacted(&self.transaction_number_pattern),
            )
            .field("decimal_digits", &Redacted(&self.decimal_digits))
            .finish()
    }
}

impl RedactedDebug for Currency {}
