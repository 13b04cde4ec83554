//! [`MockServer`]: a mockito server on loopback serving one API's routes over one [`State`].

use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use mockito::{Matcher, Mock, ServerGuard};

use super::MockApi;
use super::answer::Answer;
use super::call::Call;
use super::route::Route;
use super::state::{SESSION, State};

/// The methods a request that no route takes may come with.
const METHODS: [&str; 7] = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

/// A stateful mock of the API `A` on loopback, for tests of code that calls the SDK.
///
/// It knows one user from the start (the crate's `mock::USERNAME` and `mock::PASSWORD`),
/// issues a token at each login that stays valid until logout or [`MockServer::end_sessions`],
/// counts requests per operation, and answers every documented operation with its documented
/// shape. Each API crate names it `mock::MockServer`.
///
/// `Debug` shows the API, the URL and counts: no password or token.
pub struct MockServer<A: MockApi> {
    server: ServerGuard,
    state: Arc<Mutex<State>>,
    stalls: Arc<Stalls>,
    operations: Vec<&'static str>,
    api: PhantomData<fn() -> A>,
}

impl<A: MockApi> MockServer<A> {
    /// Starts a server on loopback that knows the default user.
    pub async fn start() -> Self {
        let mut server = mockito::Server::new_async().await;
        let mut state = State::new();
        state.add_user(A::USERNAME, A::PASSWORD);
        A::setup(&mut state);
        let state = Arc::new(Mutex::new(state));
        let stalls = Arc::new(Stalls::default());
        let routes: Arc<[Route]> = A::routes().into();
        for index in 0..routes.len() {
            serve::<A>(&mut server, &routes, index, &state, &stalls).await;
        }
        for method in METHODS {
            refuse::<A>(&mut server, method, &routes, &state).await;
        }
        Self {
            server,
            state,
            stalls,
            operations: routes.iter().map(|route| route.operation).collect(),
            api: PhantomData,
        }
    }

    /// The base URL to give the crate's `Client` (or builder): the server's root and the API's
    /// base path.
    pub fn url(&self) -> String {
        format!("{}{}", self.server.url(), A::BASE_PATH)
    }

    /// The server's root (`http://127.0.0.1:<port>`), without the API's base path.
    pub fn root_url(&self) -> String {
        self.server.url()
    }

    /// Adds a user that can log in with `password` (or changes a known user's password).
    pub fn add_user(&self, username: &str, password: &str) {
        self.lock().add_user(username, password);
    }

    /// Ends every session on the server's side, as an expiry or an administrator would: later
    /// calls with those tokens get the API's documented answer for an ended session.
    pub fn end_sessions(&self) {
        self.lock().end_all(SESSION);
    }

    /// How many requests `operation` (named as the crate's operations are, `"do_login"`) has
    /// received, those answered with an error included.
    ///
    /// # Panics
    ///
    /// If the API has no operation of that name: a misspelt name would count nothing.
    #[track_caller]
    pub fn requests(&self, operation: &str) -> usize {
        let operation = self.operation(operation);
        self.lock().requests.get(operation).copied().unwrap_or(0)
    }

    /// How many requests the server has received, those no route took included.
    pub fn total_requests(&self) -> usize {
        self.lock().total
    }

    /// Makes the next call of `operation` answer `status` with the API's documented error
    /// body for it (a generic body where none is documented). Calls queue up: two calls fail
    /// the next two requests.
    ///
    /// # Panics
    ///
    /// If the API has no operation of that name, or `status` is not within 100-999.
    #[track_caller]
    pub fn fail_next(&self, operation: &str, status: u16) {
        let operation = self.operation(operation);
        assert!(
            (100..=999).contains(&status),
            "mock {}: {status} is not an HTTP status",
            A::NAME
        );
        let mut state = self.lock();
        state
            .failures
            .entry(operation)
            .or_default()
            .push_back(status);
    }

    /// Makes every call of `operation` answer `status` until [`MockServer::restore`] (an
    /// outage), counted as requests.
    #[track_caller]
    pub fn fail_all(&self, operation: &str, status: u16) {
        let operation = self.operation(operation);
        self.lock().outages.insert(operation, status);
    }

    /// Ends the outage of `operation`.
    #[track_caller]
    pub fn restore(&self, operation: &str) {
        let operation = self.operation(operation);
        self.lock().outages.remove(operation);
    }

    /// Holds every request of `operation` before it is answered, until [`MockServer::release`].
    /// The server answers one request at a time, so nothing else is answered meanwhile.
    #[track_caller]
    pub fn stall(&self, operation: &str) {
        let operation = self.operation(operation);
        lock_stalls(&self.stalls).held.insert(operation);
    }

    /// Lets every held request go on, and no longer holds any.
    pub fn release(&self) {
        lock_stalls(&self.stalls).held.clear();
        self.stalls.changed.notify_all();
    }

    /// How many requests are held now.
    pub fn stalled(&self) -> usize {
        lock_stalls(&self.stalls).waiting
    }

    /// Locks an account after `failures` failed logins in a row (`None`: never).
    pub fn set_lockout(&self, failures: Option<u32>) {
        self.lock().set_lockout(failures);
    }

    /// At most `sessions` live sessions per user (`None`: any number).
    pub fn set_max_sessions(&self, sessions: Option<usize>) {
        self.lock().set_max_sessions(sessions);
    }

    /// Failed logins (wrong password, locked account) in all.
    pub fn failed_logins(&self) -> usize {
        self.lock().failed_logins()
    }

    /// Whether `username` is locked out.
    pub fn is_locked(&self, username: &str) -> bool {
        self.lock().is_locked(username)
    }

    /// How many sessions are live (issued, not logged out, ended or expired).
    pub fn live_sessions(&self) -> usize {
        self.lock().active(SESSION)
    }

    /// Runs `f` on the server's state: for an API crate's own extras.
    pub fn with_state<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.lock())
    }

    #[track_caller]
    fn operation(&self, name: &str) -> &'static str {
        match self.operations.iter().find(|known| **known == name) {
            Some(known) => known,
            None => panic!(
                "mock {}: no operation `{name}`; the operations are {}",
                A::NAME,
                self.operations.join(", ")
            ),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }
}

impl<A: MockApi> fmt::Debug for MockServer<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("MockServer")
            .field("api", &A::NAME)
            .field("url", &self.url())
            .field("users", &state.users().count())
            .field("active_sessions", &state.active(SESSION))
            .field("requests", &state.total)
            .finish()
    }
}

/// The operations whose requests are held, and how many are waiting.
#[derive(Default)]
struct Stalls {
    inner: Mutex<Held>,
    changed: std::sync::Condvar,
}

#[derive(Default)]
struct Held {
    held: std::collections::BTreeSet<&'static str>,
    waiting: usize,
}

fn lock_stalls(stalls: &Stalls) -> MutexGuard<'_, Held> {
    stalls.inner.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Waits while `operation` is held (on the server's own thread).
fn hold(stalls: &Stalls, operation: &'static str) {
    let mut held = lock_stalls(stalls);
    if !held.held.contains(operation) {
        return;
    }
    held.waiting += 1;
    while held.held.contains(operation) {
        held = stalls
            .changed
            .wait(held)
            .unwrap_or_else(PoisonError::into_inner);
    }
    held.waiting -= 1;
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A handler never panics while holding the lock; if one did, its state is still usable.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Registers route `index`, matched by method and path.
async fn serve<A: MockApi>(
    server: &mut ServerGuard,
    routes: &Arc<[Route]>,
    index: usize,
    state: &Arc<Mutex<State>>,
    stalls: &Arc<Stalls>,
) {
    let taken = Arc::clone(routes);
    let mock = server
        .mock(routes[index].method.as_str(), Matcher::Any)
        .match_request(move |request| taken[index].takes(request));
    let routes = Arc::clone(routes);
    let headers = routes[index].headers;
    let operation = routes[index].operation;
    let stalls = Arc::clone(stalls);
    respond(
        mock,
        headers,
        state,
        move || hold(&stalls, operation),
        move |state, request| answer::<A>(state, &routes[index], request),
    )
    .await;
}

/// Registers the answer to a `method` request that no route takes: `405` where a route has
/// its path, else `501`.
async fn refuse<A: MockApi>(
    server: &mut ServerGuard,
    method: &'static str,
    routes: &Arc<[Route]>,
    state: &Arc<Mutex<State>>,
) {
    let taken = Arc::clone(routes);
    let mock = server
        .mock(method, Matcher::Any)
        .match_request(move |request| !taken.iter().any(|route| route.takes(request)));
    let routes = Arc::clone(routes);
    respond(
        mock,
        &[],
        state,
        || {},
        move |state, request| {
            state.total += 1;
            let path = request.path();
            let allowed: Vec<&str> = routes
                .iter()
                .filter(|route| route.params(path).is_some())
                .map(|route| route.method.as_str())
                .collect();
            let (status, why) = match allowed.is_empty() {
                true => (501, "no documented operation has this path".to_owned()),
                false => (405, format!("this path takes {}", allowed.join(", "))),
            };
            let body = format!("mock {}: {method} {path}: {why}", A::NAME);
            Answer::text(status, "text/plain", body)
        },
    )
    .await;
}

/// Creates `mock` answering with what `answer` returns. mockito asks for a response's
/// status, then each header, then the body, all while it holds its own lock on the server, so
/// `answer` runs once, at the status, and the rest is read from [`State::sending`].
async fn respond(
    mock: Mock,
    headers: &'static [&'static str],
    state: &Arc<Mutex<State>>,
    before: impl Fn() + Send + Sync + 'static,
    answer: impl Fn(&mut State, &mockito::Request) -> Answer + Send + Sync + 'static,
) {
    let shared = Arc::clone(state);
    let mut mock = mock.with_status_code_from_request(move |request| {
        before();
        let mut state = lock(&shared);
        let answer = answer(&mut state, request);
        let status = usize::from(answer.status);
        state.sending = Some(answer);
        status
    });
    for name in std::iter::once("content-type").chain(headers.iter().copied()) {
        let state = Arc::clone(state);
        mock = mock.with_header_from_request(name, move |_| {
            lock(&state)
                .sending
                .as_ref()
                .map(|answer| answer.header_value(name))
                .unwrap_or_default()
        });
    }
    let state = Arc::clone(state);
    mock.with_body_from_request(move |_| {
        lock(&state)
            .sending
            .take()
            .map(|answer| answer.body)
            .unwrap_or_default()
    })
    // Any number of calls: the mock never asserts its hits.
    .expect_at_least(0)
    .create_async()
    .await;
}

/// Counts the call, then answers an injected failure, or runs the route's handler.
fn answer<A: MockApi>(state: &mut State, route: &Route, request: &mockito::Request) -> Answer {
    state.total += 1;
    *state.requests.entry(route.operation).or_default() += 1;
    let failure = state
        .failures
        .get_mut(route.operation)
        .and_then(|queue| queue.pop_front());
    if let Some(status) = failure.or_else(|| state.outages.get(route.operation).copied()) {
        return A::error(route.operation, status);
    }
    let params = route.params(request.path()).unwrap_or_default();
    let call = Call::new(A::NAME, route.operation, request, params);
    match (route.handler)(state, &call) {
        Ok(answer) | Err(answer) => answer,
    }
}
