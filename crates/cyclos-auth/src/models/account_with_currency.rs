use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{Currency, EntityReference};

/// An account together with its currency.
///
/// Includes the fields of [`Account`](super::Account), which the server sends flattened.
#[serde_with::skip_serializing_none]
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountWithCurrency {
    /// The internal entity identifier.
    #[serde(rename = "id")]
    pub id: Option<String>,
    /// The account number.
    #[serde(rename = "number")]
    pub number: Option<String>,
    /// The account type.
    #[serde(rename = "type")]
    pub type_: Option<EntityReference>,
    /// The account currency.
    #[serde(rename = "currency")]
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
