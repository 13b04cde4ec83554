//! [`ClientCredentials`]: the OAuth 2.0 client-credentials grant (RFC 6749 §4.4)
//! as an [`AuthProvider`], on the runtime's one credential lifecycle
//! ([`Session`]): the token is fetched on first use, shared, fetched again
//! in the background shortly before it expires or after the API refuses it
//! with a 401, and never fetched by two calls at once. A refused fetch
//! (`invalid_client`) is remembered: calls fail at once without a request
//! until [`ClientCredentials::set_client_secret`]. Transient failures back
//! off, shared by every caller. A stalled fetch is bounded by one deadline
//! for all who wait on it.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{HeaderName, HeaderValue};
use serde::Deserialize;

use crate::auth::{AuthProvider, BoxFuture, Credential, Refusal};
use crate::client::{Client, DEFAULT_TIMEOUT};
use crate::error::SdkError;
use crate::operation::Operation;
use crate::options::CallOptions;
use crate::secret::{REDACTED, Secret};
use crate::session::{
    Credentials, Lifetime, Session, SessionLogin, SessionSettings, SessionStore, SessionToken,
    StoreIdentity,
};

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
/// call that needed the token as [`SdkError::Login`], naming the token operation.
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
///     target: env!("CARGO_CRATE_NAME"),
/// };
/// # fn run() -> Result<(), session_sdks_runtime::SdkError> {
/// let oauth = Client::new("https://auth.example.com/api/v1")?;
/// let provider = ClientCredentials::new(&oauth, &REQUEST_TOKEN, "my-id", "my-secret");
/// let api = Client::new("https://api.example.com/v1")?.with_auth_provider(Arc::new(provider));
/// # Ok(())
/// # }
/// ```
pub struct ClientCredentials {
    session: Session<TokenFetch>,
    client_id: String,
}

/// How a token is fetched: the grant as a login without a logout.
#[derive(Clone)]
struct TokenFetch {
    token_client: Client,
    operation: &'static Operation,
    scope: Option<String>,
}

/// The client id and secret, the token fetch's credentials.
#[derive(Clone, PartialEq)]
struct ClientSecret {
    id: String,
    secret: Secret,
}

/// The fields of the token response this provider uses (RFC 6749 §5.1).
#[derive(Deserialize)]
struct TokenResponse {
    access_token: Option<Secret>,
    /// A number of seconds; some servers send it as a string.
    expires_in: Option<serde_json::Value>,
}

impl SessionLogin for TokenFetch {
    type Error = ();
    type Credentials = ClientSecret;

    fn operation(&self) -> &'static Operation {
        self.operation
    }

    fn logout_operation(&self) -> &'static Operation {
        self.operation
    }

    fn check(&self, credentials: &ClientSecret) -> Result<(), String> {
        Credential::basic(&credentials.id, &credentials.secret)
            .header
            .map(drop)
    }

    fn login(&self, credentials: &ClientSecret) -> BoxFuture<'_, Result<SessionToken, SdkError>> {
        let client = self
            .token_client
            .with_basic_auth(&credentials.id, credentials.secret.clone());
        Box::pin(async move {
            let mut form = vec![("grant_type", "client_credentials")];
            if let Some(scope) = &self.scope {
                form.push(("scope", scope.as_str()));
            }
            let response = client
                .request(self.operation, CallOptions::default())
                .form(form)
                .send::<()>()
                .await?;
            let status = response.status();
            let token = response.json::<TokenResponse, ()>()?.into_inner();
            let lifetime = token.expires_in.as_ref().and_then(seconds);
            Ok(SessionToken::from_field(
                self.operation,
                status,
                "access_token",
                token.access_token,
            )?
            .lifetime(lifetime.map(Lifetime::Fixed)))
        })
    }

    fn logout(&self, _token: Secret) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(async { Ok(()) })
    }

    fn has_logout(&self) -> bool {
        false
    }

    fn login_event(&self) -> &'static str {
        "oauth token fetch"
    }

    /// The fleet's slot: this token endpoint and client id (and scope);
    /// a refused secret is remembered by its bytes' fingerprint.
    fn store_identity(&self, credentials: &ClientSecret) -> Option<StoreIdentity> {
        let user = format!(
            "{}\n{}\n{}",
            self.operation.path,
            credentials.id,
            self.scope.as_deref().unwrap_or_default()
        );
        Some(StoreIdentity::new(
            "oauth2",
            self.token_client.base_url(),
            user,
            credentials.secret.expose().as_bytes(),
        ))
    }

    /// Any 401 of the API refuses the token.
    fn ended(&self, status: StatusCode, _body: &[u8]) -> bool {
        status == StatusCode::UNAUTHORIZED
    }

    /// A refused token is sent again only as the operation's rule allows.
    fn refusal(&self) -> Refusal {
        Refusal::Renewed
    }
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
        let fetch = TokenFetch {
            token_client: token_client.without_auth(),
            operation,
            scope: None,
        };
        let settings = SessionSettings {
            header: Some(("authorization", "Bearer ")),
            renew_before: DEFAULT_REFRESH_BEFORE,
            login_deadline: DEFAULT_FETCH_DEADLINE,
            ..SessionSettings::default()
        };
        let credentials = Credentials::fixed(ClientSecret {
            id: client_id.clone(),
            secret: client_secret.into(),
        });
        Self {
            session: Session::new(fetch, credentials, settings),
            client_id,
        }
    }

    /// The same provider with another fetch or settings (before first use).
    fn rebuilt(self, change: impl FnOnce(&mut TokenFetch, &mut SessionSettings)) -> Self {
        let mut fetch = self.session.login().clone();
        let mut settings = self.session.settings().clone();
        change(&mut fetch, &mut settings);
        Self {
            session: self.session.rebuilt(fetch, settings),
            client_id: self.client_id,
        }
    }

    /// Requests these scopes (a space-delimited list).
    #[must_use]
    pub fn scope(self, scope: impl Into<String>) -> Self {
        let scope = scope.into();
        self.rebuilt(|fetch, _| fetch.scope = Some(scope))
    }

    /// Replaces a token this long before it expires (default
    /// [`DEFAULT_REFRESH_BEFORE`], capped at half the token's lifetime); the
    /// fetch runs in the background while calls keep the current token.
    #[must_use]
    pub fn refresh_before(self, margin: Duration) -> Self {
        self.rebuilt(|_, settings| settings.renew_before = margin)
    }

    /// Bounds one token fetch, all its attempts included (default
    /// [`DEFAULT_FETCH_DEADLINE`]). When it passes, every call waiting for the
    /// token fails with the same [`SdkError::DeadlineExceeded`] (inside
    /// [`SdkError::Login`] for an API call). Zero is refused before anything is
    /// sent.
    #[must_use]
    pub fn fetch_deadline(self, deadline: Duration) -> Self {
        self.rebuilt(|_, settings| settings.login_deadline = deadline)
    }

    /// The settings of the token's lifecycle (backoff, renewal) at once.
    #[must_use]
    pub fn settings(self, settings: SessionSettings) -> Self {
        self.rebuilt(|_, current| {
            *current = SessionSettings {
                header: current.header,
                ..settings
            }
        })
    }

    /// Shares the token through `store` (a [`SessionStore::redis`] for a
    /// fleet: one fetch per expiry across every replica); the memory store
    /// by default.
    #[must_use]
    pub fn store(self, store: impl Into<SessionStore>) -> Self {
        let store = store.into();
        self.rebuilt(|_, settings| settings.store = store)
    }

    /// Starts with a token you already have (e.g. saved from an earlier run),
    /// valid for `valid_for` from now (`None`: until the API refuses it).
    /// A new one is fetched when it expires; an empty token, or one that
    /// cannot be a header value, is ignored and a new one fetched at once.
    #[must_use]
    pub fn with_token(self, access_token: impl Into<Secret>, valid_for: Option<Duration>) -> Self {
        let token = access_token.into();
        if !token.expose().trim().is_empty() {
            self.session
                .seed(SessionToken::new(token).lifetime(valid_for.map(Lifetime::Fixed)));
        }
        self
    }

    /// Replaces the client secret on every clone of this provider: a refusal
    /// of the old one no longer stands.
    pub fn set_client_secret(&self, client_secret: impl Into<Secret>) {
        self.session.set_credentials(ClientSecret {
            id: self.client_id.clone(),
            secret: client_secret.into(),
        });
    }

    /// The client id sent in the basic-auth header.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The current access token, fetched first if there is none or it has
    /// expired.
    pub async fn access_token(&self) -> Result<Secret, SdkError> {
        self.session.token().await
    }

    /// The lifecycle behind the token: its state, its close.
    pub fn session(&self) -> &Session<impl SessionLogin> {
        &self.session
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
    fn credential(&self) -> BoxFuture<'_, Result<(HeaderName, HeaderValue), SdkError>> {
        self.session.credential()
    }

    fn invalidate(&self) -> bool {
        self.session.forget(None);
        true
    }

    fn invalidate_rejected(&self, rejected: &HeaderValue) -> bool {
        // A concurrent call may already have replaced the refused token: keep the new one.
        self.session.forget(Some(rejected));
        true
    }

    fn refused(&self, sent: &HeaderValue, status: StatusCode, body: &[u8]) -> Refusal {
        self.session.refused(sent, status, body)
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fetch = self.session.login();
        let settings = self.session.settings();
        f.debug_struct("ClientCredentials")
            .field("token_url", &fetch.token_client.base_url())
            .field("token_path", &fetch.operation.path)
            .field("client_id", &self.client_id)
            .field("client_secret", &REDACTED)
            .field("scope", &fetch.scope)
            .field("refresh_before", &settings.renew_before)
            .field("fetch_deadline", &settings.login_deadline)
            .field("has_token", &self.session.is_logged_in())
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
    use reqwest::header::AUTHORIZATION;

    const REQUEST_TOKEN: Operation = Operation {
        name: "request_token",
        method: Method::POST,
        path: "/oauth2/token",
        repeat: Repeat::Idempotent,
        accept: Some("application/json"),
        target: env!("CARGO_CRATE_NAME"),
    };

    const CHANGE: Operation = Operation {
        name: "change",
        method: Method::PUT,
        path: "/things/change",
        repeat: Repeat::IfUnprocessed,
        accept: Some("application/json"),
        target: env!("CARGO_CRATE_NAME"),
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
    fn expires_in_is_seconds_as_a_number_or_a_string() {
        assert_eq!(
            seconds(&serde_json::json!(3600)),
            Some(Duration::from_secs(3600))
        );
        assert_eq!(
            seconds(&serde_json::json!("60")),
            Some(Duration::from_secs(60))
        );
        assert_eq!(seconds(&serde_json::json!(-5)), Some(Duration::ZERO));
        assert_eq!(seconds(&serde_json::json!("x")), None);
        assert_eq!(seconds(&serde_json::json!(1e300)), None);
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
        assert!(!provider.session().is_logged_in());
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
                assert!(matches!(err, SdkError::Decode(_)), "{body}: {err:?}");
            } else {
                assert!(
                    matches!(err, SdkError::InvalidRequest(_)),
                    "{body}: {err:?}"
                );
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
