//! A stateful mock of an API on loopback, for tests of code that calls an SDK.
//!
//! One mechanism serves the five API crates: [`MockServer`] runs a loopback HTTP/1.1 server of
//! its own (hyper, on a thread of its own) whose routes read and change a [`State`] (known
//! users, issued tokens, request counts, injected failures).
//! An API crate only describes its API to it, as a [`MockApi`]: its base path, its default
//! user, a [`Route`] per documented operation (method, path, and a handler that checks the
//! [`Call`] and returns the documented [`Answer`]) and its documented error bodies. The crate
//! then names `MockServer<ItsRoutes>` as its own `mock::MockServer`.
//!
//! A request no route takes gets a `405` (known path, other method) or a `501`, and a request
//! a route takes but whose headers, query or body are not what the operation sends gets a
//! `400`, each with a `text/plain` body saying what was wrong (never a value it carried), so a
//! wrong call is visible. No request makes the server panic: a malformed one gets a `400`, a
//! body over 16 MiB a `413`.
//!
//! The server logs nothing, through `log`, `tracing` or otherwise: a request's headers, query
//! and body carry passwords and tokens, the test's and any real ones pointed at it.

mod answer;
mod call;
mod oauth;
mod route;
mod server;
mod state;

pub use answer::Answer;
pub use call::Call;
pub use oauth::{MockOAuth, OAUTH, check_bearer, token_route};
pub use route::{Handler, Route};
pub use server::MockServer;
pub use state::{LoginCheck, Lookup, SESSION, State, Token};

/// What an API crate tells [`MockServer`] about its API.
pub trait MockApi: 'static {
    /// The API's short name, used in the mock's own messages (`"controlm"`).
    const NAME: &'static str;
    /// The path under the server's root at which the API's base URL points
    /// (`"/automation-api"`, or `""`); [`MockServer::url`] ends with it.
    const BASE_PATH: &'static str;
    /// The user known from the start.
    const USERNAME: &'static str;
    /// The default user's password.
    const PASSWORD: &'static str;

    /// One route per documented operation.
    fn routes() -> Vec<Route>;

    /// The documented error answer of `operation` for `status`, or a generic one where the
    /// document has none for that status. [`MockServer::fail_next`] answers with it.
    fn error(operation: &str, status: u16) -> Answer;

    /// Sets up what else the API needs in a new server's state (OAuth clients, fixed tokens).
    fn setup(_state: &mut State) {}
}
