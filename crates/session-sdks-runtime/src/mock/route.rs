//! [`Route`]: one documented operation as the mock serves it.

use std::fmt;

use percent_encoding::percent_decode_str;
use reqwest::Method;

use super::answer::Answer;
use super::call::{Call, Received};
use super::state::State;
use crate::operation::Operation;

/// Answers one call: `Ok` with the documented answer, or `Err` with the answer that refuses
/// it (a documented error, or [`Call::mismatch`]); both are sent as they are.
pub type Handler = fn(&mut State, &Call<'_>) -> Result<Answer, Answer>;

/// A documented operation: its name (as the crate's `Operation` names it), method, path
/// under the server's root (`base` then the operation's path; `{name}` takes one segment)
/// and handler.
#[derive(Clone)]
pub struct Route {
    pub(crate) operation: &'static str,
    pub(crate) method: Method,
    pub(crate) base: &'static str,
    pub(crate) path: &'static str,
    pub(crate) headers: &'static [&'static str],
    pub(crate) handler: Handler,
}

impl Route {
    /// The route of `operation` as its crate sends it: its name, method and path (under
    /// `base`, the API's base path), answered by `handler`. The route reads the operation's
    /// one description rather than restating it.
    pub fn of(base: &'static str, operation: &'static Operation, handler: Handler) -> Self {
        Self {
            operation: operation.name,
            method: operation.method.clone(),
            base,
            path: operation.path,
            headers: &[],
            handler,
        }
    }

    /// The route of an endpoint no `Operation` describes: `method path`, answered by `handler`.
    pub fn new(
        operation: &'static str,
        method: Method,
        path: &'static str,
        handler: Handler,
    ) -> Self {
        Self {
            operation,
            method,
            base: "",
            path,
            headers: &[],
            handler,
        }
    }

    /// The response headers the handler may set besides `content-type` (`set-cookie`), as a
    /// record of what the route answers with. The server sends every header an [`Answer`]
    /// carries, declared here or not.
    #[must_use]
    pub fn headers(mut self, headers: &'static [&'static str]) -> Self {
        self.headers = headers;
        self
    }

    /// The route's path parameters if `path` (percent-encoded, without query) is its path.
    pub(crate) fn params(&self, path: &str) -> Option<Vec<(&'static str, String)>> {
        let path = path.strip_prefix(self.base)?;
        let mut params = Vec::new();
        let mut sent = path.split('/');
        for expected in self.path.split('/') {
            let segment = sent.next()?;
            match expected
                .strip_prefix('{')
                .and_then(|name| name.strip_suffix('}'))
            {
                Some(name) if !segment.is_empty() => {
                    let value = percent_decode_str(segment).decode_utf8_lossy();
                    params.push((name, value.into_owned()));
                }
                Some(_) => return None,
                None if segment == expected => {}
                None => return None,
            }
        }
        sent.next().is_none().then_some(params)
    }

    /// Whether the route takes `request`.
    pub(crate) fn takes(&self, request: &Received) -> bool {
        request.method == self.method && self.params(request.path()).is_some()
    }
}

impl fmt::Debug for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Route")
            .field("operation", &self.operation)
            .field("method", &self.method.as_str())
            .field("base", &self.base)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(path: &'static str) -> Route {
        Route::new("op", Method::GET, path, |_, _| Ok(Answer::empty(204)))
    }

    #[test]
    fn literal_paths_match_exactly() {
        let route = route("/a/session");
        assert_eq!(route.params("/a/session"), Some(vec![]));
        assert_eq!(route.params("/a/session/"), None);
        assert_eq!(route.params("/a/sessions"), None);
        assert_eq!(route.params("/a"), None);
    }

    #[test]
    fn parameters_take_one_decoded_segment() {
        let route = route("/c/{shortName}/session");
        assert_eq!(
            route.params("/c/demo%20agency/session"),
            Some(vec![("shortName", "demo agency".to_owned())])
        );
        assert_eq!(route.params("/c//session"), None);
        assert_eq!(route.params("/c/a/b/session"), None);
    }

    #[test]
    fn an_operations_route_is_its_method_and_path_under_the_base() {
        const OP: Operation = Operation {
            name: "get_session",
            method: Method::GET,
            path: "/sessions/{uuid}",
            repeat: crate::operation::Repeat::Idempotent,
            accept: None,
            target: "test",
        };
        let route = Route::of("/v1", &OP, |_, _| Ok(Answer::empty(204)));
        assert_eq!(
            (route.operation, &route.method),
            ("get_session", &Method::GET)
        );
        assert_eq!(
            route.params("/v1/sessions/s1"),
            Some(vec![("uuid", "s1".to_owned())])
        );
        assert_eq!(route.params("/sessions/s1"), None);
        assert_eq!(route.params("/v2/sessions/s1"), None);
    }
}
