//! [`SingleFlight`]: at most one fetch of a shared value (an OAuth token, a
//! session login) in flight, whose outcome, success or error, answers every
//! caller that waited for it.

use std::future::Future;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::sync::watch;

use crate::error::{Deadline, DeadlineExceeded, Error};
use crate::operation::{Operation, Repeat};

type Outcome<T, E> = Option<Result<T, Error<E>>>;

/// One flight at a time; callers that arrive while it runs share its outcome.
pub(crate) struct SingleFlight<T, E = ()> {
    slot: Mutex<Slot<T, E>>,
}

struct Slot<T, E> {
    next_id: u64,
    /// The flight in progress: its id and where its outcome will appear.
    running: Option<(u64, watch::Receiver<Outcome<T, E>>)>,
}

impl<T, E> Default for SingleFlight<T, E> {
    fn default() -> Self {
        Self {
            slot: Mutex::new(Slot {
                next_id: 0,
                running: None,
            }),
        }
    }
}

enum Role<T, E> {
    Lead(u64, watch::Sender<Outcome<T, E>>),
    Join(watch::Receiver<Outcome<T, E>>),
}

/// Clears the flight's slot when its leader finishes or is dropped, so a
/// cancelled leader never leaves callers waiting on a flight nobody flies.
struct Landing<'a, T, E> {
    flight: &'a SingleFlight<T, E>,
    id: u64,
}

impl<T, E> Drop for Landing<'_, T, E> {
    fn drop(&mut self) {
        let mut slot = self.flight.lock();
        if slot.running.as_ref().is_some_and(|(id, _)| *id == self.id) {
            slot.running = None;
        }
    }
}

impl<T, E> SingleFlight<T, E> {
    fn lock(&self) -> MutexGuard<'_, Slot<T, E>> {
        // The slot is replaced whole, so a panic elsewhere cannot leave it half-written.
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl<T: Clone + Send + Sync, E: Clone + Send + Sync> SingleFlight<T, E> {
    /// Joins the flight in progress, or starts one with `fetch`, bounded by
    /// `deadline` (its outcome is then an [`Error::DeadlineExceeded`] naming
    /// `operation`). Every caller that joined gets the same outcome.
    pub(crate) async fn run<F, Fut>(
        &self,
        operation: &'static Operation,
        deadline: Duration,
        fetch: F,
    ) -> Result<T, Error<E>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, Error<E>>>,
    {
        let mut fetch = Some(fetch);
        loop {
            let role = {
                let mut slot = self.lock();
                match &slot.running {
                    Some((_, rx)) => Role::Join(rx.clone()),
                    None => {
                        slot.next_id += 1;
                        let (tx, rx) = watch::channel(None);
                        slot.running = Some((slot.next_id, rx));
                        Role::Lead(slot.next_id, tx)
                    }
                }
            };
            let (id, tx) = match role {
                Role::Join(mut rx) => {
                    // `Err`: the leader was cancelled before it landed; fly again.
                    if let Ok(outcome) = rx.wait_for(Option::is_some).await {
                        if let Some(outcome) = outcome.as_ref() {
                            return outcome.clone();
                        }
                    }
                    continue;
                }
                Role::Lead(id, tx) => (id, tx),
            };
            let _landing = Landing { flight: self, id };
            // A caller leads at most once (it returns below), so this is always set.
            let Some(fetch) = fetch.take() else {
                return Err(Error::InvalidRequest(format!(
                    "{}: the shared fetch was abandoned",
                    operation.name
                )));
            };
            let outcome = match tokio::time::timeout(deadline, fetch()).await {
                Ok(outcome) => outcome,
                Err(_) => Err(Error::DeadlineExceeded(DeadlineExceeded {
                    operation,
                    deadline: Deadline::Flight,
                    limit: deadline,
                    attempts: 1,
                    retryable: operation.repeat == Repeat::Idempotent,
                })),
            };
            let _ = tx.send(Some(outcome.clone()));
            return outcome;
        }
    }
}
