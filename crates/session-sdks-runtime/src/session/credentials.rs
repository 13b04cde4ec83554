//! [`Credentials`]: where a session's login credentials come from, fixed or
//! read from the user's function at each login (a secret manager, a mounted
//! file), so a password change needs no rebuild of the session.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use crate::auth::BoxFuture;

type Read<C> = dyn Fn() -> BoxFuture<'static, Result<C, String>> + Send + Sync;

/// The credentials a session logs in with: fixed values, or an async
/// function read at each login.
///
/// A function that fails, or gives credentials the API cannot send (an empty
/// password, a control character), is a clear error before any login is sent,
/// and does not count as a refusal: it backs off like a transient failure.
pub struct Credentials<C> {
    source: Source<C>,
}

enum Source<C> {
    Fixed(C),
    Read(Arc<Read<C>>),
}

impl<C: Clone + Send + 'static> Credentials<C> {
    /// Always these values (until [`crate::Session::set_credentials`]).
    pub fn fixed(credentials: C) -> Self {
        Self {
            source: Source::Fixed(credentials),
        }
    }

    /// Whatever `read` returns at each login. Its error's text appears in
    /// the error of the calls that needed the login: keep secrets out of it.
    pub fn from_fn<F, Fut, E>(read: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<C, E>> + Send + 'static,
        E: fmt::Display,
    {
        let read = Arc::new(read);
        Self {
            source: Source::Read(Arc::new(move || {
                let future = read();
                Box::pin(async move { future.await.map_err(|err| err.to_string()) })
            })),
        }
    }

    /// Whether they are read from a function (and may change by themselves).
    pub(crate) fn is_read(&self) -> bool {
        matches!(self.source, Source::Read(_))
    }

    /// The credentials now: the fixed values, or the function's answer.
    pub(crate) fn read(&self) -> BoxFuture<'static, Result<C, String>> {
        match &self.source {
            Source::Fixed(credentials) => {
                let credentials = credentials.clone();
                Box::pin(async move { Ok(credentials) })
            }
            Source::Read(read) => read(),
        }
    }
}

impl<C: Clone> Clone for Credentials<C> {
    fn clone(&self) -> Self {
        Self {
            source: match &self.source {
                Source::Fixed(credentials) => Source::Fixed(credentials.clone()),
                Source::Read(read) => Source::Read(Arc::clone(read)),
            },
        }
    }
}

impl<C> fmt::Debug for Credentials<C> {
    /// Never the values: only where they come from.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.source {
            Source::Fixed(_) => "Credentials::Fixed(***)",
            Source::Read(_) => "Credentials::FromFn",
        })
    }
}

/// Why the credential field `what` cannot be sent (empty, or holding a
/// control character), for [`crate::SessionLogin::check`]; `None` when it can.
/// Never quotes the value.
pub fn credential_problem(what: &str, value: &str) -> Option<String> {
    if value.trim().is_empty() {
        Some(format!("the credentials' `{what}` is empty"))
    } else if value.chars().any(char::is_control) {
        Some(format!(
            "the credentials' `{what}` contains a control character"
        ))
    } else {
        None
    }
}

/// The first problem of any of the named credential fields, for
/// [`crate::SessionLogin::check`]: `check_credentials(&[("username", u), ("password", p)])`.
pub fn check_credentials(fields: &[(&str, &str)]) -> Result<(), String> {
    match fields
        .iter()
        .find_map(|(what, value)| credential_problem(what, value))
    {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}
