//! Building a request: parameters into the URL, headers and body, checked as they are set;
//! then each attempt's `reqwest::Request`.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;
use std::time::Duration;

use bytes::Bytes;
use percent_encoding::{percent_decode_str, utf8_percent_encode};
use reqwest::Method;
use reqwest::header::{ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, HeaderName, HeaderValue};
use serde::Serialize;

use crate::auth::{header_name, header_value};
use crate::encode::{COMPONENT, push_encoded, unusable_segment};
use crate::secret::{Secret, collect_serialized};

use super::{MAX_URL_BYTES, Request};

const JSON: HeaderValue = HeaderValue::from_static("application/json");
const TEXT: HeaderValue = HeaderValue::from_static("text/plain");
/// Headers a request gets besides the client's, the credentials and the
/// call's: `Accept` (the operation's, or reqwest's default `*/*`), `Host`
/// (hyper), and with a body `Content-Type` (ours) and `Content-Length`
/// (hyper's, or ours: `0` for a POST without one).
const ADDED_HEADERS: usize = 4;
const FORM: HeaderValue = HeaderValue::from_static("application/x-www-form-urlencoded");

impl Request {
    pub(super) fn refuse(&mut self, problem: String) {
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

    /// Appends a caller's path (a custom call's) to the base URL, each `/`-separated segment
    /// percent-encoded; a dot segment or an empty one inside it is refused. Called before any
    /// query pair is added.
    pub(crate) fn append_path(mut self, path: &str) -> Self {
        let trimmed = path.strip_prefix('/').unwrap_or(path);
        let (segments, trailing) = match trimmed.strip_suffix('/') {
            Some(inner) => (inner, true),
            None => (trimmed, false),
        };
        let mut added = String::with_capacity(path.len() + 1);
        if !segments.is_empty() {
            for segment in segments.split('/') {
                if let Some(why) = unusable_segment(segment) {
                    self.refuse(format!("a segment of the path `{path}` {why}"));
                    return self;
                }
                added.push('/');
                push_encoded(&mut added, segment);
            }
        }
        if trailing || added.is_empty() {
            added.push('/');
        }
        if self.url.len() + added.len() > MAX_URL_BYTES {
            self.refuse_long("the path", added.len());
            return self;
        }
        // The base keeps no trailing `/` of its own past the origin's: one separator.
        if self.url.ends_with('/') {
            self.url.pop();
        }
        self.url.push_str(&added);
        self.path_end = self.url.len();
        self
    }

    pub(super) fn refuse_long(&mut self, what: &str, adding: usize) {
        self.refuse(format!(
            "{what} would make the URL {} bytes long, over the {MAX_URL_BYTES}-byte limit",
            self.url.len() + adding
        ));
    }

    /// Where `{name}` is in the path, if still unfilled.
    pub(super) fn placeholder(&self, name: &str) -> Option<Range<usize>> {
        let start = self.client.inner.base.len();
        let path = &self.url[start..self.path_end];
        path.match_indices('{').find_map(|(open, _)| {
            let rest = &path[open + 1..];
            (rest.starts_with(name) && rest[name.len()..].starts_with('}'))
                .then(|| start + open..start + open + name.len() + 2)
        })
    }

    pub(super) fn push_pair(&mut self, name: &str, value: &str) {
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
    pub(super) fn query_secrets(&self) -> Vec<Vec<u8>> {
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

    pub(super) fn insert_header(&mut self, name: &'static str, value: &str, sensitive: bool) {
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
    pub(super) fn unset_path_param(&self) -> Option<String> {
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
    pub(super) fn url(&self) -> url::Url {
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
    pub(super) fn build(&self, url: url::Url, timeout: Duration) -> reqwest::Request {
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
}
