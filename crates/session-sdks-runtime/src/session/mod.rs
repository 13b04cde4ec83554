//! [`Session`]: the one credential lifecycle of the SDKs. It obtains a
//! secret (a login's session token, an OAuth access token), shares it with
//! every task, renews it ahead of its end, drops it when the server ends it,
//! and stops at a refusal, for the login sessions and the OAuth
//! client-credentials token alike.
//!
//! An API crate says only how to log in and out ([`SessionLogin`]), where
//! the token goes, how its server says "ended", and which login answers are
//! refusals. The promises, for the account's sake:
//!
//! - **A wrong credential costs one failed login.** A refused login is
//!   remembered with its typed error; every later call fails at once with it,
//!   sending nothing, until the credentials change.
//! - **Transient login failures back off**, shared by every caller.
//! - **A login is never cancelled by its callers**: it runs in its own task,
//!   bounded by its own deadline, and its outcome lands in the session.
//! - **Every session created on the server is accounted for**: used, handed
//!   to the next caller, or logged out (renewal, close, a login landing after
//!   close).

mod backoff;
mod credentials;
mod lifecycle;
mod login;
#[cfg(feature = "redis")]
mod redis;
mod store;
#[cfg(test)]
mod tests;

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;

use crate::auth::{BoxFuture, Refusal};
use crate::error::{ErrorEntity, SdkError};
use crate::operation::Operation;
use crate::secret::Secret;

pub use credentials::{Credentials, check_credentials, credential_problem};
pub use lifecycle::Session;
#[cfg(feature = "redis")]
pub use redis::{DEFAULT_STORE_PROBE, DEFAULT_STORE_TIMEOUT};
#[cfg(feature = "redis")]
pub use store::{RedisStore, StoreKeys};
pub use store::{SessionStore, StoreIdentity};

/// How long before a known expiry a session is renewed by default: 60 s (at
/// most half the lifetime).
pub const DEFAULT_RENEW_BEFORE: Duration = Duration::from_secs(60);
/// How long one login, retries included, may take by default: 30 s. Every
/// call waiting for it fails with the same error when it passes.
pub const DEFAULT_LOGIN_DEADLINE: Duration = Duration::from_secs(30);
/// The first wait after a transient login failure: 100 ms, doubling.
pub const DEFAULT_LOGIN_BACKOFF: Duration = Duration::from_millis(100);
/// The longest wait between login attempts after transient failures: 30 s.
pub const DEFAULT_LOGIN_BACKOFF_CAP: Duration = Duration::from_secs(30);
/// How long a session replaced by a renewal stays open for the calls still
/// carrying its token before it is logged out: 10 s.
pub const DEFAULT_LOGOUT_GRACE: Duration = Duration::from_secs(10);
/// How often credentials read from a function are read again while a
/// refusal of the same credentials stands: 5 s.
pub const DEFAULT_CREDENTIALS_RECHECK: Duration = Duration::from_secs(5);
/// The largest token a login may return: 64 KiB.
pub const MAX_TOKEN_BYTES: usize = 64 * 1024;

/// How an API logs in and out, and how it says a session ended or a login
/// was refused: the part of a session an API crate writes.
pub trait SessionLogin: Send + Sync + 'static {
    /// The login operation's typed error body.
    type Error: ErrorEntity + Clone + fmt::Debug + Send + Sync + 'static;
    /// What a login is made with (user and password, client id and secret).
    type Credentials: Clone + PartialEq + Send + Sync + 'static;

    /// The login operation, named by errors about the login.
    fn operation(&self) -> &'static Operation;

    /// The logout operation, named by errors and traces of the logout.
    fn logout_operation(&self) -> &'static Operation;

    /// Why `credentials` cannot be sent (empty, a control character), checked
    /// before each login; `Ok` to send them.
    fn check(&self, credentials: &Self::Credentials) -> Result<(), String>;

    /// Logs in with `credentials`: the token, and how long it lives if the API says.
    fn login(
        &self,
        credentials: &Self::Credentials,
    ) -> BoxFuture<'_, Result<SessionToken, SdkError<Self::Error>>>;

    /// Ends the session of `token` on the server.
    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), SdkError>>;

    /// Whether the API has a logout at all (an OAuth token has none: it is
    /// dropped, not ended).
    fn has_logout(&self) -> bool {
        true
    }

    /// Whether a refused call says the session ended: the API's own signal
    /// (Cyclos: `401` with `code: loggedOut`; Control-M and LetMC: `401`).
    /// The same answer to a logout means the session is already gone.
    fn ended(&self, status: StatusCode, body: &[u8]) -> bool;

    /// Whether a failed login was refused for its credentials (wrong or
    /// expired password, a locked or blocked account, a request the server
    /// will never accept), as opposed to a transient failure (no connection,
    /// a timeout, `5xx`, `408`, `429`). A refusal is remembered until the
    /// credentials change. By default [`login_refused`].
    fn refused(&self, err: &SdkError<Self::Error>) -> bool {
        login_refused(err)
    }

    /// Who `credentials` log in as, for a shared [`SessionStore`]: the API,
    /// base URL and user that name the fleet's slot, and the credential bytes
    /// a refusal is remembered by. `None` (the default): this session keeps
    /// its state in memory whatever its store.
    fn store_identity(&self, _credentials: &Self::Credentials) -> Option<StoreIdentity> {
        None
    }

    /// The name of a login's trace event.
    fn login_event(&self) -> &'static str {
        "session login"
    }

    /// What a call whose token was ended should do: send once more after one
    /// new login ([`Refusal::SessionEnded`], the default: the server refused
    /// the session before acting), or as the operation's rule allows after a
    /// renewed token ([`Refusal::Renewed`], OAuth).
    fn refusal(&self) -> Refusal {
        Refusal::SessionEnded
    }
}

/// The default classification of a failed login: refused for its
/// credentials when the server answered a `4xx` other than `408` and `429`,
/// or when the login's answer is unusable (no token, too large, undecodable);
/// transient when nothing or a `5xx`, `408` or `429` came back, or a deadline
/// passed.
pub fn login_refused<E>(err: &SdkError<E>) -> bool {
    match err {
        SdkError::Api(content) => {
            content.status.is_client_error() && !matches!(content.status.as_u16(), 408 | 429)
        }
        SdkError::Decode(_) | SdkError::ResponseTooLarge(_) | SdkError::InvalidRequest(_) => true,
        SdkError::Login(err) => err.is_refused(),
        SdkError::Transport(_) | SdkError::DeadlineExceeded(_) => false,
    }
}

/// How long a session lives, as its API documents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// It ends this long after the login (Control-M: 30 minutes).
    Fixed(Duration),
    /// It ends after this long without a call (Verizon: 20 minutes).
    Idle(Duration),
}

impl Lifetime {
    fn length(self) -> Duration {
        match self {
            Lifetime::Fixed(length) | Lifetime::Idle(length) => length,
        }
    }
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

    /// The token from a login's response field, or a [`SdkError::Decode`] naming
    /// the field when the login answered without one.
    pub fn from_field<E>(
        operation: &'static Operation,
        status: StatusCode,
        field: &str,
        token: Option<Secret>,
    ) -> Result<Self, SdkError<E>> {
        match token {
            Some(token) if !token.expose().trim().is_empty() => Ok(Self::new(token)),
            _ => Err(SdkError::Decode(Box::new(crate::error::DecodeError {
                operation,
                status,
                content_type: None,
                body: bytes::Bytes::new(),
                message: format!("the login answered without `{field}`"),
            }))),
        }
    }
}

impl fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionToken")
            .field("token", &self.token)
            .field("lifetime", &self.lifetime)
            .finish()
    }
}

/// How a session behaves: where its token goes, when it is renewed, how its
/// logins back off. Every duration is checked before anything is sent: a
/// setting that cannot work makes every use fail with
/// [`SdkError::InvalidRequest`] naming it.
#[derive(Debug, Clone)]
pub struct SessionSettings {
    /// The header that carries the token, and the prefix of its value
    /// (`("authorization", "Bearer ")`); `None` when the token is an explicit
    /// argument of each call (LetMC's `token` query parameter).
    pub header: Option<(&'static str, &'static str)>,
    /// How long before a known expiry the session is renewed (capped at half
    /// the lifetime). The renewal runs in the background; calls keep the
    /// current token until it succeeds.
    pub renew_before: Duration,
    /// The session's lifetime instead of the one its API documents (a server
    /// configured otherwise; tests). Not zero.
    pub lifetime: Option<Lifetime>,
    /// Bounds one login, shared by every call waiting for it. Not zero.
    pub login_deadline: Duration,
    /// The first wait after a transient login failure, doubling up to
    /// `login_backoff_cap`. Not zero.
    pub login_backoff: Duration,
    /// The longest wait between login attempts after transient failures; at
    /// least `login_backoff`.
    pub login_backoff_cap: Duration,
    /// `None` (the default): a refused login is never tried again with the
    /// same credentials. `Some(interval)`: tried once more after `interval`
    /// (at least a minute: a lockout counts failed logins).
    pub retry_refused_after: Option<Duration>,
    /// How long a session replaced by a renewal stays open for the calls
    /// still carrying its token before it is logged out.
    pub logout_grace: Duration,
    /// How often credentials read from a function are read again while a
    /// refusal of the same credentials stands. Not zero.
    pub credentials_recheck: Duration,
    /// Where the token, the login lease and the refusal record live: this
    /// process's memory (the default), or a store a fleet shares
    /// ([`SessionStore::redis`], feature `redis`).
    pub store: SessionStore,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            header: None,
            renew_before: DEFAULT_RENEW_BEFORE,
            lifetime: None,
            login_deadline: DEFAULT_LOGIN_DEADLINE,
            login_backoff: DEFAULT_LOGIN_BACKOFF,
            login_backoff_cap: DEFAULT_LOGIN_BACKOFF_CAP,
            retry_refused_after: None,
            logout_grace: DEFAULT_LOGOUT_GRACE,
            credentials_recheck: DEFAULT_CREDENTIALS_RECHECK,
            store: SessionStore::memory(),
        }
    }
}

impl SessionSettings {
    /// Why these settings cannot work, naming the setting; `None` when they can.
    pub fn problem(&self) -> Option<String> {
        let day = Duration::from_secs(24 * 60 * 60);
        let problem = if self.login_deadline < Duration::from_millis(1) {
            "`login_deadline` is zero or under a millisecond: no login could finish"
        } else if self.login_deadline > day {
            "`login_deadline` is over a day: a stalled login would hold every caller"
        } else if self.login_backoff.is_zero() {
            "`login_backoff` is zero: failed logins would repeat without a pause"
        } else if self.login_backoff_cap < self.login_backoff {
            "`login_backoff_cap` is shorter than `login_backoff`"
        } else if self.credentials_recheck.is_zero() {
            "`credentials_recheck` is zero"
        } else if self
            .retry_refused_after
            .is_some_and(|after| after < Duration::from_secs(60))
        {
            "`retry_refused_after` is under a minute: a lockout counts failed logins"
        } else if self
            .lifetime
            .is_some_and(|lifetime| lifetime.length().is_zero())
        {
            "`lifetime` is zero: no session could be used"
        } else {
            return None;
        };
        Some(problem.to_owned())
    }
}

/// Where a session stands, as [`Session::state`] reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SessionState {
    /// Not logged in: the next call logs in.
    LoggedOut,
    /// A first login (or a re-login after an end) is in flight.
    LoggingIn,
    /// A token is in use (possibly with its renewal in flight).
    LoggedIn,
    /// A transient login failure: calls fail at once until the backoff passes.
    BackingOff,
    /// The login was refused: calls fail at once until the credentials change.
    Refused,
    /// [`Session::close`] was called.
    Closed,
}
