//! [`Client`] and [`ClientBuilder`]: one connection pool, its configuration
//! and credentials, shared by every API object and request builder.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use url::Url;

use crate::auth::{AuthProvider, Credential, header_name, header_value};
use crate::error::SdkError;
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
    /// The default headers' values, as possible secrets (an API key may be one).
    pub(crate) default_values: Vec<Secret>,
    pub(crate) timeout: Duration,
    pub(crate) deadline: Option<Duration>,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) credentials: Vec<Credential>,
    /// Headers fetched per attempt (an OAuth token, a session token), in order.
    pub(crate) providers: Vec<Arc<dyn AuthProvider>>,
    /// The base URL is plain `http` to a host other than loopback, and the
    /// builder did not allow credentials to travel that way.
    pub(crate) plain_remote: bool,
}

impl Client {
    /// Starts configuring a client for the API at `base_url`
    /// (e.g. `https://api.example.com:8443/v1`).
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    /// A client for `base_url` with every default; fails on a bad URL.
    pub fn new(base_url: impl Into<String>) -> Result<Self, SdkError> {
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

    /// The default operation deadline (all attempts of a call), if any.
    pub fn deadline(&self) -> Option<Duration> {
        self.inner.deadline
    }

    /// The response body limit in bytes.
    pub fn max_response_bytes(&self) -> usize {
        self.inner.max_response_bytes
    }

    /// A client sending `Authorization: Bearer <token>`. An empty token, or
    /// one that cannot be a header value, makes every call fail with
    /// [`SdkError::InvalidRequest`] before anything is sent.
    pub fn with_bearer_token(&self, token: impl Into<Secret>) -> Self {
        self.with_credential(Credential::new("authorization", "Bearer ", token.into()))
    }

    /// A client sending `Authorization: Basic base64(user:password)`. An
    /// empty user or password, or a user with `:`, makes every call fail
    /// before anything is sent.
    pub fn with_basic_auth(&self, user: &str, password: impl Into<Secret>) -> Self {
        self.with_credential(Credential::basic(user, &password.into()))
    }

    /// A client sending an API key in the named header (`x-api-key: <key>`).
    pub fn with_api_key(&self, header: &str, key: impl Into<Secret>) -> Self {
        self.with_token_header(header, key)
    }

    /// A client sending a token in a named header (`VZ-M2M-Token`,
    /// `Session-Token`, ...). Replaces an earlier value of the same header.
    /// An invalid header name, or an empty token, makes every call fail with
    /// [`SdkError::InvalidRequest`] (naming the header) before anything is sent.
    pub fn with_token_header(&self, header: &str, token: impl Into<Secret>) -> Self {
        self.with_credential(Credential::new(header, "", token.into()))
    }

    /// A client without the named auth header.
    pub fn without_header(&self, header: &str) -> Self {
        let named = |c: &Credential| c.label.eq_ignore_ascii_case(header);
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

    /// A client that also sends the header `provider` supplies, on each
    /// attempt (after this client's other providers: a later one wins a header both send).
    pub fn with_auth_provider(&self, provider: Arc<dyn AuthProvider>) -> Self {
        let mut inner = self.inner.clone_config();
        inner.providers.push(provider);
        Self {
            inner: Arc::new(inner),
        }
    }

    /// A client with no credentials and no provider, sharing the pool.
    pub fn without_auth(&self) -> Self {
        let mut inner = self.inner.clone_config();
        inner.credentials.clear();
        inner.providers.clear();
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

    /// The same client with another default per-attempt timeout (a zero one
    /// makes every call fail before anything is sent).
    pub fn with_timeout(&self, timeout: Duration) -> Self {
        let mut inner = self.inner.clone_config();
        inner.timeout = timeout;
        Self {
            inner: Arc::new(inner),
        }
    }

    /// The same client with another default operation deadline: the time
    /// one call may take, all attempts, backoffs, token fetches and re-logins
    /// included (`None`: only the per-attempt timeout bounds it).
    pub fn with_deadline(&self, deadline: Option<Duration>) -> Self {
        let mut inner = self.inner.clone_config();
        inner.deadline = deadline;
        Self {
            inner: Arc::new(inner),
        }
    }

    fn with_credential(&self, credential: Credential) -> Self {
        let mut inner = self.inner.clone_config();
        inner
            .credentials
            .retain(|c| !c.label.eq_ignore_ascii_case(&credential.label));
        inner.credentials.push(credential);
        Self {
            inner: Arc::new(inner),
        }
    }

    /// Every value this client sends that may be a secret: its credentials
    /// and its default headers (an API key may be set as one), to judge what
    /// an error may show of a server's answer.
    pub(crate) fn secrets(&self) -> impl Iterator<Item = &str> {
        self.inner
            .credentials
            .iter()
            .map(|c| &c.secret)
            .chain(&self.inner.default_values)
            .map(Secret::expose)
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
            default_values: self.default_values.clone(),
            timeout: self.timeout,
            deadline: self.deadline,
            retry: self.retry.clone(),
            max_response_bytes: self.max_response_bytes,
            credentials: self.credentials.clone(),
            providers: self.providers.clone(),
            plain_remote: self.plain_remote,
        }
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth: Vec<&str> = self.inner.credentials.iter().map(|c| &*c.label).collect();
        let headers: Vec<&str> = self
            .inner
            .default_headers
            .keys()
            .map(|name| name.as_str())
            .collect();
        f.debug_struct("Client")
            .field("base_url", &self.inner.base)
            .field("timeout", &self.inner.timeout)
            .field("deadline", &self.inner.deadline)
            .field("retry", &self.inner.retry)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .field("default_headers", &headers)
            .field("auth_headers", &auth)
            .field("auth_providers", &self.inner.providers.len())
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
    deadline: Option<Duration>,
    retry: RetryPolicy,
    max_response_bytes: usize,
    http: Http,
    insecure_http: bool,
}

/// Where a client's connection pool comes from.
enum Http {
    /// A new one, built with the SDK's settings.
    Own,
    /// The caller's configuration, with the SDK's redirect and referer policy applied.
    Builder(Box<reqwest::ClientBuilder>),
    /// The pool of another SDK client (built with the same policy).
    Shared(reqwest::Client),
}

impl ClientBuilder {
    fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            user_agent: concat!("session-sdks/", env!("CARGO_PKG_VERSION")).to_owned(),
            default_headers: Vec::new(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            deadline: None,
            retry: RetryPolicy::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            http: Http::Own,
            insecure_http: false,
        }
    }

    /// Allows credentials (passwords, tokens, API keys, default headers) to
    /// be sent over plain `http` to a host other than loopback. Off by
    /// default: such a call fails before anything is sent, since anyone on
    /// the path could read them (an API may even put a password in the
    /// query string). Loopback (`localhost`, `127.0.0.0/8`, `::1`) is always
    /// allowed, for local tests and sidecars.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.insecure_http = allow;
        self
    }

    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Adds a header sent on every request. For credentials prefer the
    /// `with_*` auth methods (their values are marked sensitive); a value set
    /// here is still treated as a possible secret: an error never shows server
    /// text of a request that carried one.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Time allowed for one attempt, from sending to the last body byte
    /// (default 30 s; zero is refused by [`ClientBuilder::build`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed for a whole call: every attempt, backoff, token fetch and
    /// re-login (default: none, so the per-attempt timeout and the retry
    /// policy bound it). When it passes the call fails with
    /// [`SdkError::DeadlineExceeded`]; zero is refused by [`ClientBuilder::build`].
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
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

    /// Builds the connection pool from your `reqwest::ClientBuilder`
    /// (proxies, TLS roots, pool settings, HTTP/2, local address...), with the
    /// SDK's own rules applied on top, so that bringing your own client can
    /// never leak a credential: redirects are followed within the origin
    /// (scheme, host, port) only, at most 10, and no `Referer` is sent (a URL may
    /// carry a password in its query). The connect timeout set here applies too.
    ///
    /// To share one pool between several SDK clients, build the first, then
    /// give the others [`ClientBuilder::share_pool`].
    pub fn http_client(mut self, http: reqwest::ClientBuilder) -> Self {
        self.http = Http::Builder(Box::new(http));
        self
    }

    /// Uses the connection pool of `other`, an SDK client built with the
    /// same rules (see [`ClientBuilder::http_client`]); its connect timeout applies.
    pub fn share_pool(mut self, other: &Client) -> Self {
        self.http = Http::Shared(other.inner.http.clone());
        self
    }

    /// Validates the configuration and builds the client. Sends nothing.
    pub fn build(self) -> Result<Client, SdkError> {
        let base = validate_base_url(&self.base_url)?;
        let base_url =
            Url::parse(&base).map_err(|err| SdkError::InvalidRequest(err.to_string()))?;
        // Without a TLS backend reqwest fails every https call as a retryable
        // "could not connect": refused here, once, naming the fix.
        if base_url.scheme() == "https" && !TLS_BACKEND {
            return Err(SdkError::InvalidRequest(NO_TLS.into()));
        }
        let origin_len = base_url[..url::Position::BeforePath].len();
        for (what, limit) in [
            ("timeout", Some(self.timeout)),
            ("connect timeout", Some(self.connect_timeout)),
            ("deadline", self.deadline),
        ] {
            if limit == Some(Duration::ZERO) {
                return Err(SdkError::InvalidRequest(format!(
                    "the {what} is zero: every call would fail"
                )));
            }
            if limit.is_some_and(|limit| limit < Duration::from_millis(1)) {
                return Err(SdkError::InvalidRequest(format!(
                    "the {what} is under a millisecond: no call could finish in it"
                )));
            }
            if limit.is_some_and(|limit| limit > Duration::from_secs(24 * 60 * 60)) {
                return Err(SdkError::InvalidRequest(format!(
                    "the {what} is over a day: a stalled server would hold every call"
                )));
            }
        }
        if self.max_response_bytes == 0 {
            return Err(SdkError::InvalidRequest(
                "the max_response_bytes limit is zero: no response could be read".into(),
            ));
        }
        let mut default_headers = HeaderMap::new();
        let user_agent =
            header_value("user-agent", &self.user_agent).map_err(SdkError::InvalidRequest)?;
        default_headers.insert(reqwest::header::USER_AGENT, user_agent);
        for (name, value) in &self.default_headers {
            let name: HeaderName = header_name(name).map_err(SdkError::InvalidRequest)?;
            let value: HeaderValue =
                header_value(name.as_str(), value).map_err(SdkError::InvalidRequest)?;
            default_headers.append(name, value);
        }
        let http = match self.http {
            Http::Shared(http) => http,
            Http::Builder(builder) => with_policy(*builder, self.connect_timeout)?,
            Http::Own => {
                let builder = reqwest::Client::builder();
                // A proxy from the environment must not see loopback traffic
                // (with `http://`, it would read a LetMC password in the request line).
                let builder = if is_loopback(&base_url) {
                    builder.no_proxy()
                } else {
                    builder
                };
                with_policy(builder, self.connect_timeout)?
            }
        };
        let plain_remote =
            base_url.scheme() == "http" && !is_loopback(&base_url) && !self.insecure_http;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                base_url,
                origin_len,
                default_headers,
                default_values: self
                    .default_headers
                    .iter()
                    .map(|(_, value)| Secret::new(value.as_str()))
                    .collect(),
                timeout: self.timeout,
                deadline: self.deadline,
                retry: self.retry,
                max_response_bytes: self.max_response_bytes,
                credentials: Vec::new(),
                providers: Vec::new(),
                plain_remote,
            }),
        })
    }
}

/// Whether a TLS backend is compiled in (one of the runtime's TLS features).
const TLS_BACKEND: bool = cfg!(any(
    feature = "rustls",
    feature = "rustls-ring",
    feature = "native-tls"
));

/// Why an `https` base URL is refused without a TLS backend.
const NO_TLS: &str = "the base URL is https and no TLS backend is compiled in: enable one of \
     the features `rustls`, `rustls-ring` or `native-tls` (of the API crate or \
     session-sdks-runtime), or use `default-features = true`";

/// `builder` with the SDK's rules: same-origin redirects only, no `Referer`,
/// the connect timeout.
fn with_policy(
    builder: reqwest::ClientBuilder,
    connect_timeout: Duration,
) -> Result<reqwest::Client, SdkError> {
    // `rustls-ring` alone: reqwest's rustls has no provider of its own, so ring
    // becomes the process default, unless the application installed one first.
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls")))]
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Losing a race to another thread's install is fine: its provider serves.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    builder
        .connect_timeout(connect_timeout)
        .redirect(same_origin_redirects())
        .referer(false)
        .build()
        .map_err(|err| {
            SdkError::InvalidRequest(format!("the HTTP client could not be built: {err}"))
        })
}

/// Whether `url` names this machine (`localhost`, `127.0.0.0/8`, `::1`).
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
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
fn validate_base_url(raw: &str) -> Result<String, SdkError> {
    let url = Url::parse(raw.trim()).map_err(|err| {
        SdkError::InvalidRequest(format!(
            "base URL is not an absolute URL ({err}); expected e.g. https://host/api"
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(SdkError::InvalidRequest(format!(
            "base URL scheme `{}` is not http or https",
            url.scheme()
        )));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(SdkError::InvalidRequest("base URL has no host".into()));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(SdkError::InvalidRequest(
            "base URL must not have a query or fragment".into(),
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(SdkError::InvalidRequest(
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
            assert!(matches!(err, SdkError::InvalidRequest(_)), "{bad}: {err:?}");
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
        assert!(matches!(err, SdkError::InvalidRequest(_)));
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
