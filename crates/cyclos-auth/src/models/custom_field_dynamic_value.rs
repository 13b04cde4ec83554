use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// One possible value of a dynamic selection custom field.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomFieldDynamicValue {
    /// The value.
    #[serde(rename = "value", skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The label shown for the value.
    #[serde(rename = "label", skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Whether this value is selected by default.
    #[serde(rename = "defaultValue", skip_serializing_if = "Option::is_none")]
    pub default_value: Option<bool>,
}

impl fmt::Debug for CustomFieldDynamicValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CustomFieldDynamicValue")
            .field("value", &Redacted(&self.value))
            .field("label", &Redacted(&self.label))
            .field("default_value", &Redacted(&self.default_value))
            .finish()
    }
}

impl RedactedDebug for CustomFieldDynamicValue {}
