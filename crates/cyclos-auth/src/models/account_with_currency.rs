use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{Currency, EntityReference};

/// An account together with its currency.
///
/// Includes the fields of [`Account`](super::Account), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountWithCurrency {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The account number.
    #[serde(rename = "number", skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The account type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<EntityReference>,
    /// The account currency.
    #[serde(rename = "currency", skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
}

impl fmt::Debug for AccountWithCurrency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccountWithCurrency")
            .field("id", &Redacted(&self.id))
            .field("number", &Redacted(&self.number))
            .field("type_", &Redacted(&self.type_))
            .field("currency", &Redacted(&self.currency))
            .finish()
    }
}

impl RedactedDebug for AccountWithCurrency {}
