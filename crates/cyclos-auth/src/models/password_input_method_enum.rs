use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Determines how passwords should be visually entered by users.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum PasswordInputMethodEnum {
    /// A simple string should be requested.
    #[serde(rename = "textBox")]
    TextBox,
    /// A series of buttons should be presented to allow enter the password.
    #[serde(rename = "virtualKeyboard")]
    VirtualKeyboard,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl PasswordInputMethodEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextBox => "textBox",
            Self::VirtualKeyboard => "virtualKeyboard",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for PasswordInputMethodEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TextBox => f.write_str("TextBox"),
            Self::VirtualKeyboard => f.write_str("VirtualKeyboard"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for PasswordInputMethodEnum {}
