use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// The kind of an advertisement.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum AdKind {
    /// The value `simple`.
    #[serde(rename = "simple")]
    Simple,
    /// The value `webshop`.
    #[serde(rename = "webshop")]
    Webshop,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl AdKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Simple => "simple",
            Self::Webshop => "webshop",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for AdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Simple => f.write_str("Simple"),
            Self::Webshop => f.write_str("Webshop"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for AdKind {}
