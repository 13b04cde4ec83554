//! [`ClientCredentials`]: the OAuth 2.0 client-credentials grant (RFC 6749 §4.4)
//! as an [`AuthProvider`].
//!
//! The token is fetched on first use, cached, fetched again shortly before it
//! expires or after the API refuses it with a 401, and never fetched by two
//! calls at once: concurrent calls wait for the one fetch in flight and share
//! its outcome, the token or the error, even a token that expires at once. A
//! stalled fetch is bounded by one deadline for all who wait on it.

use std::fmt;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
use serde::Deserialize;

use crate::auth::{AuthProvider, BoxFuture};
use crate::client::{Client, DEFAULT_TIMEOUT};
use crate::error::Error;
use crate::flight::SingleFlight;
use crate::operation::Operation;
use crate::options::CallOptions;
use crate::secret::{REDACTED, Secret};

/// How long before its expiry a token is replaced by default: 60 s (at most
/// half its lifetime, so short-lived tokens are still reused).
pub const DEFAULT_REFRESH_BEFORE: Duration = Duration::from_secs(60);

/// How long one token fetch, retries included, may take by default: 30 s.
/// Every call waiting for the token fails with the same error when it passes.
pub const DEFAULT_FETCH_DEADLINE: Duration = DEFAULT_TIMEOUT;

/// Sends `Authorization: Bearer <token>` with a token obtained by the
/// client-credentials grant.
///
/// The token request is `POST` [`Operation::path`] on the token client's base
/// URL, with the form `grant_type=client_credentials` (and `scope` when set)
/// and `Authorization: Basic base64(client_id:client_secret)`. It runs with the
/// token client's timeouts and retry policy; a failure is returned by the API
/// call that needed the token, naming the token operation.
///
/// ```no_run
/// # use std::sync::Arc;
/// # use session_sdks_runtime::{Client, ClientCredentials, Method, Operation, Repeat};
/// const REQUEST_TOKEN: Operation = Operation {
///     name: "request_token",
///     method: Method::POST,
///     path: "/oauth2/token",
///     repeat: Repeat::Idempotent,
///     accept: Some("application/json"),
/// };
/// # fn run() -> Result<(), session_sdks_runtime::Error> {
/// let oauth = Client::new("https://auth.example.com/api/v1")?;
/// let provider = ClientCredentials::new(&oauth, &REQUEST_TOKEN, "my-id", "my-secret");
/// let api = Client::new("https://api.example.com/v1")?.with_auth_provider(Arc::new(provider));
/// # Ok(())
/// # }
/// ```
pub struct ClientCredentials {
    token_client: Client,
    operation: &'static Operation,
    client_id: String,
    scope: Option<String>,
    refresh_before: Duration,
    fetch_deadline: Duration,
    cached: Mutex<Option<CachedToken>>,
    /// The one token fetch in progress, whose outcome every waiting call shares.
    flight: SingleFlight<CachedToken>,
}

#[derive(Clone)]
struct CachedToken {
    token: Secret,
    header: HeaderValue,
    /// When to fetch a new one; `None`: keep it until the API refuses it.
    refresh_at: Option<Instant>,
}

/// The fields of the token response this provider uses (RFC 6749 §5.1).
#[derive(Deserialize)]
struct TokenResponse {
    access_token: Secret,
    /// A number of seconds; some servers send it as a string.
    expires_in: Option<serde_json::Value>,
}

impl ClientCredentials {
    /// A provider fetching tokens with `operation` from `token_client`'s base URL.
    /// Only the pool and settings of `token_client` are used: its credentials
    /// are replaced by the client id and secret.
    pub fn new(
        token_client: &Client,
        operation: &'static Operation,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Self {
        let client_id = client_id.into();
        Self {
            token_client: token_client
                .without_auth()
                .with_basic_auth(&client_id, client_secret),
            operation,
            client_id,
            scope: None,
            refresh_before: DEFAULT_REFRESH_BEFORE,
            fetch_deadline: DEFAULT_FETCH_DEADLINE,
            cached: Mutex::new(None),
            flight: SingleFlight::default(),
        }
    }

    /// Requests these scopes (a space-delimited list).
    #[must_use]
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// Replaces a token this long before it expires (default
    /// [`DEFAULT_REFRESH_BEFORE`], capped at half the token's lifetime).
    #[must_use]
    pub fn refresh_before(mut self, margin: Duration) -> Self {
        self.refresh_before = margin;
        self
    }

    /// Bounds one token fetch, all its attempts included (default
    /// [`DEFAULT_FETCH_DEADLINE`]). When it passes, every call waiting for the
    /// token fails with the same [`Error::DeadlineExceeded`].
    #[must_use]
    pub fn fetch_deadline(mut self, deadline: Duration) -> Self {
        self.fetch_deadline = deadline;
        self
    }

    /// Starts with a token you already have (e.g. saved from an earlier run),
    /// valid for `valid_for` from now (`None`: until the API refuses it).
    /// A new one is fetched when it expires; an empty token, or one that
    /// cannot be a header value, is ignored and a new one fetched at once.
    #[must_use]
    pub fn with_token(self, access_token: impl Into<Secret>, valid_for: Option<Duration>) -> Self {
        if let Ok(token) = CachedToken::new(
            self.operation,
            access_token.into(),
            valid_for,
            self.refresh_before,
            Instant::now(),
        ) {
            *self.cache() = Some(token);
        }
        self
    }

    /// The client id sent in the basic-auth header.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The current access token, fetched first if there is none or it is
    /// about to expire.
    pub async fn access_token(&self) -> Result<Secret, Error> {
        self.current().await.map(|cached| cached.token)
    }

    fn cache(&self) -> MutexGuard<'_, Option<CachedToken>> {
        // The cache is replaced whole, so a panic elsewhere cannot leave it half-written.
        self.cached.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn fresh(&self) -> Option<CachedToken> {
        let now = Instant::now();
        self.cache()
            .as_ref()
            .filter(|cached| cached.refresh_at.is_none_or(|at| now < at))
            .cloned()
    }

    async fn current(&self) -> Result<CachedToken, Error> {
        if let Some(cached) = self.fresh() {
            return Ok(cached);
        }
        self.flight
            .run(self.operation, self.fetch_deadline, || async {
                // A flight may have landed between the look above and this one.
                if let Some(cached) = self.fresh() {
                    return Ok(cached);
                }
                let fetched = self.fetch().await;
                let status = match &fetched {
                    Ok(_) => None,
                    Err(err) => err.status().map(|status| status.as_u16()),
                };
                crate::trace::event(self.operation, "oauth token fetch", status, fetched.is_ok());
                let fetched = fetched?;
                *self.cache() = Some(fetched.clone());
                Ok(fetched)
            })
            .await
    }

    async fn fetch(&self) -> Result<CachedToken, Error> {
        let mut form = vec![("grant_type", "client_credentials")];
        if let Some(scope) = &self.scope {
            form.push(("scope", scope.as_str()));
        }
        let requested = Instant::now();
        let response = self
            .token_client
            .request(self.operation, CallOptions::default())
            .form(form)
            .send::<()>()
            .await?;
        let token = response.json::<TokenResponse, ()>()?.into_inner();
        let lifetime = token.expires_in.as_ref().and_then(seconds);
        CachedToken::new(
            self.operation,
            token.access_token,
            lifetime,
            self.refresh_before,
            requested,
        )
    }
}

impl CachedToken {
    fn new(
        operation: &Operation,
        token: Secret,
        lifetime: Option<Duration>,
        refresh_before: Duration,
        issued: Instant,
    ) -> Result<Self, Error> {
        let refuse = |why: &str| {
            Error::InvalidRequest(format!(
                "{}: the token endpoint returned {why}",
                operation.name
            ))
        };
        if token.is_empty() {
            return Err(refuse("an empty access token"));
        }
        let mut header = HeaderValue::from_str(&format!("Bearer {}", token.expose()))
            .map_err(|_| refuse("an access token that cannot be sent in a header"))?;
        header.set_sensitive(true);
        let refresh_at = lifetime.and_then(|lifetime| {
            let margin = refresh_before.min(lifetime / 2);
            issued.checked_add(lifetime - margin)
        });
        Ok(Self {
            token,
            header,
            refresh_at,
        })
    }
}

/// `expires_in` as a duration: a non-negative number or numeric string.
fn seconds(value: &serde_json::Value) -> Option<Duration> {
    let secs = match value {
        serde_json::Value::Number(n) => n.as_f64()?,
        serde_json::Value::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    Duration::try_from_secs_f64(secs.max(0.0)).ok()
}

impl AuthProvider for ClientCredentials {
    fn credential(&self) -> BoxFuture<'_, Result<(HeaderName, HeaderValue), Error>> {
        Box::pin(async move {
            let cached = self.current().await?;
            Ok((AUTHORIZATION, cached.header))
        })
    }

    fn invalidate(&self) -> bool {
        *self.cache() = None;
        true
    }

    fn invalidate_rejected(&self, rejected: &HeaderValue) -> bool {
        let mut cache = self.cache();
        // A concurrent call may already have replaced the refused token: keep the new one.
        if cache
            .as_ref()
            .is_some_and(|cached| cached.header == rejected)
        {
            *cache = None;
        }
        true
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("token_url", &self.token_client.base_url())
            .field("token_path", &self.operation.path)
            .field("client_id", &self.client_id)
            .field("client_secret", &REDACTED)
            .field("scope", &self.scope)
            .field("refresh_before", &self.refresh_before)
            .field("fetch_deadline", &self.fetch_deadline)
            .field("has_token", &self.cache().is_some())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use mockito::{Matcher, Mock, Server};
    use reqwest::Method;

    use super::*;
    use crate::auth::base64;
    use crate::operation::Repeat;
    use crate::retry::RetryPolicy;

    const REQUEST_TOKEN: Operation = Operation {
        name: "request_token",
        method: Method::POST,
        path: "/oauth2/token",
        repeat: Repeat::Idempotent,
        accept: Some("application/json"),
    };

    const CHANGE: Operation = Operation {
        name: "change",
        method: Method::PUT,
        path: "/things/change",
        repeat: Repeat::IfUnprocessed,
        accept: Some("application/json"),
    };

    fn provider(server: &Server) -> ClientCredentials {
        let oauth = Client::builder(format!("{}/api/ts/v1", server.url()))
            .retry(RetryPolicy::disabled())
            .build()
            .unwrap();
        ClientCredentials::new(&oauth, &REQUEST_TOKEN, "my-id", "my-secret-xyz")
    }

    async fn token_mock(server: &mut Server, body: &str, hits: usize) -> Mock {
        server
            .mock("POST", "/api/ts/v1/oauth2/token")
            .match_header("authorization", "Basic bXktaWQ6bXktc2VjcmV0LXh5eg==")
            .match_header("content-type", "application/x-www-form-urlencoded")
            .match_header("accept", "application/json")
            .match_body(Matcher::Exact("grant_type=client_credentials".into()))
            .with_header("content-type", "application/json")
            .with_body(body)
            .expect(hits)
            .create_async()
            .await
    }

    #[tokio::test]
    async fn one_fetch_serves_many_calls() {
        assert_eq!(
            base64(b"my-id:my-secret-xyz"),
            "bXktaWQ6bXktc2VjcmV0LXh5eg=="
        );
        let mut server = Server::new_async().await;
        let mock = token_mock(
            &mut server,
            r#"{"access_token":"tok-1","token_type":"Bearer","expires_in":3600,"extra":1}"#,
            1,
        )
        .await;
        let provider = provider(&server);
        for _ in 0..3 {
            assert_eq!(provider.access_token().await.unwrap().expose(), "tok-1");
        }
        let (name, value) = provider.credential().await.unwrap();
        assert_eq!(name, AUTHORIZATION);
        assert_eq!(value, "Bearer tok-1");
        assert!(value.is_sensitive());
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn scope_is_sent_in_the_form() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/api/ts/v1/oauth2/token")
            .match_body(Matcher::Exact(
                "grant_type=client_credentials&scope=read+write".into(),
            ))
            .with_body(r#"{"access_token":"t","token_type":"bearer"}"#)
            .expect(1)
            .create_async()
            .await;
        let provider = provider(&server).scope("read write");
        provider.access_token().await.unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn an_expired_token_is_fetched_again() {
        let mut server = Server::new_async().await;
        let first = token_mock(&mut server, r#"{"access_token":"t1","expires_in":0}"#, 1).await;
        let second = token_mock(
            &mut server,
            r#"{"access_token":"t2","expires_in":"3600"}"#,
            1,
        )
        .await;
        let provider = provider(&server);
        assert_eq!(provider.access_token().await.unwrap().expose(), "t1");
        assert_eq!(provider.access_token().await.unwrap().expose(), "t2");
        assert_eq!(provider.access_token().await.unwrap().expose(), "t2");
        first.assert_async().await;
        second.assert_async().await;
    }

    #[test]
    fn refresh_happens_before_expiry() {
        // 100 s left, refreshed 200 s before expiry (capped at half: 50 s) -> still fresh;
        // with a 1 s margin on a 1 s token it is due at once.
        let cached = CachedToken::new(
            &REQUEST_TOKEN,
            Secret::new("t"),
            Some(Duration::from_secs(100)),
            Duration::from_secs(200),
            Instant::now(),
        )
        .unwrap();
        assert!(cached.refresh_at.unwrap() > Instant::now() + Duration::from_secs(40));
        let due = CachedToken::new(
            &REQUEST_TOKEN,
            Secret::new("t"),
            Some(Duration::ZERO),
            DEFAULT_REFRESH_BEFORE,
            Instant::now(),
        )
        .unwrap();
        assert!(due.refresh_at.unwrap() <= Instant::now());
        let huge = CachedToken::new(
            &REQUEST_TOKEN,
            Secret::new("t"),
            Some(Duration::MAX),
            DEFAULT_REFRESH_BEFORE,
            Instant::now(),
        );
        assert!(huge.is_ok(), "no overflow panic");
        assert_eq!(seconds(&serde_json::json!(-5)), Some(Duration::ZERO));
        assert_eq!(seconds(&serde_json::json!("x")), None);
    }

    #[tokio::test]
    async fn concurrent_calls_share_one_fetch() {
        let mut server = Server::new_async().await;
        let mock = token_mock(
            &mut server,
            r#"{"access_token":"shared","expires_in":3600}"#,
            1,
        )
        .await;
        let provider = Arc::new(provider(&server));
        let tasks: Vec<_> = (0..16)
            .map(|_| {
                let provider = Arc::clone(&provider);
                tokio::spawn(async move { provider.access_token().await })
            })
            .collect();
        for task in tasks {
            assert_eq!(task.await.unwrap().unwrap().expose(), "shared");
        }
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn a_401_fetches_a_new_token_and_retries_once() {
        let mut server = Server::new_async().await;
        let first = token_mock(
            &mut server,
            r#"{"access_token":"old","expires_in":3600}"#,
            1,
        )
        .await;
        let second = token_mock(
            &mut server,
            r#"{"access_token":"new","expires_in":3600}"#,
            1,
        )
        .await;
        let refused = server
            .mock("PUT", "/api/things/change")
            .match_header("authorization", "Bearer old")
            .with_status(401)
            .expect(1)
            .create_async()
            .await;
        let accepted = server
            .mock("PUT", "/api/things/change")
            .match_header("authorization", "Bearer new")
            .match_body(Matcher::Exact("{}".into()))
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let api = Client::new(format!("{}/api", server.url()))
            .unwrap()
            .with_auth_provider(Arc::new(provider(&server)));
        let response = api
            .request(&CHANGE, CallOptions::default())
            .json_text("{}")
            .send::<()>()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        for mock in [first, second, refused, accepted] {
            mock.assert_async().await;
        }
    }

    #[tokio::test]
    async fn a_second_401_is_returned() {
        let mut server = Server::new_async().await;
        let tokens = token_mock(&mut server, r#"{"access_token":"t","expires_in":3600}"#, 2).await;
        let refused = server
            .mock("PUT", "/api/things/change")
            .with_status(401)
            .with_body("no")
            .expect(2)
            .create_async()
            .await;
        let api = Client::new(format!("{}/api", server.url()))
            .unwrap()
            .with_auth_provider(Arc::new(provider(&server)));
        let err = api
            .request(&CHANGE, CallOptions::default())
            .send::<()>()
            .await
            .unwrap_err();
        assert_eq!(err.status().unwrap(), 401);
        tokens.assert_async().await;
        refused.assert_async().await;
    }

    #[tokio::test]
    async fn no_server_text_is_shown_when_the_token_was_sent() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, r#"{"access_token":"tok-echoed"}"#, 1).await;
        let _echo = server
            .mock("PUT", "/api/things/change")
            .with_status(500)
            .with_body("bad header: Bearer tok-echoed")
            .create_async()
            .await;
        let api = Client::new(format!("{}/api", server.url()))
            .unwrap()
            .with_auth_provider(Arc::new(provider(&server)));
        let err = api
            .request(&CHANGE, CallOptions::default())
            .send::<()>()
            .await
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "change (PUT /things/change): HTTP 500 Internal Server Error: \
             (29-byte body; server text withheld: the request carried a credential)"
        );
    }

    #[tokio::test]
    async fn a_refused_token_that_was_already_renewed_is_kept() {
        let server = Server::new_async().await;
        let provider = provider(&server).with_token("current", None);
        assert!(provider.invalidate_rejected(&HeaderValue::from_static("Bearer older")));
        assert_eq!(provider.access_token().await.unwrap().expose(), "current");
        assert!(provider.invalidate_rejected(&HeaderValue::from_static("Bearer current")));
        assert!(provider.fresh().is_none());
    }

    #[tokio::test]
    async fn a_supplied_token_is_used_until_it_expires() {
        let mut server = Server::new_async().await;
        let mock = token_mock(&mut server, r#"{"access_token":"fetched"}"#, 1).await;
        let provider = provider(&server).with_token("mine", Some(Duration::from_secs(3600)));
        assert_eq!(provider.access_token().await.unwrap().expose(), "mine");
        let provider = provider.with_token("stale", Some(Duration::ZERO));
        assert_eq!(provider.access_token().await.unwrap().expose(), "fetched");
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn token_endpoint_errors_are_clear_and_never_show_the_secret() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/api/ts/v1/oauth2/token")
            .with_status(401)
            .with_header("content-type", "application/json")
            .with_body(r#"{"error":"invalid_client","error_description":"my-secret-xyz is wrong"}"#)
            .create_async()
            .await;
        let api_mock = server
            .mock("PUT", "/api/things/change")
            .expect(0)
            .create_async()
            .await;
        let provider = Arc::new(provider(&server));
        let err = provider.access_token().await.unwrap_err();
        assert_eq!(err.status().unwrap(), 401);
        assert_eq!(
            err.to_string(),
            "request_token (POST /oauth2/token): HTTP 401 Unauthorized: error=invalid_client \
             (server text withheld: the request carried a credential)"
        );
        let api = Client::new(format!("{}/api", server.url()))
            .unwrap()
            .with_auth_provider(provider.clone());
        let err = api
            .request(&CHANGE, CallOptions::default())
            .send::<()>()
            .await
            .unwrap_err();
        let text = format!("{err} {err:?} {provider:?}");
        assert!(text.contains("request_token"), "{text}");
        assert!(!text.contains("my-secret-xyz"), "{text}");
        api_mock.assert_async().await;
    }

    #[tokio::test]
    async fn bad_token_responses_are_refused() {
        for (body, decode) in [
            (r#"{"token_type":"bearer"}"#, true),
            ("<html>", true),
            (r#"{"access_token":""}"#, true),
            (r#"{"access_token":"a\nb"}"#, false),
        ] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("POST", "/api/ts/v1/oauth2/token")
                .with_header("content-type", "application/json")
                .with_body(body)
                .create_async()
                .await;
            let err = provider(&server).access_token().await.unwrap_err();
            if decode {
                assert!(matches!(err, Error::Decode(_)), "{body}: {err:?}");
            } else {
                assert!(matches!(err, Error::InvalidRequest(_)), "{body}: {err:?}");
            }
            assert!(err.to_string().contains("request_token"), "{err}");
        }
    }

    #[tokio::test]
    async fn debug_never_shows_secret_or_token() {
        let server = Server::new_async().await;
        let provider = provider(&server).with_token("tok-secret-abc", None);
        let debug = format!("{provider:?}");
        assert!(
            !debug.contains("my-secret-xyz") && !debug.contains("tok-secret-abc"),
            "{debug}"
        );
        assert!(
            debug.contains("my-id") && debug.contains("has_token: true"),
            "{debug}"
        );
    }
}
