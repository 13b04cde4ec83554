//! [`SessionStore`]: where a session's state lives. In this process's memory
//! (the default: every `Session` logs in for itself), or, with the `redis`
//! feature, in a store shared by every replica of a fleet ([`RedisStore`]),
//! so that the fleet makes one login per expiry and one failed login per
//! credential change.
//!
//! The call path never waits on the store: a session keeps its token in
//! memory and reads the store only inside a login flight (no token, a token
//! refused, a token due for renewal), or in the background to converge after
//! the store was unreachable.

#![cfg_attr(not(feature = "redis"), allow(dead_code))]

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::{Deserialize, Serialize};
use tokio::time::Instant;

#[cfg(feature = "redis")]
pub use super::redis::{RedisStore, StoreKeys};
use super::{Lifetime, SessionToken};
use crate::error::{ErrorEntity, ResponseContent, SdkError};
use crate::operation::Operation;
use crate::secret::Secret;

/// Where a session keeps its token, its login lease and its refusal record.
///
/// [`SessionStore::memory`] (the default) is the process's own memory: each
/// `Session` logs in for itself. With the `redis` feature,
/// [`SessionStore::redis`] shares them across every replica that names the
/// same API, base URL and user. Cheap to clone.
#[derive(Clone, Default)]
pub struct SessionStore {
    backend: Backend,
}

#[derive(Clone, Default)]
enum Backend {
    #[default]
    Memory,
    #[cfg(feature = "redis")]
    Redis(RedisStore),
}

impl SessionStore {
    /// This process's memory: each session logs in for itself.
    pub fn memory() -> Self {
        Self::default()
    }

    /// A store shared by every replica using `store`'s Redis and keys.
    #[cfg(feature = "redis")]
    pub fn redis(store: RedisStore) -> Self {
        Self {
            backend: Backend::Redis(store),
        }
    }

    /// Whether replicas share this store (a login may be another's).
    pub fn is_shared(&self) -> bool {
        !matches!(self.backend, Backend::Memory)
    }

    /// The slot of `identity` in a shared store; `None` in memory, or when
    /// the API names no identity.
    pub(super) fn slot(&self, identity: Option<StoreIdentity>) -> Option<Slot> {
        match (&self.backend, identity) {
            #[cfg(feature = "redis")]
            (Backend::Redis(store), Some(identity)) => Some(store.slot(&identity)),
            _ => None,
        }
    }

    /// How long a login flight may take: with a shared store, a replica may
    /// first wait out another's lease (at most one login deadline), then log in.
    pub(super) fn flight_limit(&self, login_deadline: Duration) -> Duration {
        match &self.backend {
            Backend::Memory => login_deadline,
            #[cfg(feature = "redis")]
            Backend::Redis(store) => login_deadline
                .saturating_mul(2)
                .saturating_add(store.op_timeout().saturating_mul(4)),
        }
    }

    /// How often a session holding a token the fleet does not share tries
    /// the store again.
    pub(super) fn probe_interval(&self) -> Duration {
        match &self.backend {
            Backend::Memory => Duration::MAX,
            #[cfg(feature = "redis")]
            Backend::Redis(store) => store.probe_interval_of(),
        }
    }
}

#[cfg(feature = "redis")]
impl From<RedisStore> for SessionStore {
    fn from(store: RedisStore) -> Self {
        Self::redis(store)
    }
}

impl fmt::Debug for SessionStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.backend {
            Backend::Memory => f.write_str("SessionStore::Memory"),
            #[cfg(feature = "redis")]
            Backend::Redis(store) => f.debug_tuple("SessionStore::Redis").field(store).finish(),
        }
    }
}

/// Who a session logs in as, as a shared store names it: the API, the base
/// URL and the user (the slot's name, an HMAC of them), and the credential
/// bytes a refusal is remembered by (only their keyed fingerprint is stored).
pub struct StoreIdentity {
    pub(super) api: &'static str,
    pub(super) base_url: String,
    pub(super) user: String,
    pub(super) secret: Vec<u8>,
}

impl StoreIdentity {
    /// `user` of `api` at `base_url`, whose credentials are `secret` (the
    /// password, the client secret).
    pub fn new(
        api: &'static str,
        base_url: impl Into<String>,
        user: impl Into<String>,
        secret: &[u8],
    ) -> Self {
        Self {
            api,
            base_url: base_url.into(),
            user: user.into(),
            secret: secret.to_vec(),
        }
    }
}

impl fmt::Debug for StoreIdentity {
    /// The API only: the user and the secret stay out of logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoreIdentity")
            .field("api", &self.api)
            .finish_non_exhaustive()
    }
}

/// The time since the Unix epoch in milliseconds: the clock replicas share.
pub(super) fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| {
            u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
        })
}

/// A token as the store keeps it (inside the encrypted value).
#[derive(Serialize, Deserialize)]
pub(super) struct TokenRecord {
    /// The token.
    pub(super) t: String,
    /// 0: unknown lifetime, 1: fixed, 2: idle.
    pub(super) k: u8,
    /// The lifetime in milliseconds.
    pub(super) l: u64,
    /// When the login that made it was sent, Unix milliseconds.
    pub(super) at: u64,
}

impl TokenRecord {
    pub(super) fn new(token: &Secret, lifetime: Option<Lifetime>, started: Instant) -> Self {
        let (k, l) = match lifetime {
            None => (0, 0),
            Some(Lifetime::Fixed(length)) => (1, millis(length)),
            Some(Lifetime::Idle(length)) => (2, millis(length)),
        };
        let age = millis(Instant::now().saturating_duration_since(started));
        Self {
            t: token.expose().to_owned(),
            k,
            l,
            at: unix_ms().saturating_sub(age),
        }
    }

    pub(super) fn lifetime(&self) -> Option<Lifetime> {
        let length = Duration::from_millis(self.l);
        match self.k {
            1 => Some(Lifetime::Fixed(length)),
            2 => Some(Lifetime::Idle(length)),
            _ => None,
        }
    }

    /// How long it has left by the shared clock (`None`: unknown, or idle).
    pub(super) fn remaining(&self) -> Option<Duration> {
        match self.k {
            1 => Some(Duration::from_millis(
                self.at.saturating_add(self.l).saturating_sub(unix_ms()),
            )),
            _ => None,
        }
    }

    /// The token as this process adopts it: its login's time on this clock.
    pub(super) fn adopt(self, fleet: bool) -> Stored {
        let now = Instant::now();
        let started = match self.k {
            // An idle lifetime restarts with each use, ours included.
            2 => now,
            _ => now
                .checked_sub(Duration::from_millis(unix_ms().saturating_sub(self.at)))
                .unwrap_or(now),
        };
        Stored {
            token: SessionToken::new(Secret::new(self.t.clone())).lifetime(self.lifetime()),
            started,
            fleet,
        }
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// A token another session published: adopted, not logged in for.
pub(super) struct Stored {
    pub(super) token: SessionToken,
    pub(super) started: Instant,
    /// Shared by the fleet (in Redis), not only by this process.
    pub(super) fleet: bool,
}

/// A refusal as the store keeps it (inside the encrypted value): the keyed
/// fingerprint of the refused credentials and what each replica needs to
/// rebuild the typed error.
#[derive(Serialize, Deserialize)]
pub(super) struct RefusalRecord {
    /// HMAC-SHA256 of the refused credentials, hex.
    pub(super) fp: String,
    /// The server's status, when it answered.
    pub(super) s: Option<u16>,
    /// The server's body (encrypted at rest with the record).
    pub(super) b: Vec<u8>,
    /// What the error may show of it (already judged against the secrets).
    pub(super) p: String,
    /// The error's one line, for a refusal that was not an answer.
    pub(super) m: String,
    /// When, Unix milliseconds.
    pub(super) at: u64,
}

impl RefusalRecord {
    pub(super) fn of<E>(fp: String, err: &SdkError<E>) -> Self {
        match err {
            SdkError::Api(content) => Self {
                fp,
                s: Some(content.status.as_u16()),
                b: content.body.to_vec(),
                p: content.preview.clone(),
                m: String::new(),
                at: unix_ms(),
            },
            other => Self {
                fp,
                s: None,
                b: Vec::new(),
                p: String::new(),
                m: other.to_string(),
                at: unix_ms(),
            },
        }
    }

    /// The typed error, as the replica that was refused saw it (headers
    /// aside); a refusal that was not an answer as [`SdkError::InvalidRequest`].
    pub(super) fn error<E: ErrorEntity>(&self, operation: &'static Operation) -> SdkError<E> {
        match self.s.and_then(|status| StatusCode::from_u16(status).ok()) {
            Some(status) => SdkError::Api(Box::new(ResponseContent {
                operation,
                status,
                headers: HeaderMap::new(),
                entity: E::from_response(status, &self.b),
                body: Bytes::from(self.b.clone()),
                preview: self.p.clone(),
                withheld: true,
            })),
            None => SdkError::InvalidRequest(format!(
                "{} (refused on another replica with these credentials)",
                self.m
            )),
        }
    }
}

/// What a login flight does after reading the store.
pub(super) enum Before {
    /// Log in, holding the lease (`None`: the lease was not needed).
    Login(Option<Fence>),
    /// Use the token another session published.
    Adopt(Stored),
    /// These credentials were refused elsewhere: fail at once.
    Refused(RefusalRecord),
    /// Another session held the lease past every bound.
    Busy,
}

/// What a background look at the store found for a token the fleet does not share.
pub(super) enum Converged {
    /// Another token is the fleet's: use it.
    Adopt(Stored),
    /// Ours is the fleet's now.
    Published,
    /// The store is still out of reach.
    Unreachable,
}

/// What a login flight asks of the store.
pub(super) struct Ask<'a> {
    /// A token this session saw refused or expired: never adopted.
    pub(super) avoid: Option<&'a Secret>,
    /// The token a renewal replaces: adopted only once another replaced it.
    pub(super) renewing: Option<&'a Secret>,
    pub(super) renew_before: Duration,
    pub(super) login_deadline: Duration,
    pub(super) retry_refused_after: Option<Duration>,
}

impl Ask<'_> {
    /// Whether `record` may serve this flight.
    pub(super) fn adoptable(&self, record: &TokenRecord) -> bool {
        if self.avoid.is_some_and(|avoid| avoid.expose() == record.t) || record.t.is_empty() {
            return false;
        }
        if record.remaining().is_some_and(|left| left.is_zero()) {
            return false;
        }
        match self.renewing {
            None => true,
            Some(current) => {
                current.expose() != record.t
                    && record.remaining().is_none_or(|left| {
                        let length = Duration::from_millis(record.l);
                        left > self.renew_before.min(length / 2)
                    })
            }
        }
    }

    /// Whether a refusal record still stands for a fingerprint it matches.
    pub(super) fn refusal_stands(&self, record: &RefusalRecord) -> bool {
        self.retry_refused_after
            .is_none_or(|after| unix_ms().saturating_sub(record.at) < millis(after))
    }
}

#[cfg(feature = "redis")]
pub(super) use super::redis::{Fence, Slot};

/// Without the `redis` feature no slot exists: every session keeps its state in memory.
#[cfg(not(feature = "redis"))]
pub(super) enum Slot {}

#[cfg(not(feature = "redis"))]
pub(super) enum Fence {}

#[cfg(not(feature = "redis"))]
impl Slot {
    pub(super) fn fingerprint(&self) -> String {
        match *self {}
    }
    pub(super) async fn before_login(&self, _: Ask<'_>) -> Before {
        match *self {}
    }
    pub(super) async fn publish(
        &self,
        _: Option<Fence>,
        _: &Secret,
        _: Option<Lifetime>,
        _: Instant,
    ) -> (bool, bool) {
        match *self {}
    }
    pub(super) async fn refuse(&self, _: Option<Fence>, _: RefusalRecord) {
        match *self {}
    }
    pub(super) async fn release(&self, _: Option<Fence>) {
        match *self {}
    }
    pub(super) async fn converge(&self, _: &Secret, _: Option<Lifetime>, _: Instant) -> Converged {
        match *self {}
    }
    pub(super) async fn forget(&self, _: &Secret) {
        match *self {}
    }
}
