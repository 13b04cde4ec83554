use serde::{Deserialize, Serialize};

use super::{
    AccountPermissions, ExternalPaymentsPermissions, PaymentRequestsPermissions,
    PaymentsPermissions, RecurringPaymentsPermissions, ScheduledPaymentsPermissions,
    TicketsPermissions, TransactionAuthorizationsPermissions,
};

/// Permissions over banking: accounts, payments, authorizations, scheduled and recurring payments,
/// external payments, payment requests and tickets.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankingPermissions {
    /// The permissions per account.
    #[serde(rename = "accounts")]
    pub accounts: Option<Vec<AccountPermissions>>,
    /// Permissions over payments.
    #[serde(rename = "payments")]
    pub payments: Option<PaymentsPermissions>,
    /// Permissions over transaction authorizations.
    #[serde(rename = "authorizations")]
    pub authorizations: Option<TransactionAuthorizationsPermissions>,
    /// Permissions over scheduled payments.
    #[serde(rename = "scheduledPayments")]
    pub scheduled_payments: Option<ScheduledPaymentsPermissions>,
    /// Permissions over recurring payments.
    #[serde(rename = "recurringPayments")]
    pub recurring_payments: Option<RecurringPaymentsPermissions>,
    /// Permissions over payments to external users.
    #[serde(rename = "externalPayments")]
    pub external_payments: Option<ExternalPaymentsPermissions>,
    /// Permissions over payment requests.
    #[serde(rename = "paymentRequests")]
    pub payment_requests: Option<PaymentRequestsPermissions>,
    /// Permissions over tickets.
    #[serde(rename = "tickets")]
    pub tickets: Option<TicketsPermissions>,
}
