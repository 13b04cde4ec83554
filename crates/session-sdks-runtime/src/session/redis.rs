//! [`RedisStore`]: a fleet's shared session store on Redis.
//!
//! Per API + base URL + user, three keys, named by an HMAC of the three (no
//! user or URL in clear): the token (`…:tok`), the login lease (`…:lease`,
//! `SET NX PX` with a random fencing value, expiring after the login
//! deadline so a replica dying mid-login hands over), and the refusal
//! record (`…:ref`, the refused credentials' keyed fingerprint and the
//! error). Values are AES-256-GCM under the user's keys (the key's name as
//! associated data, so a value cannot be moved to another slot), unless
//! plaintext was asked for by name. Anything that does not decrypt or parse
//! is absent.
//!
//! Every Redis operation is bounded by a short timeout. When Redis cannot
//! be reached, the store says so once (a `tracing` warning) and serves from
//! a process-local copy of the same three records, so the sessions of one
//! process still make one login between them; it tries Redis again after
//! the probe interval, and sessions holding a token the fleet does not share
//! converge on the fleet's.

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use hmac::{Hmac, Mac};
use redis::aio::MultiplexedConnection;
use redis::{Script, Value};
use sha2::Sha256;
use tokio::time::Instant;

use super::Lifetime;
use super::store::{Ask, Before, Converged, RefusalRecord, StoreIdentity, TokenRecord, unix_ms};
use crate::error::SdkError;
use crate::secret::Secret;

/// Default bound of one Redis operation: 250 ms.
pub const DEFAULT_STORE_TIMEOUT: Duration = Duration::from_millis(250);
/// Default pause before an unreachable Redis is tried again: 1 s.
pub const DEFAULT_STORE_PROBE: Duration = Duration::from_secs(1);

/// The keys of a [`RedisStore`]: one that names the slots and fingerprints
/// refused credentials (HMAC-SHA256; the same on every replica, and kept
/// across encryption-key rotations), and the AES-256-GCM keys that encrypt
/// every value: the first encrypts, any decrypts, so a rotation adds the
/// new key first and drops the old one once every replica has it.
///
/// `Debug` prints how many keys there are, never a byte of one.
#[derive(Clone)]
pub struct StoreKeys {
    name: Arc<[u8]>,
    ciphers: Vec<Aes256Gcm>,
    plaintext: bool,
}

impl StoreKeys {
    /// Keys naming slots with `name_key` (at least 16 bytes, from a secret
    /// manager); add an encryption key, or opt in to plaintext.
    pub fn new(name_key: impl AsRef<[u8]>) -> Self {
        Self {
            name: Arc::from(name_key.as_ref()),
            ciphers: Vec::new(),
            plaintext: false,
        }
    }

    /// Adds an AES-256-GCM key: the first added encrypts, any decrypts.
    #[must_use]
    pub fn encryption_key(mut self, key: [u8; 32]) -> Self {
        self.ciphers
            .push(Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key)));
        self
    }

    /// Stores tokens unencrypted when no encryption key is given: anyone who
    /// can read the Redis can use the sessions. Without this, a store with
    /// no encryption key is refused.
    #[must_use]
    pub fn plaintext(mut self) -> Self {
        self.plaintext = true;
        self
    }

    fn problem(&self) -> Option<&'static str> {
        if self.name.len() < 16 {
            Some("the store's name key is under 16 bytes")
        } else if self.ciphers.is_empty() && !self.plaintext {
            Some("the store has no encryption key (add one, or opt in to `plaintext`)")
        } else {
            None
        }
    }

    fn mac(&self, parts: &[&[u8]]) -> String {
        let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(&self.name) else {
            return String::new();
        };
        for part in parts {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }

    /// `1 ‖ nonce ‖ AES-256-GCM(value)` under the first key, the key name as
    /// associated data; `0 ‖ value` when plaintext was asked for.
    fn seal(&self, name: &str, value: &[u8]) -> Option<Vec<u8>> {
        match self.ciphers.first() {
            Some(cipher) => {
                let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
                let sealed = cipher
                    .encrypt(
                        &nonce,
                        Payload {
                            msg: value,
                            aad: name.as_bytes(),
                        },
                    )
                    .ok()?;
                let mut out = Vec::with_capacity(1 + nonce.len() + sealed.len());
                out.push(1);
                out.extend_from_slice(&nonce);
                out.extend_from_slice(&sealed);
                Some(out)
            }
            None if self.plaintext => {
                let mut out = Vec::with_capacity(1 + value.len());
                out.push(0);
                out.extend_from_slice(value);
                Some(out)
            }
            None => None,
        }
    }

    /// The value under any key; `None` for anything else (fail closed).
    fn open(&self, name: &str, stored: &[u8]) -> Option<Vec<u8>> {
        match stored.split_first()? {
            (1, rest) if rest.len() > 12 => {
                let (nonce, sealed) = rest.split_at(12);
                let nonce = Nonce::from_slice(nonce);
                self.ciphers.iter().find_map(|cipher| {
                    cipher
                        .decrypt(
                            nonce,
                            Payload {
                                msg: sealed,
                                aad: name.as_bytes(),
                            },
                        )
                        .ok()
                })
            }
            (0, rest) if self.plaintext => Some(rest.to_vec()),
            _ => None,
        }
    }
}

impl fmt::Debug for StoreKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoreKeys")
            .field("encryption_keys", &self.ciphers.len())
            .field("plaintext", &self.plaintext)
            .finish_non_exhaustive()
    }
}

/// A session store on Redis shared by a fleet: give the same one (a clone)
/// to every session of a process, in [`crate::SessionSettings::store`].
///
/// ```no_run
/// # use session_sdks_runtime::{RedisStore, SessionSettings, StoreKeys};
/// # fn run(name_key: &[u8], key: [u8; 32]) -> Result<(), session_sdks_runtime::SdkError> {
/// let store = RedisStore::new("redis://127.0.0.1:6379", StoreKeys::new(name_key).encryption_key(key))?;
/// let settings = SessionSettings { store: store.into(), ..SessionSettings::default() };
/// # Ok(())
/// # }
/// ```
///
/// Cheap to clone; clones share one connection and one process-local copy.
#[derive(Clone)]
pub struct RedisStore {
    shared: Arc<Shared>,
}

struct Shared {
    client: redis::Client,
    connection: tokio::sync::Mutex<Option<MultiplexedConnection>>,
    keys: StoreKeys,
    timeout: Duration,
    probe: Duration,
    /// Redis is not tried before this (it failed).
    down_until: Mutex<Option<Instant>>,
    /// A warning was given for the current outage.
    warned: AtomicBool,
    /// The records while Redis is out of reach, by slot name.
    local: Mutex<HashMap<String, Local>>,
}

#[derive(Default)]
struct Local {
    token: Option<Vec<u8>>,
    refusal: Option<Vec<u8>>,
    lease: Option<(u128, Instant)>,
}

impl RedisStore {
    /// A store on the Redis at `url` (`redis://[:password@]host:port[/db]`,
    /// `rediss://` for TLS if the `redis` crate was built with it). Nothing
    /// is sent until a session needs it. Refused: a URL that does not
    /// parse, a name key under 16 bytes, no encryption key without
    /// [`StoreKeys::plaintext`].
    pub fn new(url: &str, keys: StoreKeys) -> Result<Self, SdkError> {
        if let Some(problem) = keys.problem() {
            return Err(SdkError::InvalidRequest(format!("RedisStore: {problem}")));
        }
        // The URL may carry a password: the error does not quote it.
        let client = redis::Client::open(url).map_err(|_| {
            SdkError::InvalidRequest("RedisStore: the Redis URL is not valid".to_owned())
        })?;
        Ok(Self {
            shared: Arc::new(Shared {
                client,
                connection: tokio::sync::Mutex::new(None),
                keys,
                timeout: DEFAULT_STORE_TIMEOUT,
                probe: DEFAULT_STORE_PROBE,
                down_until: Mutex::new(None),
                warned: AtomicBool::new(false),
                local: Mutex::new(HashMap::new()),
            }),
        })
    }

    /// Bounds each Redis operation (default [`DEFAULT_STORE_TIMEOUT`]): past
    /// it, the process goes on with its own session. Before first use.
    #[must_use]
    pub fn timeout(self, timeout: Duration) -> Self {
        self.change(|shared| shared.timeout = timeout.max(Duration::from_millis(1)))
    }

    /// How long after a failure Redis is tried again (default
    /// [`DEFAULT_STORE_PROBE`]). Before first use.
    #[must_use]
    pub fn probe_interval(self, interval: Duration) -> Self {
        self.change(|shared| shared.probe = interval.max(Duration::from_millis(1)))
    }

    fn change(self, edit: impl FnOnce(&mut Shared)) -> Self {
        match Arc::try_unwrap(self.shared) {
            Ok(mut shared) => {
                edit(&mut shared);
                Self {
                    shared: Arc::new(shared),
                }
            }
            Err(shared) => Self { shared },
        }
    }

    pub(super) fn op_timeout(&self) -> Duration {
        self.shared.timeout
    }

    pub(super) fn probe_interval_of(&self) -> Duration {
        self.shared.probe
    }

    /// The slot of `identity`: its key names and its credentials' fingerprint.
    pub(super) fn slot(&self, identity: &StoreIdentity) -> Slot {
        let keys = &self.shared.keys;
        let id = keys.mac(&[
            b"slot",
            identity.api.as_bytes(),
            identity.base_url.as_bytes(),
            identity.user.as_bytes(),
        ]);
        let base = format!("ssdk:{{{}}}", id.get(..32).unwrap_or(&id));
        Slot {
            store: self.clone(),
            fingerprint: keys.mac(&[
                b"credentials",
                identity.api.as_bytes(),
                identity.base_url.as_bytes(),
                identity.user.as_bytes(),
                &identity.secret,
            ]),
            token: format!("{base}:tok"),
            lease: format!("{base}:lease"),
            refusal: format!("{base}:ref"),
            base,
        }
    }

    fn up(&self) -> bool {
        let down = self
            .shared
            .down_until
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        down.is_none_or(|until| Instant::now() >= until)
    }

    /// Redis failed: serve from the local copy until the probe interval passed.
    fn down(&self) {
        *self
            .shared
            .down_until
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(Instant::now() + self.shared.probe);
        if !self.shared.warned.swap(true, Ordering::SeqCst) {
            #[cfg(feature = "tracing")]
            tracing::warn!(
                "session store unreachable: each process keeps its own session until it returns"
            );
        }
    }

    fn reached(&self) {
        *self
            .shared
            .down_until
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = None;
        if self.shared.warned.swap(false, Ordering::SeqCst) {
            #[cfg(feature = "tracing")]
            tracing::info!("session store reachable again");
        }
    }

    /// A connection, made within the timeout.
    async fn connection(&self) -> Result<MultiplexedConnection, ()> {
        let mut held = self.shared.connection.lock().await;
        if let Some(connection) = held.as_ref() {
            return Ok(connection.clone());
        }
        let made = tokio::time::timeout(
            self.shared.timeout,
            self.shared.client.get_multiplexed_async_connection(),
        )
        .await;
        match made {
            Ok(Ok(connection)) => {
                *held = Some(connection.clone());
                Ok(connection)
            }
            _ => Err(()),
        }
    }

    /// One command or script, bounded by the timeout; a failure marks Redis down.
    async fn run(&self, command: Command<'_>) -> Result<Value, ()> {
        let outcome = tokio::time::timeout(self.shared.timeout, async {
            let mut connection = self.connection().await?;
            let answer = match command {
                Command::Cmd(cmd) => cmd.query_async::<Value>(&mut connection).await,
                Command::Script(invocation) => {
                    invocation.invoke_async::<Value>(&mut connection).await
                }
            };
            answer.map_err(drop)
        })
        .await;
        match outcome {
            Ok(Ok(value)) => {
                self.reached();
                Ok(value)
            }
            _ => {
                *self.shared.connection.lock().await = None;
                self.down();
                Err(())
            }
        }
    }

    fn local<T>(&self, name: &str, f: impl FnOnce(&mut Local) -> T) -> T {
        let mut local = self
            .shared
            .local
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        f(local.entry(name.to_owned()).or_default())
    }

    fn keys(&self) -> &StoreKeys {
        &self.shared.keys
    }
}

enum Command<'a> {
    Cmd(redis::Cmd),
    Script(redis::ScriptInvocation<'a>),
}

impl fmt::Debug for RedisStore {
    /// Settings only: no URL (it may carry a password), no key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisStore")
            .field("keys", &self.shared.keys)
            .field("timeout", &self.shared.timeout)
            .field("probe_interval", &self.shared.probe)
            .finish_non_exhaustive()
    }
}

/// Who holds a lease: a fencing value in Redis, or in this process.
pub(crate) enum Fence {
    Redis(String),
    Local(u128),
}

/// One API + base URL + user in the store.
pub(crate) struct Slot {
    store: RedisStore,
    fingerprint: String,
    base: String,
    token: String,
    lease: String,
    refusal: String,
}

/// What one read of a slot found.
struct Snapshot {
    token: Option<TokenRecord>,
    refusal: Option<RefusalRecord>,
    leased: bool,
}

fn bytes(value: &Value) -> Option<&[u8]> {
    match value {
        Value::BulkString(bytes) => Some(bytes),
        _ => None,
    }
}

fn random() -> u128 {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut wide = [0u8; 16];
    wide[..12].copy_from_slice(&nonce);
    u128::from_be_bytes(wide) ^ u128::from(unix_ms())
}

/// Sets the token if the lease is still ours, clears the refusal, frees the lease.
const PUBLISH: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  if ARGV[3] == '0' then redis.call('SET', KEYS[2], ARGV[2])
  else redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3]) end
  redis.call('DEL', KEYS[3])
  redis.call('DEL', KEYS[1])
  return 1
end
return 0";

/// Records a refusal if the lease is still ours, frees the lease.
const REFUSE: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[2], ARGV[2])
  redis.call('DEL', KEYS[1])
  return 1
end
return 0";

/// Frees the lease if it is still ours.
const RELEASE: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0";

/// Deletes the token if it is still the one read.
const FORGET: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0";

impl Slot {
    /// The keyed fingerprint of the credentials this slot was made with.
    pub(crate) fn fingerprint(&self) -> String {
        self.fingerprint.clone()
    }

    fn decode_token(&self, raw: Option<&[u8]>) -> Option<TokenRecord> {
        let plain = self.store.keys().open(&self.token, raw?)?;
        serde_json::from_slice(&plain).ok()
    }

    fn decode_refusal(&self, raw: Option<&[u8]>) -> Option<RefusalRecord> {
        let plain = self.store.keys().open(&self.refusal, raw?)?;
        serde_json::from_slice(&plain).ok()
    }

    /// The slot's records, from Redis or (when it is down) the local copy;
    /// `Err` when Redis failed just now.
    async fn snapshot(&self, redis: bool) -> Result<Snapshot, ()> {
        if redis {
            let mut cmd = redis::cmd("MGET");
            cmd.arg(&self.token).arg(&self.refusal).arg(&self.lease);
            let values = match self.store.run(Command::Cmd(cmd)).await? {
                Value::Array(values) => values,
                _ => Vec::new(),
            };
            let at = |index: usize| values.get(index).and_then(bytes);
            Ok(Snapshot {
                token: self.decode_token(at(0)),
                refusal: self.decode_refusal(at(1)),
                leased: values
                    .get(2)
                    .is_some_and(|lease| !matches!(lease, Value::Nil)),
            })
        } else {
            let (token, refusal, leased) = self.store.local(&self.base, |local| {
                let now = Instant::now();
                if local.lease.is_some_and(|(_, until)| now >= until) {
                    local.lease = None;
                }
                (
                    local.token.clone(),
                    local.refusal.clone(),
                    local.lease.is_some(),
                )
            });
            Ok(Snapshot {
                token: self.decode_token(token.as_deref()),
                refusal: self.decode_refusal(refusal.as_deref()),
                leased,
            })
        }
    }

    async fn take_lease(&self, redis: bool, ttl: Duration) -> Result<Option<Fence>, ()> {
        let fence = random();
        if redis {
            let value = format!("{fence:032x}");
            let mut cmd = redis::cmd("SET");
            cmd.arg(&self.lease)
                .arg(&value)
                .arg("NX")
                .arg("PX")
                .arg(u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1));
            let answer = self.store.run(Command::Cmd(cmd)).await?;
            Ok((!matches!(answer, Value::Nil)).then_some(Fence::Redis(value)))
        } else {
            Ok(self.store.local(&self.base, |local| {
                let now = Instant::now();
                if local.lease.is_some_and(|(_, until)| now < until) {
                    None
                } else {
                    local.lease = Some((fence, now + ttl));
                    Some(Fence::Local(fence))
                }
            }))
        }
    }

    /// Before a login: the token or refusal another session published, or
    /// the lease to log in; waits (polling with backoff) while another holds it.
    pub(crate) async fn before_login(&self, ask: Ask<'_>) -> Before {
        let began = Instant::now();
        let bound = ask.login_deadline.saturating_mul(2);
        let mut pause = Duration::from_millis(10);
        loop {
            let redis = self.store.up();
            let Ok(snapshot) = self.snapshot(redis).await else {
                continue;
            };
            if let Some(refusal) = snapshot.refusal {
                if refusal.fp == self.fingerprint && ask.refusal_stands(&refusal) {
                    return Before::Refused(refusal);
                }
            }
            if let Some(token) = snapshot.token {
                if ask.adoptable(&token) {
                    return Before::Adopt(token.adopt(redis));
                }
            }
            if !snapshot.leased {
                match self.take_lease(redis, ask.login_deadline).await {
                    Ok(Some(fence)) => {
                        // Another session's whole login may have landed between the snapshot
                        // and this lease (a waiter descheduled there, on a loaded machine):
                        // its token or refusal wins, and this lease is given back unused.
                        if let Ok(again) = self.snapshot(redis).await {
                            if let Some(refusal) = again.refusal {
                                if refusal.fp == self.fingerprint && ask.refusal_stands(&refusal) {
                                    self.release(Some(fence)).await;
                                    return Before::Refused(refusal);
                                }
                            }
                            if let Some(token) = again.token {
                                if ask.adoptable(&token) {
                                    self.release(Some(fence)).await;
                                    return Before::Adopt(token.adopt(redis));
                                }
                            }
                        }
                        return Before::Login(Some(fence));
                    }
                    Ok(None) => {}
                    Err(()) => continue,
                }
            }
            if began.elapsed() >= bound {
                return Before::Busy;
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_millis(200));
        }
    }

    /// After a login: publishes its token where the lease was taken.
    /// `(stored, fleet)`: whether other sessions can adopt it, and whether
    /// that is the whole fleet (Redis) rather than this process.
    pub(crate) async fn publish(
        &self,
        fence: Option<Fence>,
        token: &Secret,
        lifetime: Option<Lifetime>,
        started: Instant,
    ) -> (bool, bool) {
        let record = TokenRecord::new(token, lifetime, started);
        let Ok(json) = serde_json::to_vec(&record) else {
            return (false, false);
        };
        let Some(sealed) = self.store.keys().seal(&self.token, &json) else {
            return (false, false);
        };
        match fence {
            Some(Fence::Redis(fence)) => {
                let ttl = record.remaining().map_or(0, |left| {
                    u64::try_from(left.as_millis()).unwrap_or(u64::MAX).max(1)
                });
                let script = Script::new(PUBLISH);
                let mut invocation = script.prepare_invoke();
                invocation
                    .key(&self.lease)
                    .key(&self.token)
                    .key(&self.refusal)
                    .arg(&fence)
                    .arg(sealed)
                    .arg(ttl.to_string());
                let placed = matches!(
                    self.store.run(Command::Script(invocation)).await,
                    Ok(Value::Int(1))
                );
                (placed, placed)
            }
            Some(Fence::Local(fence)) => {
                let placed = self.store.local(&self.base, |local| {
                    if local.lease.is_some_and(|(held, _)| held == fence) {
                        local.token = Some(sealed);
                        local.refusal = None;
                        local.lease = None;
                        true
                    } else {
                        false
                    }
                });
                (placed, false)
            }
            None => (false, false),
        }
    }

    /// After a refused login: records the refusal where the lease was taken.
    pub(crate) async fn refuse(&self, fence: Option<Fence>, record: RefusalRecord) {
        let Ok(json) = serde_json::to_vec(&record) else {
            return self.release(fence).await;
        };
        let Some(sealed) = self.store.keys().seal(&self.refusal, &json) else {
            return self.release(fence).await;
        };
        match fence {
            Some(Fence::Redis(fence)) => {
                let script = Script::new(REFUSE);
                let mut invocation = script.prepare_invoke();
                invocation
                    .key(&self.lease)
                    .key(&self.refusal)
                    .arg(&fence)
                    .arg(sealed);
                let _ = self.store.run(Command::Script(invocation)).await;
            }
            Some(Fence::Local(fence)) => self.store.local(&self.base, |local| {
                if local.lease.is_some_and(|(held, _)| held == fence) {
                    local.refusal = Some(sealed);
                    local.lease = None;
                }
            }),
            None => {}
        }
    }

    /// Frees the lease after a transient failure: the next replica tries.
    pub(crate) async fn release(&self, fence: Option<Fence>) {
        match fence {
            Some(Fence::Redis(fence)) => {
                let script = Script::new(RELEASE);
                let mut invocation = script.prepare_invoke();
                invocation.key(&self.lease).arg(&fence);
                let _ = self.store.run(Command::Script(invocation)).await;
            }
            Some(Fence::Local(fence)) => self.store.local(&self.base, |local| {
                if local.lease.is_some_and(|(held, _)| held == fence) {
                    local.lease = None;
                }
            }),
            None => {}
        }
    }

    /// For a token the fleet does not share (made while Redis was out of
    /// reach, or after the lease was lost): adopt the fleet's, or make ours
    /// the fleet's if it has none.
    pub(crate) async fn converge(
        &self,
        ours: &Secret,
        lifetime: Option<Lifetime>,
        started: Instant,
    ) -> Converged {
        if !self.store.up() {
            return Converged::Unreachable;
        }
        let Ok(snapshot) = self.snapshot(true).await else {
            return Converged::Unreachable;
        };
        if let Some(token) = snapshot.token {
            if token.t == ours.expose() {
                return Converged::Published;
            }
            if token.remaining().is_none_or(|left| !left.is_zero()) {
                return Converged::Adopt(token.adopt(true));
            }
        }
        let record = TokenRecord::new(ours, lifetime, started);
        let Some(sealed) = serde_json::to_vec(&record)
            .ok()
            .and_then(|json| self.store.keys().seal(&self.token, &json))
        else {
            return Converged::Unreachable;
        };
        let mut cmd = redis::cmd("SET");
        cmd.arg(&self.token).arg(sealed).arg("NX");
        if let Some(left) = record.remaining() {
            cmd.arg("PX")
                .arg(u64::try_from(left.as_millis()).unwrap_or(u64::MAX).max(1));
        }
        match self.store.run(Command::Cmd(cmd)).await {
            Ok(Value::Nil) | Err(()) => Converged::Unreachable,
            Ok(_) => Converged::Published,
        }
    }

    /// Ends the slot's token for every replica (close): deleted if it is
    /// still `token`, in Redis and in the local copy.
    pub(crate) async fn forget(&self, token: &Secret) {
        self.store.local(&self.base, |local| {
            if self
                .decode_token(local.token.as_deref())
                .is_some_and(|record| record.t == token.expose())
            {
                local.token = None;
            }
        });
        let mut cmd = redis::cmd("GET");
        cmd.arg(&self.token);
        let Ok(value) = self.store.run(Command::Cmd(cmd)).await else {
            return;
        };
        let Some(raw) = bytes(&value) else {
            return;
        };
        if self
            .decode_token(Some(raw))
            .is_some_and(|record| record.t == token.expose())
        {
            let script = Script::new(FORGET);
            let mut invocation = script.prepare_invoke();
            invocation.key(&self.token).arg(raw);
            let _ = self.store.run(Command::Script(invocation)).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> StoreKeys {
        StoreKeys::new([7u8; 32]).encryption_key([1u8; 32])
    }

    #[test]
    fn values_open_under_any_key_and_nowhere_else() {
        let old = keys();
        let sealed = old.seal("a", b"value").unwrap_or_default();
        assert_eq!(old.open("a", &sealed).as_deref(), Some(&b"value"[..]));
        // Another slot's name: refused.
        assert_eq!(old.open("b", &sealed), None);
        // Rotated: the new key first, the old one still decrypts.
        let rotated = StoreKeys::new([7u8; 32])
            .encryption_key([2u8; 32])
            .encryption_key([1u8; 32]);
        assert_eq!(rotated.open("a", &sealed).as_deref(), Some(&b"value"[..]));
        let resealed = rotated.seal("a", b"value").unwrap_or_default();
        assert_eq!(old.open("a", &resealed), None);
        // Garbage and plaintext are absent unless plaintext was asked for.
        for garbage in [&b""[..], b"\x01", b"\x00value", b"\x09junkjunkjunkjunk"] {
            assert_eq!(old.open("a", garbage), None);
        }
        let plain = StoreKeys::new([7u8; 32]).plaintext();
        assert_eq!(
            plain.open("a", b"\x00value").as_deref(),
            Some(&b"value"[..])
        );
    }

    #[test]
    fn settings_that_cannot_work_are_refused_without_quoting_the_url() {
        let err = RedisStore::new("redis://127.0.0.1", StoreKeys::new([7u8; 32]))
            .err()
            .map(|err| err.to_string())
            .unwrap_or_default();
        assert!(err.contains("encryption key"), "{err}");
        let err = RedisStore::new("redis://127.0.0.1", StoreKeys::new(b"short").plaintext())
            .err()
            .map(|err| err.to_string())
            .unwrap_or_default();
        assert!(err.contains("16 bytes"), "{err}");
        let err = RedisStore::new("nope://:hunter2@x", keys())
            .err()
            .map(|err| err.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("not valid") && !err.contains("hunter2"),
            "{err}"
        );
        let debug = format!("{:?}", keys());
        assert!(!debug.contains('7') || !debug.contains("[7"), "{debug}");
    }

    #[test]
    fn names_and_fingerprints_carry_no_identity_in_clear() {
        let Ok(store) = RedisStore::new("redis://127.0.0.1", keys()) else {
            return;
        };
        let identity = StoreIdentity::new("api", "https://host.example/base", "ada", b"pw-1");
        let slot = store.slot(&identity);
        for text in [&slot.token, &slot.lease, &slot.refusal, &slot.fingerprint] {
            assert!(
                !text.contains("ada") && !text.contains("host.example") && !text.contains("pw"),
                "{text}"
            );
        }
        let changed = store.slot(&StoreIdentity::new(
            "api",
            "https://host.example/base",
            "ada",
            b"pw-2",
        ));
        assert_eq!(slot.token, changed.token);
        assert_ne!(slot.fingerprint, changed.fingerprint);
    }
}
