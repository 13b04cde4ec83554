use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::RecordLayoutEnum;

/// A record type.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordType {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName", skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<String>,
    /// The name of the type in plural.
    #[serde(rename = "pluralName", skip_serializing_if = "Option::is_none")]
    pub plural_name: Option<String>,
    /// How the records of this type are presented.
    #[serde(rename = "layout", skip_serializing_if = "Option::is_none")]
    pub layout: Option<RecordLayoutEnum>,
    /// Whether records open in a view page instead of straight in the edit form.
    #[serde(rename = "useViewPage", skip_serializing_if = "Option::is_none")]
    pub use_view_page: Option<bool>,
}

impl fmt::Debug for RecordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordType")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("plural_name", &Redacted(&self.plural_name))
            .field("layout", &Redacted(&self.layout))
            .field("use_view_page", &Redacted(&self.use_view_page))
            .finish()
    }
}

impl RedactedDebug for RecordType {}
