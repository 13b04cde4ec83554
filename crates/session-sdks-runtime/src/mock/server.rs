//! [`MockServer`]: a loopback HTTP/1.1 server of the mock's own, serving one API's routes
//! over one [`State`].
//!
//! hyper parses the requests and writes the answers, on a thread of the server's own with a
//! current-thread tokio runtime, so a test on any runtime (a current-thread one included) can
//! neither starve it nor deadlock with it. Nothing here logs, and hyper logs nothing unless
//! built with its unstable `tracing`: a request's headers, query and body, which carry
//! passwords and tokens, never reach a logger.

use std::collections::BTreeSet;
use std::convert::Infallible;
use std::fmt;
use std::marker::PhantomData;
use std::net::{Ipv4Addr, SocketAddr};
use std::pin::pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderName, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::{Notify, oneshot};

use super::MockApi;
use super::answer::Answer;
use super::call::{Call, Received};
use super::route::Route;
use super::state::{SESSION, State};

/// The largest request body the server reads; a larger one is answered `413`.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// A stateful mock of the API `A` on loopback, for tests of code that calls the SDK.
///
/// It knows one user from the start (the crate's `mock::USERNAME` and `mock::PASSWORD`),
/// issues a token at each login that stays valid until logout or [`MockServer::end_sessions`],
/// counts requests per operation, and answers every documented operation with its documented
/// shape. Each API crate names it `mock::MockServer`.
///
/// The server runs on a thread of its own until the `MockServer` is dropped, and logs
/// nothing. A request body over 16 MiB is answered `413`, a malformed request `400`.
///
/// `Debug` shows the API, the URL and counts: no password or token.
pub struct MockServer<A: MockApi> {
    address: SocketAddr,
    state: Arc<Mutex<State>>,
    stalls: Arc<Stalls>,
    operations: Vec<&'static str>,
    /// Dropped to stop the server's thread.
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    api: PhantomData<fn() -> A>,
}

impl<A: MockApi> MockServer<A> {
    /// Starts a server on loopback that knows the default user.
    ///
    /// # Panics
    ///
    /// If no loopback port, runtime or thread can be had for it.
    pub async fn start() -> Self {
        let mut state = State::new();
        state.add_user(A::USERNAME, A::PASSWORD);
        A::setup(&mut state);
        let state = Arc::new(Mutex::new(state));
        let stalls = Arc::new(Stalls::default());
        let routes = A::routes();
        let operations = routes.iter().map(|route| route.operation).collect();
        let service = Arc::new(Service {
            api: A::NAME,
            error: A::error,
            routes,
            state: Arc::clone(&state),
            stalls: Arc::clone(&stalls),
        });

        let (shutdown, stop) = oneshot::channel();
        let (ready, bound) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name(format!("mock-{}", A::NAME))
            .spawn(move || serve(service, &ready, stop))
            .unwrap_or_else(|err| panic!("mock {}: no thread for the server: {err}", A::NAME));
        // The thread only builds a runtime and binds a port before it says so.
        let address = match bound.recv() {
            Ok(Ok(address)) => address,
            Ok(Err(err)) => panic!("mock {}: {err}", A::NAME),
            Err(_) => panic!("mock {}: the server's thread ended at its start", A::NAME),
        };
        Self {
            address,
            state,
            stalls,
            operations,
            shutdown: Some(shutdown),
            thread: Some(thread),
            api: PhantomData,
        }
    }

    /// The base URL to give the crate's `Client` (or builder): the server's root and the API's
    /// base path.
    pub fn url(&self) -> String {
        format!("{}{}", self.root_url(), A::BASE_PATH)
    }

    /// The server's root (`http://127.0.0.1:<port>`), without the API's base path.
    pub fn root_url(&self) -> String {
        format!("http://{}", self.address)
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

    /// Holds every request of `operation` before it is counted and answered, until
    /// [`MockServer::release`]. Only those requests wait: the others are answered meanwhile.
    /// A held request whose caller gave up is still counted and answered at the release.
    #[track_caller]
    pub fn stall(&self, operation: &str) {
        let operation = self.operation(operation);
        self.stalls.lock().held.insert(operation);
    }

    /// Lets every held request go on, and no longer holds any.
    pub fn release(&self) {
        self.stalls.lock().held.clear();
        self.stalls.changed.notify_waiters();
    }

    /// How many requests are held now.
    pub fn stalled(&self) -> usize {
        self.stalls.lock().waiting
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

impl<A: MockApi> Drop for MockServer<A> {
    /// Stops the server: its port is closed and every connection ended when this returns.
    fn drop(&mut self) {
        drop(self.shutdown.take());
        if let Some(thread) = self.thread.take() {
            // The thread only drops its runtime: it does not wait on the caller's.
            let _ = thread.join();
        }
    }
}

/// The operations whose requests are held, and how many are waiting.
#[derive(Default)]
struct Stalls {
    inner: Mutex<Held>,
    changed: Notify,
}

#[derive(Default)]
struct Held {
    held: BTreeSet<&'static str>,
    waiting: usize,
}

impl Stalls {
    fn lock(&self) -> MutexGuard<'_, Held> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits while `operation` is held; only this request waits.
    async fn hold(&self, operation: &'static str) {
        let mut waiting = None;
        loop {
            let mut changed = pin!(self.changed.notified());
            // Registered before the check, so a release between the two is not missed.
            changed.as_mut().enable();
            {
                let mut held = self.lock();
                if !held.held.contains(operation) {
                    break;
                }
                if waiting.is_none() {
                    held.waiting += 1;
                    waiting = Some(Waiting(self));
                }
            }
            changed.await;
        }
    }
}

/// One held request, counted in [`Held::waiting`] until it goes on (or the server stops).
struct Waiting<'a>(&'a Stalls);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.lock().waiting -= 1;
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A handler that panicked while holding the lock left a state that is still usable.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What the server's thread needs to answer a request: one API's routes and state.
struct Service {
    api: &'static str,
    error: fn(&str, u16) -> Answer,
    routes: Vec<Route>,
    state: Arc<Mutex<State>>,
    stalls: Arc<Stalls>,
}

/// The server's thread: builds its own current-thread runtime, binds a loopback port and
/// sends its address (or why not) to `ready`, then serves until `stop`'s sender is dropped;
/// dropping the runtime then ends every connection and every held request.
fn serve(
    service: Arc<Service>,
    ready: &std::sync::mpsc::Sender<Result<SocketAddr, String>>,
    stop: oneshot::Receiver<()>,
) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build();
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(err) => {
            let _ = ready.send(Err(format!("no runtime for the server: {err}")));
            return;
        }
    };
    runtime.block_on(async move {
        let bound = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .await
            .and_then(|listener| Ok((listener.local_addr()?, listener)));
        let listener = match bound {
            Ok((address, listener)) => {
                let _ = ready.send(Ok(address));
                listener
            }
            Err(err) => {
                let _ = ready.send(Err(format!("no loopback port: {err}")));
                return;
            }
        };
        tokio::spawn(accept(listener, service));
        let _ = stop.await;
    });
}

/// Accepts connections until the runtime is dropped, serving each on a task of its own.
async fn accept(listener: TcpListener, service: Arc<Service>) {
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, or a connection reset before it was accepted.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let service = Arc::clone(&service);
        tokio::spawn(async move {
            let serve = service_fn(move |request| {
                let service = Arc::clone(&service);
                async move { Ok::<_, Infallible>(respond(service, request).await) }
            });
            // A connection ends with an error when its peer goes away or sends a malformed
            // request (which hyper answers itself): nothing to do about either.
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), serve)
                .await;
        });
    }
}

/// Reads the body (at most [`MAX_BODY`]), then answers on a task of its own, so a request
/// whose caller goes away (a held one, say) is still counted and answered as it would be.
async fn respond(service: Arc<Service>, request: Request<Incoming>) -> Response<Full<Bytes>> {
    let (parts, body) = request.into_parts();
    let declared = parts
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    let body = match declared {
        Some(length) if length > MAX_BODY as u64 => Err(413),
        _ => match Limited::new(body, MAX_BODY).collect().await {
            Ok(body) => Ok(body.to_bytes()),
            Err(err) if err.is::<LengthLimitError>() => Err(413),
            Err(_) => Err(400),
        },
    };
    let answer = match body {
        Ok(body) => {
            let received = Received {
                method: parts.method,
                uri: parts.uri,
                headers: parts.headers,
                body,
            };
            let task = Arc::clone(&service);
            match tokio::spawn(async move { task.answer(received).await }).await {
                Ok(answer) => answer,
                Err(_) => service.fault(500, "the route's handler panicked"),
            }
        }
        Err(status) => {
            lock(&service.state).total += 1;
            match status {
                413 => service.fault(413, "the body is over 16 MiB"),
                _ => service.fault(400, "the body could not be read"),
            }
        }
    };
    service.response(answer)
}

impl Service {
    /// Answers with the first route that takes the request, once its operation is not held,
    /// or refuses it.
    async fn answer(&self, request: Received) -> Answer {
        let Some(route) = self.routes.iter().find(|route| route.takes(&request)) else {
            return self.refuse(&request);
        };
        self.stalls.hold(route.operation).await;
        let mut state = lock(&self.state);
        answer(self.api, self.error, &mut state, route, &request)
    }

    /// The answer to a request that no route takes: `405` where a route has its path, else
    /// `501`.
    fn refuse(&self, request: &Received) -> Answer {
        lock(&self.state).total += 1;
        let path = request.path();
        let allowed: Vec<&str> = self
            .routes
            .iter()
            .filter(|route| route.params(path).is_some())
            .map(|route| route.method.as_str())
            .collect();
        let (status, why) = match allowed.is_empty() {
            true => (501, "no documented operation has this path".to_owned()),
            false => (405, format!("this path takes {}", allowed.join(", "))),
        };
        let body = format!("mock {}: {} {path}: {why}", self.api, request.method);
        Answer::text(status, "text/plain", body)
    }

    /// The mock's own `text/plain` answer about a request it could not serve.
    fn fault(&self, status: u16, why: &str) -> Answer {
        Answer::text(status, "text/plain", format!("mock {}: {why}", self.api))
    }

    /// `answer` as hyper sends it; an answer that is no valid response (a status outside
    /// 100-999, a header that cannot be sent) becomes a `500` saying so.
    fn response(&self, answer: Answer) -> Response<Full<Bytes>> {
        let built = self
            .build(answer)
            .or_else(|why| self.build(self.fault(500, &why)));
        built.unwrap_or_else(|_| {
            let mut response = Response::new(Full::default());
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
        })
    }

    fn build(&self, answer: Answer) -> Result<Response<Full<Bytes>>, String> {
        let status = StatusCode::from_u16(answer.status)
            .map_err(|_| format!("{} is not an HTTP status", answer.status))?;
        let mut response = Response::new(Full::new(Bytes::from(answer.body)));
        *response.status_mut() = status;
        let headers = response.headers_mut();
        if let Some(content_type) = answer.content_type {
            let value = HeaderValue::from_str(content_type)
                .map_err(|_| "the content type cannot be sent".to_owned())?;
            headers.insert(CONTENT_TYPE, value);
        }
        for (name, value) in answer.headers {
            let unsendable = || format!("header {name} cannot be sent");
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| unsendable())?;
            let value = HeaderValue::from_str(&value).map_err(|_| unsendable())?;
            headers.append(name, value);
        }
        Ok(response)
    }
}

/// Counts the call, then answers an injected failure, or runs the route's handler.
fn answer(
    api: &'static str,
    error: fn(&str, u16) -> Answer,
    state: &mut State,
    route: &Route,
    request: &Received,
) -> Answer {
    state.total += 1;
    *state.requests.entry(route.operation).or_default() += 1;
    let failure = state
        .failures
        .get_mut(route.operation)
        .and_then(|queue| queue.pop_front());
    if let Some(status) = failure.or_else(|| state.outages.get(route.operation).copied()) {
        return error(route.operation, status);
    }
    let params = route.params(request.path()).unwrap_or_default();
    let call = Call::new(api, route.operation, request, params);
    match (route.handler)(state, &call) {
        Ok(answer) | Err(answer) => answer,
    }
}
