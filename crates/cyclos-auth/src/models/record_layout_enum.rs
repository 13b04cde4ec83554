use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// How the records of a type are presented.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum RecordLayoutEnum {
    /// The value `list`.
    #[serde(rename = "list")]
    List,
    /// The value `single`.
    #[serde(rename = "single")]
    Single,
    /// The value `tiled`.
    #[serde(rename = "tiled")]
    Tiled,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl RecordLayoutEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "list",
            Self::Single => "single",
            Self::Tiled => "tiled",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for RecordLayoutEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::List => f.write_str("List"),
            Self::Single => f.write_str("Single"),
            Self::Tiled => f.write_str("Tiled"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for RecordLayoutEnum {}
