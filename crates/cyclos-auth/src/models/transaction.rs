use serde::{Deserialize, Serialize};

use super::{
    AccountKind, Currency, TransactionAuthorizationStatusEnum, TransactionKind, TransferType, User,
};

/// Basic information of a transaction.
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transaction {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The descriptive text of the transaction, as configured for its type and currency.
    #[serde(rename = "display")]
    pub display: Option<String>,
    /// The transaction number, when the currency enables them.
    #[serde(rename = "transactionNumber")]
    pub transaction_number: Option<String>,
    /// The transaction kind (payment, scheduled payment, ticket, ...), useful to pick a view.
    #[serde(rename = "kind")]
    pub kind: Option<TransactionKind>,
    /// The ticket identifier; only for tickets.
    #[serde(rename = "ticketNumber")]
    pub ticket_number: Option<String>,
    /// The transaction date and time (RFC 3339 text).
    #[serde(rename = "date")]
    pub date: Option<String>,
    /// The transaction amount, as a decimal string.
    #[serde(rename = "amount")]
    pub amount: Option<String>,
    /// The kind of the account the amount left.
    #[serde(rename = "fromKind")]
    pub from_kind: Option<AccountKind>,
    /// The payer; only when `fromKind` is `user`.
    #[serde(rename = "fromUser")]
    pub from_user: Option<User>,
    /// The kind of the account the amount arrived at.
    #[serde(rename = "toKind")]
    pub to_kind: Option<AccountKind>,
    /// The payee; only when `toKind` is `user`.
    #[serde(rename = "toUser")]
    pub to_user: Option<User>,
    /// The transaction type.
    #[serde(rename = "type")]
    pub type_: Option<TransferType>,
    /// The transaction currency.
    #[serde(rename = "currency")]
    pub currency: Option<Currency>,
    /// Where the transaction is in its authorization; unset when it never needed one.
    #[serde(rename = "authorizationStatus")]
    pub authorization_status: Option<TransactionAuthorizationStatusEnum>,
    /// The transaction description, if any.
    #[serde(rename = "description")]
    pub description: Option<String>,
}
