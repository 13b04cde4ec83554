//! [`Secret`]: a string that never prints itself.

use std::cell::RefCell;
use std::fmt;

/// What `Debug` and `Display` print in place of a secret.
pub const REDACTED: &str = "*** redacted ***";

/// A password, token or key.
///
/// `Debug` and `Display` print [`REDACTED`]; the only way to the value is
/// [`Secret::expose`], so every place that reads a secret is greppable.
/// Serializes as the plain string, because request bodies must carry it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(Box<str>);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into().into_boxed_str())
    }

    /// The value itself. Call it only where the value goes on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the value is the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<&String> for Secret {
    fn from(value: &String) -> Self {
        Self::new(value.as_str())
    }
}

thread_local! {
    /// Secrets serialized while [`collect_serialized`] runs on this thread.
    static SERIALIZED: RefCell<Option<Vec<Secret>>> = const { RefCell::new(None) };
}

/// Runs `serialize` and returns the secrets it serialized, so a request
/// knows which values of its body to mask in error previews.
pub(crate) fn collect_serialized<T>(serialize: impl FnOnce() -> T) -> (T, Vec<Secret>) {
    let outer = SERIALIZED.with(|cell| cell.replace(Some(Vec::new())));
    let value = serialize();
    let collected = SERIALIZED
        .with(|cell| cell.replace(outer))
        .unwrap_or_default();
    (value, collected)
}

impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        SERIALIZED.with(|cell| {
            if let Some(collected) = cell.borrow_mut().as_mut() {
                collected.push(self.clone());
            }
        });
        serializer.serialize_str(&self.0)
    }
}

/// An empty string is refused: an empty password or token is not one, and a
/// response carrying it is a decode error, not a credential that fails later.
impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        if value.is_empty() {
            return Err(serde::de::Error::invalid_value(
                serde::de::Unexpected::Str(""),
                &"a non-empty secret",
            ));
        }
        Ok(Self::from(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_redact() {
        let secret = Secret::new("hunter2");
        assert_eq!(format!("{secret:?}"), REDACTED);
        assert_eq!(secret.to_string(), REDACTED);
        assert_eq!(
            format!("{:?}", Some(secret.clone())),
            format!("Some({REDACTED})")
        );
        assert_eq!(secret.expose(), "hunter2");
    }

    #[test]
    fn serialization_reports_the_secrets_it_wrote() {
        let body = serde_json::json!({"a": 1});
        let ((), none) = collect_serialized(|| drop(serde_json::to_string(&body)));
        assert!(none.is_empty());
        let pair = (Secret::new("x1"), "plain", Secret::new("x2"));
        let (json, found) = collect_serialized(|| serde_json::to_string(&pair).unwrap());
        assert_eq!(json, r#"["x1","plain","x2"]"#);
        assert_eq!(found, vec![Secret::new("x1"), Secret::new("x2")]);
        assert!(serde_json::to_string(&pair).is_ok(), "no collector outside");
    }

    #[test]
    fn serde_carries_the_value() {
        let secret = Secret::new("p\"w");
        let json = serde_json::to_string(&secret).unwrap();
        assert_eq!(json, r#""p\"w""#);
        let back: Secret = serde_json::from_str(&json).unwrap();
        assert_eq!(back, secret);
        let empty = serde_json::from_str::<Secret>(r#""""#).unwrap_err();
        assert!(empty.to_string().contains("a non-empty secret"), "{empty}");
    }
}
