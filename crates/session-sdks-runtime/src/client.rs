//! [`Client`] and [`ClientBuilder`]: one connection pool, its configuration
//! and credentials, shared by every API object and request builder.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use url::Url;

use crate::auth::{AuthProvider, Credential};
use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::secret::Secret;

/// Default limit on a response body: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;
/// Default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default timeout of one attempt, from sending to the last body byte.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// An HTTP client for one API deployment.
///
/// Cheap to clone (an `Arc`), `Send + Sync`; clones and the clients returned by
/// the `with_*` methods share one connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    /// Base URL as text without a trailing `/`, e.g. `https://h/api`.
    pub(crate) base: String,
    /// `base` parsed once: each request's URL is a clone with its path and
    /// query set, so scheme and host are not parsed again per call.
    pub(crate) base_url: Url,
    /// Length of `base`'s scheme, host and port (where its path starts).
    pub(crate) origin_len: usize,
    pub(crate) default_headers: HeaderMap,
    pub(crate) timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) credentials: Vec<Credential>,
    pub(crate) provider: Option<Arc<dyn AuthProvider>>,
}

impl Client {
    /// Starts configuring a client for the API at `base_url`
    /// (e.g. `https://ctm.example.com:8443/automation-api`).
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    /// A client for `base_url` with every default; fails on a bad URL.
    pub fn new(base_url: impl Into<String>) -> Result<Self, Error> {
        Self::builder(base_url).build()
    }

    /// The base URL requests are relative to.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    /// The underlying `reqwest::Client`.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// The default retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The default per-attempt timeout.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// The response body limit in bytes.
    pub fn max_response_bytes(&self) -> usize {
        self.inner.max_response_bytes
    }

    /// A client sending `Authorization: Bearer <token>`.
    pub fn with_bearer_token(&self, token: impl Into<Secret>) -> Self {
        self.with_credential(Credential::new(
            reqwest::header::AUTHORIZATION,
            "Bearer ",
            token.into(),
        ))
    }

    /// A client sending `Authorization: Basic base64(user:password)`.
    pub fn with_basic_auth(&self, user: &str, password: impl Into<Secret>) -> Self {
        self.with_credential(Credential::basic(user, &password.into()))
    }

    /// A client sending an API key in the named header (`x-api-key: <key>`).
    pub fn with_api_key(&self, header: &str, key: impl Into<Secret>) -> Self {
        self.with_token_header(header, key)
    }

    /// A client sending a token in a named header (`VZ-M2M-Token`,
    /// `Session-Token`, ...). Replaces an earlier value of the same header.
    pub fn with_token_header(&self, header: &str, token: impl Into<Secret>) -> Self {
        match HeaderName::from_bytes(header.as_bytes()) {
            Ok(name) => self.with_credential(Credential::new(name, "", token.into())),
            // An impossible header name: keep it unusable so the call fails before sending.
            Err(_) => self.with_credential(Credential {
                name: HeaderName::from_static("x-invalid-header-name"),
                value: None,
                secret: token.into(),
            }),
        }
    }

    /// A client without the named auth header.
    pub fn without_header(&self, header: &str) -> Self {
        let named = |c: &Credential| c.name.as_str().eq_ignore_ascii_case(header);
        if !self.inner.credentials.iter().any(named) {
            // Nothing to remove (the usual case for a per-call guard such as
            // vzm2m's login): share this configuration instead of copying it.
            return self.clone();
        }
        let mut inner = self.inner.clone_config();
        inner.credentials.retain(|c| !named(c));
        Self {
            inner: Arc::new(inner),
        }
    }

    /// A client whose auth header comes from `provider` on each attempt.
    pub fn with_auth_provider(&self, provider: Arc<dyn AuthProvider>) -> Self {
        let mut inner = self.inner.clone_config();
        inner.provider = Some(provider);
        Self {
            inner: Arc::new(inner),
        }
    }

    /// A client with no credentials and no provider, sharing the pool.
    pub fn without_auth(&self) -> Self {
        let mut inner = self.inner.clone_config();
        inner.credentials.clear();
        inner.provider = None;
        Self {
            inner: Arc::new(inner),
        }
    }

    /// The same client with another default retry policy.
    pub fn with_retry_policy(&self, retry: RetryPolicy) -> Self {
        let mut inner = self.inner.clone_config();
        inner.retry = retry;
        Self {
            inner: Arc::new(inner),
        }
    }

    fn with_credential(&self, credential: Credential) -> Self {
        let mut inner = self.inner.clone_config();
        inner.credentials.retain(|c| c.name != credential.name);
        inner.credentials.push(credential);
        Self {
            inner: Arc::new(inner),
        }
    }

    /// The secret values this client sends, to mask them in error previews.
    pub(crate) fn secrets(&self) -> impl Iterator<Item = &str> {
        self.inner.credentials.iter().map(|c| c.secret.expose())
    }
}

impl Inner {
    fn clone_config(&self) -> Self {
        Self {
            http: self.http.clone(),
            base: self.base.clone(),
            base_url: self.base_url.clone(),
            origin_len: self.origin_len,
            default_headers: self.default_headers.clone(),
            timeout: self.timeout,
            retry: self.retry.clone(),
            max_response_bytes: self.max_response_bytes,
            credentials: self.credentials.clone(),
            provider: self.provider.clone(),
        }
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth: Vec<&str> = self
            .inner
            .credentials
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        let headers: Vec<&str> = self
            .inner
            .default_headers
            .keys()
            .map(|name| name.as_str())
            .collect();
        f.debug_struct("Client")
            .field("base_url", &self.inner.base)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .field("default_headers", &headers)
            .field("auth_headers", &auth)
            .field("auth_provider", &self.inner.provider.is_some())
            .finish()
    }
}

/// Configures a [`Client`]. Nothing is validated or connected until [`ClientBuilder::build`].
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    user_agent: String,
    default_headers: Vec<(String, String)>,
    connect_timeout: Duration,
    timeout: Duration,
    retry: RetryPolicy,
    max_response_bytes: usize,
    http: Option<reqwest::Client>,
}

impl ClientBuilder {
    fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            user_agent: concat!("session-sdks/", env!("CARGO_PKG_VERSION")).to_owned(),
            default_headers: Vec::new(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            http: None,
        }
    }

    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Adds a header sent on every request (not for secrets: use the `with_*` auth methods).
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Time allowed for one attempt, from sending to the last body byte (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The retry policy of every call (default: [`RetryPolicy::default`]).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The largest response body read (default 16 MiB).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Uses your own `reqwest::Client` (proxies, TLS roots, pool settings).
    /// The connect timeout set here then does not apply: configure it on yours,
    /// and its redirect policy applies too (the SDK's own client follows
    /// same-origin redirects only, so API keys and token headers, which reqwest
    /// does not strip, never reach another host).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Validates the configuration and builds the client. Sends nothing.
    pub fn build(self) -> Result<Client, Error> {
        let base = validate_base_url(&self.base_url)?;
        let base_url = Url::parse(&base).map_err(|err| Error::InvalidRequest(err.to_string()))?;
        let origin_len = base_url[..url::Position::BeforePath].len();
        let mut default_headers = HeaderMap::new();
        let user_agent = HeaderValue::from_str(&self.user_agent).map_err(|_| {
            Error::InvalidRequest(
                "the user agent contains characters not allowed in a header".into(),
            )
        })?;
        default_headers.insert(reqwest::header::USER_AGENT, user_agent);
        for (name, value) in &self.default_headers {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                Error::InvalidRequest(format!("`{name}` is not a valid header name"))
            })?;
            let value = HeaderValue::from_str(value).map_err(|_| {
                Error::InvalidRequest(format!(
                    "the value of header `{name}` contains CR, LF or NUL"
                ))
            })?;
            default_headers.append(name, value);
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                .redirect(same_origin_redirects())
                .build()
                .map_err(|err| {
                    Error::InvalidRequest(format!("the HTTP client could not be built: {err}"))
                })?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                base_url,
                origin_len,
                default_headers,
                timeout: self.timeout,
                retry: self.retry,
                max_response_bytes: self.max_response_bytes,
                credentials: Vec::new(),
                provider: None,
            }),
        })
    }
}

/// Follows up to 10 redirects within the origin (scheme, host, port) of the
/// request; a redirect elsewhere is returned to the caller as the 3xx response.
/// reqwest strips only `Authorization`, `Cookie` and the like on a cross-host
/// redirect, not `x-api-key` or `Session-Token`, and a 307/308 re-sends a login body.
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let next = attempt.url();
        let same = attempt.previous().first().is_some_and(|first| {
            first.scheme() == next.scheme()
                && first.host_str() == next.host_str()
                && first.port_or_known_default() == next.port_or_known_default()
        });
        if !same {
            attempt.stop()
        } else if attempt.previous().len() > 10 {
            attempt.error("more than 10 redirects")
        } else {
            attempt.follow()
        }
    })
}

/// An absolute `http`/`https` URL without query, fragment or credentials,
/// returned without its trailing `/`.
fn validate_base_url(raw: &str) -> Result<String, Error> {
    let url = Url::parse(raw.trim()).map_err(|err| {
        Error::InvalidRequest(format!(
            "base URL is not an absolute URL ({err}); expected e.g. https://host/api"
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::InvalidRequest(format!(
            "base URL scheme `{}` is not http or https",
            url.scheme()
        )));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(Error::InvalidRequest("base URL has no host".into()));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::InvalidRequest(
            "base URL must not have a query or fragment".into(),
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::InvalidRequest(
            "base URL must not embed credentials; use the with_* auth methods".into(),
        ));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_validated() {
        for good in [
            "https://h.example/api",
            "https://h.example/api/",
            "http://127.0.0.1:8080",
            " https://h ",
        ] {
            assert!(Client::new(good).is_ok(), "{good}");
        }
        assert_eq!(
            Client::new("https://h.example/api/").unwrap().base_url(),
            "https://h.example/api"
        );
        for bad in [
            "",
            "/relative/path",
            "h.example/api",
            "ftp://h/x",
            "https://h/x?q=1",
            "https://u:p@h/x",
            "http://",
        ] {
            let err = Client::new(bad).unwrap_err();
            assert!(matches!(err, Error::InvalidRequest(_)), "{bad}: {err:?}");
            assert!(!err.to_string().contains("u:p"), "{err}");
        }
    }

    #[test]
    fn bad_default_headers_are_refused() {
        let err = Client::builder("https://h")
            .default_header("x-a", "a\r\nb")
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("x-a"), "{err}");
        let err = Client::builder("https://h")
            .default_header("bad name", "v")
            .build()
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)));
    }

    #[test]
    fn with_methods_share_the_pool_and_never_print_secrets() {
        let client = Client::new("https://h").unwrap();
        let authed = client
            .with_bearer_token("tok-secret")
            .with_api_key("x-api-key", "key-secret");
        let basic = client.with_basic_auth("user", "pw-secret");
        assert_eq!(authed.inner.credentials.len(), 2);
        assert_eq!(client.inner.credentials.len(), 0);
        let again = authed.with_bearer_token("tok2");
        assert_eq!(again.inner.credentials.len(), 2, "same header replaced");
        for c in [&authed, &basic, &again] {
            let debug = format!("{c:?}");
            assert!(
                !debug.contains("secret") && !debug.contains("tok2"),
                "{debug}"
            );
        }
        assert!(format!("{authed:?}").contains("x-api-key"));
        assert_eq!(
            authed.without_header("X-API-KEY").inner.credentials.len(),
            1
        );
        let unchanged = authed.without_header("VZ-M2M-Token");
        assert!(
            Arc::ptr_eq(&unchanged.inner, &authed.inner),
            "nothing copied"
        );
        assert!(authed.without_auth().inner.credentials.is_empty());
    }

    fn assert_send_sync<T: Send + Sync + Clone + 'static>() {}

    #[test]
    fn client_is_send_sync_clone() {
        assert_send_sync::<Client>();
    }
}
