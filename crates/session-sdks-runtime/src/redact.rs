//! [`RedactedDebug`] and [`Redacted`]: the `Debug` of the generated models and
//! error entities, which shows their shape and never their text.
//!
//! A model holds what a server sent, and a server can echo a secret of the
//! request in any text it sends back (an error `message`, an unknown enum
//! value, a map key, free JSON). So `Debug` follows the rule an error's
//! `Display` follows: no server text. What cannot carry text (a bool, a
//! number, a known enum value) prints as is; every string prints as its
//! length (`<7 bytes>`); a [`Secret`] prints as it always does; lists,
//! options, maps and nested models print their structure with the same rule
//! inside. The rule is decided here once, for every crate.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use crate::secret::Secret;

/// `Debug` with every piece of free text replaced by its length.
///
/// Implemented for the types the models are made of. A generated model
/// implements it with the default method, which is its own `Debug`: that
/// `Debug` already redacts, field by field. Implement it that way only for a
/// type whose `Debug` never prints text it holds.
pub trait RedactedDebug: fmt::Debug {
    /// Writes `self` as `Debug` would, with its text withheld.
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// A reference whose `Debug` is [`RedactedDebug`]: what a hand-written or
/// generated `Debug` passes to `debug_struct().field(..)`.
///
/// ```
/// use session_sdks_runtime::Redacted;
///
/// let message = Some(String::from("wrong password hunter2"));
/// assert_eq!(format!("{:?}", Redacted(&message)), "Some(<22 bytes>)");
/// assert_eq!(format!("{:?}", Redacted(&vec![1, 2])), "[1, 2]");
/// ```
pub struct Redacted<'a, T: ?Sized>(pub &'a T);

impl<T: RedactedDebug + ?Sized> fmt::Debug for Redacted<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt_redacted(f)
    }
}

/// A text's length in place of the text: `<7 bytes>`.
fn text_len(f: &mut fmt::Formatter<'_>, len: usize) -> fmt::Result {
    match len {
        1 => f.write_str("<1 byte>"),
        len => write!(f, "<{len} bytes>"),
    }
}

/// Writes `text` as its length, for a `Debug` written by hand.
struct Len(usize);

impl fmt::Debug for Len {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text_len(f, self.0)
    }
}

impl RedactedDebug for str {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text_len(f, self.len())
    }
}

impl RedactedDebug for String {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        text_len(f, self.len())
    }
}

/// Values that cannot carry text print as they are.
impl RedactedDebug for bool {}
impl RedactedDebug for i8 {}
impl RedactedDebug for i16 {}
impl RedactedDebug for i32 {}
impl RedactedDebug for i64 {}
impl RedactedDebug for i128 {}
impl RedactedDebug for isize {}
impl RedactedDebug for u8 {}
impl RedactedDebug for u16 {}
impl RedactedDebug for u32 {}
impl RedactedDebug for u64 {}
impl RedactedDebug for u128 {}
impl RedactedDebug for usize {}
impl RedactedDebug for f32 {}
impl RedactedDebug for f64 {}
impl RedactedDebug for () {}

/// `*** redacted ***`, as always.
impl RedactedDebug for Secret {}

impl<T: RedactedDebug + ?Sized> RedactedDebug for &T {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt_redacted(f)
    }
}

impl<T: RedactedDebug + ?Sized> RedactedDebug for Box<T> {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt_redacted(f)
    }
}

impl<T: RedactedDebug> RedactedDebug for Option<T> {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Some(value) => f.debug_tuple("Some").field(&Redacted(value)).finish(),
            None => f.write_str("None"),
        }
    }
}

impl<T: RedactedDebug> RedactedDebug for [T] {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter().map(Redacted)).finish()
    }
}

impl<T: RedactedDebug> RedactedDebug for Vec<T> {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_slice().fmt_redacted(f)
    }
}

/// Keys are text a server chose, so they are withheld too.
impl<K: RedactedDebug, V: RedactedDebug> RedactedDebug for BTreeMap<K, V> {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|(k, v)| (Redacted(k), Redacted(v))))
            .finish()
    }
}

impl<K: RedactedDebug, V: RedactedDebug, S> RedactedDebug for HashMap<K, V, S> {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|(k, v)| (Redacted(k), Redacted(v))))
            .finish()
    }
}

/// Free JSON shows its kind and size only: `Object(<3 fields>)`,
/// `Array(<2 items>)`, `String(<7 bytes>)`, `Number`, `Bool(true)`, `Null`.
/// Not even a number: a server may echo a secret of digits as one.
impl RedactedDebug for serde_json::Value {
    fn fmt_redacted(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use serde_json::Value;
        match self {
            Value::Null => f.write_str("Null"),
            Value::Bool(value) => f.debug_tuple("Bool").field(value).finish(),
            Value::Number(_) => f.write_str("Number"),
            Value::String(text) => f.debug_tuple("String").field(&Len(text.len())).finish(),
            Value::Array(items) => f
                .debug_tuple("Array")
                .field(&Count(items.len(), "item"))
                .finish(),
            Value::Object(fields) => f
                .debug_tuple("Object")
                .field(&Count(fields.len(), "field"))
                .finish(),
        }
    }
}

/// `<3 fields>`.
struct Count(usize, &'static str);

impl fmt::Debug for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            1 => write!(f, "<1 {}>", self.1),
            n => write!(f, "<{n} {}s>", self.1),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn both<T: RedactedDebug + ?Sized>(value: &T) -> (String, String) {
        (
            format!("{:?}", Redacted(value)),
            format!("{:#?}", Redacted(value)),
        )
    }

    #[test]
    fn text_shows_its_length_only() {
        assert_eq!(both("hunter2").0, "<7 bytes>");
        assert_eq!(both(&String::from("é")).0, "<2 bytes>");
        assert_eq!(both(&String::from("x")).0, "<1 byte>");
        assert_eq!(both(&Some(String::from("abc"))).0, "Some(<3 bytes>)");
        assert_eq!(both(&None::<String>).0, "None");
        assert_eq!(
            both(&vec![Some("ab".to_owned()), None]).0,
            "[Some(<2 bytes>), None]"
        );
        let map = BTreeMap::from([("key".to_owned(), vec!["value".to_owned()])]);
        assert_eq!(both(&map).0, "{<3 bytes>: [<5 bytes>]}");
        assert_eq!(both(&Box::new("ab".to_owned())).0, "<2 bytes>");
        assert_eq!(both(&Secret::new("pw")).0, crate::REDACTED);
    }

    #[test]
    fn what_cannot_carry_text_shows_as_is() {
        assert_eq!(both(&Some(true)).0, "Some(true)");
        assert_eq!(both(&vec![1_i64, -2]).0, "[1, -2]");
        assert_eq!(both(&1.5_f64).0, "1.5");
        assert_eq!(both(&Some(7_i32)).1, "Some(\n    7,\n)");
    }

    #[test]
    fn free_json_shows_its_kind_and_size() {
        let cases = [
            (json!(null), "Null"),
            (json!(true), "Bool(true)"),
            (json!(918_273_645), "Number"),
            (json!("hunter2"), "String(<7 bytes>)"),
            (json!(["a", 1]), "Array(<2 items>)"),
            (json!({"message": "hunter2"}), "Object(<1 field>)"),
        ];
        for (value, shown) in cases {
            assert_eq!(both(&value).0, shown);
        }
        assert_eq!(both(&json!({})).1, "Object(\n    <0 fields>,\n)");
    }
}
