use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{AccountWithOwner, Currency, EntityReference, TransferStatus};

/// Basic information of a balance transfer between two accounts.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transfer {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The descriptive text of the transfer, as configured for its type and currency.
    #[serde(rename = "display")]
    pub display: Option<String>,
    /// The transfer date and time (RFC 3339 text).
    #[serde(rename = "date")]
    pub date: Option<String>,
    /// The transfer amount, positive or negative, as a decimal string.
    #[serde(rename = "amount")]
    pub amount: Option<String>,
    /// The transfer type.
    #[serde(rename = "type")]
    pub type_: Option<EntityReference>,
    /// The transfer currency.
    #[serde(rename = "currency")]
    pub currency: Option<Currency>,
    /// The account the amount left.
    #[serde(rename = "from")]
    pub from: Option<AccountWithOwner>,
    /// The account the amount arrived at.
    #[serde(rename = "to")]
    pub to: Option<AccountWithOwner>,
    /// The transaction number, when the currency enables them.
    #[serde(rename = "transactionNumber")]
    pub transaction_number: Option<String>,
    /// The current statuses of the transfer, one per status flow.
    #[serde(rename = "statuses")]
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
