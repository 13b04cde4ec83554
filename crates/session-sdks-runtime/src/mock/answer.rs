//! [`Answer`]: the response a route gives to one request.

use std::fmt;

/// A response: status, content type, extra headers and body.
///
/// `Debug` shows the status, the content type and the body's length: a body may carry a token.
#[derive(Clone, PartialEq, Eq)]
pub struct Answer {
    pub(crate) status: u16,
    pub(crate) content_type: Option<&'static str>,
    pub(crate) headers: Vec<(&'static str, String)>,
    pub(crate) body: Vec<u8>,
}

impl Answer {
    /// `status` with a JSON body.
    pub fn json(status: u16, body: &serde_json::Value) -> Self {
        Self::text(status, "application/json", body.to_string())
    }

    /// `status` with a body of `content_type`.
    pub fn text(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            content_type: Some(content_type),
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// `status` without a body (`204 No Content`, a bodiless `200`).
    pub fn empty(status: u16) -> Self {
        Self {
            status,
            content_type: None,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// `status` with the body an API without a documented one for it gets:
    /// `{"message":"<reason phrase>"}`.
    pub fn generic(status: u16) -> Self {
        let reason = reqwest::StatusCode::from_u16(status)
            .ok()
            .and_then(|status| status.canonical_reason())
            .unwrap_or("Mock failure");
        Self::json(status, &serde_json::json!({ "message": reason }))
    }

    /// The answer with one more response header (one the route's
    /// [`Route::headers`](super::Route::headers) lists).
    #[must_use]
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// The `400` telling the caller what its request got wrong for `operation`.
    pub fn mismatch(api: &str, operation: &str, what: &str) -> Self {
        Self::text(
            400,
            "text/plain",
            format!("mock {api}: {operation}: {what}"),
        )
    }

    /// The status.
    pub fn status(&self) -> u16 {
        self.status
    }
}

impl fmt::Debug for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Answer")
            .field("status", &self.status)
            .field("content_type", &self.content_type)
            .field("body_bytes", &self.body.len())
            .finish_non_exhaustive()
    }
}
