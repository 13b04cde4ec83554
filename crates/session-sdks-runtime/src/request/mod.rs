//! [`Request`]: one operation's HTTP request, built (`build.rs`), then run with the client's
//! timeouts, retries and body limit (`attempts.rs`), its non-2xx answer turned into an error
//! showing only what the request's secrets allow (`answer.rs`). Whether a failed attempt may
//! be sent again is one classification (`crate::classify`), which `SdkError::is_retryable` uses
//! too.

mod answer;
mod attempts;
mod build;
#[cfg(test)]
mod tests;

use bytes::Bytes;
use reqwest::header::{HeaderName, HeaderValue};

use crate::client::Client;
use crate::operation::Operation;
use crate::options::CallOptions;
use crate::secret::Secret;

/// The longest URL sent, in bytes. hyper cannot send one of 64 KiB or more,
/// and servers refuse far shorter ones (8 KiB is common): a longer one is
/// refused before sending, naming the parameter that made it so.
pub const MAX_URL_BYTES: usize = 16 * 1024;

/// Bytes reserved beyond the base and path for the query string.
const QUERY_CAPACITY: usize = 128;

/// One request being built for an [`Operation`]. Problems found while
/// building are kept and reported by [`Request::send`] before anything is sent.
#[must_use]
pub struct Request {
    client: Client,
    op: &'static Operation,
    options: CallOptions,
    /// The URL as built so far, in one buffer: the base, the path template
    /// with the parameters set so far filled in (percent-encoded, so a `{`
    /// left in the path is a parameter not set), then `?` and the query pairs.
    url: String,
    /// Where the path ends in `url` (the `?` or the end).
    path_end: usize,
    /// Query pairs added so far.
    pairs: usize,
    /// Bit `i` set: the value of query pair `i` is a secret, masked in error
    /// previews (decoded from `url` only then); later pairs go to `secrets`.
    secret_pairs: u64,
    /// The call's own headers: few, so a list (24 bytes in every call's
    /// future, where a `HeaderMap` takes 96).
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Option<(Bytes, HeaderValue)>,
    secrets: Vec<Secret>,
    problem: Option<String>,
}

impl Client {
    /// Starts a request for `op` with per-call `options`.
    pub fn request(&self, op: &'static Operation, options: CallOptions) -> Request {
        let base = &self.inner.base;
        let mut url = String::with_capacity(base.len() + op.path.len() + QUERY_CAPACITY);
        url.push_str(base);
        url.push_str(op.path);
        Request {
            client: self.clone(),
            op,
            options,
            path_end: url.len(),
            url,
            pairs: 0,
            secret_pairs: 0,
            headers: Vec::new(),
            body: None,
            secrets: Vec::new(),
            problem: None,
        }
    }
}
