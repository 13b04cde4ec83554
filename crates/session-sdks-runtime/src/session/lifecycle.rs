//! [`Session`]: the shared state of one credential lifecycle and what
//! callers do with it: take the token, report a refusal, change the
//! credentials, close.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use reqwest::StatusCode;
use reqwest::header::{HeaderName, HeaderValue};
use tokio::sync::watch;
use tokio::time::Instant;

use super::backoff::login_backoff;
use super::login::{self, Landed};
use super::store::{Converged, Slot};
use super::{
    Credentials, Lifetime, MAX_TOKEN_BYTES, SessionLogin, SessionSettings, SessionState,
    SessionToken,
};
use crate::auth::{AuthProvider, BoxFuture, Refusal, header_name};
use crate::error::{Deadline, DeadlineExceeded, LoginFailed, SdkError};
use crate::secret::Secret;
use crate::trace::{event, in_span};

/// A session that manages itself, shared by any number of tasks (cheap to
/// clone: clones are the same session).
///
/// - **Login.** The first use logs in ([`Session::start`] at once, for a
///   caller who wants the login's error at start-up). Any number of tasks
///   cause one login, run in its own task bounded by
///   [`SessionSettings::login_deadline`]: a caller that is cancelled (a
///   timeout around its call, a dropped handler) does not cancel it, and its
///   session serves the next call. Each caller waits for it within its own
///   deadline.
/// - **Refusal.** A login refused for its credentials
///   ([`SessionLogin::refused`]) is remembered with its typed error: every
///   later call fails at once with it and sends nothing, until
///   [`Session::set_credentials`] (or, for credentials read from a function,
///   until the function gives others). One failed login per credential
///   change, whatever the concurrency.
/// - **Transient failures** (no connection, `5xx`, `429`, a deadline) back
///   off from [`SessionSettings::login_backoff`] doubling to
///   [`SessionSettings::login_backoff_cap`], with jitter, honouring
///   `Retry-After`, shared by every caller: a call that arrives during the
///   backoff gets the last error at once (retryable, nothing sent).
/// - **End.** A call refused because the session ended (the API's own
///   signal) drops the token if it is still the current one, causes one new
///   login, and is sent once more: the server refused the session before
///   acting on the call. A refused token is never sent again.
/// - **Renewal.** Where the lifetime is known, a login runs in the
///   background `renew_before` ahead of it while calls keep the current
///   token; the new session replaces it only once that login succeeded, and
///   the replaced one is logged out after [`SessionSettings::logout_grace`].
///   A failed renewal surfaces no error.
/// - **Close.** [`Session::close`] refuses new calls at once, waits for a
///   login in flight (within the login deadline), and logs out every session
///   this `Session` opened.
pub struct Session<L: SessionLogin> {
    pub(super) inner: Arc<Inner<L>>,
}

impl<L: SessionLogin> Clone for Session<L> {
    fn clone(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}

pub(super) struct Inner<L: SessionLogin> {
    /// Shared with the logout a dropped session sends.
    pub(super) login: Arc<L>,
    header: Option<(HeaderName, &'static str)>,
    pub(super) settings: SessionSettings,
    /// Why these settings cannot work: every use fails with it, nothing sent.
    problem: Option<String>,
    /// Whether the store is shared, read on the call path without a lock on it.
    shared: bool,
    state: Mutex<State<L>>,
}

pub(super) struct State<L: SessionLogin> {
    pub(super) closed: bool,
    pub(super) credentials: Credentials<L::Credentials>,
    /// Counts credential changes: a refusal is about one generation.
    pub(super) generation: u64,
    pub(super) current: Option<Current>,
    /// Sessions replaced by a renewal, or whose logout failed: logged out
    /// after the grace period, or by `close`.
    pub(super) retiring: Vec<Current>,
    pub(super) flight: Option<Flight<L::Error>>,
    pub(super) failure: Option<Failure<L>>,
    /// Transient login failures in a row.
    pub(super) failures: u32,
    pub(super) flights: u64,
    /// The last token this session saw ended, refused or expired: a shared
    /// store's copy of it is never adopted.
    pub(super) dropped: Option<Secret>,
    /// Where a shared store keeps this session's user (set by its logins).
    pub(super) slot: Option<Arc<Slot>>,
    /// When a token the fleet does not share is checked against the store next.
    pub(super) next_probe: Instant,
    /// [`Session::leave`] was called: sessions the fleet shares are not logged out.
    pub(super) left: bool,
}

/// The login in flight.
pub(super) struct Flight<E> {
    pub(super) id: u64,
    pub(super) rx: watch::Receiver<Option<Landed<E>>>,
}

/// The last login failure, as later callers see it.
pub(super) enum Failure<L: SessionLogin> {
    /// Refused for its credentials: remembered until they change.
    Refused {
        /// What was refused (`None`: an unusable answer to them).
        credentials: Option<L::Credentials>,
        error: SdkError<L::Error>,
        generation: u64,
        at: Instant,
        /// When credentials read from a function were last read.
        checked: Instant,
        /// Refused while another session of ours was live (a renewal): a
        /// server that allows one session per user refuses that way, so one
        /// more login is allowed once that session has ended.
        while_live: bool,
    },
    /// A transient failure: no login before `until`.
    Transient {
        error: SdkError<L::Error>,
        until: Instant,
    },
}

/// The session in use.
#[derive(Clone)]
pub(super) struct Current {
    pub(super) token: Secret,
    pub(super) header: Option<HeaderValue>,
    lifetime: Option<Lifetime>,
    /// When the login that made it was sent.
    started: Instant,
    /// The last use, for an idle lifetime.
    used: Instant,
    /// This session logged in for it (else adopted from a store): its owner
    /// logs it out once replaced.
    pub(super) owned: bool,
    /// Other sessions may be using it (a store holds it): only `close` ends it.
    pub(super) stored: bool,
    /// The fleet's store (Redis) holds it, not only this process.
    pub(super) fleet: bool,
}

impl Current {
    fn expires(&self) -> Option<Instant> {
        match self.lifetime? {
            Lifetime::Fixed(length) => self.started.checked_add(length),
            Lifetime::Idle(length) => self.used.checked_add(length),
        }
    }

    /// Whether the server still has it, by its known lifetime.
    pub(super) fn usable(&self, now: Instant) -> bool {
        self.expires().is_none_or(|end| now < end)
    }

    /// Whether it is due for renewal `margin` (at most half the lifetime) ahead of its end.
    fn due(&self, now: Instant, margin: std::time::Duration) -> bool {
        match (self.lifetime, self.expires()) {
            (Some(lifetime), Some(end)) => {
                let margin = margin.min(lifetime.length() / 2);
                end.checked_sub(margin).is_none_or(|at| now >= at)
            }
            _ => false,
        }
    }
}

/// Why a caller gets no token.
#[derive(Clone)]
pub(super) struct Denied<E> {
    pub(super) error: SdkError<E>,
    /// `None`: not a login failure (closed, bad settings).
    pub(super) login: Option<LoginKind>,
}

#[derive(Clone, Copy)]
pub(super) struct LoginKind {
    retryable: bool,
    remembered: bool,
}

impl<E: Clone + Send + Sync + 'static> Denied<E> {
    pub(super) fn invalid(message: String) -> Self {
        Self {
            error: SdkError::InvalidRequest(message),
            login: None,
        }
    }

    pub(super) fn login(error: SdkError<E>, retryable: bool, remembered: bool) -> Self {
        Self {
            error,
            login: Some(LoginKind {
                retryable,
                remembered,
            }),
        }
    }

    /// As a call that needed the session sees it: [`SdkError::Login`].
    pub(super) fn for_call<F>(self) -> SdkError<F> {
        match self.login {
            Some(kind) => SdkError::Login(LoginFailed::new(
                self.error,
                kind.retryable,
                kind.remembered,
            )),
            None => self.error.map_entity(),
        }
    }
}

impl<L: SessionLogin> State<L> {
    /// Whether a login may start now: `Err` when a refusal or a backoff
    /// stands; `Ok(Some(credentials))`: it may, but not send these again.
    fn blocked(
        &mut self,
        now: Instant,
        settings: &SessionSettings,
    ) -> Result<Option<L::Credentials>, Denied<L::Error>> {
        match &self.failure {
            Some(Failure::Refused {
                credentials,
                error,
                generation,
                at,
                checked,
                while_live,
            }) if *generation == self.generation => {
                if *while_live {
                    return Ok(None);
                }
                let retry_at = settings
                    .retry_refused_after
                    .and_then(|after| at.checked_add(after));
                if retry_at.is_some_and(|retry_at| now >= retry_at) {
                    return Ok(None);
                }
                let recheck_at = checked.checked_add(settings.credentials_recheck);
                if self.credentials.is_read() && recheck_at.is_some_and(|at| now >= at) {
                    return Ok(credentials.clone());
                }
                Err(Denied::login(error.clone(), false, true))
            }
            Some(Failure::Transient { error, until }) if now < *until => {
                Err(Denied::login(error.clone(), true, false))
            }
            _ => Ok(None),
        }
    }

    /// Whether a renewal may start now: no refusal of these credentials, no backoff.
    fn renewal_allowed(&self, now: Instant) -> bool {
        match &self.failure {
            Some(Failure::Refused { generation, .. }) => *generation != self.generation,
            Some(Failure::Transient { until, .. }) => now >= *until,
            None => true,
        }
    }

    /// Records a transient login failure and its backoff.
    pub(super) fn transient(
        &mut self,
        error: SdkError<L::Error>,
        now: Instant,
        settings: &SessionSettings,
    ) {
        self.failures = self.failures.saturating_add(1);
        let wait = login_backoff(
            self.failures,
            settings.login_backoff,
            settings.login_backoff_cap,
            &error,
        );
        self.failure = Some(Failure::Transient {
            error,
            until: now.checked_add(wait).unwrap_or(now),
        });
    }
}

impl<L: SessionLogin> Inner<L> {
    pub(super) fn lock(&self) -> MutexGuard<'_, State<L>> {
        // Every change is made whole under the lock, so a panic elsewhere
        // cannot leave the state half-written.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(super) fn closed<E: Clone + Send + Sync + 'static>(&self) -> Denied<E> {
        Denied::invalid(format!(
            "{}: the session was closed",
            self.login.operation().name
        ))
    }

    /// A login's token as the session uses it, or why it cannot be used.
    pub(super) fn admit(
        &self,
        login: SessionToken,
        started: Instant,
    ) -> Result<Current, SdkError<L::Error>> {
        let op = self.login.operation().name;
        let len = login.token.expose().len();
        if len > MAX_TOKEN_BYTES {
            return Err(SdkError::InvalidRequest(format!(
                "{op}: the login returned a token of {len} bytes, over the {MAX_TOKEN_BYTES}-byte limit"
            )));
        }
        let unsendable = |name: &str| {
            SdkError::InvalidRequest(format!(
                "{op}: the login returned a token that cannot be sent in `{name}`"
            ))
        };
        let header = match &self.header {
            Some((name, prefix)) => {
                let value = format!("{prefix}{}", login.token.expose());
                let mut value =
                    HeaderValue::from_str(&value).map_err(|_| unsendable(name.as_str()))?;
                value.set_sensitive(true);
                Some(value)
            }
            None => {
                if login.token.expose().chars().any(char::is_control) {
                    return Err(unsendable("the query"));
                }
                None
            }
        };
        Ok(Current {
            token: login.token,
            header,
            lifetime: self.settings.lifetime.or(login.lifetime),
            started,
            used: started,
            owned: true,
            stored: false,
            fleet: false,
        })
    }

    /// An unusable token as a session, only to log it out.
    pub(super) fn unchecked(&self, login: SessionToken, started: Instant) -> Current {
        Current {
            token: login.token,
            header: None,
            lifetime: None,
            started,
            used: started,
            owned: true,
            stored: false,
            fleet: false,
        }
    }

    /// Logs `session` out: `Ok` also when the server says it had already
    /// ended. A failed logout is kept for `close` to try again when `keep`.
    pub(super) async fn logout(&self, session: Current, keep: bool) -> Result<(), SdkError> {
        let logout = in_span(
            self.login.logout_operation(),
            "session logout",
            self.login.logout(session.token.clone()),
        );
        let outcome = match logout.await {
            Err(err)
                if err
                    .content()
                    .is_some_and(|content| self.login.ended(content.status, &content.body)) =>
            {
                Ok(())
            }
            outcome => outcome,
        };
        let status = outcome
            .as_ref()
            .err()
            .and_then(|err| err.status().map(|status| status.as_u16()));
        event(
            self.login.logout_operation(),
            "session logout",
            status,
            outcome.is_ok(),
        );
        if outcome.is_err() && keep {
            self.lock().retiring.push(session);
        }
        outcome
    }
}

impl<L: SessionLogin> Drop for Inner<L> {
    /// The last handle is gone without `close`: the sessions still held are
    /// logged out in the background (best effort: only while a tokio
    /// runtime runs; `close` is the way to know the outcome).
    fn drop(&mut self) {
        let state = self.state.get_mut().unwrap_or_else(PoisonError::into_inner);
        if state.closed || !self.login.has_logout() {
            return;
        }
        let mut sessions = std::mem::take(&mut state.retiring);
        sessions.extend(state.current.take());
        // A replica going away leaves the fleet's session to the others.
        sessions.retain(|session| !session.stored);
        if sessions.is_empty() {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let login = Arc::clone(&self.login);
        let logout = login.logout_operation();
        runtime.spawn(async move {
            for session in sessions {
                let outcome = in_span(logout, "session logout", login.logout(session.token)).await;
                let status = outcome
                    .as_ref()
                    .err()
                    .and_then(|err| err.status().map(|status| status.as_u16()));
                event(logout, "session logout", status, outcome.is_ok());
            }
        });
    }
}

impl<L: SessionLogin> Session<L> {
    /// A session that logs in with `login` and `credentials`; nothing is sent
    /// until first use. Settings that cannot work (a zero deadline, a header
    /// name that cannot be one) make every use fail with
    /// [`SdkError::InvalidRequest`] naming the setting, nothing sent.
    pub fn new(
        login: L,
        credentials: Credentials<L::Credentials>,
        settings: SessionSettings,
    ) -> Self {
        let mut problem = settings.problem();
        let header = match settings.header {
            Some((name, prefix)) => match header_name(name) {
                Ok(name) => Some((name, prefix)),
                Err(why) => {
                    problem.get_or_insert(why);
                    None
                }
            },
            None => None,
        };
        let problem = problem.map(|why| format!("{}: {why}", login.operation().name));
        let shared = settings.store.is_shared();
        Self {
            inner: Arc::new(Inner {
                login: Arc::new(login),
                header,
                settings,
                problem,
                shared,
                state: Mutex::new(State {
                    closed: false,
                    credentials,
                    generation: 0,
                    current: None,
                    retiring: Vec::new(),
                    flight: None,
                    failure: None,
                    failures: 0,
                    flights: 0,
                    dropped: None,
                    slot: None,
                    next_probe: Instant::now(),
                    left: false,
                }),
            }),
        }
    }

    /// The API's login, as the session holds it.
    pub fn login(&self) -> &L {
        &self.inner.login
    }

    /// The session's settings.
    pub fn settings(&self) -> &SessionSettings {
        &self.inner.settings
    }

    /// The token to use now: the current one (starting its renewal in the
    /// background when due), or the outcome of the login in flight, or of a
    /// new one, unless a refusal or a backoff stands.
    pub(super) async fn acquire(&self) -> Result<Current, Denied<L::Error>> {
        let rx = {
            let inner = &self.inner;
            let mut state = inner.lock();
            if let Some(problem) = &inner.problem {
                return Err(Denied::invalid(problem.clone()));
            }
            if state.closed {
                return Err(inner.closed());
            }
            let now = Instant::now();
            if state
                .current
                .as_ref()
                .is_some_and(|current| !current.usable(now))
            {
                // Ended by its lifetime, as far as the client knows: the next
                // login logs it out first (the server says "ended" if it was).
                if let Some(expired) = state.current.take() {
                    state.dropped = Some(expired.token.clone());
                    // One the fleet shares is not ours alone to log out.
                    if inner.login.has_logout() && !expired.stored {
                        state.retiring.push(expired);
                    }
                }
            }
            if let Some(current) = state.current.as_mut() {
                current.used = now;
                let current = current.clone();
                if current.due(now, inner.settings.renew_before)
                    && state.flight.is_none()
                    && state.renewal_allowed(now)
                {
                    event(
                        inner.login.operation(),
                        "session renewed ahead of its lifetime",
                        None,
                        true,
                    );
                    // Without a runtime to run it, the renewal waits for the end.
                    let _ = login::start(inner, &mut state, None, true);
                } else if inner.shared && !current.fleet && now >= state.next_probe {
                    state.next_probe = now + inner.settings.store.probe_interval();
                    converge(inner, &state, &current);
                }
                return Ok(current);
            }
            match &state.flight {
                Some(flight) => flight.rx.clone(),
                None => {
                    let refused = state.blocked(now, &inner.settings)?;
                    login::start(inner, &mut state, refused, false)?
                }
            }
        };
        login::wait(rx).await
    }

    /// Logs in now unless already logged in: the login's typed error, if any
    /// (the remembered one after a refusal, nothing sent).
    pub async fn start(&self) -> Result<(), SdkError<L::Error>> {
        self.acquire()
            .await
            .map(drop)
            .map_err(|denied| denied.error)
    }

    /// The current token, logging in first if needed.
    pub async fn token(&self) -> Result<Secret, SdkError<L::Error>> {
        self.acquire()
            .await
            .map(|current| current.token)
            .map_err(|denied| denied.error)
    }

    /// Replaces the credentials on every clone: a refusal of the old ones no
    /// longer stands, so the next login that is needed uses these. A token
    /// still valid keeps serving until then.
    pub fn set_credentials(&self, credentials: L::Credentials) {
        self.set_credentials_from(Credentials::fixed(credentials));
    }

    /// Like [`Session::set_credentials`], from a function read at each login.
    pub fn set_credentials_from(&self, credentials: Credentials<L::Credentials>) {
        let mut state = self.inner.lock();
        state.credentials = credentials;
        state.generation += 1;
        if matches!(state.failure, Some(Failure::Refused { .. })) {
            state.failure = None;
        }
    }

    /// Starts with a token obtained elsewhere (saved from an earlier run),
    /// with its lifetime from now; an unusable one is ignored.
    pub fn seed(&self, token: SessionToken) {
        if let Ok(current) = self.inner.admit(token, Instant::now()) {
            let mut state = self.inner.lock();
            if !state.closed {
                state.current = Some(current);
            }
        }
    }

    /// The same session with another login or settings, keeping its
    /// credentials and token (a builder's step, before first use).
    #[cfg_attr(not(feature = "oauth2"), allow(dead_code))]
    pub(crate) fn rebuilt(self, login: L, settings: SessionSettings) -> Self {
        let (credentials, current) = {
            let state = self.inner.lock();
            (state.credentials.clone(), state.current.clone())
        };
        let session = Self::new(login, credentials, settings);
        session.inner.lock().current = current;
        session
    }

    /// Drops the current token if it is `sent` (any when `None`).
    #[cfg_attr(not(feature = "oauth2"), allow(dead_code))]
    pub(crate) fn forget(&self, sent: Option<&HeaderValue>) {
        let mut state = self.inner.lock();
        if state
            .current
            .as_ref()
            .is_some_and(|current| sent.is_none_or(|sent| current.header.as_ref() == Some(sent)))
        {
            state.dropped = state.current.take().map(|current| current.token);
        }
    }

    /// Drops `refused` if it is still the current token, so the next use logs
    /// in again; `false` once the session is closed.
    pub fn drop_token(&self, refused: &Secret) -> bool {
        let mut state = self.inner.lock();
        if state.closed {
            return false;
        }
        if state
            .current
            .as_ref()
            .is_some_and(|current| current.token == *refused)
        {
            state.current = None;
            state.dropped = Some(refused.clone());
        }
        state.retiring.retain(|old| old.token != *refused);
        true
    }

    /// Runs `call` with the current token (logging in first if needed); if
    /// the API says the session ended, logs in again once and runs it once
    /// more. For APIs whose token is an explicit argument of each call. A
    /// login failure is [`SdkError::Login`].
    pub async fn run<T, E, F, Fut>(&self, call: F) -> Result<T, SdkError<E>>
    where
        F: Fn(Secret) -> Fut,
        Fut: Future<Output = Result<T, SdkError<E>>>,
    {
        let token = self.call_token().await?;
        match call(token.clone()).await {
            Err(err) if self.ended(&err) && self.drop_token(&token) => {
                let status = err.status().map(|status| status.as_u16());
                event(
                    self.inner.login.operation(),
                    "session ended by the server",
                    status,
                    true,
                );
                let token = self.call_token().await?;
                call(token).await
            }
            outcome => outcome,
        }
    }

    /// Like [`Session::run`], all of it (the wait for a login included)
    /// bounded by `limit`: when it passes, [`SdkError::DeadlineExceeded`]
    /// naming the login operation, and no login is started because of it.
    pub async fn run_within<T, E, F, Fut>(
        &self,
        limit: Option<std::time::Duration>,
        call: F,
    ) -> Result<T, SdkError<E>>
    where
        F: Fn(Secret) -> Fut,
        Fut: Future<Output = Result<T, SdkError<E>>>,
    {
        let Some(limit) = limit else {
            return self.run(call).await;
        };
        if limit < std::time::Duration::from_millis(1) {
            return Err(SdkError::InvalidRequest(format!(
                "{}: the operation deadline is zero or under a millisecond",
                self.inner.login.operation().name
            )));
        }
        match tokio::time::timeout(limit, self.run(call)).await {
            Ok(outcome) => outcome,
            Err(_) => Err(SdkError::DeadlineExceeded(DeadlineExceeded {
                operation: self.inner.login.operation(),
                deadline: Deadline::Operation,
                limit,
                attempts: 0,
                retryable: true,
            })),
        }
    }

    /// The token for a call: a login failure as [`SdkError::Login`].
    async fn call_token<E>(&self) -> Result<Secret, SdkError<E>> {
        self.acquire()
            .await
            .map(|current| current.token)
            .map_err(Denied::for_call)
    }

    fn ended<E>(&self, err: &SdkError<E>) -> bool {
        err.content()
            .is_some_and(|content| self.inner.login.ended(content.status, &content.body))
    }

    /// Ends every session this `Session` opened and refuses every later call
    /// at once. A login in flight is waited for (within the login deadline)
    /// and its session logged out; so are sessions replaced by a renewal.
    /// `Ok` when none is left on the server, the server's "already ended"
    /// answer included; a second close sends only what a failed first one
    /// left.
    ///
    /// With a shared store this ends the session for every replica: the
    /// shared session is logged out and removed from the store (the others
    /// log in again at their next call). A replica shutting down calls
    /// [`Session::leave`] instead.
    pub async fn close(&self) -> Result<(), SdkError> {
        self.finish(false).await
    }

    /// Leaves the session to the other replicas of a fleet: refuses every
    /// later call of this `Session`, like [`Session::close`], but logs out
    /// only the sessions no one else can be using (those replaced by a
    /// renewal, those made while the shared store was out of reach); the
    /// shared session stays open and in the store. With the memory store,
    /// where no one else can use it, the same as [`Session::close`].
    pub async fn leave(&self) -> Result<(), SdkError> {
        self.finish(self.inner.shared).await
    }

    async fn finish(&self, leave: bool) -> Result<(), SdkError> {
        let inner = &self.inner;
        let (flight, sessions, slot) = {
            let mut state = inner.lock();
            state.closed = true;
            state.left = leave;
            // Every session held, expired by the clock or not: the server's
            // "already ended" answer is success.
            let mut sessions = std::mem::take(&mut state.retiring);
            sessions.extend(state.current.take());
            if leave {
                sessions.retain(|session| !session.stored);
            }
            (
                state.flight.as_ref().map(|flight| flight.rx.clone()),
                sessions,
                state.slot.clone(),
            )
        };
        let mut outcome = Ok(());
        if let Some(mut rx) = flight {
            let deadline = inner.settings.login_deadline;
            let landed = tokio::time::timeout(
                deadline,
                rx.wait_for(|landed| landed.as_ref().is_some_and(|landed| landed.done)),
            )
            .await;
            match landed {
                Ok(Ok(landed)) => {
                    if let Some(Some(Err(err))) =
                        landed.as_ref().map(|landed| landed.logout.clone())
                    {
                        outcome = Err(err);
                    }
                }
                // The login task is gone without landing: it held no session.
                Ok(Err(_)) => {}
                Err(_) => {
                    // The login lands later and logs its session out itself.
                    outcome = Err(SdkError::DeadlineExceeded(DeadlineExceeded {
                        operation: inner.login.logout_operation(),
                        deadline: Deadline::Flight,
                        limit: deadline,
                        attempts: 0,
                        retryable: true,
                    }));
                }
            }
        }
        if !inner.login.has_logout() && !leave {
            // Nothing to log out, but the store's copy ends with the session.
            if let Some(slot) = &slot {
                for session in sessions.iter().filter(|session| session.stored) {
                    slot.forget(&session.token).await;
                }
            }
        }
        if inner.login.has_logout() && !sessions.is_empty() {
            // In a task of its own: a caller of `close` that is cancelled here
            // does not leave the sessions it took out of the state open.
            let owner = Arc::clone(inner);
            let logouts = tokio::spawn(async move {
                let mut first = Ok(());
                for session in sessions {
                    if let (Some(slot), true) = (&slot, session.stored) {
                        slot.forget(&session.token).await;
                    }
                    if let Err(err) = owner.logout(session, true).await {
                        first = first.and(Err(err));
                    }
                }
                first
            });
            let logged_out = logouts.await.unwrap_or_else(|_| {
                Err(SdkError::InvalidRequest(format!(
                    "{}: the logout task ended without an outcome",
                    inner.login.logout_operation().name
                )))
            });
            outcome = outcome.and(logged_out);
        }
        outcome
    }

    /// Whether [`Session::close`] was called.
    pub fn is_closed(&self) -> bool {
        self.inner.lock().closed
    }

    /// Whether a token is in use now (none before the first use, after an
    /// expiry or a refusal, and after close).
    pub fn is_logged_in(&self) -> bool {
        self.state() == SessionState::LoggedIn
    }

    /// Where the session stands.
    pub fn state(&self) -> SessionState {
        let state = self.inner.lock();
        let now = Instant::now();
        if state.closed {
            SessionState::Closed
        } else if state
            .current
            .as_ref()
            .is_some_and(|current| current.usable(now))
        {
            SessionState::LoggedIn
        } else if state.flight.is_some() {
            SessionState::LoggingIn
        } else {
            match &state.failure {
                Some(Failure::Refused {
                    generation,
                    while_live: false,
                    ..
                }) if *generation == state.generation => SessionState::Refused,
                Some(Failure::Transient { until, .. }) if now < *until => SessionState::BackingOff,
                _ => SessionState::LoggedOut,
            }
        }
    }
}

/// In the background, a token the fleet does not share meets the store:
/// the fleet's token replaces it (ours is logged out after the grace period,
/// if we made it), or ours becomes the fleet's.
fn converge<L: SessionLogin>(inner: &Arc<Inner<L>>, state: &State<L>, current: &Current) {
    let (Some(slot), Ok(runtime)) = (state.slot.clone(), tokio::runtime::Handle::try_current())
    else {
        return;
    };
    let inner = Arc::clone(inner);
    let ours = current.clone();
    runtime.spawn(async move {
        let found = slot
            .converge(&ours.token, ours.lifetime, ours.started)
            .await;
        let mut state = inner.lock();
        let still = state
            .current
            .as_ref()
            .is_some_and(|current| current.token == ours.token);
        if state.closed || !still {
            return;
        }
        match found {
            Converged::Unreachable => {}
            Converged::Published => {
                if let Some(current) = state.current.as_mut() {
                    current.stored = true;
                    current.fleet = true;
                }
            }
            Converged::Adopt(stored) => {
                let Ok(mut adopted) = inner.admit(stored.token, stored.started) else {
                    return;
                };
                adopted.owned = false;
                adopted.stored = true;
                adopted.fleet = true;
                state.current = Some(adopted);
                if ours.owned && inner.login.has_logout() {
                    state.retiring.push(ours.clone());
                    super::login::retire(&inner, ours);
                }
            }
        }
    });
}

impl<L: SessionLogin> AuthProvider for Session<L> {
    fn credential(&self) -> BoxFuture<'_, Result<(HeaderName, HeaderValue), SdkError>> {
        Box::pin(async move {
            let current = self.acquire().await.map_err(Denied::for_call)?;
            match (&self.inner.header, current.header) {
                (Some((name, _)), Some(value)) => Ok((name.clone(), value)),
                _ => Err(SdkError::InvalidRequest(format!(
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
        let mut state = self.inner.lock();
        if state.closed {
            return Refusal::Kept;
        }
        if state
            .current
            .as_ref()
            .is_some_and(|current| current.header.as_ref() == Some(sent))
        {
            state.dropped = state.current.take().map(|current| current.token);
            event(
                self.inner.login.operation(),
                "session ended by the server",
                Some(status.as_u16()),
                true,
            );
        }
        // A replaced session the server ended needs no logout.
        state
            .retiring
            .retain(|old| old.header.as_ref() != Some(sent));
        // Either dropped now, or another call has already logged in again.
        self.inner.login.refusal()
    }
}

impl<L: SessionLogin> fmt::Debug for Session<L> {
    /// The state and settings; never a token or a credential.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let settings = &self.inner.settings;
        f.debug_struct("Session")
            .field("login", &self.inner.login.operation().name)
            .field("state", &self.state())
            .field("header", &settings.header.map(|(name, _)| name))
            .field("renew_before", &settings.renew_before)
            .field("lifetime", &settings.lifetime)
            .field("login_deadline", &settings.login_deadline)
            .finish_non_exhaustive()
    }
}
