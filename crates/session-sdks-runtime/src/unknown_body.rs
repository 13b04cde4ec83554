//! [`UnknownBody`]: the JSON body of an error status an operation does not document.

use std::fmt;
use std::ops::Deref;

use serde::Deserialize;

use crate::redact::Redacted;

/// The JSON body of an undocumented error status (an error enum's `Unknown` variant).
///
/// Its `Debug` shows the JSON's kind and size, never its text: a server can echo a secret of
/// the request in any message, and error enums derive `Debug` through this type. The value
/// itself is `.0` (or through `Deref`).
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct UnknownBody(pub serde_json::Value);

impl fmt::Debug for UnknownBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&Redacted(&self.0), f)
    }
}

impl Deref for UnknownBody {
    type Target = serde_json::Value;

    fn deref(&self) -> &serde_json::Value {
        &self.0
    }
}

impl From<serde_json::Value> for UnknownBody {
    fn from(value: serde_json::Value) -> Self {
        Self(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_no_text() {
        let body = UnknownBody(serde_json::json!({ "message": "password hunter2 refused" }));
        let shown = format!("{body:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert_eq!(body["message"], "password hunter2 refused");
    }
}
