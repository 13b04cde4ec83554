use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

use super::{EntityReference, PasswordType, Permissions, RoleEnum, User, VersionedEntity};

/// Contains information for the currently authenticated user.
///
/// Includes the fields of [`BaseAuth`](super::BaseAuth), which the server sends flattened. `Debug`
/// redacts the `sessionToken`.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Auth {
    /// The authenticated user, if any.
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// The current language version.
    #[serde(rename = "language", skip_serializing_if = "Option::is_none")]
    pub language: Option<VersionedEntity>,
    /// Indicates whether this user belongs to global mode. Only returned if there is an
    /// authenticated user.
    #[serde(rename = "global", skip_serializing_if = "Option::is_none")]
    pub global: Option<bool>,
    /// The main user role. Only returned if there is an authenticated user.
    #[serde(rename = "role", skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleEnum>,
    /// Indicates whether this user is a system administrator, that is, either belongs to the global
    /// system administrators group or to the network system administrators group. Only returned if
    /// `role` is `administrator`.
    #[serde(
        rename = "systemAdministrator",
        skip_serializing_if = "Option::is_none"
    )]
    pub system_administrator: Option<bool>,
    /// Indicates whether this user is an operator which is an alias of his owner member, that is,
    /// has all member permissions, and is not restricted to an operator group. Only returned if
    /// `role` is `operator`.
    #[serde(rename = "aliasOperator", skip_serializing_if = "Option::is_none")]
    pub alias_operator: Option<bool>,
    /// The granted permissions for the authenticated user or guest.
    #[serde(rename = "permissions", skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Permissions>,
    /// A token that must be passed in on the Session-Token header on subsequent requests instead of
    /// the login name and password. Only returned if using a session authentication.
    #[serde(rename = "sessionToken", skip_serializing_if = "Option::is_none")]
    pub session_token: Option<Secret>,
    /// Only returned when authenticated as access client, contains information about it.
    #[serde(rename = "accessClient", skip_serializing_if = "Option::is_none")]
    pub access_client: Option<EntityReference>,
    /// Returns a reference to the principal type used for authentication. May be some of the
    /// built-in types (login name, e-mail, mobile phone or account number), a profile field, a
    /// token type or an access client type.
    #[serde(rename = "principalType", skip_serializing_if = "Option::is_none")]
    pub principal_type: Option<EntityReference>,
    /// The principal (user identification) used on authentication. Can be the value of the login
    /// name, e-mail, account number, custom field or token used on authentication or at the moment
    /// of login. Is not returned when the authentication was performed via access client.
    #[serde(rename = "principal", skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// Returns a reference to the password type used on this channel.
    #[serde(rename = "passwordType", skip_serializing_if = "Option::is_none")]
    pub password_type: Option<PasswordType>,
    /// Returns a reference to the secondary password type used on this channel, if any.
    #[serde(
        rename = "secondaryPasswordType",
        skip_serializing_if = "Option::is_none"
    )]
    pub secondary_password_type: Option<PasswordType>,
    /// Returns whether the current access password is expired. If so, the user will have to change
    /// the password, or all other actions will be denied.
    #[serde(rename = "expiredPassword", skip_serializing_if = "Option::is_none")]
    pub expired_password: Option<bool>,
    /// Returns whether the current user has some agreements pending accept. If so, a call to GET
    /// /agreements/pending should be performed to get the content of the pending agreements, and
    /// then a POST /agreements/pending{id_or_internal_name} to accept each agreement.
    #[serde(rename = "pendingAgreements", skip_serializing_if = "Option::is_none")]
    pub pending_agreements: Option<bool>,
    /// Returns whether the current secondary access password is expired. If so, the user will have
    /// to change the password, or all other actions will be denied.
    #[serde(
        rename = "expiredSecondaryPassword",
        skip_serializing_if = "Option::is_none"
    )]
    pub expired_secondary_password: Option<bool>,
    /// Returns whether the current session requires a secondary password. If so, the user will have
    /// to validate it using its secondary access password, otherwise, all other actions will be
    /// denied.
    #[serde(
        rename = "pendingSecondaryPassword",
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_secondary_password: Option<bool>,
    /// The current configuration version.
    #[serde(rename = "configuration", skip_serializing_if = "Option::is_none")]
    pub configuration: Option<VersionedEntity>,
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Auth")
            .field("user", &Redacted(&self.user))
            .field("language", &Redacted(&self.language))
            .field("global", &Redacted(&self.global))
            .field("role", &Redacted(&self.role))
            .field(
                "system_administrator",
                &Redacted(&self.system_administrator),
            )
            .field("alias_operator", &Redacted(&self.alias_operator))
            .field("permissions", &Redacted(&self.permissions))
            .field("session_token", &Redacted(&self.session_token))
            .field("access_client", &Redacted(&self.access_client))
            .field("principal_type", &Redacted(&self.principal_type))
            .field("principal", &Redacted(&self.principal))
            .field("password_type", &Redacted(&self.password_type))
            .field(
                "secondary_password_type",
                &Redacted(&self.secondary_password_type),
            )
            .field("expired_password", &Redacted(&self.expired_password))
            .field("pending_agreements", &Redacted(&self.pending_agreements))
            .field(
                "expired_secondary_password",
                &Redacted(&self.expired_secondary_password),
            )
            .field(
                "pending_secondary_password",
                &Redacted(&self.pending_secondary_password),
            )
            .field("configuration", &Redacted(&self.configuration))
            .finish()
    }
}

impl RedactedDebug for Auth {}
