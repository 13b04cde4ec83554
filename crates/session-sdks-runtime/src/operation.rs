//! [`Operation`]: the static description of one documented API call.

use reqwest::Method;

/// One documented operation: what the document says, fixed at compile time.
///
/// API crates declare one `const` per operation; the runtime reads it to build
/// the request, decide on retries and describe errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// The document's name for the operation (`do_login`, `sessionControllerLogin`).
    pub name: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path template relative to the base URL, with `{param}` placeholders.
    pub path: &'static str,
    /// Whether repeating the call is harmless, so it may be retried after a
    /// timeout or a 502/503/504 (GET, HEAD and documented-idempotent DELETEs).
    pub idempotent: bool,
    /// The `Accept` header to send, if the document declares one.
    pub accept: Option<&'static str>,
}
