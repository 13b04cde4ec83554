//! JSON that sets every field of a model, with one text in every place a
//! string goes: a stand-in deserializer asks the model's own `Deserialize`
//! which fields it has and what each one holds, and writes down the JSON of
//! what it answered. So a model added to a crate is covered without a fixture.

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Map, Value};

/// How deep optional values, lists and maps are set: far enough to set every
/// field of every model, and a model holding itself stops.
const DEPTH: usize = 8;

/// A JSON value of `T` with every optional field set, every list and map one
/// entry long, `text` in every string (fields, list items, map keys, enum
/// values, free JSON), `7` in every integer, `1.5` in every float and `true`
/// in every bool. Panics if `T` asks for something no model of this
/// workspace holds (an externally tagged enum).
pub fn filled<T: DeserializeOwned>(text: &str) -> Value {
    let mut out = Value::Null;
    if let Err(err) = T::deserialize(Fill {
        text,
        depth: 0,
        out: &mut out,
    }) {
        panic!("{}: cannot fill: {err}", std::any::type_name::<T>());
    }
    out
}

type Error = de::value::Error;

/// Answers one value and writes its JSON into `out`.
struct Fill<'a> {
    text: &'a str,
    depth: usize,
    out: &'a mut Value,
}

impl<'a> Fill<'a> {
    fn deeper<'b>(text: &'b str, depth: usize, out: &'b mut Value) -> Fill<'b> {
        Fill {
            text,
            depth: depth + 1,
            out,
        }
    }

    fn string<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        *self.out = Value::String(self.text.to_owned());
        visitor.visit_str(self.text)
    }

    fn integer<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        *self.out = Value::from(7);
        visitor.visit_u8(7)
    }

    fn float<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        *self.out = Value::from(1.5);
        visitor.visit_f64(1.5)
    }

    fn seq<'de, V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        let len = if self.depth >= DEPTH { 0 } else { len };
        let mut items = Items {
            text: self.text,
            depth: self.depth,
            left: len,
            items: Vec::new(),
        };
        let value = visitor.visit_seq(&mut items)?;
        *self.out = Value::Array(items.items);
        Ok(value)
    }
}

impl<'de> de::Deserializer<'de> for Fill<'_> {
    type Error = Error;

    /// Free JSON (`serde_json::Value`) and enums with an `Unknown(String)`
    /// variant ask for anything: they get the text.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.string(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        *self.out = Value::Bool(true);
        visitor.visit_bool(true)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.float(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.float(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        *self.out = Value::String("x".into());
        visitor.visit_char('x')
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.string(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.string(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.string(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.depth >= DEPTH {
            *self.out = Value::Null;
            return visitor.visit_none();
        }
        visitor.visit_some(Fill::deeper(self.text, self.depth, self.out))
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        *self.out = Value::Null;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.seq(1, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Error> {
        self.seq(len, visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.seq(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let keys: &[&str] = if self.depth >= DEPTH { &[] } else { &[""] };
        let mut entries = Entries {
            text: self.text,
            depth: self.depth,
            keys: keys.iter(),
            key: None,
            map: Map::new(),
        };
        let value = visitor.visit_map(&mut entries)?;
        *self.out = Value::Object(entries.map);
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let mut entries = Entries {
            text: self.text,
            depth: self.depth,
            keys: fields.iter(),
            key: None,
            map: Map::new(),
        };
        let value = visitor.visit_map(&mut entries)?;
        *self.out = Value::Object(entries.map);
        Ok(value)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        _variants: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Error> {
        Err(de::Error::custom(format!(
            "`{name}` is an externally tagged enum, which no model is"
        )))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.string(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }
}

/// The items of a list.
struct Items<'a> {
    text: &'a str,
    depth: usize,
    left: usize,
    items: Vec<Value>,
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        let mut out = Value::Null;
        let value = seed.deserialize(Fill::deeper(self.text, self.depth, &mut out))?;
        self.items.push(out);
        Ok(Some(value))
    }
}

/// A struct's fields (by wire name) or a map's one entry (keyed by the text,
/// where `keys` holds `""`).
struct Entries<'a> {
    text: &'a str,
    depth: usize,
    keys: std::slice::Iter<'static, &'static str>,
    key: Option<String>,
    map: Map<String, Value>,
}

impl<'de> MapAccess<'de> for Entries<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(&name) = self.keys.next() else {
            return Ok(None);
        };
        let name = if name.is_empty() { self.text } else { name };
        self.key = Some(name.to_owned());
        seed.deserialize(IntoDeserializer::<Error>::into_deserializer(name))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let mut out = Value::Null;
        let value = seed.deserialize(Fill::deeper(self.text, self.depth, &mut out))?;
        self.map.insert(self.key.take().unwrap_or_default(), out);
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;
    use serde_json::json;

    use super::*;

    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        #[serde(rename = "n")]
        n: i32,
        #[serde(rename = "x")]
        x: Option<f64>,
    }

    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        #[serde(rename = "name")]
        name: String,
        #[serde(rename = "on")]
        on: Option<bool>,
        #[serde(rename = "inner")]
        inner: Vec<Inner>,
        #[serde(rename = "extra")]
        extra: BTreeMap<String, serde_json::Value>,
        #[serde(rename = "next")]
        next: Option<Box<Outer>>,
    }

    #[test]
    fn every_field_is_set() {
        let value = filled::<Outer>("t");
        assert_eq!(value["name"], "t", "{value}");
        assert_eq!(value["on"], true);
        assert_eq!(value["inner"], json!([{"n": 7, "x": 1.5}]));
        assert_eq!(value["extra"], json!({"t": "t"}));
        assert_eq!(value["next"]["next"]["name"], "t");
        let _: Outer = serde_json::from_value(value).unwrap_or_else(|err| panic!("{err}"));
    }
}
