//! [`Error`] and the response context it carries.
//!
//! Every `Display` is one line: operation, method, path template (never the
//! query string, which may hold passwords), and what went wrong. No header
//! value and no secret is ever printed.

use std::error::Error as StdError;
use std::fmt;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::operation::Operation;

/// How many characters of an error body `Display` shows.
const PREVIEW_CHARS: usize = 200;

/// Everything that can go wrong with a call. `E` is the operation's typed error
/// body (an enum keyed by the documented statuses).
#[non_exhaustive]
pub enum Error<E = ()> {
    /// The request was refused before anything was sent: bad base URL, empty
    /// path parameter, header value with CR/LF/NUL, unserializable body.
    InvalidRequest(String),
    /// Connect, TLS, timeout or I/O failure. The URL is stripped from it.
    Transport(TransportError),
    /// The server answered with a non-2xx status.
    Api(Box<ResponseContent<E>>),
    /// A 2xx whose body does not match the documented type.
    Decode(Box<DecodeError>),
    /// The response body is larger than the configured limit.
    ResponseTooLarge(ResponseTooLarge),
}

impl<E> Error<E> {
    /// The HTTP status, if a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(content) => Some(content.status),
            Error::Decode(err) => Some(err.status),
            Error::ResponseTooLarge(err) => Some(err.status),
            Error::InvalidRequest(_) | Error::Transport(_) => None,
        }
    }

    /// Whether an attempt ran out of time.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(err) if err.is_timeout())
    }

    /// Whether trying again later could succeed (transport failure, 429, 502, 503, 504).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(_) => true,
            Error::Api(content) => matches!(content.status.as_u16(), 429 | 502 | 503 | 504),
            _ => false,
        }
    }

    /// The typed error body, if the status is documented and the body parsed.
    pub fn entity(&self) -> Option<&E> {
        match self {
            Error::Api(content) => content.entity.as_ref(),
            _ => None,
        }
    }

    /// The full error response, for a non-2xx status.
    pub fn content(&self) -> Option<&ResponseContent<E>> {
        match self {
            Error::Api(content) => Some(content),
            _ => None,
        }
    }

    /// The same error with a different entity type; a typed entity is dropped.
    pub fn map_entity<F>(self) -> Error<F> {
        match self {
            Error::InvalidRequest(message) => Error::InvalidRequest(message),
            Error::Transport(err) => Error::Transport(err),
            Error::Api(content) => Error::Api(Box::new(ResponseContent {
                operation: content.operation,
                status: content.status,
                headers: content.headers,
                body: content.body,
                preview: content.preview,
                entity: None,
            })),
            Error::Decode(err) => Error::Decode(err),
            Error::ResponseTooLarge(err) => Error::ResponseTooLarge(err),
        }
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(message) => write!(f, "invalid request, nothing sent: {message}"),
            Error::Transport(err) => err.fmt(f),
            Error::Api(content) => content.fmt(f),
            Error::Decode(err) => err.fmt(f),
            Error::ResponseTooLarge(err) => err.fmt(f),
        }
    }
}

impl<E> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(message) => {
                f.debug_tuple("InvalidRequest").field(message).finish()
            }
            Error::Transport(err) => f.debug_tuple("Transport").field(err).finish(),
            Error::Api(content) => f.debug_tuple("Api").field(content).finish(),
            Error::Decode(err) => f.debug_tuple("Decode").field(err).finish(),
            Error::ResponseTooLarge(err) => f.debug_tuple("ResponseTooLarge").field(err).finish(),
        }
    }
}

impl<E> StdError for Error<E> {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Error::Transport(err) => Some(&err.source),
            _ => None,
        }
    }
}

/// Writes `name (METHOD /path/template)`, the prefix of every message.
fn write_operation(f: &mut fmt::Formatter<'_>, op: &Operation) -> fmt::Result {
    write!(f, "{} ({} {})", op.name, op.method, op.path)
}

/// A transport failure: nothing, or not all, of the response arrived.
pub struct TransportError {
    pub(crate) operation: &'static Operation,
    pub(crate) attempts: u32,
    pub(crate) source: reqwest::Error,
}

impl TransportError {
    pub(crate) fn new(
        operation: &'static Operation,
        attempts: u32,
        source: reqwest::Error,
    ) -> Self {
        // reqwest errors carry the request URL, and LetMC puts passwords in it.
        Self {
            operation,
            attempts,
            source: source.without_url(),
        }
    }

    /// Whether the attempt ran out of time.
    pub fn is_timeout(&self) -> bool {
        self.source.is_timeout()
    }

    /// Whether the connection could not be made (nothing was sent).
    pub fn is_connect(&self) -> bool {
        self.source.is_connect()
    }

    /// How many attempts were made.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The operation that failed.
    pub fn operation(&self) -> &'static Operation {
        self.operation
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_operation(f, self.operation)?;
        let what = if self.is_timeout() {
            "timed out"
        } else if self.is_connect() {
            "could not connect"
        } else if self.source.is_body() || self.source.is_decode() {
            "failed while reading the response"
        } else {
            "failed to send the request"
        };
        write!(f, ": {what} (attempt {})", self.attempts)
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("operation", &self.operation.name)
            .field("attempts", &self.attempts)
            .field("source", &self.source)
            .finish()
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        Some(&self.source)
    }
}

/// A non-2xx response: status, headers, raw body, and the typed body when the
/// status is documented and the body parsed.
pub struct ResponseContent<E> {
    /// The operation that failed.
    pub operation: &'static Operation,
    /// The response status.
    pub status: StatusCode,
    /// The response headers (never printed).
    pub headers: HeaderMap,
    /// The raw body.
    pub body: Bytes,
    /// The start of the body as one line, with the call's secrets masked.
    pub preview: String,
    /// The typed body, when the status is documented and the body parsed.
    pub entity: Option<E>,
}

impl<E> ResponseContent<E> {
    /// The typed body, if any.
    pub fn entity(&self) -> Option<&E> {
        self.entity.as_ref()
    }

    /// The raw body as text (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl<E> fmt::Display for ResponseContent<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_operation(f, self.operation)?;
        write!(f, ": HTTP {}", self.status)?;
        if !self.preview.is_empty() {
            write!(f, ": {}", self.preview)?;
        }
        Ok(())
    }
}

impl<E> fmt::Debug for ResponseContent<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Header values and the raw body may hold tokens: show names and sizes.
        let names: Vec<&str> = self.headers.keys().map(|name| name.as_str()).collect();
        f.debug_struct("ResponseContent")
            .field("operation", &self.operation.name)
            .field("status", &self.status)
            .field("headers", &names)
            .field("body_len", &self.body.len())
            .field("preview", &self.preview)
            .field(
                "entity",
                &self.entity.as_ref().map(|_| std::any::type_name::<E>()),
            )
            .finish()
    }
}

/// A 2xx response whose body does not match the documented type.
///
/// Its messages never quote the body: a successful login body holds the new token.
pub struct DecodeError {
    /// The operation.
    pub operation: &'static Operation,
    /// The response status.
    pub status: StatusCode,
    /// The response `Content-Type`, if any.
    pub content_type: Option<String>,
    /// The raw body, for callers who want to inspect it.
    pub body: Bytes,
    /// What did not match, with quoted values masked.
    pub message: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_operation(f, self.operation)?;
        write!(
            f,
            ": HTTP {} body could not be decoded: {}",
            self.status, self.message
        )
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("operation", &self.operation.name)
            .field("status", &self.status)
            .field("content_type", &self.content_type)
            .field("body_len", &self.body.len())
            .field("message", &self.message)
            .finish()
    }
}

impl StdError for DecodeError {}

/// The response body exceeded the configured limit; the rest was not read.
#[derive(Debug)]
pub struct ResponseTooLarge {
    /// The operation.
    pub operation: &'static Operation,
    /// The response status.
    pub status: StatusCode,
    /// The configured limit in bytes.
    pub limit: usize,
}

impl fmt::Display for ResponseTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_operation(f, self.operation)?;
        write!(
            f,
            ": HTTP {} body exceeds the {} byte limit",
            self.status, self.limit
        )
    }
}

impl StdError for ResponseTooLarge {}

/// Decodes the typed body of a non-2xx response.
///
/// API crates implement it for each operation's error enum, matching on the
/// documented statuses; `()` means "no typed body".
pub trait ErrorEntity: Sized {
    /// The typed body for `status`, or `None` when it does not parse.
    fn from_response(status: StatusCode, body: &[u8]) -> Option<Self>;
}

impl ErrorEntity for () {
    fn from_response(_: StatusCode, _: &[u8]) -> Option<Self> {
        None
    }
}

impl ErrorEntity for serde_json::Value {
    fn from_response(_: StatusCode, body: &[u8]) -> Option<Self> {
        serde_json::from_slice(body).ok()
    }
}

/// Parses `body` as JSON into `T`, for [`ErrorEntity`] implementations.
pub fn json_entity<T: serde::de::DeserializeOwned>(body: &[u8]) -> Option<T> {
    serde_json::from_slice(body).ok()
}

/// One line of at most [`PREVIEW_CHARS`] characters from `body`, with every
/// secret in `secrets` masked in each form a server may echo it in.
pub(crate) fn preview(body: &[u8], secrets: &[&str]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut line = collapse_whitespace(&text);
    let mut forms: Vec<String> = secrets.iter().flat_map(|s| echo_forms(s)).collect();
    // Longest first, so a shorter form never leaves part of a longer one.
    forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
    for form in forms.iter().filter(|f| f.chars().count() >= 3) {
        if line.contains(form.as_str()) {
            line = line.replace(form.as_str(), "***");
        }
    }
    if line.chars().count() > PREVIEW_CHARS {
        line = line.chars().take(PREVIEW_CHARS).collect::<String>() + "…";
    }
    line
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `secret` as a server may echo it: as is, JSON-escaped (non-ASCII kept, or
/// `\u`-escaped in lower or upper hex), percent-encoded (`%20` or `+` for a
/// space); each with whitespace collapsed as the preview line is.
fn echo_forms(secret: &str) -> Vec<String> {
    let quoted = serde_json::to_string(secret).unwrap_or_default();
    let json = quoted
        .strip_prefix('"')
        .and_then(|q| q.strip_suffix('"'))
        .unwrap_or(secret)
        .to_owned();
    let mut ascii_lower = String::with_capacity(json.len());
    let mut ascii_upper = String::with_capacity(json.len());
    for c in json.chars() {
        if c.is_ascii() {
            ascii_lower.push(c);
            ascii_upper.push(c);
        } else {
            for unit in c.encode_utf16(&mut [0; 2]) {
                ascii_lower.push_str(&format!("\\u{unit:04x}"));
                ascii_upper.push_str(&format!("\\u{unit:04X}"));
            }
        }
    }
    let mut percent = String::with_capacity(secret.len() * 3);
    crate::encode::push_encoded(&mut percent, secret);
    let plus = percent.replace("%20", "+");
    let mut forms: Vec<String> = [
        secret.to_owned(),
        json,
        ascii_lower,
        ascii_upper,
        percent,
        plus,
    ]
    .iter()
    .map(|form| collapse_whitespace(form))
    .collect();
    forms.sort();
    forms.dedup();
    forms
}

/// A decode error message with every double-quoted value masked: serde quotes
/// the offending string, and that string may be a token.
pub(crate) fn mask_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut inside = false;
    let mut escaped = false;
    for c in message.chars() {
        if inside {
            // serde quotes with `Debug`, which escapes `"` as `\"`: an escaped
            // quote is part of the value, not its end.
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                out.push_str("***\"");
                inside = false;
            }
        } else {
            out.push(c);
            inside = c == '"';
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_is_one_line_masked_and_short() {
        let body = b"{\n  \"Message\": \"bad password hunter2\"\n}";
        let line = preview(body, &["hunter2"]);
        assert_eq!(line, r#"{ "Message": "bad password ***" }"#);
        for (secret, echo) in [
            ("two  spaces", "two spaces"),
            ("q\"uote", r#"q\"uote"#),
            ("p\u{e4}ss", r"p\u00e4ss"),
            ("p\u{e4}ss", r"p\u00E4ss"),
            ("p\u{e4}ss", "p\u{e4}ss"),
            ("a&b=c d", "a%26b%3Dc%20d"),
            ("a&b=c d", "a%26b%3Dc+d"),
        ] {
            let body = format!("password {echo} refused");
            assert_eq!(
                preview(body.as_bytes(), &[secret]),
                "password *** refused",
                "{secret:?} as {echo:?}"
            );
        }
        let long = "x".repeat(500);
        assert_eq!(
            preview(long.as_bytes(), &[]).chars().count(),
            PREVIEW_CHARS + 1
        );
    }

    #[test]
    fn quoted_values_are_masked() {
        assert_eq!(
            mask_quoted(r#"invalid type: string "tok-123", expected u64 at line 1 column 9"#),
            r#"invalid type: string "***", expected u64 at line 1 column 9"#
        );
        assert_eq!(
            mask_quoted(r#"invalid type: string "a\"tok-123\\", expected u64"#),
            r#"invalid type: string "***", expected u64"#
        );
        assert_eq!(mask_quoted(r#"unclosed "a\"#), r#"unclosed ""#);
        assert_eq!(
            mask_quoted("missing field `token`"),
            "missing field `token`"
        );
    }
}
