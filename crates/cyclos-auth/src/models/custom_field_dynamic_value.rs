use serde::{Deserialize, Serialize};

/// One possible value of a dynamic selection custom field.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomFieldDynamicValue {
    /// The value.
    #[serde(rename = "value")]
    pub value: Option<String>,
    /// The label shown for the value.
    #[serde(rename = "label")]
    pub label: Option<String>,
    /// Whether this value is selected by default.
    #[serde(rename = "defaultValue")]
    pub default_value: Option<bool>,
}
