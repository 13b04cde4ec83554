//! [`SdkError`] and the response context it carries.
//!
//! Every `Display` is one line: operation, method, path template (never the
//! query string, which may hold passwords), and what went wrong. No header
//! value and no secret is ever printed; what a server's body may add is
//! decided in one place (`server_text`). `Debug` shows the same line and the
//! error's structure: names, sizes and statuses, never header values or bodies.

use std::error::Error as StdError;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::classify::Failure;
use crate::operation::Operation;
use crate::response::HeaderNames;
use crate::server_text::escape_controls;

/// Everything that can go wrong with a call. `E` is the operation's typed error
/// body (an enum keyed by the documented statuses).
///
/// Named `SdkError`, not `Error`, so that it never shadows a document's own `Error` model
/// (Cyclos has one): `use cyclos_auth::*` and `use cyclos_auth::models::*` import side by side.
#[non_exhaustive]
pub enum SdkError<E = ()> {
    /// The request was refused before anything was sent: bad base URL, empty
    /// path parameter or credential, header value with a control character,
    /// a URL over the length limit, a zero timeout, unserializable body.
    InvalidRequest(String),
    /// Connect, TLS, timeout or I/O failure. The URL is stripped from it.
    Transport(TransportError),
    /// The server answered with a non-2xx status.
    Api(Box<ResponseContent<E>>),
    /// A 2xx whose body does not match the documented type.
    Decode(Box<DecodeError>),
    /// The response body is larger than the configured limit.
    ResponseTooLarge(ResponseTooLarge),
    /// A deadline covering several attempts passed: the operation's deadline,
    /// or the one bounding a shared token fetch or login.
    DeadlineExceeded(DeadlineExceeded),
    /// The call needed a session (or an OAuth token) whose login failed, so
    /// nothing was sent; [`LoginFailed`] carries the login's own typed error.
    Login(LoginFailed),
}

impl<E> SdkError<E> {
    /// The HTTP status, if a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            SdkError::Api(content) => Some(content.status),
            SdkError::Decode(err) => Some(err.status),
            SdkError::ResponseTooLarge(err) => Some(err.status),
            SdkError::InvalidRequest(_)
            | SdkError::Transport(_)
            | SdkError::DeadlineExceeded(_)
            | SdkError::Login(_) => None,
        }
    }

    /// Whether a time limit fired: an attempt's timeout or a deadline.
    pub fn is_timeout(&self) -> bool {
        match self {
            SdkError::Transport(err) => err.is_timeout(),
            SdkError::DeadlineExceeded(_) => true,
            SdkError::Login(err) => err.error().is_timeout(),
            _ => false,
        }
    }

    /// Whether the runtime itself sends the request again after this failure
    /// (when the retry policy has attempts and the deadline time left): the
    /// failure is transient and the operation's [`Repeat`](crate::Repeat)
    /// rule allows it. So `true` also says that sending it again later cannot
    /// make the server act twice, or that acting twice is harmless.
    pub fn is_retryable(&self) -> bool {
        match self {
            SdkError::Transport(err) => err.operation.repeat.allows(err.failure()),
            SdkError::Api(content) => match Failure::of_status(content.status) {
                Some(failure) => content.operation.repeat.allows(failure),
                None => false,
            },
            SdkError::DeadlineExceeded(err) => err.retryable,
            // Nothing was sent; trying again can help only if the login may
            // succeed later (a transient failure, not a refusal).
            SdkError::Login(err) => err.retryable,
            SdkError::InvalidRequest(_) | SdkError::Decode(_) | SdkError::ResponseTooLarge(_) => {
                false
            }
        }
    }

    /// The typed error body, if the status is documented and the body parsed.
    pub fn entity(&self) -> Option<&E> {
        match self {
            SdkError::Api(content) => content.entity.as_ref(),
            _ => None,
        }
    }

    /// The full error response, for a non-2xx status.
    pub fn content(&self) -> Option<&ResponseContent<E>> {
        match self {
            SdkError::Api(content) => Some(content),
            _ => None,
        }
    }

    /// The same error with a different entity type; a typed entity is dropped.
    pub fn map_entity<F>(self) -> SdkError<F> {
        match self {
            SdkError::InvalidRequest(message) => SdkError::InvalidRequest(message),
            SdkError::Transport(err) => SdkError::Transport(err),
            SdkError::Api(content) => SdkError::Api(Box::new(ResponseContent {
                operation: content.operation,
                status: content.status,
                headers: content.headers,
                body: content.body,
                preview: content.preview,
                withheld: content.withheld,
                entity: None,
            })),
            SdkError::Decode(err) => SdkError::Decode(err),
            SdkError::ResponseTooLarge(err) => SdkError::ResponseTooLarge(err),
            SdkError::DeadlineExceeded(err) => SdkError::DeadlineExceeded(err),
            SdkError::Login(err) => SdkError::Login(err),
        }
    }
}

impl<E: Clone> Clone for SdkError<E> {
    fn clone(&self) -> Self {
        match self {
            SdkError::InvalidRequest(message) => SdkError::InvalidRequest(message.clone()),
            SdkError::Transport(err) => SdkError::Transport(err.clone()),
            SdkError::Api(content) => SdkError::Api(content.clone()),
            SdkError::Decode(err) => SdkError::Decode(err.clone()),
            SdkError::ResponseTooLarge(err) => SdkError::ResponseTooLarge(err.clone()),
            SdkError::DeadlineExceeded(err) => SdkError::DeadlineExceeded(err.clone()),
            SdkError::Login(err) => SdkError::Login(err.clone()),
        }
    }
}

impl<E> fmt::Display for SdkError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::InvalidRequest(message) => {
                write!(f, "invalid request, nothing sent: {message}")
            }
            SdkError::Transport(err) => err.fmt(f),
            SdkError::Api(content) => content.fmt(f),
            SdkError::Decode(err) => err.fmt(f),
            SdkError::ResponseTooLarge(err) => err.fmt(f),
            SdkError::DeadlineExceeded(err) => err.fmt(f),
            SdkError::Login(err) => err.fmt(f),
        }
    }
}

impl<E: fmt::Debug> fmt::Debug for SdkError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::InvalidRequest(message) => {
                f.debug_tuple("InvalidRequest").field(message).finish()
            }
            SdkError::Transport(err) => f.debug_tuple("Transport").field(err).finish(),
            SdkError::Api(content) => f.debug_tuple("Api").field(content).finish(),
            SdkError::Decode(err) => f.debug_tuple("Decode").field(err).finish(),
            SdkError::ResponseTooLarge(err) => {
                f.debug_tuple("ResponseTooLarge").field(err).finish()
            }
            SdkError::DeadlineExceeded(err) => {
                f.debug_tuple("DeadlineExceeded").field(err).finish()
            }
            SdkError::Login(err) => f.debug_tuple("Login").field(err).finish(),
        }
    }
}

impl<E: fmt::Debug> StdError for SdkError<E> {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            SdkError::Transport(err) => Some(&*err.source),
            SdkError::Login(err) => Some(err),
            _ => None,
        }
    }
}

/// Writes `name (METHOD /path/template)`, the prefix of every message.
fn write_operation(f: &mut fmt::Formatter<'_>, op: &Operation) -> fmt::Result {
    write!(f, "{} ({} {})", op.name, op.method, op.path)
}

/// `Display` as a `Debug` field: the message, quoted like a string.
struct Message<'a, T: fmt::Display>(&'a T);

impl<T: fmt::Display> fmt::Debug for Message<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0.to_string(), f)
    }
}

/// A transport failure: nothing, or not all, of the response arrived.
#[derive(Clone)]
pub struct TransportError {
    pub(crate) operation: &'static Operation,
    pub(crate) attempts: u32,
    /// The per-attempt timeout that applied.
    pub(crate) timeout: Duration,
    /// Shared, so that one failed token fetch or login answers every caller.
    pub(crate) source: Arc<reqwest::Error>,
}

impl TransportError {
    pub(crate) fn new(
        operation: &'static Operation,
        attempts: u32,
        timeout: Duration,
        source: reqwest::Error,
    ) -> Self {
        // reqwest errors carry the request URL, and LetMC puts passwords in it.
        Self {
            operation,
            attempts,
            timeout,
            source: Arc::new(source.without_url()),
        }
    }

    /// Whether the attempt ran out of time (its per-attempt timeout).
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

    pub(crate) fn failure(&self) -> Failure {
        Failure::of_transport(self.is_connect())
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_operation(f, self.operation)?;
        if self.is_timeout() {
            return write!(
                f,
                ": timed out: the {:?} attempt timeout passed (attempt {})",
                self.timeout, self.attempts
            );
        }
        let what = if self.is_connect() {
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
            .field("message", &Message(self))
            .field("operation", &self.operation.name)
            .field("attempts", &self.attempts)
            .field("source", &self.source)
            .finish()
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        Some(&*self.source)
    }
}

/// Which deadline passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Deadline {
    /// The operation's deadline: all its attempts, backoffs, token fetches and re-logins.
    Operation,
    /// The deadline of one shared token fetch or login, which every caller waiting on it shares.
    Flight,
}

/// A deadline passed before the operation finished.
#[derive(Debug, Clone)]
pub struct DeadlineExceeded {
    pub(crate) operation: &'static Operation,
    pub(crate) deadline: Deadline,
    pub(crate) limit: Duration,
    pub(crate) attempts: u32,
    pub(crate) retryable: bool,
}

impl DeadlineExceeded {
    /// The operation that was running.
    pub fn operation(&self) -> &'static Operation {
        self.operation
    }

    /// Which deadline passed.
    pub fn deadline(&self) -> Deadline {
        self.deadline
    }

    /// Its length.
    pub fn limit(&self) -> Duration {
        self.limit
    }

    /// Attempts started before it passed.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl fmt::Display for DeadlineExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_operation(f, self.operation)?;
        let which = match self.deadline {
            Deadline::Operation => "operation deadline",
            Deadline::Flight => "deadline of the shared fetch",
        };
        write!(
            f,
            ": timed out: the {:?} {which} passed (after {} attempt{})",
            self.limit,
            self.attempts,
            if self.attempts == 1 { "" } else { "s" }
        )
    }
}

impl StdError for DeadlineExceeded {}

/// A session's (or an OAuth token's) login failed, so the call that needed it
/// was not sent. It carries the login's error, typed by the login operation:
/// [`LoginFailed::login_error`] with that operation's entity (e.g.
/// `DoLoginError`), or [`LoginFailed::error`] untyped.
#[derive(Clone)]
pub struct LoginFailed {
    /// The login's error, its entity erased: what `Display` and `Debug` show.
    error: Box<SdkError>,
    /// The login's error as its operation typed it (`SdkError<L::Error>`).
    typed: Arc<dyn std::any::Any + Send + Sync>,
    /// Whether a later login may succeed (a transient failure, not a refusal).
    pub(crate) retryable: bool,
    /// Whether this failure is a remembered refusal: no login was sent for this call.
    pub(crate) remembered: bool,
}

impl LoginFailed {
    pub(crate) fn new<E>(error: SdkError<E>, retryable: bool, remembered: bool) -> Self
    where
        E: Clone + Send + Sync + 'static,
    {
        Self {
            error: Box::new(error.clone().map_entity()),
            typed: Arc::new(error),
            retryable,
            remembered,
        }
    }

    /// The login's error, its typed entity erased.
    pub fn error(&self) -> &SdkError {
        &self.error
    }

    /// The login's error with its typed entity, when `E` is the login
    /// operation's error type (`None` for any other type).
    pub fn login_error<E: 'static>(&self) -> Option<&SdkError<E>> {
        self.typed.downcast_ref::<SdkError<E>>()
    }

    /// Whether the login was refused for its credentials (or gave an unusable
    /// token): calls keep failing at once, sending nothing, until the
    /// session's credentials change.
    pub fn is_refused(&self) -> bool {
        !self.retryable
    }

    /// The login operation.
    pub fn operation(&self) -> Option<&'static Operation> {
        match &*self.error {
            SdkError::Transport(err) => Some(err.operation),
            SdkError::Api(content) => Some(content.operation),
            SdkError::Decode(err) => Some(err.operation),
            SdkError::ResponseTooLarge(err) => Some(err.operation),
            SdkError::DeadlineExceeded(err) => Some(err.operation),
            SdkError::Login(err) => err.operation(),
            SdkError::InvalidRequest(_) => None,
        }
    }
}

impl fmt::Display for LoginFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let when = if self.remembered {
            "the session's login was refused earlier, nothing sent until its credentials change"
        } else if self.retryable {
            "the session's login failed, the call was not sent"
        } else {
            "the session's login was refused, the call was not sent"
        };
        write!(f, "{when}: {}", self.error)
    }
}

impl fmt::Debug for LoginFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginFailed")
            .field("message", &Message(self))
            .field("refused", &self.is_refused())
            .field("login", &self.error)
            .finish()
    }
}

impl StdError for LoginFailed {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        Some(&*self.error)
    }
}

/// A non-2xx response: status, headers, raw body, and the typed body when the
/// status is documented and the body parsed.
#[derive(Clone)]
pub struct ResponseContent<E> {
    /// The operation that failed.
    pub operation: &'static Operation,
    /// The response status.
    pub status: StatusCode,
    /// The response headers (never printed).
    pub headers: HeaderMap,
    /// The raw body (never printed): read it through
    /// [`body_may_hold_secrets`](Self::body_may_hold_secrets), whose name says what it is.
    pub(crate) body: Bytes,
    /// What `Display` shows of the body: its start when the request carried
    /// no secret, else only error codes checked against every secret.
    pub preview: String,
    /// Whether the request carried a secret, so that the server's text is
    /// withheld from `Display` and `Debug` (the typed entity included).
    pub withheld: bool,
    /// The typed body, when the status is documented and the body parsed.
    pub entity: Option<E>,
}

impl<E> ResponseContent<E> {
    /// The typed body, if any.
    pub fn entity(&self) -> Option<&E> {
        self.entity.as_ref()
    }

    /// A response built by hand (a test's, a decoder's): the body's preview as for a request
    /// that carried no secret.
    pub fn new(
        operation: &'static Operation,
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
        entity: Option<E>,
    ) -> Self {
        Self {
            operation,
            status,
            headers,
            preview: crate::server_text::summary(&body, &[], &[]),
            withheld: false,
            entity,
            body,
        }
    }

    /// The raw body, as the server sent it. It may echo a secret the request carried (a
    /// password, a token, in any encoding): what `Display` withholds is all here.
    pub fn body_may_hold_secrets(&self) -> &Bytes {
        &self.body
    }

    /// The raw body as text (lossy). It may echo a secret the request carried, like
    /// [`body_may_hold_secrets`](Self::body_may_hold_secrets).
    pub fn text_may_hold_secrets(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl<E> fmt::Display for ResponseContent<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_operation(f, self.operation)?;
        write!(f, ": HTTP {}", self.status)?;
        if !self.preview.is_empty() {
            // Escaped again: the field is public and may have been set by hand.
            write!(f, ": {}", escape_controls(&self.preview))?;
        }
        Ok(())
    }
}

impl<E: fmt::Debug> fmt::Debug for ResponseContent<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("ResponseContent");
        out.field("message", &Message(self))
            .field("operation", &self.operation.name)
            .field("status", &self.status)
            .field("headers", &HeaderNames(&self.headers))
            .field("body_len", &self.body.len());
        match &self.entity {
            // Parsed from the server's body: shown only when that was allowed.
            Some(entity) if !self.withheld => out.field("entity", entity),
            Some(_) => out.field(
                "entity",
                &format_args!("{} (withheld)", std::any::type_name::<E>()),
            ),
            None => out.field("entity", &None::<()>),
        };
        out.finish()
    }
}

/// A 2xx response whose body does not match the documented type.
///
/// Its messages never quote the body: a successful login body holds the new token.
#[derive(Clone)]
pub struct DecodeError {
    /// The operation.
    pub operation: &'static Operation,
    /// The response status.
    pub status: StatusCode,
    /// The response `Content-Type`, if any (never printed: only its media type is).
    pub content_type: Option<String>,
    /// The raw body, for callers who want to inspect it (never printed).
    pub body: Bytes,
    /// What did not match, in the SDK's words: no value from the body.
    pub message: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_operation(f, self.operation)?;
        write!(
            f,
            ": HTTP {} body could not be decoded: {}",
            self.status,
            escape_controls(&self.message)
        )
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The media type only, and only when it is one (`type/subtype` tokens).
        let media = self.content_type.as_deref().map(|value| {
            let essence = value.split(';').next().unwrap_or("").trim();
            let token = |part: &str| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "!#$&^_.+-".contains(c))
            };
            match essence.split_once('/') {
                Some((kind, sub)) if token(kind) && token(sub) && essence.len() <= 64 => essence,
                _ => "(not a media type)",
            }
        });
        f.debug_struct("DecodeError")
            .field("message", &Message(self))
            .field("operation", &self.operation.name)
            .field("status", &self.status)
            .field("media_type", &media)
            .field("body_len", &self.body.len())
            .finish()
    }
}

impl StdError for DecodeError {}

/// The response body exceeded the configured limit; the rest was not read.
#[derive(Debug, Clone)]
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

    /// The error codes the API documents for this operation: the closed set
    /// of server text an error may show when the request carried a secret
    /// (RFC 6749's OAuth codes are always in it). None by default.
    fn documented_codes() -> &'static [&'static str] {
        &[]
    }
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
