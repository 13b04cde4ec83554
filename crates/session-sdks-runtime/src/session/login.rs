//! One login, detached from its callers: a spawned task, bounded by the
//! login deadline, whose outcome lands in the session whoever still waits.

use std::sync::Arc;

use tokio::sync::watch;
use tokio::time::Instant;

use super::lifecycle::{Current, Denied, Failure, Flight, Inner, State};
use super::store::{Ask, Before, Fence, RefusalRecord, Slot, Stored};
use super::{SessionLogin, SessionToken};
use crate::auth::BoxFuture;
use crate::error::{Deadline, DeadlineExceeded, SdkError};
use crate::secret::Secret;
use crate::trace::{event, in_span};

/// What a login gave the callers that waited for it.
#[derive(Clone)]
pub(super) struct Landed<E> {
    pub(super) outcome: Result<Current, Denied<E>>,
    /// `false` for the deadline error published while the login still runs.
    pub(super) done: bool,
    /// The logout of a session that landed after close, or unusable.
    pub(super) logout: Option<Result<(), SdkError>>,
}

/// Where a login's outcome appears.
pub(super) type Landing<E> = watch::Receiver<Option<Landed<E>>>;

/// How far a login got.
enum Attempt<L: SessionLogin> {
    /// The credentials could not be read or sent: nothing was sent.
    Unusable(String),
    /// The function gave the credentials that were refused: nothing was sent.
    SameAsRefused,
    /// Sent with these credentials.
    Sent(
        L::Credentials,
        Result<SessionToken, SdkError<<L as SessionLogin>::Error>>,
        Shared,
    ),
    /// Another session's token from the shared store: nothing was sent.
    Adopted(Arc<Slot>, Stored),
    /// The shared store holds a refusal of these credentials: nothing was sent.
    RefusedElsewhere(
        L::Credentials,
        Arc<Slot>,
        SdkError<<L as SessionLogin>::Error>,
    ),
    /// Another replica held the login lease past every bound: nothing was sent.
    Busy,
}

/// Where a sent login's outcome went in a shared store.
#[derive(Default)]
struct Shared {
    slot: Option<Arc<Slot>>,
    /// Other sessions can adopt the token.
    stored: bool,
    /// The whole fleet can (Redis, not only this process).
    fleet: bool,
}

/// Starts a login in its own task; `refused`: credentials not to send again.
pub(super) fn start<L: SessionLogin>(
    inner: &Arc<Inner<L>>,
    state: &mut State<L>,
    refused: Option<L::Credentials>,
    renewal: bool,
) -> Result<Landing<L::Error>, Denied<L::Error>> {
    let runtime = tokio::runtime::Handle::try_current().map_err(|_| {
        Denied::invalid(format!(
            "{}: a session logs in on a tokio runtime, and none is running",
            inner.login.operation().name
        ))
    })?;
    state.flights += 1;
    let id = state.flights;
    let (tx, rx) = watch::channel(None);
    state.flight = Some(Flight { id, rx: rx.clone() });
    let read = state.credentials.read();
    let generation = state.generation;
    // A login that replaces no live session first ends the ones still held
    // (expired by the clock, replaced, or whose logout failed): a server
    // that allows one session per user then accepts it.
    let stale = if renewal {
        Vec::new()
    } else {
        std::mem::take(&mut state.retiring)
    };
    let avoid = state.dropped.clone();
    let renewing = if renewal {
        state.current.as_ref().map(|current| current.token.clone())
    } else {
        None
    };
    // The login's span: its call's span and its outcome's event are inside.
    let what = match inner.login.login_event() {
        "session login" if renewal => "session renewal",
        what => what,
    };
    runtime.spawn(in_span(
        inner.login.operation(),
        what,
        fly(
            Arc::clone(inner),
            id,
            tx,
            generation,
            read,
            refused,
            stale,
            (avoid, renewing),
        ),
    ));
    Ok(rx)
}

/// Waits for the login's outcome (the first published: a deadline error
/// while the login still runs, else its result).
pub(super) async fn wait<E: Clone + Send + Sync + 'static>(
    mut rx: Landing<E>,
) -> Result<Current, Denied<E>> {
    match rx.wait_for(Option::is_some).await {
        Ok(landed) => match landed.as_ref() {
            Some(landed) => landed.outcome.clone(),
            None => Err(Denied::invalid("the login published nothing".into())),
        },
        Err(_) => Err(Denied::invalid(
            "the login task ended without an outcome".into(),
        )),
    }
}

#[allow(clippy::too_many_arguments)]
async fn fly<L: SessionLogin>(
    inner: Arc<Inner<L>>,
    id: u64,
    tx: watch::Sender<Option<Landed<L::Error>>>,
    generation: u64,
    read: BoxFuture<'static, Result<L::Credentials, String>>,
    refused: Option<L::Credentials>,
    stale: Vec<Current>,
    (avoid, renewing): (Option<Secret>, Option<Secret>),
) {
    for session in stale {
        let _ = inner.logout(session, true).await;
    }
    let started = Instant::now();
    let deadline = inner
        .settings
        .store
        .flight_limit(inner.settings.login_deadline);
    let work = {
        let inner = Arc::clone(&inner);
        async move {
            let credentials = match read.await {
                Ok(credentials) => credentials,
                Err(why) => {
                    return Attempt::<L>::Unusable(format!(
                        "the credentials could not be read: {why}"
                    ));
                }
            };
            if let Err(why) = inner.login.check(&credentials) {
                return Attempt::Unusable(why);
            }
            if refused.as_ref() == Some(&credentials) {
                return Attempt::SameAsRefused;
            }
            let settings = &inner.settings;
            let slot = settings
                .store
                .slot(inner.login.store_identity(&credentials))
                .map(Arc::new);
            let Some(slot) = slot else {
                let outcome = inner.login.login(&credentials).await;
                return Attempt::Sent(credentials, outcome, Shared::default());
            };
            let ask = Ask {
                avoid: avoid.as_ref(),
                renewing: renewing.as_ref(),
                renew_before: settings.renew_before,
                login_deadline: settings.login_deadline,
                retry_refused_after: settings.retry_refused_after,
            };
            let fence = match slot.before_login(ask).await {
                Before::Login(fence) => fence,
                Before::Adopt(stored) => return Attempt::Adopted(slot, stored),
                Before::Refused(record) => {
                    let err = record.error(inner.login.operation());
                    return Attempt::RefusedElsewhere(credentials, slot, err);
                }
                Before::Busy => return Attempt::Busy,
            };
            let login_started = Instant::now();
            let outcome = inner.login.login(&credentials).await;
            let shared = publish(&inner, slot, fence, &outcome, login_started).await;
            Attempt::Sent(credentials, outcome, shared)
        }
    };
    let mut work = Box::pin(work);
    let attempt = match tokio::time::timeout(deadline, &mut work).await {
        Ok(attempt) => attempt,
        Err(_) => {
            // The waiters get the deadline error now; the login goes on, and
            // its session is kept, or logged out if the session was closed.
            let late = SdkError::DeadlineExceeded(DeadlineExceeded {
                operation: inner.login.operation(),
                deadline: Deadline::Flight,
                limit: deadline,
                attempts: 1,
                retryable: true,
            });
            tx.send_replace(Some(Landed {
                outcome: Err(Denied::login(late, true, false)),
                done: false,
                logout: None,
            }));
            work.await
        }
    };
    let (outcome, unused) = land(&inner, id, generation, started, attempt);
    let logout = match unused {
        Some((session, keep)) => Some(inner.logout(session, keep).await),
        None => None,
    };
    tx.send_replace(Some(Landed {
        outcome,
        done: true,
        logout,
    }));
}

/// Puts a login's outcome into the session; a session nobody may use is
/// returned for logout (`true`: keep it for `close` if the logout fails).
#[allow(clippy::type_complexity)]
fn land<L: SessionLogin>(
    inner: &Arc<Inner<L>>,
    id: u64,
    generation: u64,
    started: Instant,
    attempt: Attempt<L>,
) -> (Result<Current, Denied<L::Error>>, Option<(Current, bool)>) {
    let op = inner.login.operation();
    let settings = &inner.settings;
    let mut state = inner.lock();
    if state.flight.as_ref().is_some_and(|flight| flight.id == id) {
        state.flight = None;
    }
    let now = Instant::now();
    match attempt {
        Attempt::Unusable(why) => {
            let err = SdkError::InvalidRequest(format!("{}: {why}", op.name));
            state.transient(err.clone(), now, settings);
            (Err(Denied::login(err, true, false)), None)
        }
        Attempt::SameAsRefused => match &mut state.failure {
            Some(Failure::Refused { checked, error, .. }) => {
                *checked = now;
                (Err(Denied::login(error.clone(), false, true)), None)
            }
            // `set_credentials` cleared the refusal while the function was read.
            _ => (
                Err(Denied::invalid(format!(
                    "{}: the credentials changed while they were read; ask again",
                    op.name
                ))),
                None,
            ),
        },
        Attempt::Busy => {
            let err = SdkError::DeadlineExceeded(DeadlineExceeded {
                operation: op,
                deadline: Deadline::Flight,
                limit: settings.login_deadline,
                attempts: 0,
                retryable: true,
            });
            state.transient(err.clone(), now, settings);
            (Err(Denied::login(err, true, false)), None)
        }
        Attempt::RefusedElsewhere(credentials, slot, err) => {
            event(op, "login refused on another replica", None, false);
            state.slot = Some(slot);
            state.failure = Some(Failure::Refused {
                credentials: Some(credentials),
                error: err.clone(),
                generation,
                at: now,
                checked: now,
                while_live: false,
            });
            (Err(Denied::login(err, false, true)), None)
        }
        Attempt::Adopted(slot, stored) => {
            state.slot = Some(slot);
            match inner.admit(stored.token, stored.started) {
                // Unusable here, as at the replica that stored it: log in next time.
                Err(err) => (Err(Denied::login(err, true, false)), None),
                Ok(_) if state.closed => (Err(inner.closed()), None),
                Ok(mut current) => {
                    current.owned = false;
                    current.stored = true;
                    current.fleet = stored.fleet;
                    let replaced = state.current.replace(current.clone());
                    // Ours, replaced by a renewal elsewhere: logged out after the grace period.
                    if let Some(old) = replaced {
                        if inner.login.has_logout()
                            && old.owned
                            && !old.stored
                            && old.token != current.token
                        {
                            state.retiring.push(old.clone());
                            retire(inner, old);
                        }
                    }
                    state.failure = None;
                    state.failures = 0;
                    (Ok(current), None)
                }
            }
        }
        Attempt::Sent(credentials, Err(err), shared) => {
            if shared.slot.is_some() {
                state.slot = shared.slot;
            }
            let status = err.status().map(|status| status.as_u16());
            event(op, inner.login.login_event(), status, false);
            if inner.login.refused(&err) {
                let while_live = state
                    .current
                    .as_ref()
                    .is_some_and(|current| current.usable(now));
                state.failure = Some(Failure::Refused {
                    credentials: Some(credentials),
                    error: err.clone(),
                    generation,
                    at: now,
                    checked: now,
                    while_live,
                });
                (Err(Denied::login(err, false, false)), None)
            } else {
                state.transient(err.clone(), now, settings);
                (Err(Denied::login(err, true, false)), None)
            }
        }
        Attempt::Sent(credentials, Ok(token), shared) => {
            event(op, inner.login.login_event(), None, true);
            if shared.slot.is_some() {
                state.slot = shared.slot;
            }
            let raw = token.clone();
            match inner.admit(token, started) {
                Err(err) => {
                    // Sent once, never again with these credentials; the
                    // session it opened is logged out if the token can be sent.
                    state.failure = Some(Failure::Refused {
                        credentials: Some(credentials),
                        error: err.clone(),
                        generation,
                        at: now,
                        checked: now,
                        while_live: false,
                    });
                    let unusable = inner.unchecked(raw, started);
                    (
                        Err(Denied::login(err, false, false)),
                        Some((unusable, false)),
                    )
                }
                // Left to the fleet: the others use it.
                Ok(_) if state.closed && state.left && shared.stored => (Err(inner.closed()), None),
                Ok(current) if state.closed => (Err(inner.closed()), Some((current, true))),
                Ok(mut current) => {
                    current.stored = shared.stored;
                    current.fleet = shared.fleet;
                    // The replaced session is logged out after the grace
                    // period, even if its lifetime has passed by the clock.
                    let replaced = state.current.replace(current.clone());
                    if let Some(old) = replaced {
                        if inner.login.has_logout() && old.token != current.token && old.owned {
                            state.retiring.push(old.clone());
                            retire(inner, old);
                        }
                    }
                    state.failure = None;
                    state.failures = 0;
                    (Ok(current), None)
                }
            }
        }
    }
}

/// Logs `old` out after the grace period, unless `close` or the server's
/// end of it got there first.
pub(super) fn retire<L: SessionLogin>(inner: &Arc<Inner<L>>, old: Current) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let inner = Arc::clone(inner);
    runtime.spawn(async move {
        tokio::time::sleep(inner.settings.logout_grace).await;
        let mine = {
            let mut state = inner.lock();
            let before = state.retiring.len();
            state.retiring.retain(|kept| kept.token != old.token);
            state.retiring.len() < before
        };
        if mine {
            let _ = inner.logout(old, true).await;
        }
    });
}

/// Puts a sent login's outcome in the shared store: its token, its refusal
/// (the credentials' fingerprint and the error), or the lease back.
async fn publish<L: SessionLogin>(
    inner: &Arc<Inner<L>>,
    slot: Arc<Slot>,
    fence: Option<Fence>,
    outcome: &Result<SessionToken, SdkError<L::Error>>,
    started: Instant,
) -> Shared {
    let (stored, fleet) = match outcome {
        Ok(token) => {
            let lifetime = inner.settings.lifetime.or(token.lifetime);
            slot.publish(fence, &token.token, lifetime, started).await
        }
        Err(err) if inner.login.refused(err) => {
            slot.refuse(fence, RefusalRecord::of(slot.fingerprint(), err))
                .await;
            (false, false)
        }
        Err(_) => {
            slot.release(fence).await;
            (false, false)
        }
    };
    Shared {
        slot: Some(slot),
        stored,
        fleet,
    }
}
