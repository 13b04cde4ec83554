use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{
    BankingPermissions, ContactsPermissions, MarketplacePermissions, NotificationsPermissions,
    OperationsPermissions, PasswordsPermissions, RecordsPermissions, TokensPermissions,
    UserProfilePermissions, UsersPermissions,
};

/// Contains all permissions and configurations a user or guest can perform in the REST API.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Permissions {
    /// Permissions over other users.
    #[serde(rename = "users", skip_serializing_if = "Option::is_none")]
    pub users: Option<UsersPermissions>,
    /// Permissions over own profile.
    #[serde(rename = "myProfile", skip_serializing_if = "Option::is_none")]
    pub my_profile: Option<UserProfilePermissions>,
    /// Permissions over banking / accounts.
    #[serde(rename = "banking", skip_serializing_if = "Option::is_none")]
    pub banking: Option<BankingPermissions>,
    /// Permissions for marketplace.
    #[serde(rename = "marketplace", skip_serializing_if = "Option::is_none")]
    pub marketplace: Option<MarketplacePermissions>,
    /// Permissions over own passwords.
    #[serde(rename = "passwords", skip_serializing_if = "Option::is_none")]
    pub passwords: Option<PasswordsPermissions>,
    /// Permissions over own records.
    #[serde(rename = "records", skip_serializing_if = "Option::is_none")]
    pub records: Option<RecordsPermissions>,
    /// Permissions over own custom operations.
    #[serde(rename = "operations", skip_serializing_if = "Option::is_none")]
    pub operations: Option<OperationsPermissions>,
    /// Permissions over contacts.
    #[serde(rename = "contacts", skip_serializing_if = "Option::is_none")]
    pub contacts: Option<ContactsPermissions>,
    /// Permissions over notifications.
    #[serde(rename = "notifications", skip_serializing_if = "Option::is_none")]
    pub notifications: Option<NotificationsPermissions>,
    /// Permissions over tokens.
    #[serde(rename = "tokens", skip_serializing_if = "Option::is_none")]
    pub tokens: Option<TokensPermissions>,
}

impl fmt::Debug for Permissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Permissions")
            .field("users", &Redacted(&self.users))
            .field("my_profile", &Redacted(&self.my_profile))
            .field("banking", &Redacted(&self.banking))
            .field("marketplace", &Redacted(&self.marketplace))
            .field("passwords", &Redacted(&self.passwords))
            .field("records", &Redacted(&self.records))
            .field("operations", &Redacted(&self.operations))
            .field("contacts", &Redacted(&self.contacts))
            .field("notifications", &Redacted(&self.notifications))
            .field("tokens", &Redacted(&self.tokens))
            .finish()
    }
}

impl RedactedDebug for Permissions {}
