//! The round-trip check every model row runs.

use std::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// `full` and `minimal` each serialize and read back equal; the JSON of
/// `minimal` has exactly the keys `required` (unset optional fields are absent,
/// never `null`).
pub fn check<T>(full: T, minimal: T, required: &[&str]) -> Result<(), String>
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    for value in [&full, &minimal] {
        let wire = serde_json::to_string(value).map_err(|err| format!("serialize: {err}"))?;
        let back: T =
            serde_json::from_str(&wire).map_err(|err| format!("read back {wire}: {err}"))?;
        if &back != value {
            return Err(format!("{wire} read back as {back:?}"));
        }
        if wire.contains("null") {
            return Err(format!("{wire} has a null"));
        }
    }
    let wire = serde_json::to_value(&minimal).map_err(|err| format!("serialize: {err}"))?;
    let keys: Vec<&str> = wire
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let mut expected = required.to_vec();
    expected.sort_unstable();
    let mut got = keys.clone();
    got.sort_unstable();
    if got != expected {
        return Err(format!(
            "minimal value has keys {got:?}, expected {expected:?}"
        ));
    }
    Ok(())
}
