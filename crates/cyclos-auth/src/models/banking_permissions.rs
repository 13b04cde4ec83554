use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{
    AccountPermissions, ExternalPaymentsPermissions, PaymentRequestsPermissions,
    PaymentsPermissions, RecurringPaymentsPermissions, ScheduledPaymentsPermissions,
    TicketsPermissions, TransactionAuthorizationsPermissions,
};

/// Permissions over banking: accounts, payments, authorizations, scheduled and recurring payments,
/// external payments, payment requests and tickets.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankingPermissions {
    /// The permissions per account.
    #[serde(rename = "accounts", skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<AccountPermissions>>,
    /// Permissions over payments.
    #[serde(rename = "payments", skip_serializing_if = "Option::is_none")]
    pub payments: Option<PaymentsPermissions>,
    /// Permissions over transaction authorizations.
    #[serde(rename = "authorizations", skip_serializing_if = "Option::is_none")]
    pub authorizations: Option<TransactionAuthorizationsPermissions>,
    /// Permissions over scheduled payments.
    #[serde(rename = "scheduledPayments", skip_serializing_if = "Option::is_none")]
    pub scheduled_payments: Option<ScheduledPaymentsPermissions>,
    /// Permissions over recurring payments.
    #[serde(rename = "recurringPayments", skip_serializing_if = "Option::is_none")]
    pub recurring_payments: Option<RecurringPaymentsPermissions>,
    /// Permissions over payments to external users.
    #[serde(rename = "externalPayments", skip_serializing_if = "Option::is_none")]
    pub external_payments: Option<ExternalPaymentsPermissions>,
    /// Permissions over payment requests.
    #[serde(rename = "paymentRequests", skip_serializing_if = "Option::is_none")]
    pub payment_requests: Option<PaymentRequestsPermissions>,
    /// Permissions over tickets.
    #[serde(rename = "tickets", skip_serializing_if = "Option::is_none")]
    pub tickets: Option<TicketsPermissions>,
}

impl fmt::Debug for BankingPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BankingPermissions")
            .field("accounts", &Redacted(&self.accounts))
            .field("payments", &Redacted(&self.payments))
            .field("authorizations", &Redacted(&self.authorizations))
            .field("scheduled_payments", &Redacted(&self.scheduled_payments))
            .field("recurring_payments", &Redacted(&self.recurring_payments))
            .field("external_payments", &Redacted(&self.external_payments))
            .field("payment_requests", &Redacted(&self.payment_requests))
            .field("tickets", &Redacted(&self.tickets))
            .finish()
    }
}

impl RedactedDebug for BankingPermissions {}
