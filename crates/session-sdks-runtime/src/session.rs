//! [`Session`]: log in once, attach the token to every call, log in again
//! once when the session ends (or just before it would), log out on close.
//!
//! One mechanism for every login API: an API crate only says how its login
//! and logout are called ([`SessionLogin`]), where the token goes, and how
//! its server says that a session has ended.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use reqwest::header::{HeaderName, HeaderValue};

use crate::auth::{AuthProvider, BoxFuture, Refusal, header_name, header_value};
use crate::error::{Error, ErrorEntity};
use crate::flight::SingleFlight;
use crate::operation::Operation;
use crate::secret::Secret;
use crate::trace::event;

/// How long before a known expiry a session is renewed by default: 60 s (at
/// most half the lifetime).
pub const DEFAULT_RENEW_BEFORE: Duration = Duration::from_secs(60);
/// How long one login, retries included, may take by default: 30 s. Every
/// call waiting for it fails with the same error when it passes.
pub const DEFAULT_LOGIN_DEADLINE: Duration = Duration::from_secs(30);

/// How an API logs in and out, and how it says a session ended: the part of
/// a session an API crate writes.
pub trait SessionLogin: Send + Sync + 'static {
    /// The login operation's typed error body.
    type Error: ErrorEntity + Clone + fmt::Debug + Send + Sync + 'static;

    /// The login operation, named by errors about the login.
    fn operation(&self) -> &'static Operation;

    /// Logs in: the token, and how long it lives if the API says.
    fn login(&self) -> BoxFuture<'_, Result<SessionToken, Error<Self::Error>>>;

    /// Ends the session of `token` on the server.
    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), Error>>;

    /// Whether a refused call says the session ended: the API's own signal
    /// (Cyclos: `401` with `code: loggedOut`; Control-M and LetMC: `401`).
    fn ended(&self, status: StatusCode, body: &[u8]) -> bool;
}

/// How long a session lives, as its API documents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// It ends this long after the login (Control-M: 30 minutes).
    Fixed(Duration),
    /// It ends after this long without a call (Verizon: 20 minutes).
    Idle(Duration),
}

/// What a login gave: the token and, when known, its lifetime.
#[derive(Clone)]
pub struct SessionToken {
    token: Secret,
    lifetime: Option<Lifetime>,
}

impl SessionToken {
    /// A token of unknown lifetime (used until the API says it ended).
    pub fn new(token: Secret) -> Self {
        Self {
            token,
            lifetime: None,
        }
    }

    /// The token with its lifetime.
    #[must_use]
    pub fn lifetime(mut self, lifetime: Option<Lifetime>) -> Self {
        self.lifetime = lifetime;
        self
    }

    /// The token from a login's response field, or a [`Error::Decode`] naming
    /// the field when the login answered without one.
    pub fn from_field<E>(
        operation: &'static Operation,
        status: StatusCode,
        field: &str,
        token: Option<Secret>,
    ) -> Result<Self, Error<E>> {
        match token {
            Some(token) if !token.expose().trim().is_empty() => Ok(Self::new(token)),
            _ => Err(Error::Decode(Box::new(crate::error::DecodeError {
                operation,
                status,
                content_type: None,
                body: bytes::Bytes::new(),
                message: format!("the login answered without `{field}`"),
            }))),
        }
    }
}

/// How a session behaves: where its token goes, when it is renewed.
#[derive(Debug, Clone)]
pub struct SessionSettings {
    /// The header that carries the token, and the prefix of its value
    /// (`("authorization", "Bearer ")`); `None` when the token is an explicit
    /// argument of each call (LetMC's `token` query parameter).
    pub header: Option<(&'static str, &'static str)>,
    /// How long before a known expiry the session is renewed (capped at half the lifetime).
    pub renew_before: Duration,
    /// The session's lifetime instead of the one its API documents (a server
    /// configured otherwise; tests).
    pub lifetime: Option<Lifetime>,
    /// Bounds one login, shared by every call waiting for it.
    pub login_deadline: Duration,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            header: None,
            renew_before: DEFAULT_RENEW_BEFORE,
            lifetime: None,
            login_deadline: DEFAULT_LOGIN_DEADLINE,
        }
    }
}

/// A session that manages itself, shared by any number of tasks (cheap to
/// clone: clones are the same session).
///
/// - It logs in on first use ([`Session::start`] logs in at once, for a
///   caller who wants the login's error at start-up). Any number of tasks
///   cause one login; its outcome, the token or the error, goes to every task
///   waiting on it. A refused login is not retried: the next login happens
///   only when a caller asks again.
/// - A call refused because the session ended (the API's own signal) causes
///   one new login, if the refused token is still the current one, and is
///   sent once more: the server refused the session before acting on the call.
/// - Where the lifetime is known, the session is renewed `renew_before` ahead
///   of it instead of waiting for the refusal.
/// - [`Session::close`] logs out once; every later call fails with
///   [`Error::InvalidRequest`] before anything is sent.
pub struct Session<L: SessionLogin> {
    inner: Arc<Inner<L>>,
}

impl<L: SessionLogin> Clone for Session<L> {
    fn clone(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

struct Inner<L: SessionLogin> {
    login: L,
    header: Option<(HeaderName, &'static str)>,
    settings: SessionSettings,
    state: Mutex<State>,
    flight: SingleFlight<Current, L::Error>,
}

enum State {
    Out,
    In(Current),
    Closed,
}

/// The session in use.
#[derive(Clone)]
struct Current {
    token: Secret,
    header: Option<HeaderValue>,
    lifetime: Option<Lifetime>,
    /// When to log in again instead of using it; `None`: until refused.
    renew_at: Option<Instant>,
}

impl Current {
    fn fresh(&self, now: Instant) -> bool {
        self.renew_at.is_none_or(|at| now < at)
    }
}

/// When a session of `lifetime` used at `now` is due for renewal.
fn renew_at(lifetime: Option<Lifetime>, margin: Duration, now: Instant) -> Option<Instant> {
    let length = match lifetime? {
        Lifetime::Fixed(length) | Lifetime::Idle(length) => length,
    };
    now.checked_add(length - margin.min(length / 2))
}

impl<L: SessionLogin> Session<L> {
    /// A session that logs in with `login`; nothing is sent until first use.
    /// A header name in `settings` that cannot be one makes every use fail
    /// with [`Error::InvalidRequest`].
    pub fn new(login: L, settings: SessionSettings) -> Self {
        let header = settings
            .header
            .and_then(|(name, prefix)| header_name(name).ok().map(|name| (name, prefix)));
        Self {
            inner: Arc::new(Inner {
                login,
                header,
                settings,
                state: Mutex::new(State::Out),
                flight: SingleFlight::default(),
            }),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // The state is replaced whole, so a panic elsewhere cannot leave it half-written.
        self.inner
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn closed<E>(&self) -> Error<E> {
        Error::InvalidRequest(format!(
            "{}: the session was closed",
            self.inner.login.operation().name
        ))
    }

    /// The session in use, if it is fresh; an idle lifetime starts again.
    /// `first`: the caller's own look, which reports a renewal ahead of the lifetime.
    fn fresh(&self, first: bool) -> Result<Option<Current>, Error<L::Error>> {
        let now = Instant::now();
        let mut state = self.state();
        match &mut *state {
            State::Closed => Err(self.closed()),
            State::In(current) if !current.fresh(now) => {
                if first {
                    event(
                        self.inner.login.operation(),
                        "session renewed ahead of its lifetime",
                        None,
                        true,
                    );
                }
                Ok(None)
            }
            State::In(current) => {
                if let Some(Lifetime::Idle(_)) = current.lifetime {
                    current.renew_at =
                        renew_at(current.lifetime, self.inner.settings.renew_before, now);
                }
                Ok(Some(current.clone()))
            }
            _ => Ok(None),
        }
    }

    async fn current(&self) -> Result<Current, Error<L::Error>> {
        if let Some(current) = self.fresh(true)? {
            return Ok(current);
        }
        let inner = &self.inner;
        inner
            .flight
            .run(
                inner.login.operation(),
                inner.settings.login_deadline,
                || async {
                    // A flight may have landed between the look above and this one.
                    if let Some(current) = self.fresh(false)? {
                        return Ok(current);
                    }
                    let login = inner.login.login().await;
                    let status = login
                        .as_ref()
                        .err()
                        .and_then(|err| err.status().map(|status| status.as_u16()));
                    event(
                        inner.login.operation(),
                        "session login",
                        status,
                        login.is_ok(),
                    );
                    let current = self.admit(login?)?;
                    let mut state = self.state();
                    if matches!(*state, State::Closed) {
                        return Err(self.closed());
                    }
                    *state = State::In(current.clone());
                    Ok(current)
                },
            )
            .await
    }

    /// A login's token as the session uses it.
    fn admit(&self, login: SessionToken) -> Result<Current, Error<L::Error>> {
        let settings = &self.inner.settings;
        let header = match (&self.inner.header, settings.header) {
            (Some((name, prefix)), _) => {
                let value = format!("{prefix}{}", login.token.expose());
                let mut value = header_value(name.as_str(), &value).map_err(|problem| {
                    Error::InvalidRequest(format!(
                        "{}: the login returned a token that cannot be sent: {problem}",
                        self.inner.login.operation().name
                    ))
                })?;
                value.set_sensitive(true);
                Some(value)
            }
            (None, Some((name, _))) => {
                return Err(Error::InvalidRequest(format!(
                    "`{name}` is not a valid header name"
                )));
            }
            (None, None) => None,
        };
        let lifetime = settings.lifetime.or(login.lifetime);
        Ok(Current {
            token: login.token,
            header,
            lifetime,
            renew_at: renew_at(lifetime, settings.renew_before, Instant::now()),
        })
    }

    /// Logs in now unless already logged in: the login's typed error, if any.
    pub async fn start(&self) -> Result<(), Error<L::Error>> {
        self.current().await.map(drop)
    }

    /// The current token, logging in first if needed.
    pub async fn token(&self) -> Result<Secret, Error<L::Error>> {
        self.current().await.map(|current| current.token)
    }

    /// Drops `refused` if it is still the current token, so the next use logs
    /// in again; `false` once the session is closed.
    fn drop_token(&self, refused: &Secret) -> bool {
        let mut state = self.state();
        match &*state {
            State::Closed => false,
            State::In(current) if current.token == *refused => {
                *state = State::Out;
                true
            }
            _ => true,
        }
    }

    /// Runs `call` with the current token (logging in first if needed); if
    /// the API says the session ended, logs in again once and runs it once
    /// more. For APIs whose token is an explicit argument of each call.
    pub async fn run<T, E, F, Fut>(&self, call: F) -> Result<T, Error<E>>
    where
        F: Fn(Secret) -> Fut,
        Fut: Future<Output = Result<T, Error<E>>>,
    {
        let token = self.token().await.map_err(Error::map_entity)?;
        match call(token.clone()).await {
            Err(err) if self.ended(&err) && self.drop_token(&token) => {
                let status = err.status().map(|status| status.as_u16());
                event(
                    self.inner.login.operation(),
                    "session ended by the server",
                    status,
                    true,
                );
                let token = self.token().await.map_err(Error::map_entity)?;
                call(token).await
            }
            outcome => outcome,
        }
    }

    fn ended<E>(&self, err: &Error<E>) -> bool {
        err.content()
            .is_some_and(|content| self.inner.login.ended(content.status, &content.body))
    }

    /// Logs out (once: a second close sends nothing) and refuses every later
    /// call. A session never logged in is closed without a request.
    pub async fn close(&self) -> Result<(), Error> {
        let previous = std::mem::replace(&mut *self.state(), State::Closed);
        match previous {
            State::In(current) => {
                let outcome = self.inner.login.logout(current.token).await;
                let status = outcome
                    .as_ref()
                    .err()
                    .and_then(|err| err.status().map(|status| status.as_u16()));
                event(
                    self.inner.login.operation(),
                    "session logout",
                    status,
                    outcome.is_ok(),
                );
                outcome
            }
            State::Out | State::Closed => Ok(()),
        }
    }

    /// Whether [`Session::close`] was called.
    pub fn is_closed(&self) -> bool {
        matches!(*self.state(), State::Closed)
    }

    /// Whether a login is in use now (none before the first use, after an
    /// expiry and after close).
    pub fn is_logged_in(&self) -> bool {
        matches!(*self.state(), State::In(_))
    }
}

impl<L: SessionLogin> AuthProvider for Session<L> {
    fn credential(&self) -> BoxFuture<'_, Result<(HeaderName, HeaderValue), Error>> {
        Box::pin(async move {
            let current = self.current().await.map_err(Error::map_entity)?;
            match (&self.inner.header, current.header) {
                (Some((name, _)), Some(value)) => Ok((name.clone(), value)),
                _ => Err(Error::InvalidRequest(format!(
                    "{}: this session's token is not sent in a header",
                    self.inner.login.operation().name
                ))),
            }
        })
    }

    fn invalidate(&self) -> bool {
        // Only the API's own signal ends a session: see `refused`.
        false
    }

    fn refused(&self, sent: &HeaderValue, status: StatusCode, body: &[u8]) -> Refusal {
        if !self.inner.login.ended(status, body) {
            return Refusal::Kept;
        }
        let mut state = self.state();
        match &*state {
            State::Closed => Refusal::Kept,
            State::In(current) if current.header.as_ref() == Some(sent) => {
                *state = State::Out;
                event(
                    self.inner.login.operation(),
                    "session ended by the server",
                    Some(status.as_u16()),
                    true,
                );
                Refusal::SessionEnded
            }
            // Another call has already logged in again: use that session.
            _ => Refusal::SessionEnded,
        }
    }
}

impl<L: SessionLogin> fmt::Debug for Session<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &*self.state() {
            State::Out => "logged out",
            State::In(_) => "logged in",
            State::Closed => "closed",
        };
        f.debug_struct("Session")
            .field("login", &self.inner.login.operation().name)
            .field("state", &state)
            .field("header", &self.inner.settings.header.map(|(name, _)| name))
            .field("renew_before", &self.inner.settings.renew_before)
            .field("lifetime", &self.inner.settings.lifetime)
            .finish()
    }
}
