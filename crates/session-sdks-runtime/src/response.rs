//! [`Response`] (a 2xx, fully read) and its decoding into [`ResponseValue`].

use std::fmt;
use std::ops::Deref;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, HeaderMap};
use serde::de::DeserializeOwned;

use crate::error::{DecodeError, SdkError};
use crate::operation::Operation;
use crate::secret::Secret;
use crate::server_text::{escape_controls, json_error};

/// Headers whose values `Debug` shows: they describe the response and never
/// carry a credential. Every other value (`set-cookie`, `authorization`,
/// token headers, anything unknown) prints as `***`.
const SHOWN_HEADERS: [&str; 18] = [
    "accept-ranges",
    "age",
    "cache-control",
    "connection",
    "content-encoding",
    "content-language",
    "content-length",
    "content-type",
    "date",
    "etag",
    "expires",
    "last-modified",
    "pragma",
    "retry-after",
    "server",
    "transfer-encoding",
    "vary",
    "x-request-id",
];

/// `Debug` of a header map: names in order, values only of [`SHOWN_HEADERS`].
pub(crate) struct RedactedHeaders<'a>(pub(crate) &'a HeaderMap);

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.0 {
            let shown = SHOWN_HEADERS.contains(&name.as_str()) && !value.is_sensitive();
            match value.to_str() {
                Ok(text) if shown && text.len() <= 128 => {
                    map.entry(&name.as_str(), &escape_controls(text))
                }
                _ => map.entry(&name.as_str(), &format_args!("***")),
            };
        }
        map.finish()
    }
}

/// `Debug` of a header map's names only.
pub(crate) struct HeaderNames<'a>(pub(crate) &'a HeaderMap);

impl fmt::Debug for HeaderNames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.keys().map(|name| name.as_str()))
            .finish()
    }
}

/// A decoded 2xx response: the body with its status and headers.
///
/// `Debug` shows the body's own `Debug` (whose secrets are [`Secret`]s) and
/// the headers with every credential-bearing value redacted.
#[derive(Clone, PartialEq)]
pub struct ResponseValue<T> {
    inner: T,
    status: StatusCode,
    headers: HeaderMap,
}

impl<T> ResponseValue<T> {
    /// Wraps a value with its status and headers.
    pub fn new(inner: T, status: StatusCode, headers: HeaderMap) -> Self {
        Self {
            inner,
            status,
            headers,
        }
    }

    /// The decoded body.
    pub fn into_inner(self) -> T {
        self.inner
    }

    /// The response status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue {
            inner: f(self.inner),
            status: self.status,
            headers: self.headers,
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for ResponseValue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseValue")
            .field("inner", &self.inner)
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .finish()
    }
}

impl<T> Deref for ResponseValue<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

/// A 2xx response whose body has been read (up to the client's limit).
///
/// `Debug` shows its structure, never the body (a login's holds the token).
pub struct Response {
    pub(crate) operation: &'static Operation,
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("operation", &self.operation.name)
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// What a response's `Content-Type` says the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Media {
    Json,
    Xml,
    Text,
    Other,
    Absent,
}

impl Response {
    /// A response assembled from its parts, as the transport would deliver it:
    /// for custom transports, tests and fuzzing of the decoders below.
    pub fn from_parts(
        operation: &'static Operation,
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
    ) -> Self {
        Self {
            operation,
            status,
            headers,
            body,
        }
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The response status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The raw body.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    fn media(&self) -> Media {
        let Some(value) = self.headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
            return Media::Absent;
        };
        // Compared in place, case-insensitively: no lowercased copy per response.
        let essence = value.split(';').next().unwrap_or("").trim().as_bytes();
        let is = |media: &str| essence.eq_ignore_ascii_case(media.as_bytes());
        let ends_with = |suffix: &str| {
            essence.len() >= suffix.len()
                && essence[essence.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
        };
        if is("application/json") || is("text/json") || ends_with("+json") {
            Media::Json
        } else if is("application/xml") || is("text/xml") || ends_with("+xml") {
            Media::Xml
        } else if essence.len() >= 5 && essence[..5].eq_ignore_ascii_case(b"text/") {
            Media::Text
        } else if essence.is_empty() {
            Media::Absent
        } else {
            Media::Other
        }
    }

    fn content_type(&self) -> Option<String> {
        self.headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }

    fn decode_error<E>(self, message: String) -> SdkError<E> {
        let content_type = self.content_type();
        SdkError::Decode(Box::new(DecodeError {
            operation: self.operation,
            status: self.status,
            content_type,
            body: self.body,
            message,
        }))
    }

    fn value<T, E>(self, inner: T) -> Result<ResponseValue<T>, SdkError<E>> {
        Ok(ResponseValue {
            inner,
            status: self.status,
            headers: self.headers,
        })
    }

    /// Decodes a JSON body into `T`. XML or HTML where JSON is documented is a
    /// [`SdkError::Decode`]; unknown fields are ignored; a missing required field
    /// is named.
    pub fn json<T: DeserializeOwned, E>(self) -> Result<ResponseValue<T>, SdkError<E>> {
        match self.media() {
            Media::Xml => return Err(self.decode_error("expected JSON, got XML".into())),
            Media::Other if !self.body.is_empty() && !looks_like_json(&self.body) => {
                return Err(self.decode_error("expected JSON, got another media type".into()));
            }
            _ => {}
        }
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Err(self.decode_error("expected a JSON body, got an empty one".into()));
        }
        match serde_json::from_slice(&self.body) {
            Ok(value) => self.value(value),
            Err(err) => {
                let message = json_error(&err);
                Err(self.decode_error(message))
            }
        }
    }

    /// Like [`Response::json`], but a 204 or an empty body is `None`.
    pub fn json_or_empty<T: DeserializeOwned, E>(
        self,
    ) -> Result<ResponseValue<Option<T>>, SdkError<E>> {
        if self.status == StatusCode::NO_CONTENT || self.body.iter().all(u8::is_ascii_whitespace) {
            return self.value(None);
        }
        self.json::<T, E>().map(|value| value.map(Some))
    }

    /// Like [`Response::json`], but a 204 or an empty body decodes as JSON `null` (which `()`,
    /// `Option<T>` and `serde_json::Value` accept): for a custom call, whose answer the SDK
    /// does not know.
    pub fn json_or_null<T: DeserializeOwned, E>(self) -> Result<ResponseValue<T>, SdkError<E>> {
        if self.status == StatusCode::NO_CONTENT || self.body.iter().all(u8::is_ascii_whitespace) {
            return match serde_json::from_slice(b"null") {
                Ok(value) => self.value(value),
                Err(_) => Err(self.decode_error("expected a JSON body, got an empty one".into())),
            };
        }
        self.json()
    }

    /// Accepts any body and discards it (documented "no content" operations).
    pub fn empty<E>(self) -> Result<ResponseValue<()>, SdkError<E>> {
        self.value(())
    }

    /// The body as UTF-8 text, as is.
    pub fn text<E>(self) -> Result<ResponseValue<String>, SdkError<E>> {
        match std::str::from_utf8(&self.body) {
            Ok(text) => {
                let text = text.to_owned();
                self.value(text)
            }
            Err(err) => Err(self.decode_error(format!("body is not UTF-8: {err}"))),
        }
    }

    /// A documented `string` result that is a credential (a login's token),
    /// decoded as [`Response::string`]: an empty or all-whitespace one is a
    /// [`SdkError::Decode`], since an empty token is not a token.
    pub fn token<E>(self) -> Result<ResponseValue<Secret>, SdkError<E>> {
        let (operation, status) = (self.operation, self.status);
        let value = self.string::<E>()?;
        if value.trim().is_empty() {
            return Err(SdkError::Decode(Box::new(DecodeError {
                operation,
                status,
                content_type: None,
                body: Bytes::new(),
                message: "expected a token, got an empty one".into(),
            })));
        }
        Ok(value.map(Secret::from))
    }

    /// A documented `string` result, by `Content-Type`: a JSON string literal,
    /// an XML `<string>` element (ASP.NET DataContract), or plain text.
    pub fn string<E>(self) -> Result<ResponseValue<String>, SdkError<E>> {
        match self.media() {
            Media::Json => match serde_json::from_slice::<String>(&self.body) {
                Ok(text) => self.value(text),
                Err(err) => {
                    let message = format!("expected a JSON string: {}", json_error(&err));
                    Err(self.decode_error(message))
                }
            },
            Media::Xml => self.xml_string(),
            _ => self.text(),
        }
    }

    #[cfg(feature = "xml")]
    fn xml_string<E>(self) -> Result<ResponseValue<String>, SdkError<E>> {
        let decoded = std::str::from_utf8(&self.body)
            .map_err(|err| format!("body is not UTF-8: {err}"))
            .and_then(crate::xml::decode_xml_string);
        match decoded {
            Ok(text) => self.value(text),
            Err(message) => Err(self.decode_error(message)),
        }
    }

    #[cfg(not(feature = "xml"))]
    fn xml_string<E>(self) -> Result<ResponseValue<String>, SdkError<E>> {
        Err(self.decode_error("XML response, but the `xml` feature is off".into()))
    }
}

/// Whether a body of an unexpected media type still starts like JSON.
fn looks_like_json(body: &[u8]) -> bool {
    matches!(
        body.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[' | b'"')
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::Method;
    use reqwest::header::HeaderValue;

    const OP: Operation = Operation {
        name: "op",
        method: Method::GET,
        path: "/x",
        repeat: crate::Repeat::Idempotent,
        accept: None,
        target: env!("CARGO_CRATE_NAME"),
    };

    fn media(content_type: Option<&'static str>) -> Media {
        let mut headers = HeaderMap::new();
        if let Some(value) = content_type {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(value));
        }
        Response {
            operation: &OP,
            status: StatusCode::OK,
            headers,
            body: Bytes::new(),
        }
        .media()
    }

    #[test]
    fn media_types_are_matched_case_insensitively() {
        for json in [
            "application/json",
            "Application/JSON; charset=utf-8",
            "text/json",
            " application/problem+JSON ",
        ] {
            assert_eq!(media(Some(json)), Media::Json, "{json}");
        }
        for xml in [
            "application/xml",
            "TEXT/XML; charset=utf-8",
            "application/atom+xml",
        ] {
            assert_eq!(media(Some(xml)), Media::Xml, "{xml}");
        }
        assert_eq!(media(Some("Text/Plain")), Media::Text);
        assert_eq!(media(Some("text/")), Media::Text);
        assert_eq!(media(Some("application/octet-stream")), Media::Other);
        assert_eq!(media(Some("json")), Media::Other);
        assert_eq!(media(Some("; charset=utf-8")), Media::Absent);
        assert_eq!(media(None), Media::Absent);
    }

    fn response(content_type: &'static str, body: &'static str) -> Response {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        Response::from_parts(
            &OP,
            StatusCode::OK,
            headers,
            Bytes::from_static(body.as_bytes()),
        )
    }

    #[test]
    fn from_parts_decodes_like_a_received_response() {
        let text = response("application/json", r#""tok""#)
            .string::<()>()
            .unwrap();
        assert_eq!(text.into_inner(), "tok");
        assert_eq!(response("text/plain", "a").headers().len(), 1);
        let err = response("application/json", "{").json::<serde_json::Value, ()>();
        assert!(matches!(err, Err(SdkError::Decode(_))));
    }
}
