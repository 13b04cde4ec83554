use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{UserAgreement, UserDatabase, UserState};

/// A user of the account service.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// Numeric identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Globally unique identifier.
    #[serde(rename = "uuid", skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Name shown to people.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// E-mail address.
    #[serde(rename = "email", skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Mobile phone used for sms password reset.
    #[serde(rename = "mobilePhone", skip_serializing_if = "Option::is_none")]
    pub mobile_phone: Option<String>,
    /// Preferred locale.
    #[serde(rename = "locale", skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Whether the user may log in.
    #[serde(rename = "state", skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    /// Roles the user is a member of.
    #[serde(rename = "roles", skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// User deletion is disabled.
    #[serde(rename = "deletable", skip_serializing_if = "Option::is_none")]
    pub deletable: Option<bool>,
    /// User is accounted for billing.
    #[serde(rename = "billable", skip_serializing_if = "Option::is_none")]
    pub billable: Option<bool>,
    /// Whether the user accepted the user agreement.
    #[serde(rename = "agreement", skip_serializing_if = "Option::is_none")]
    pub agreement: Option<UserAgreement>,
    /// When the user was created: RFC 3339 date-time text.
    #[serde(rename = "created", skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// The user's CRM database.
    #[serde(rename = "crm", skip_serializing_if = "Option::is_none")]
    pub crm: Option<UserDatabase>,
    /// The user's FNA database.
    #[serde(rename = "fna", skip_serializing_if = "Option::is_none")]
    pub fna: Option<UserDatabase>,
}

impl fmt::Debug for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("User")
            .field("id", &Redacted(&self.id))
            .field("uuid", &Redacted(&self.uuid))
            .field("display_name", &Redacted(&self.display_name))
            .field("email", &Redacted(&self.email))
            .field("mobile_phone", &Redacted(&self.mobile_phone))
            .field("locale", &Redacted(&self.locale))
            .field("state", &Redacted(&self.state))
            .field("roles", &Redacted(&self.roles))
            .field("deletable", &Redacted(&self.deletable))
            .field("billable", &Redacted(&self.billable))
            .field("agreement", &Redacted(&self.agreement))
            .field("created", &Redacted(&self.created))
            .field("crm", &Redacted(&self.crm))
            .field("fna", &Redacted(&self.fna))
            .finish()
    }
}

impl RedactedDebug for User {}
