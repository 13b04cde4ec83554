//! [`Route`]: one documented operation as the mock serves it.

use std::fmt;

use percent_encoding::percent_decode_str;
use reqwest::Method;

use super::answer::Answer;
use super::call::{Call, Received};
use super::state::State;

/// Answers one call: `Ok` with the documented answer, or `Err` with the answer that refuses
/// it (a documented error, or [`Call::mismatch`]); both are sent as they are.
pub type Handler = fn(&mut State, &Call<'_>) -> Result<Answer, Answer>;

/// A documented operation: its name (as the crate's `Operation` names it), method, path
/// under the server's root (`{name}` takes one segment) and handler.
#[derive(Clone)]
pub struct Route {
    pub(crate) operation: &'static str,
    pub(crate) method: Method,
    pub(crate) path: &'static str,
    pub(crate) headers: &'static [&'static str],
    pub(crate) handler: Handler,
}

impl Route {
    /// The route of `operation`: `method path`, answered by `handler`.
    pub fn new(
        operation: &'static str,
        method: Method,
        path: &'static str,
        handler: Handler,
    ) -> Self {
        Self {
            operation,
            method,
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
}
