use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{AccountWithOwner, Currency, EntityReference, TransferStatus};

/// Basic information of a balance transfer between two accounts.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transfer {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The descriptive text of the transfer, as configured for its type and currency.
    #[serde(rename = "display", skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// The transfer date and time (RFC 3339 text).
    #[serde(rename = "date", skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The transfer amount, positive or negative, as a decimal string.
    #[serde(rename = "amount", skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// The transfer type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<EntityReference>,
    /// The transfer currency.
    #[serde(rename = "currency", skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// The account the amount left.
    #[serde(rename = "from", skip_serializing_if = "Option::is_none")]
    pub from: Option<AccountWithOwner>,
    /// The account the amount arrived at.
    #[serde(rename = "to", skip_serializing_if = "Option::is_none")]
    pub to: Option<AccountWithOwner>,
    /// The transaction number, when the currency enables them.
    #[serde(rename = "transactionNumber", skip_serializing_if = "Option::is_none")]
    pub transaction_number: Option<String>,
    /// The current statuses of the transfer, one per status flow.
    #[serde(rename = "statuses", skip_serializing_if = "Option::is_none")]
    pub statuses: Option<Vec<TransferStatus>>,
}

impl fmt::Debug for Transfer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transfer")
            .field("id", &Redacted(&self.id))
            .field("display", &Redacted(&self.display))
            .field("date", &Redacted(&self.date))
            .field("amount", &Redacted(&self.amount))
            .field("type_", &Redacted(&self.type_))
            .field("currency", &Redacted(&self.currency))
            .field("from", &Redacted(&self.from))
            .field("to", &Redacted(&self.to))
            .field("transaction_number", &Redacted(&self.transaction_number))
            .field("statuses", &Redacted(&self.statuses))
            .finish()
    }
}

impl RedactedDebug for Transfer {}
