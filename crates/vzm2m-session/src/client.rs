//! [`VzM2mClient`]: the document's `client.session` way in, with the
//! ThingSpace OAuth token fetched, cached and renewed by the SDK.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use session_sdks_runtime::{
    AuthProvider, Client, ClientCredentials, Method, Operation, REDACTED, Repeat, RetryPolicy,
    SdkError, Secret, SessionStore, reqwest,
};

use crate::apis::session_controller::SessionController;
use crate::models::OauthToken;

/// The header carrying the session token from the login on every call but the login.
pub const VZ_M2M_TOKEN: &str = "VZ-M2M-Token";

/// The client-credentials token request of the ThingSpace OAuth server.
/// Asking for a token twice is harmless, so it may be retried.
pub(crate) const REQUEST_TOKEN: Operation = Operation {
    name: "request_token",
    method: Method::POST,
    path: "/oauth2/token",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

/// A ThingSpace deployment: the Connectivity Management API and its OAuth server.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Environment {
    /// `https://thingspace.verizon.com/api/m2m/v1`.
    #[default]
    Production,
    /// `https://staging.thingspace.verizon.com/api/m2m/v1`.
    Staging,
}

impl Environment {
    /// The base URL of the Connectivity Management API.
    pub const fn base_url(self) -> &'static str {
        match self {
            Self::Production => "https://thingspace.verizon.com/api/m2m/v1",
            Self::Staging => "https://staging.thingspace.verizon.com/api/m2m/v1",
        }
    }

    /// The base URL of the OAuth server (`POST <it>/oauth2/token`).
    pub const fn oauth_base_url(self) -> &'static str {
        match self {
            Self::Production => "https://thingspace.verizon.com/api/ts/v1",
            Self::Staging => "https://staging.thingspace.verizon.com/api/ts/v1",
        }
    }
}

/// A client for the Connectivity Management API that authenticates every call
/// with the ThingSpace OAuth token.
///
/// Cheap to clone; clones and the clients from [`VzM2mClient::with_session_token`]
/// share the connection pool and the cached OAuth token.
#[derive(Debug, Clone)]
pub struct VzM2mClient {
    client: Client,
}

impl VzM2mClient {
    /// Starts configuring a client for `environment`.
    pub fn builder(environment: Environment) -> VzM2mClientBuilder {
        VzM2mClientBuilder {
            base_url: environment.base_url().to_owned(),
            oauth_base_url: environment.oauth_base_url().to_owned(),
            client_id: None,
            client_secret: None,
            scope: None,
            oauth_token: None,
            fetch_deadline: None,
            user_agent: None,
            connect_timeout: None,
            timeout: None,
            retry: None,
            max_response_bytes: None,
            http: None,
            pool: None,
            default_headers: Vec::new(),
            deadline: None,
            insecure_http: false,
            token_store: SessionStore::memory(),
        }
    }

    /// The session API (the document's `client.session`).
    pub fn session(&self) -> SessionController {
        SessionController::new(self.client.clone())
    }

    /// The underlying runtime client, OAuth included.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// A client that also sends `VZ-M2M-Token: <session_token>` (the login's
    /// `sessionToken`), as logout, reset and every other call but the login need.
    pub fn with_session_token(&self, session_token: impl Into<Secret>) -> Self {
        Self {
            client: self.client.with_token_header(VZ_M2M_TOKEN, session_token),
        }
    }

    /// A client that also sends the header `provider` supplies on each call
    /// (a [`Session`](crate::Session)'s token), beside the OAuth token.
    pub fn with_auth_provider(&self, provider: Arc<dyn AuthProvider>) -> Self {
        Self {
            client: self.client.with_auth_provider(provider),
        }
    }

    /// A client without the session token.
    pub fn without_session_token(&self) -> Self {
        Self {
            client: self.client.without_header(VZ_M2M_TOKEN),
        }
    }
}

/// Configures a [`VzM2mClient`]; nothing is validated or sent until
/// [`VzM2mClientBuilder::build`].
///
/// `Debug` shows the settings that are not secret (URLs without user info or
/// query, client id, timeouts, retry) and only whether a client secret, a
/// token, your `reqwest::ClientBuilder` or a shared pool is set: never their
/// contents (a `reqwest::ClientBuilder` prints its default headers and proxies).
#[must_use]
pub struct VzM2mClientBuilder {
    base_url: String,
    oauth_base_url: String,
    client_id: Option<String>,
    client_secret: Option<Secret>,
    scope: Option<String>,
    oauth_token: Option<OauthToken>,
    fetch_deadline: Option<Duration>,
    user_agent: Option<String>,
    connect_timeout: Option<Duration>,
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    max_response_bytes: Option<usize>,
    http: Option<reqwest::ClientBuilder>,
    pool: Option<Client>,
    default_headers: Vec<(String, String)>,
    deadline: Option<Duration>,
    insecure_http: bool,
    token_store: SessionStore,
}

impl fmt::Debug for VzM2mClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VzM2mClientBuilder")
            .field("base_url", &without_credentials(&self.base_url))
            .field("oauth_base_url", &without_credentials(&self.oauth_base_url))
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("scope", &self.scope)
            .field("oauth_token", &self.oauth_token.as_ref().map(|_| REDACTED))
            .field("token_fetch_deadline", &self.fetch_deadline)
            .field("user_agent", &self.user_agent)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("http_client", &self.http.is_some())
            .field("share_pool", &self.pool.is_some())
            .field(
                "default_headers",
                &self
                    .default_headers
                    .iter()
                    .map(|(name, _)| name.as_str())
                    .collect::<Vec<_>>(),
            )
            .field("deadline", &self.deadline)
            .field("allow_insecure_http", &self.insecure_http)
            .finish()
    }
}

/// A URL as `Debug` shows it: user info and query replaced by `***` (`build`
/// refuses both, but until then they may hold a credential), fragment dropped.
fn without_credentials(url: &str) -> String {
    let (scheme, rest) = match url.split_once("://") {
        Some((scheme, rest)) => (Some(scheme), rest),
        None => (None, url),
    };
    let (rest, _fragment) = rest.split_once('#').unwrap_or((rest, ""));
    let (rest, query) = match rest.split_once('?') {
        Some((rest, _)) => (rest, "?***"),
        None => (rest, ""),
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let authority = match authority.rsplit_once('@') {
        Some((_, host)) => format!("***@{host}"),
        None => authority.to_owned(),
    };
    let scheme = scheme.map(|s| format!("{s}://")).unwrap_or_default();
    format!("{scheme}{authority}{path}{query}")
}

impl VzM2mClientBuilder {
    /// Adds a header sent on every API call (not on the OAuth token
    /// request), as [`ClientBuilder::default_header`](session_sdks_runtime::ClientBuilder::default_header)
    /// does: its value is treated as a possible secret.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// The operation deadline of every call: all its attempts, backoffs and
    /// its wait for the OAuth token and the session's login
    /// ([`ClientBuilder::deadline`](session_sdks_runtime::ClientBuilder::deadline)).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// Allows credentials over plain `http` to a host other than loopback
    /// ([`ClientBuilder::allow_insecure_http`](session_sdks_runtime::ClientBuilder::allow_insecure_http)),
    /// for both the API and the OAuth server.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.insecure_http = allow;
        self
    }

    /// Uses another API base URL (a proxy, a test server) instead of the environment's.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Uses another OAuth server base URL instead of the environment's.
    pub fn oauth_base_url(mut self, oauth_base_url: impl Into<String>) -> Self {
        self.oauth_base_url = oauth_base_url.into();
        self
    }

    /// The ThingSpace application's key pair: the SDK obtains the OAuth token
    /// with them (client-credentials grant) and renews it as needed.
    pub fn client_credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Self {
        self.client_id = Some(client_id.into());
        self.client_secret = Some(client_secret.into());
        self
    }

    /// The scopes to request, space-delimited.
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// A token you already have. With client credentials it is used until it
    /// expires (per `expiry`, else `expires_in` from now), then renewed;
    /// without them it is used as is.
    pub fn oauth_token(mut self, token: OauthToken) -> Self {
        self.oauth_token = Some(token);
        self
    }

    /// Bounds one OAuth token fetch, all its attempts included (default 30 s).
    /// Every call waiting for the token shares that one fetch and its outcome.
    pub fn token_fetch_deadline(mut self, deadline: Duration) -> Self {
        self.fetch_deadline = Some(deadline);
        self
    }

    /// Shares the OAuth token through `store` (a Redis store for a fleet:
    /// one token fetch per expiry across every replica); memory by default.
    pub fn token_store(mut self, store: impl Into<SessionStore>) -> Self {
        self.token_store = store.into();
        self
    }

    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Time allowed for one attempt (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The retry policy of every call, token requests included.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = Some(retry);
        self
    }

    /// The largest response body read (default 16 MiB).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Builds the connection pool of both servers from your
    /// `reqwest::ClientBuilder`, with the SDK's rules applied on top
    /// ([`ClientBuilder::http_client`](session_sdks_runtime::ClientBuilder::http_client)):
    /// same-origin redirects only and no `Referer`, so that neither the OAuth
    /// token, the session token nor a password can follow a redirect elsewhere.
    pub fn http_client(mut self, http: reqwest::ClientBuilder) -> Self {
        self.http = Some(http);
        self
    }

    /// Uses the connection pool of another SDK client.
    pub fn share_pool(mut self, other: &Client) -> Self {
        self.pool = Some(other.clone());
        self
    }

    /// Validates both URLs and builds the client. Sends nothing: the OAuth
    /// token is fetched by the first call.
    pub fn build(self) -> Result<VzM2mClient, SdkError> {
        if let Some(deadline) = self.fetch_deadline {
            if deadline.is_zero() || deadline > Duration::from_secs(24 * 60 * 60) {
                return Err(SdkError::InvalidRequest(
                    "the token_fetch_deadline is zero or over a day: no token fetch could finish \
                     or a stalled one would hold every call"
                        .into(),
                ));
            }
        }
        let mut api = Client::builder(self.base_url).allow_insecure_http(self.insecure_http);
        for (name, value) in self.default_headers {
            api = api.default_header(name, value);
        }
        if let Some(deadline) = self.deadline {
            api = api.deadline(deadline);
        }
        if let Some(user_agent) = &self.user_agent {
            api = api.user_agent(user_agent.clone());
        }
        if let Some(timeout) = self.connect_timeout {
            api = api.connect_timeout(timeout);
        }
        if let Some(timeout) = self.timeout {
            api = api.timeout(timeout);
        }
        if let Some(retry) = self.retry {
            api = api.retry(retry);
        }
        if let Some(limit) = self.max_response_bytes {
            api = api.max_response_bytes(limit);
        }
        if let Some(http) = self.http {
            api = api.http_client(http);
        }
        if let Some(pool) = &self.pool {
            api = api.share_pool(pool);
        }
        let api = api.build()?;

        let client = match (self.client_id, self.client_secret, self.oauth_token) {
            (Some(client_id), Some(client_secret), token) => {
                let mut oauth = Client::builder(self.oauth_base_url)
                    .allow_insecure_http(self.insecure_http)
                    .share_pool(&api)
                    .timeout(api.timeout())
                    .retry(api.retry_policy().clone())
                    .max_response_bytes(api.max_response_bytes());
                if let Some(user_agent) = self.user_agent {
                    oauth = oauth.user_agent(user_agent);
                }
                let mut provider = ClientCredentials::new(
                    &oauth.build()?,
                    &REQUEST_TOKEN,
                    client_id,
                    client_secret,
                );
                if let Some(scope) = self.scope {
                    provider = provider.scope(scope);
                }
                if let Some(deadline) = self.fetch_deadline {
                    provider = provider.fetch_deadline(deadline);
                }
                provider = provider.store(self.token_store);
                if let Some(token) = token {
                    let valid_for = remaining(&token, SystemTime::now());
                    provider = provider.with_token(token.access_token, valid_for);
                }
                api.with_auth_provider(Arc::new(provider))
            }
            (_, _, Some(token)) => api.with_bearer_token(token.access_token),
            _ => {
                return Err(SdkError::InvalidRequest(
                    "no OAuth credentials: call client_credentials(id, secret) or oauth_token(token)"
                        .into(),
                ));
            }
        };
        Ok(VzM2mClient { client })
    }
}

/// How long a saved token stays valid: until `expiry` (unix seconds) if set,
/// else `expires_in` from now, else until the API refuses it.
fn remaining(token: &OauthToken, now: SystemTime) -> Option<Duration> {
    if let Some(expiry) = token.expiry {
        let now = now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let left = u64::try_from(expiry).unwrap_or(0).saturating_sub(now);
        return Some(Duration::from_secs(left));
    }
    token
        .expires_in
        .map(|secs| Duration::from_secs(u64::try_from(secs).unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_urls_without_credentials() {
        for (url, shown) in [
            (
                "https://thingspace.verizon.com/api/ts/v1",
                "https://thingspace.verizon.com/api/ts/v1",
            ),
            (
                "https://u:pw@h.example:8443/a/b",
                "https://***@h.example:8443/a/b",
            ),
            ("http://h.example/a?key=k#frag", "http://h.example/a?***"),
            ("http://h.example?key=k", "http://h.example?***"),
            ("u:pw@h.example/a", "***@h.example/a"),
            ("", ""),
        ] {
            assert_eq!(without_credentials(url), shown, "{url}");
        }
    }

    #[test]
    fn environments_have_the_documented_urls() {
        assert_eq!(Environment::default(), Environment::Production);
        assert_eq!(
            Environment::Staging.base_url(),
            "https://staging.thingspace.verizon.com/api/m2m/v1"
        );
        assert_eq!(
            Environment::Production.oauth_base_url(),
            "https://thingspace.verizon.com/api/ts/v1"
        );
    }

    #[test]
    fn saved_tokens_expire_by_expiry_then_expires_in() {
        let now = UNIX_EPOCH + Duration::from_secs(1_000);
        let mut token = OauthToken::new("t", "Bearer");
        assert_eq!(remaining(&token, now), None);
        token.expires_in = Some(3600);
        assert_eq!(remaining(&token, now), Some(Duration::from_secs(3600)));
        token.expiry = Some(1_600);
        assert_eq!(remaining(&token, now), Some(Duration::from_secs(600)));
        token.expiry = Some(10);
        assert_eq!(remaining(&token, now), Some(Duration::ZERO));
        token.expiry = Some(-1);
        assert_eq!(remaining(&token, now), Some(Duration::ZERO));
    }
}
