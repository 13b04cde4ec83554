//! Decoders driven by raw bytes: what the fuzz targets and the
//! arbitrary-bytes test feed. None of them may panic on any input.

use std::fmt::Debug;

use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;
use session_sdks_runtime::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use session_sdks_runtime::{
    ErrorEntity, Method, Operation, Repeat, Response, ResponseContent, SdkError, StatusCode,
};

/// One decoder: a name (the fuzz target and seed folder) and a function of the body bytes.
#[derive(Clone, Copy)]
pub struct Decoder {
    /// Seed folder under `fuzz/seeds/` and label in failures.
    pub name: &'static str,
    /// Decodes the bytes every way it can; panics only on a broken invariant.
    pub run: fn(&[u8]),
}

const DECODE: Operation = Operation {
    name: "decode",
    method: Method::GET,
    path: "/decode",
    repeat: Repeat::Idempotent,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

/// The `Content-Type` values the runtime's media detection distinguishes.
pub const CONTENT_TYPES: [Option<&str>; 9] = [
    Some("application/json"),
    Some("application/json; charset=utf-8"),
    Some("application/problem+json"),
    Some("application/xml"),
    Some("text/xml; charset=utf-8"),
    Some("text/plain"),
    Some("text/html"),
    Some("application/octet-stream"),
    None,
];

/// A 2xx response with `body`, as the transport would hand it over.
pub fn response(status: u16, content_type: Option<&str>, body: &[u8]) -> Response {
    let mut headers = HeaderMap::new();
    if let Some(value) = content_type.and_then(|v| HeaderValue::from_str(v).ok()) {
        headers.insert(CONTENT_TYPE, value);
    }
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    Response::from_parts(&DECODE, status, headers, Bytes::copy_from_slice(body))
}

/// Renders an error every way, so its formatting code runs too.
pub fn render<E: Debug>(err: &SdkError<E>) {
    let _ = (err.to_string(), format!("{err:?}"), err.status());
}

/// Decodes `body` as a JSON `T` under every content type; a value that decodes
/// must serialize and decode back to an equal value.
pub fn model<T>(body: &[u8])
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    for content_type in CONTENT_TYPES {
        match response(200, content_type, body).json::<T, ()>() {
            Ok(value) => {
                let value = value.into_inner();
                let wire = serde_json::to_vec(&value)
                    .unwrap_or_else(|err| panic!("{value:?} does not serialize: {err}"));
                let back: T = serde_json::from_slice(&wire).unwrap_or_else(|err| {
                    panic!(
                        "{value:?} does not read back from {}: {err}",
                        String::from_utf8_lossy(&wire)
                    )
                });
                assert_eq!(back, value, "round trip changed the value");
                let _ = format!("{value:?}");
            }
            Err(err) => render(&err),
        }
    }
}

/// Decodes `body` as the typed error of each status, and renders the API error.
pub fn entity<E: ErrorEntity + Debug>(statuses: &[u16], body: &[u8]) {
    for &code in statuses {
        let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let entity = E::from_response(status, body);
        let _ = format!("{entity:?}");
        let err: SdkError<E> = SdkError::Api(Box::new(ResponseContent::new(
            &DECODE,
            status,
            HeaderMap::new(),
            Bytes::copy_from_slice(body),
            entity,
        )));
        render(&err);
        let _ = (err.entity().is_some(), err.is_retryable());
    }
}

/// The runtime's string, text, JSON and empty decoders under every content type.
pub fn strings(body: &[u8]) {
    for content_type in CONTENT_TYPES {
        for status in [200, 204] {
            match response(status, content_type, body).string::<()>() {
                Ok(text) => {
                    if content_type.is_some_and(|t| t.starts_with("text/plain")) {
                        assert_eq!(text.as_bytes(), body, "text is returned as is");
                    }
                }
                Err(err) => render(&err),
            }
            if let Err(err) = response(status, content_type, body).text::<()>() {
                render(&err);
            }
            if let Err(err) =
                response(status, content_type, body).json_or_empty::<serde_json::Value, ()>()
            {
                render(&err);
            }
            let _ = response(status, content_type, body).empty::<()>();
        }
    }
}

/// The ASP.NET DataContract `<string>` decoder (XML content types only).
pub fn xml_string(body: &[u8]) {
    for content_type in ["application/xml", "text/xml", "application/soap+xml"] {
        match response(200, Some(content_type), body).string::<()>() {
            Ok(text) => {
                // What decodes must not be an element: a value never contains raw markup structure
                // the decoder skipped, so re-encoding it as a DataContract string decodes equal.
                let again = format!(
                    "<string xmlns=\"http://schemas.microsoft.com/2003/10/Serialization/\">{}</string>",
                    escape_xml(&text)
                );
                let back = response(200, Some(content_type), again.as_bytes())
                    .string::<()>()
                    .unwrap_or_else(|err| panic!("{again:?} does not decode: {err}"));
                assert_eq!(back.into_inner(), text.into_inner());
            }
            Err(err) => render(&err),
        }
    }
}

fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// The runtime's generic error entities (`serde_json::Value`, `()`).
pub fn generic_entities(body: &[u8]) {
    entity::<serde_json::Value>(&[400, 401, 404, 429, 500, 503], body);
    entity::<()>(&[500], body);
}
