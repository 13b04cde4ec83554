//! [`Call`]: one received request as a route's handler reads it.

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;
use hyper::{HeaderMap, Method, Uri};

use crate::auth::base64;

use super::answer::Answer;

/// A request a route took: its path parameters, query, headers and body, plus checks that
/// turn what the operation never sends into the `400` [`Answer::mismatch`].
///
/// The checks name what was wrong, never a value the request carried. `Debug` shows the
/// method, the path and the names of the query parameters only.
pub struct Call<'a> {
    api: &'static str,
    operation: &'static str,
    request: &'a Received,
    params: Vec<(&'static str, String)>,
    query: Vec<(String, String)>,
}

impl<'a> Call<'a> {
    pub(crate) fn new(
        api: &'static str,
        operation: &'static str,
        request: &'a Received,
        params: Vec<(&'static str, String)>,
    ) -> Self {
        let query = request
            .uri
            .query()
            .map(|query| url::form_urlencoded::parse(query.as_bytes()).into_owned())
            .map(Iterator::collect)
            .unwrap_or_default();
        Self {
            api,
            operation,
            request,
            params,
            query,
        }
    }

    /// The operation the route answers.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The percent-decoded value of path parameter `{name}` (empty if the route has none).
    pub fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(param, _)| *param == name)
            .map_or("", |(_, value)| value.as_str())
    }

    /// The first value of query parameter `name`.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Every value of query parameter `name`, in order.
    pub fn query_all(&self, name: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// The first value of header `name`, if it is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.request
            .headers
            .get(name)
            .and_then(|value| value.to_str().ok())
    }

    /// The raw body.
    pub fn body(&self) -> &[u8] {
        &self.request.body
    }

    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(self.body())
    }

    /// The token of `Authorization: Bearer <token>`.
    pub fn bearer(&self) -> Option<&str> {
        let value = self.header("authorization")?;
        let (scheme, token) = value.split_once(' ')?;
        scheme.eq_ignore_ascii_case("bearer").then_some(token)
    }

    /// Whether `Authorization` is basic auth with exactly `user` and `password`.
    pub fn is_basic(&self, user: &str, password: &str) -> bool {
        let expected = base64(format!("{user}:{password}").as_bytes());
        self.header("authorization")
            .and_then(|value| value.split_once(' '))
            .is_some_and(|(scheme, value)| {
                scheme.eq_ignore_ascii_case("basic") && value == expected
            })
    }

    /// The user and password of a `Basic` authorization header, if it holds one.
    pub fn basic(&self) -> Option<(String, String)> {
        let (scheme, value) = self.header("authorization")?.split_once(' ')?;
        if !scheme.eq_ignore_ascii_case("basic") {
            return None;
        }
        let decoded = String::from_utf8(unbase64(value.trim())?).ok()?;
        let (user, password) = decoded.split_once(':')?;
        Some((user.to_owned(), password.to_owned()))
    }

    /// The `400` for this call, saying `what` was wrong.
    pub fn mismatch(&self, what: &str) -> Answer {
        Answer::mismatch(self.api, self.operation, what)
    }

    /// Checks that header `name` is `value` (case-insensitively, parameters such as
    /// `; charset=utf-8` ignored for a media type).
    pub fn expect_header(&self, name: &str, value: &str) -> Result<(), Answer> {
        let sent = self.header(name).map(|sent| {
            if name.eq_ignore_ascii_case("content-type") || name.eq_ignore_ascii_case("accept") {
                sent.split(';').next().unwrap_or_default().trim()
            } else {
                sent
            }
        });
        match sent {
            Some(sent) if sent.eq_ignore_ascii_case(value) => Ok(()),
            Some(_) => Err(self.mismatch(&format!("header {name} is not {value}"))),
            None => Err(self.mismatch(&format!("header {name} is missing"))),
        }
    }

    /// Checks that header `name` is absent.
    pub fn expect_no_header(&self, name: &str) -> Result<(), Answer> {
        match self.request.headers.contains_key(name) {
            true => Err(self.mismatch(&format!("header {name} is not sent by this operation"))),
            false => Ok(()),
        }
    }

    /// Checks that the body is JSON sent as `application/json`, and returns it.
    pub fn expect_json(&self) -> Result<serde_json::Value, Answer> {
        self.expect_header("content-type", "application/json")?;
        serde_json::from_slice(self.body()).map_err(|_| self.mismatch("the body is not JSON"))
    }

    /// Checks that the body is a JSON object, and returns it.
    pub fn expect_json_object(&self) -> Result<serde_json::Map<String, serde_json::Value>, Answer> {
        match self.expect_json()? {
            serde_json::Value::Object(object) => Ok(object),
            _ => Err(self.mismatch("the body is not a JSON object")),
        }
    }

    /// Checks that `object` has the string field `name`, and returns it.
    pub fn expect_string<'o>(
        &self,
        object: &'o serde_json::Map<String, serde_json::Value>,
        name: &str,
    ) -> Result<&'o str, Answer> {
        object
            .get(name)
            .and_then(serde_json::Value::as_str)
            .ok_or_else(|| self.mismatch(&format!("body field {name} is missing or not a string")))
    }

    /// Checks that the body is empty.
    pub fn expect_no_body(&self) -> Result<(), Answer> {
        match self.body().is_empty() {
            true => Ok(()),
            false => Err(self.mismatch("a body is sent, but this operation has none")),
        }
    }

    /// Checks that query parameter `name` is present, and returns its first value.
    pub fn expect_query(&self, name: &str) -> Result<&str, Answer> {
        self.query(name)
            .ok_or_else(|| self.mismatch(&format!("query parameter {name} is missing")))
    }

    /// Checks that every query parameter is one of `known`.
    pub fn expect_query_among(&self, known: &[&str]) -> Result<(), Answer> {
        match self
            .query
            .iter()
            .find(|(key, _)| !known.contains(&key.as_str()))
        {
            Some((key, _)) => Err(self.mismatch(&format!(
                "query parameter {key} is not a parameter of this operation"
            ))),
            None => Ok(()),
        }
    }
}

impl fmt::Debug for Call<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.query.iter().map(|(key, _)| key.as_str()).collect();
        f.debug_struct("Call")
            .field("operation", &self.operation)
            .field("method", &self.request.method.as_str())
            .field("path", &self.request.path())
            .field("query", &names)
            .finish_non_exhaustive()
    }
}

/// A request as the server received it: method, target, headers and the whole body.
///
/// No `Debug`: its headers, query and body may carry secrets.
pub(crate) struct Received {
    pub(crate) method: Method,
    /// The request target: the path and the query (an absolute-form target keeps its
    /// scheme and authority, which nothing reads).
    pub(crate) uri: Uri,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl Received {
    /// The percent-encoded path, without the query.
    pub(crate) fn path(&self) -> &str {
        self.uri.path()
    }
}

/// Standard base64 with padding, decoded; `None` for anything else.
fn unbase64(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let bytes = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in bytes {
        acc = (acc << 6) | u32::from(value(c)?);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}
