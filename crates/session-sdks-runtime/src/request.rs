//! [`Request`]: builds one operation's HTTP request and runs it with the
//! client's timeouts, retries and body limit.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::Duration;

use bytes::Bytes;
use percent_encoding::{percent_decode_str, utf8_percent_encode};
use reqwest::header::{ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode};
use serde::Serialize;

use crate::auth::{AuthProvider, Refusal, header_name, header_value};
use crate::client::Client;
use crate::encode::{COMPONENT, push_encoded, unusable_segment};
use crate::error::{
    Deadline, DeadlineExceeded, Error, ErrorEntity, ResponseContent, ResponseTooLarge,
    TransportError, status_failure,
};
use crate::operation::{Failure, Operation};
use crate::options::CallOptions;
use crate::response::Response;
use crate::secret::{Secret, collect_serialized};
use crate::server_text::summary;
use crate::trace::{CallTrace, Ended, error_type};

/// The longest URL sent, in bytes. hyper cannot send one of 64 KiB or more,
/// and servers refuse far shorter ones (8 KiB is common): a longer one is
/// refused before sending, naming the parameter that made it so.
pub const MAX_URL_BYTES: usize = 16 * 1024;
/// The most of a response body reserved ahead of the bytes read, whatever
/// length the server declares.
const MAX_RESERVE: usize = 256 * 1024;

const JSON: HeaderValue = HeaderValue::from_static("application/json");
const TEXT: HeaderValue = HeaderValue::from_static("text/plain");
/// Bytes reserved beyond the base and path for the query string.
const QUERY_CAPACITY: usize = 128;
/// Headers a request gets besides the client's, the credentials and the
/// call's: `Accept` (the operation's, or reqwest's default `*/*`), `Host`
/// (hyper), and with a body `Content-Type` (ours) and `Content-Length`
/// (hyper's, or ours: `0` for a POST without one).
const ADDED_HEADERS: usize = 4;
const FORM: HeaderValue = HeaderValue::from_static("application/x-www-form-urlencoded");

/// One request being built for an [`Operation`]. Problems found while
/// building are kept and reported by [`Request::send`] before anything is sent.
#[must_use]
pub struct Request {
    client: Client,
    op: &'static Operation,
    options: CallOptions,
    /// The URL as built so far, in one buffer: the base, the path template
    /// with the parameters set so far filled in (percent-encoded, so a `{`
    /// left in the path is a parameter not set), then `?` and the query pairs.
    url: String,
    /// Where the path ends in `url` (the `?` or the end).
    path_end: usize,
    /// Query pairs added so far.
    pairs: usize,
    /// Bit `i` set: the value of query pair `i` is a secret, masked in error
    /// previews (decoded from `url` only then); later pairs go to `secrets`.
    secret_pairs: u64,
    /// The call's own headers: few, so a list (24 bytes in every call's
    /// future, where a `HeaderMap` takes 96).
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Option<(Bytes, HeaderValue)>,
    secrets: Vec<Secret>,
    problem: Option<String>,
}

impl Client {
    /// Starts a request for `op` with per-call `options`.
    pub fn request(&self, op: &'static Operation, options: CallOptions) -> Request {
        let base = &self.inner.base;
        let mut url = String::with_capacity(base.len() + op.path.len() + QUERY_CAPACITY);
        url.push_str(base);
        url.push_str(op.path);
        Request {
            client: self.clone(),
            op,
            options,
            path_end: url.len(),
            url,
            pairs: 0,
            secret_pairs: 0,
            headers: Vec::new(),
            body: None,
            secrets: Vec::new(),
            problem: None,
        }
    }
}

impl Request {
    fn refuse(&mut self, problem: String) {
        self.problem.get_or_insert(problem);
    }

    /// Refuses the request (with `problem`, before anything is sent) unless
    /// `valid`: for the constraints a document puts on a parameter.
    pub fn require(mut self, valid: bool, problem: impl FnOnce() -> String) -> Self {
        if !valid {
            self.refuse(problem());
        }
        self
    }

    /// Fills `{name}` in the path with `value`, percent-encoded as one segment.
    /// Empty, `.` and `..` values are refused.
    pub fn path_param(mut self, name: &'static str, value: &str) -> Self {
        match unusable_segment(value) {
            Some(why) => self.refuse(format!("path parameter `{name}` {why}")),
            None => {
                // Borrowed when nothing needs encoding; it has no `{` either way.
                let encoded: Cow<'_, str> = utf8_percent_encode(value, COMPONENT).into();
                if self.url.len() + encoded.len() > MAX_URL_BYTES {
                    let what = format!("path parameter `{name}`");
                    self.refuse_long(&what, encoded.len());
                    return self;
                }
                while let Some(range) = self.placeholder(name) {
                    self.path_end = self.path_end - range.len() + encoded.len();
                    self.url.replace_range(range, &encoded);
                }
            }
        }
        self
    }

    fn refuse_long(&mut self, what: &str, adding: usize) {
        self.refuse(format!(
            "{what} would make the URL {} bytes long, over the {MAX_URL_BYTES}-byte limit",
            self.url.len() + adding
        ));
    }

    /// Where `{name}` is in the path, if still unfilled.
    fn placeholder(&self, name: &str) -> Option<Range<usize>> {
        let start = self.client.inner.base.len();
        let path = &self.url[start..self.path_end];
        path.match_indices('{').find_map(|(open, _)| {
            let rest = &path[open + 1..];
            (rest.starts_with(name) && rest[name.len()..].starts_with('}'))
                .then(|| start + open..start + open + name.len() + 2)
        })
    }

    fn push_pair(&mut self, name: &str, value: &str) {
        // At most three bytes per byte once percent-encoded: checked before
        // anything is encoded, so a huge value costs nothing.
        if self.url.len() + 2 + name.len() + value.len() > MAX_URL_BYTES {
            let mut encoded = String::new();
            if value.len() <= MAX_URL_BYTES {
                push_encoded(&mut encoded, value);
            }
            let grown = 2 + name.len() + encoded.len().max(value.len());
            if self.url.len() + grown > MAX_URL_BYTES {
                self.refuse_long(&format!("query parameter `{name}`"), grown);
                return;
            }
        }
        // `&name=value`, before any percent-encoding grows it.
        self.url.reserve(name.len() + value.len() + 2);
        self.url.push(if self.pairs == 0 { '?' } else { '&' });
        push_encoded(&mut self.url, name);
        self.url.push('=');
        push_encoded(&mut self.url, value);
        self.pairs += 1;
        if self.url.len() > MAX_URL_BYTES {
            let url_len = self.url.len();
            self.refuse(format!(
                "query parameter `{name}` makes the URL {url_len} bytes long, over the {MAX_URL_BYTES}-byte limit"
            ));
        }
    }

    /// The decoded values of the secret query pairs (error path only).
    fn query_secrets(&self) -> Vec<Vec<u8>> {
        let query = self.url[self.path_end..].strip_prefix('?').unwrap_or("");
        query
            .split('&')
            .enumerate()
            .filter(|(i, _)| *i < 64 && self.secret_pairs & (1 << i) != 0)
            .map(|(_, pair)| {
                let value = pair.split_once('=').map_or("", |(_, v)| v);
                // `+` is a space in a form-encoded query.
                let value = value.replace('+', " ");
                percent_decode_str(&value).collect::<Vec<u8>>()
            })
            .collect()
    }

    /// Adds `name=value` to the query string.
    pub fn query(mut self, name: &str, value: &str) -> Self {
        self.push_pair(name, value);
        self
    }

    /// Adds `name=value` when `value` is set; omits it otherwise.
    pub fn query_opt(self, name: &str, value: Option<&str>) -> Self {
        match value {
            Some(value) => self.query(name, value),
            None => self,
        }
    }

    /// Adds a secret (a password, a token) to the query string; an error then
    /// shows no server text. An empty one is refused before sending.
    pub fn query_secret(mut self, name: &str, value: &Secret) -> Self {
        if value.expose().trim().is_empty() {
            self.refuse(format!("query parameter `{name}` is empty"));
            return self;
        }
        if self.pairs < 64 {
            self.secret_pairs |= 1 << self.pairs;
        } else {
            self.secrets.push(value.clone());
        }
        self.push_pair(name, value.expose());
        self
    }

    /// Adds `name=true` or `name=false` when set.
    pub fn query_bool(self, name: &str, value: Option<bool>) -> Self {
        match value {
            Some(true) => self.query(name, "true"),
            Some(false) => self.query(name, "false"),
            None => self,
        }
    }

    /// Adds a number when set.
    pub fn query_int(mut self, name: &str, value: Option<i64>) -> Self {
        if let Some(value) = value {
            let mut text = String::new();
            let _ = write!(text, "{value}");
            self.push_pair(name, &text);
        }
        self
    }

    /// Adds one `name=value` pair per value (`?fields=a&fields=b`); nothing when empty.
    pub fn query_multi(mut self, name: &str, values: &[String]) -> Self {
        let total = values.iter().map(|v| name.len() + v.len() + 2).sum();
        self.url.reserve(total);
        for value in values {
            self.push_pair(name, value);
        }
        self
    }

    /// Adds one comma-joined pair (`?fields=a%2Cb`); nothing when empty.
    pub fn query_csv(mut self, name: &str, values: &[String]) -> Self {
        if !values.is_empty() {
            self.push_pair(name, &values.join(","));
        }
        self
    }

    /// Adds a header; a value with a control character (CR, LF, NUL, DEL...)
    /// is refused before sending.
    pub fn header(mut self, name: &'static str, value: &str) -> Self {
        self.insert_header(name, value, false);
        self
    }

    /// Adds a header holding a secret (marked sensitive; an error then shows
    /// no server text). An empty one is refused before sending.
    pub fn secret_header(mut self, name: &'static str, value: &Secret) -> Self {
        if value.expose().trim().is_empty() {
            self.refuse(format!("header `{name}` is empty"));
            return self;
        }
        self.insert_header(name, value.expose(), true);
        self.secrets.push(value.clone());
        self
    }

    /// Adds a secret header when set.
    pub fn secret_header_opt(self, name: &'static str, value: Option<&Secret>) -> Self {
        match value {
            Some(value) => self.secret_header(name, value),
            None => self,
        }
    }

    fn insert_header(&mut self, name: &'static str, value: &str, sensitive: bool) {
        let header: Result<(HeaderName, HeaderValue), String> =
            header_name(name).and_then(|header| Ok((header, header_value(name, value)?)));
        match header {
            Ok((header, mut value)) => {
                value.set_sensitive(sensitive);
                self.headers.retain(|(name, _)| *name != header);
                self.headers.push((header, value));
            }
            Err(problem) => self.refuse(problem),
        }
    }

    /// Sends `body` as JSON (`Content-Type: application/json`).
    pub fn json<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        let (result, secrets) = collect_serialized(|| serde_json::to_vec(body));
        if secrets
            .iter()
            .any(|secret| secret.expose().trim().is_empty())
        {
            self.refuse("the body holds an empty password or token".into());
        }
        if self.secrets.is_empty() {
            self.secrets = secrets; // no second vector when the body holds the only secrets
        } else {
            self.secrets.extend(secrets);
        }
        match result {
            Ok(bytes) => self.body = Some((Bytes::from(bytes), JSON)),
            Err(err) => self.refuse(format!("the body could not be serialized: {err}")),
        }
        self
    }

    /// Sends fixed JSON text (`{}` for a POST without parameters).
    pub fn json_text(mut self, body: &'static str) -> Self {
        self.body = Some((Bytes::from_static(body.as_bytes()), JSON));
        self
    }

    /// Sends `body` as is, `Content-Type: text/plain` (no JSON quoting).
    pub fn text(mut self, body: impl Into<String>) -> Self {
        self.body = Some((Bytes::from(body.into()), TEXT));
        self
    }

    /// Sends a secret as a `text/plain` body (an error then shows no server text).
    pub fn text_secret(mut self, body: &Secret) -> Self {
        if body.expose().trim().is_empty() {
            self.refuse("the body is an empty secret".into());
        }
        self.body = Some((Bytes::copy_from_slice(body.expose().as_bytes()), TEXT));
        self.secrets.push(body.clone());
        self
    }

    /// Sends `pairs` as an HTML form (`Content-Type: application/x-www-form-urlencoded`),
    /// as OAuth 2 token endpoints require. Names and values are encoded, spaces as `+`.
    pub fn form<'a>(mut self, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        self.body = Some((Bytes::from(body), FORM));
        self
    }

    /// The first path parameter of the template left unset, as a problem.
    fn unset_path_param(&self) -> Option<String> {
        let path = &self.url[self.client.inner.base.len()..self.path_end];
        let open = path.find('{')?;
        Some(match path[open..].find('}') {
            Some(close) => format!(
                "path parameter `{}` was not set",
                &path[open + 1..open + close]
            ),
            None => "unclosed `{` in path template".into(),
        })
    }

    /// The URL to send (the path complete: see [`Request::unset_path_param`]).
    fn url(&self) -> url::Url {
        // The base URL was parsed once by the client: only path and query are
        // parsed here (percent-encoding and dot segments as a full parse does).
        let inner = &self.client.inner;
        let mut url = inner.base_url.clone();
        url.set_path(&self.url[inner.origin_len..self.path_end]);
        if self.pairs > 0 {
            url.set_query(Some(&self.url[self.path_end + 1..]));
        }
        url
    }

    /// One attempt's request: the client's default headers, `Accept`, the
    /// credentials, the call's headers and body, the timeout.
    fn build(&self, url: url::Url, timeout: Duration) -> reqwest::Request {
        let inner = &self.client.inner;
        let mut request = reqwest::Request::new(self.op.method.clone(), url);
        // Filled in place, sized once for every header the request will carry
        // on the wire, those added after this too: a full map would be
        // regrown and rehashed, per call.
        let headers = request.headers_mut();
        headers.reserve(
            inner.default_headers.len()
                + inner.credentials.len()
                + inner.providers.len()
                + self.headers.len()
                + ADDED_HEADERS,
        );
        for (name, value) in &inner.default_headers {
            headers.append(name.clone(), value.clone());
        }
        if let Some(accept) = self.options.accept.or(self.op.accept) {
            headers.insert(ACCEPT, HeaderValue::from_static(accept));
        }
        for credential in &inner.credentials {
            if let Ok((name, value)) = &credential.header {
                headers.insert(name.clone(), value.clone());
            }
        }
        for (name, value) in &self.headers {
            headers.insert(name.clone(), value.clone());
        }
        if let Some((body, content_type)) = &self.body {
            headers.insert(CONTENT_TYPE, content_type.clone());
            *request.body_mut() = Some(body.clone().into());
        } else if [Method::POST, Method::PUT, Method::PATCH].contains(&self.op.method) {
            // RFC 9110 §8.6: a POST without content still says so; IIS (http.sys)
            // answers 411 Length Required otherwise, and hyper omits it.
            headers.insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
        }
        *request.timeout_mut() = Some(timeout);
        request
    }

    /// Sends the request, retrying as the policy allows, and reads the body.
    /// A non-2xx status becomes [`Error::Api`] with the body decoded as `E`.
    pub fn send<E: ErrorEntity>(self) -> impl Future<Output = Result<Response, Error<E>>> + Send {
        self.send_then(Ok)
    }

    /// [`Request::send`], then `decode` of the 2xx response, in one future.
    // What the API crates' builders call: every `.await` of a builder boxes
    // its future, so its size is paid per call. Awaiting `send()` inside
    // another async block would keep that future twice (as captured and as
    // awaited), and an `async fn` keeps its `self` twice; this keeps the
    // request once and borrows it.
    #[allow(clippy::manual_async_fn)] // deliberately not `async fn`: see above
    pub fn send_then<T, E, D>(self, decode: D) -> impl Future<Output = Result<T, Error<E>>> + Send
    where
        E: ErrorEntity,
        D: FnOnce(Response) -> Result<T, Error<E>> + Send,
    {
        async move { decode(self.exchange().await?) }
    }

    async fn exchange<E: ErrorEntity>(&self) -> Result<Response, Error<E>> {
        let op = self.op;
        let refuse = |problem: String| Error::InvalidRequest(format!("{}: {problem}", op.name));
        // Everything checked before anything is sent, a token request included.
        if let Some(problem) = self.problem.clone().or_else(|| self.unset_path_param()) {
            return Err(refuse(problem));
        }
        let inner = &self.client.inner;
        if let Some(problem) = inner
            .credentials
            .iter()
            .find_map(|c| c.header.as_ref().err())
        {
            return Err(refuse(problem.clone()));
        }
        if inner.plain_remote && self.carries_credential() {
            return Err(refuse(format!(
                "this request carries a credential and the base URL is plain http to {}: \
                 use an https URL, or ClientBuilder::allow_insecure_http(true) to send it anyway",
                inner.base_url.host_str().unwrap_or("a remote host")
            )));
        }
        if self.attempt_timeout() < Duration::from_millis(1) {
            return Err(refuse(
                "the per-attempt timeout is zero or under a millisecond".into(),
            ));
        }
        // Locals kept across an await take room in every call's future: the
        // limits are read again where they are needed rather than kept.
        let progress = Progress {
            attempts: AtomicU32::new(0),
            waiting: AtomicBool::new(false),
            trace: CallTrace::start(op, &inner.base_url),
        };
        let outcome = match self.deadline() {
            None => self.attempts(&progress).await,
            Some(limit) if limit < Duration::from_millis(1) => Err(refuse(
                "the operation deadline is zero or under a millisecond".into(),
            )),
            // Boxed: a call without a deadline does not carry a timer in its future.
            Some(limit) => {
                match Box::pin(tokio::time::timeout(limit, self.attempts(&progress))).await {
                    Ok(outcome) => outcome,
                    Err(_) => Err(Error::DeadlineExceeded(DeadlineExceeded {
                        operation: op,
                        deadline: Deadline::Operation,
                        limit: self.deadline().unwrap_or(Duration::ZERO),
                        attempts: progress.attempts.load(Ordering::Relaxed),
                        retryable: progress.waiting.load(Ordering::Relaxed)
                            || op.repeat.allows(Failure::AfterSending),
                    })),
                }
            }
        };
        let status = match &outcome {
            Ok(response) => Some(response.status.as_u16()),
            Err(err) => err.status().map(|status| status.as_u16()),
        };
        progress.trace.finish(Ended {
            attempts: progress.attempts.load(Ordering::Relaxed),
            status,
            error_type: outcome.as_ref().err().map(error_type),
            deadline_fired: matches!(outcome, Err(Error::DeadlineExceeded(_))),
        });
        outcome
    }

    /// Whether anything secret would be sent: a credential or provider of the
    /// client, a default header (possibly an API key), or a secret value of
    /// the request itself.
    fn carries_credential(&self) -> bool {
        let inner = &self.client.inner;
        !inner.credentials.is_empty()
            || !inner.providers.is_empty()
            || !inner.default_values.is_empty()
            || !self.secrets.is_empty()
            || self.secret_pairs != 0
    }

    /// The per-attempt timeout: the call's, else the client's.
    fn attempt_timeout(&self) -> Duration {
        self.options.timeout.unwrap_or(self.client.inner.timeout)
    }

    /// The operation deadline: the call's, else the client's.
    fn deadline(&self) -> Option<Duration> {
        self.options.deadline.or(self.client.inner.deadline)
    }

    /// The attempts of one call, as the retry policy and the operation's
    /// [`Repeat`](crate::Repeat) rule allow.
    async fn attempts<E: ErrorEntity>(&self, progress: &Progress) -> Result<Response, Error<E>> {
        let op = self.op;
        let inner = &self.client.inner;
        let policy = self.options.retry.as_ref().unwrap_or(&inner.retry);
        let mut attempt = 0u32;
        let mut reauthorized = false;
        // The providers' headers of the last attempt (no allocation without a provider).
        let mut sent: Vec<(HeaderName, HeaderValue)> = Vec::new();
        loop {
            attempt += 1;
            progress.start(attempt);
            let last = attempt >= policy.max_attempts();
            // Built per attempt, not cloned from a template: the first attempt
            // never copies a request. Scoped so that no request or credential
            // takes room in the future past this point.
            let pending = {
                // The providers' headers first: no request is kept across their await.
                sent.clear();
                for provider in &inner.providers {
                    sent.push(provider.credential().await.map_err(Error::map_entity)?);
                }
                let mut request = self.build(self.url(), self.attempt_timeout());
                for (name, value) in &sent {
                    request.headers_mut().insert(name.clone(), value.clone());
                }
                inner.http.execute(request)
            };
            let mut response = match pending.await {
                Ok(response) => response,
                Err(err) => {
                    // A failed connect sent nothing; anything else may have reached the server.
                    let failure = if err.is_connect() {
                        Failure::NotSent
                    } else {
                        Failure::AfterSending
                    };
                    if !last && op.repeat.allows(failure) {
                        let wait = policy.backoff(attempt);
                        let why = if err.is_connect() {
                            "no connection"
                        } else {
                            "timeout or broken connection"
                        };
                        progress.retry(op, attempt, why, wait);
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    return Err(self.transport_error(attempt, err));
                }
            };
            let status = response.status();
            if !last && status_failure(status).is_some_and(|failure| op.repeat.allows(failure)) {
                if let Ok(delay) = policy.retry_after(response.headers()) {
                    let wait = delay.unwrap_or_else(|| policy.backoff(attempt));
                    let why = if status == StatusCode::TOO_MANY_REQUESTS {
                        "429"
                    } else {
                        "502, 503 or 504"
                    };
                    progress.retry(op, attempt, why, wait);
                    tokio::time::sleep(wait).await;
                    continue;
                }
            }
            // Moved out, not copied: the body is read through the response's body alone.
            let headers = std::mem::take(response.headers_mut());
            let body = match read_body(&mut response, inner.max_response_bytes).await {
                Ok(body) => body,
                Err(BodyError::TooLarge(limit)) => {
                    return Err(Error::ResponseTooLarge(ResponseTooLarge {
                        operation: op,
                        status,
                        limit,
                    }));
                }
                Err(BodyError::Transport(err)) => {
                    if !last && op.repeat.allows(Failure::AfterSending) {
                        let wait = policy.backoff(attempt);
                        progress.retry(op, attempt, "broken response body", wait);
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    return Err(self.transport_error(attempt, err));
                }
            };
            if status.is_success() {
                return Ok(Response {
                    operation: op,
                    status,
                    headers,
                    body,
                });
            }
            // A refused credential is dropped either way, so the next call gets
            // a fresh one; this call is repeated only as the refusal and its rule allow.
            if !reauthorized && refused_again(op, &inner.providers, &sent, status, &body) {
                progress.retry(
                    op,
                    attempt,
                    "credential refused and renewed",
                    Duration::ZERO,
                );
                reauthorized = true;
                attempt -= 1;
                continue;
            }
            return Err(self.api_error(status, headers, body, &sent));
        }
    }

    fn transport_error<E>(&self, attempt: u32, err: reqwest::Error) -> Error<E> {
        Error::Transport(TransportError::new(
            self.op,
            attempt,
            self.attempt_timeout(),
            err,
        ))
    }

    /// A non-2xx response as an error, showing of its body only what the
    /// secrets this request carried allow (see `server_text`).
    fn api_error<E: ErrorEntity>(
        &self,
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
        sent: &[(HeaderName, HeaderValue)],
    ) -> Error<E> {
        let query_secrets = self.query_secrets();
        // Secrets as bytes: a header value that is not ASCII counts as much.
        let mut secrets: Vec<&[u8]> = self
            .secrets
            .iter()
            .map(|secret| secret.expose().as_bytes())
            .collect();
        secrets.extend(query_secrets.iter().map(Vec::as_slice));
        secrets.extend(self.client.secrets().map(str::as_bytes));
        // The providers' credentials (each whole value, and the token after `Bearer `).
        for (_, value) in sent {
            let value = value.as_bytes();
            secrets.push(value);
            secrets.extend(value.rsplit(|&b| b == b' ').next());
        }
        Error::Api(Box::new(ResponseContent {
            operation: self.op,
            status,
            entity: E::from_response(status, &body),
            preview: summary(&body, &secrets, E::documented_codes()),
            withheld: secrets.iter().any(|secret| !secret.is_empty()),
            headers,
            body,
        }))
    }
}

/// Tells every provider of a refused call, and whether the call goes again:
/// after a session end (the API's own signal) always, after a renewed token
/// if the operation's rule allows.
fn refused_again(
    op: &Operation,
    providers: &[std::sync::Arc<dyn AuthProvider>],
    sent: &[(HeaderName, HeaderValue)],
    status: StatusCode,
    body: &[u8],
) -> bool {
    // The last provider first (a session on top of an OAuth client): when it
    // says its session ended, the refusal was about it, and the OAuth token
    // underneath is kept.
    let mut again = false;
    for (provider, (_, value)) in providers.iter().zip(sent).rev() {
        match provider.refused(value, status, body) {
            Refusal::SessionEnded => return true,
            Refusal::Renewed => again |= op.repeat.allows(Failure::TokenRenewed),
            Refusal::Kept => {}
        }
    }
    again
}

/// How far a call got, for the error its deadline gives and its trace.
struct Progress {
    attempts: AtomicU32,
    /// Waiting to retry: the last failure was one the rule allows repeating.
    waiting: AtomicBool,
    trace: CallTrace,
}

impl Progress {
    fn start(&self, attempt: u32) {
        self.attempts.store(attempt, Ordering::Relaxed);
        self.waiting.store(false, Ordering::Relaxed);
    }

    /// Attempt `attempt` failed for `why`; the next follows after `wait`.
    fn retry(&self, op: &'static Operation, attempt: u32, why: &'static str, wait: Duration) {
        self.waiting.store(true, Ordering::Relaxed);
        self.trace.retry(op, attempt, why, wait);
    }
}

enum BodyError {
    TooLarge(usize),
    Transport(reqwest::Error),
}

/// Reads the body, refusing it as soon as it is known to exceed `limit`.
async fn read_body(response: &mut reqwest::Response, limit: usize) -> Result<Bytes, BodyError> {
    let declared = response.content_length();
    if declared.is_some_and(|len| len > limit as u64) {
        return Err(BodyError::TooLarge(limit));
    }
    // Chunk by chunk (a small future, unlike `Response::bytes`): a body that
    // arrives in one chunk is kept as is, more are joined.
    let mut first: Option<Bytes> = None;
    let mut joined = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        let so_far = first.as_ref().map_or(joined.len(), Bytes::len);
        if so_far + chunk.len() > limit {
            return Err(BodyError::TooLarge(limit));
        }
        match first.take() {
            None if joined.is_empty() => first = Some(chunk),
            held => {
                if let Some(held) = held {
                    // What the server declares is a hint, not a promise: never
                    // more than a bounded chunk ahead of what has arrived.
                    let arrived = held.len() + chunk.len();
                    let hint = declared.map_or(0, |len| usize::try_from(len).unwrap_or(usize::MAX));
                    joined.reserve(hint.min(arrived.saturating_add(MAX_RESERVE)).max(arrived));
                    joined.extend_from_slice(&held);
                }
                joined.extend_from_slice(&chunk);
            }
        }
    }
    Ok(first.unwrap_or_else(|| Bytes::from(joined)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::Method;

    const TOKEN: Operation = Operation {
        name: "request_token",
        method: Method::POST,
        path: "/oauth2/token",
        repeat: crate::operation::Repeat::Idempotent,
        accept: Some("application/json"),
        target: env!("CARGO_CRATE_NAME"),
    };

    const ITEM: Operation = Operation {
        name: "item",
        method: Method::GET,
        path: "/a/{id}/b/{name}",
        repeat: crate::operation::Repeat::Idempotent,
        accept: None,
        target: env!("CARGO_CRATE_NAME"),
    };

    #[test]
    fn the_url_is_built_in_place() {
        let client = Client::new("https://h.example/base").unwrap();
        let request = client
            .request(&ITEM, CallOptions::default())
            .query("q", "x y")
            .path_param("name", "n/{m}")
            .query_secret("pw", &Secret::new("p&w é"))
            .path_param("id", "7")
            .path_param("id", "8");
        assert_eq!(
            request.url().as_str(),
            "https://h.example/base/a/7/b/n%2F%7Bm%7D?q=x%20y&pw=p%26w%20%C3%A9"
        );
        assert_eq!(request.unset_path_param(), None);
        assert_eq!(request.query_secrets(), [b"p&w \xc3\xa9".to_vec()]);
        let unset = client
            .request(&ITEM, CallOptions::default())
            .path_param("id", "7");
        assert_eq!(
            unset.unset_path_param().as_deref(),
            Some("path parameter `name` was not set")
        );
    }

    /// What reqwest 0.13, hyper-util and hyper 1 do to a request's header map
    /// on its way out (`Client::execute_request`, `try_send_request`, `set_length`).
    fn add_downstream_headers(headers: &mut HeaderMap, body: bool) {
        use reqwest::header::{HOST, TRANSFER_ENCODING};
        // reqwest: its client's default headers, when absent (`Accept: */*`).
        headers
            .entry(ACCEPT)
            .or_insert(HeaderValue::from_static("*/*"));
        // hyper-util: `Host`.
        headers
            .entry(HOST)
            .or_insert(HeaderValue::from_static("h.example"));
        // hyper: a body of known length, after looking for `Transfer-Encoding`.
        if body {
            let _ = headers.entry(TRANSFER_ENCODING);
            headers.insert(CONTENT_LENGTH, HeaderValue::from(2u16));
        }
    }

    #[test]
    fn the_header_map_is_never_regrown_downstream() {
        const NOTE: Operation = Operation {
            name: "note",
            method: Method::POST,
            path: "/n",
            repeat: crate::operation::Repeat::IfUnprocessed,
            accept: None,
            target: env!("CARGO_CRATE_NAME"),
        };
        struct Token;
        impl crate::auth::AuthProvider for Token {
            fn credential(
                &self,
            ) -> crate::auth::BoxFuture<'_, Result<(HeaderName, HeaderValue), Error>> {
                Box::pin(async {
                    Ok((
                        reqwest::header::AUTHORIZATION,
                        HeaderValue::from_static("Bearer t"),
                    ))
                })
            }
            fn invalidate(&self) -> bool {
                false
            }
        }
        let mut shapes = 0;
        for (defaults, provider) in (0..5).flat_map(|d| [(d, false), (d, true)]) {
            let mut builder = Client::builder("https://h.example");
            for i in 0..defaults {
                builder = builder.default_header(format!("x-default-{i}"), "d");
            }
            let mut client = builder.build().unwrap();
            if defaults % 2 == 1 {
                client = client.with_api_key("x-api-key", "k");
            }
            if provider {
                client = client.with_auth_provider(std::sync::Arc::new(Token));
            }
            for op in [&TOKEN, &NOTE] {
                for per_call in 0..4 {
                    for body in [false, true] {
                        let mut request = client.request(op, CallOptions::default());
                        for i in 0..per_call {
                            request = request.header(["x-a", "x-b", "x-c"][i], "v");
                        }
                        if body {
                            request = request.json_text("{}");
                        }
                        let mut built = request.build(request.url(), Duration::from_secs(1));
                        let headers = built.headers_mut();
                        let (len, room) = (headers.len(), headers.capacity());
                        if provider {
                            // What `exchange` adds from the provider.
                            headers.insert(
                                reqwest::header::AUTHORIZATION,
                                HeaderValue::from_static("Bearer t"),
                            );
                        }
                        add_downstream_headers(headers, body);
                        assert_eq!(
                            headers.capacity(),
                            room,
                            "{len} headers (accept: {:?}, body: {body}, provider: {provider}) regrown from room for {room}",
                            op.accept
                        );
                        shapes += 1;
                    }
                }
            }
        }
        assert_eq!(shapes, 160);
    }

    #[test]
    fn form_bodies_are_url_encoded() {
        let client = Client::new("https://h.example").unwrap();
        let request = client
            .request(&TOKEN, CallOptions::default())
            .form([("grant_type", "client_credentials"), ("scope", "a b&c=d+é")]);
        let (body, content_type) = request.body.unwrap();
        assert_eq!(content_type, "application/x-www-form-urlencoded");
        assert_eq!(
            &body[..],
            b"grant_type=client_credentials&scope=a+b%26c%3Dd%2B%C3%A9"
        );
        let empty = client
            .request(&TOKEN, CallOptions::default())
            .form(std::iter::empty());
        assert_eq!(&empty.body.unwrap().0[..], b"");
    }
}
