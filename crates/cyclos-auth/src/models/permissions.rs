use serde::{Deserialize, Serialize};

use super::{
    BankingPermissions, ContactsPermissions, MarketplacePermissions, NotificationsPermissions,
    OperationsPermissions, PasswordsPermissions, RecordsPermissions, TokensPermissions,
    UserProfilePermissions, UsersPermissions,
};

/// Contains all permissions and configurations a user or guest can perform in the REST API.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Permissions {
    /// Permissions over other users.
    #[serde(rename = "users")]
    pub users: Option<UsersPermissions>,
    /// Permissions over own profile.
    #[serde(rename = "myProfile")]
    pub my_profile: Option<UserProfilePermissions>,
    /// Permissions over banking / accounts.
    #[serde(rename = "banking")]
    pub banking: Option<BankingPermissions>,
    /// Permissions for marketplace.
    #[serde(rename = "marketplace")]
    pub marketplace: Option<MarketplacePermissions>,
    /// Permissions over own passwords.
    #[serde(rename = "passwords")]
    pub passwords: Option<PasswordsPermissions>,
    /// Permissions over own records.
    #[serde(rename = "records")]
    pub records: Option<RecordsPermissions>,
    /// Permissions over own custom operations.
    #[serde(rename = "operations")]
    pub operations: Option<OperationsPermissions>,
    /// Permissions over contacts.
    #[serde(rename = "contacts")]
    pub contacts: Option<ContactsPermissions>,
    /// Permissions over notifications.
    #[serde(rename = "notifications")]
    pub notifications: Option<NotificationsPermissions>,
    /// Permissions over tokens.
    #[serde(rename = "tokens")]
    pub tokens: Option<TokensPermissions>,
}
