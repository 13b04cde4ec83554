use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{
    AccountKind, Currency, TransactionAuthorizationStatusEnum, TransactionKind, TransferType, User,
};

/// Basic information of a transaction.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transaction {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The descriptive text of the transaction, as configured for its type and currency.
    #[serde(rename = "display", skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// The transaction number, when the currency enables them.
    #[serde(rename = "transactionNumber", skip_serializing_if = "Option::is_none")]
    pub transaction_number: Option<String>,
    /// The transaction kind (payment, scheduled payment, ticket, ...), useful to pick a view.
    #[serde(rename = "kind", skip_serializing_if = "Option::is_none")]
    pub kind: Option<TransactionKind>,
    /// The ticket identifier; only for tickets.
    #[serde(rename = "ticketNumber", skip_serializing_if = "Option::is_none")]
    pub ticket_number: Option<String>,
    /// The transaction date and time (RFC 3339 text).
    #[serde(rename = "date", skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The transaction amount, as a decimal string.
    #[serde(rename = "amount", skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// The kind of the account the amount left.
    #[serde(rename = "fromKind", skip_serializing_if = "Option::is_none")]
    pub from_kind: Option<AccountKind>,
    /// The payer; only when `fromKind` is `user`.
    #[serde(rename = "fromUser", skip_serializing_if = "Option::is_none")]
    pub from_user: Option<User>,
    /// The kind of the account the amount arrived at.
    #[serde(rename = "toKind", skip_serializing_if = "Option::is_none")]
    pub to_kind: Option<AccountKind>,
    /// The payee; only when `toKind` is `user`.
    #[serde(rename = "toUser", skip_serializing_if = "Option::is_none")]
    pub to_user: Option<User>,
    /// The transaction type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<TransferType>,
    /// The transaction currency.
    #[serde(rename = "currency", skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// Where the transaction is in its authorization; unset when it never needed one.
    #[serde(
        rename = "authorizationStatus",
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_status: Option<TransactionAuthorizationStatusEnum>,
    /// The transaction description, if any.
    #[serde(rename = "description", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl fmt::Debug for Transaction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transaction")
            .field("id", &Redacted(&self.id))
            .field("display", &Redacted(&self.display))
            .field("transaction_number", &Redacted(&self.transaction_number))
            .field("kind", &Redacted(&self.kind))
            .field("ticket_number", &Redacted(&self.ticket_number))
            .field("date", &Redacted(&self.date))
            .field("amount", &Redacted(&self.amount))
            .field("from_kind", &Redacted(&self.from_kind))
            .field("from_user", &Redacted(&self.from_user))
            .field("to_kind", &Redacted(&self.to_kind))
            .field("to_user", &Redacted(&self.to_user))
            .field("type_", &Redacted(&self.type_))
            .field("currency", &Redacted(&self.currency))
            .field(
                "authorization_status",
                &Redacted(&self.authorization_status),
            )
            .field("description", &Redacted(&self.description))
            .finish()
    }
}

impl RedactedDebug for Transaction {}
