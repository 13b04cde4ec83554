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
    /// The accounts.
    #[serde(rename = "accounts")]
    pub accounts: Option<Vec<AccountPermissions>>,
    /// The payments.
    #[serde(rename = "payments")]
    pub payments: Option<PaymentsPermissions>,
    /// The authorizations.
    #[serde(rename = "authorizations")]
    pub authorizations: Option<TransactionAuthorizationsPermissions>,
    /// The scheduled payments.
    #[serde(rename = "scheduledPayments")]
    pub scheduled_payments: Option<ScheduledPaymentsPermissions>,
    /// The recurring payments.
    #[serde(rename = "recurringPayments")]
    pub recurring_payments: Option<RecurringPaymentsPermissions>,
    /// The external payments.
    #[serde(rename = "externalPayments")]
    pub external_payments: Option<ExternalPaymentsPermissions>,
    /// The payment requests.
    #[serde(rename = "paymentRequests")]
    pub payment_requests: Option<PaymentRequestsPermissions>,
    /// The tickets.
    #[serde(rename = "tickets")]
    pub tickets: Option<TicketsPermissions>,
}
