use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{AccountWithCurrency, RelatedTransferType};

/// Permissions over one account and the payments that can be made from it.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountPermissions {
    /// The account.
    #[serde(rename = "account", skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountWithCurrency>,
    /// Whether the account is visible to the user.
    #[serde(rename = "visible", skip_serializing_if = "Option::is_none")]
    pub visible: Option<bool>,
    /// The transfer types for payments to the system.
    #[serde(rename = "systemPayments", skip_serializing_if = "Option::is_none")]
    pub system_payments: Option<Vec<RelatedTransferType>>,
    /// The transfer types for payments to users.
    #[serde(rename = "userPayments", skip_serializing_if = "Option::is_none")]
    pub user_payments: Option<Vec<RelatedTransferType>>,
    /// The transfer types for payments between own accounts.
    #[serde(rename = "selfPayments", skip_serializing_if = "Option::is_none")]
    pub self_payments: Option<Vec<RelatedTransferType>>,
    /// The transfer types for receiving payments as point of sale.
    #[serde(rename = "posPayments", skip_serializing_if = "Option::is_none")]
    pub pos_payments: Option<Vec<RelatedTransferType>>,
}

impl fmt::Debug for AccountPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccountPermissions")
            .field("account", &Redacted(&self.account))
            .field("visible", &Redacted(&self.visible))
            .field("system_payments", &Redacted(&self.system_payments))
            .field("user_payments", &Redacted(&self.user_payments))
            .field("self_payments", &Redacted(&self.self_payments))
            .field("pos_payments", &Redacted(&self.pos_payments))
            .finish()
    }
}

impl RedactedDebug for AccountPermissions {}
