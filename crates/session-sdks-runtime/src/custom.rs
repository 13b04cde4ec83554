//! [`Custom`]: a call to an endpoint the document does not list, through the same [`Call`]
//! as a documented operation: the client's auth (a session's token, renewed on a `401`), its
//! retries under the caller's [`Repeat`] rule, deadlines, size limits and redaction.

use std::fmt;
use std::marker::PhantomData;

use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::call::{Call, Prepare};
use crate::client::Client;
use crate::error::SdkError;
use crate::operation::{Operation, Repeat};
use crate::options::CallOptions;
use crate::request::Request;
use crate::response::{Response, ResponseValue};
use crate::secret::Secret;

/// The `Operation` of a custom call: its name in errors and traces is `custom`, its path is the
/// caller's (appended when the request is built).
macro_rules! custom_operations {
    ($($method:ident),*) => {
        /// One per method and repeat rule, so a custom call needs no allocation of its own.
        const CUSTOM: &[Operation] = &[$(
            custom_operation(Method::$method, Repeat::Idempotent),
            custom_operation(Method::$method, Repeat::IfUnprocessed),
            custom_operation(Method::$method, Repeat::Once),
        )*];
    };
}

const fn custom_operation(method: Method, repeat: Repeat) -> Operation {
    Operation {
        name: "custom",
        method,
        path: "",
        repeat,
        accept: Some("application/json"),
        // A custom call is made through the runtime for whichever crate's client.
        target: env!("CARGO_CRATE_NAME"),
    }
}

custom_operations!(GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS);

fn operation(method: &Method, repeat: Repeat) -> Option<&'static Operation> {
    CUSTOM
        .iter()
        .find(|op| op.method == *method && op.repeat == repeat)
}

/// A body a custom call sends.
enum Body {
    Json(serde_json::Value),
    Text(String),
    Secret(Secret),
}

/// The parameters of a call the document does not list: from [`Client::custom`], set with
/// [`Call::params`] (`.params(|p| p.query("page", "2").json(&body))`), decoded as JSON into
/// `T` (an empty body as `null`, so `()`, `Option<_>` and `serde_json::Value` accept it).
///
/// A non-2xx answer is an [`SdkError::Api`] with no typed entity (`SdkError<()>`), showing of the
/// server's text what a documented operation's error shows.
pub struct Custom<T> {
    method: Method,
    repeat: Repeat,
    path: String,
    query: Vec<(String, String)>,
    secret_query: Vec<(String, Secret)>,
    headers: Vec<(&'static str, String)>,
    body: Option<Body>,
    problem: Option<String>,
    output: PhantomData<fn() -> T>,
}

impl<T> Custom<T> {
    /// Adds `name=value` to the query string.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Adds a query pair whose value is a secret (masked in every error).
    pub fn query_secret(mut self, name: impl Into<String>, value: impl Into<Secret>) -> Self {
        self.secret_query.push((name.into(), value.into()));
        self
    }

    /// Sends a header (its name a static string, as header names are known in advance).
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sends `body` as JSON; a body that does not serialize refuses the call before sending.
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_json::to_value(body) {
            Ok(value) => self.body = Some(Body::Json(value)),
            Err(error) => {
                self.problem = Some(format!("the body could not be serialized: {error}"));
            }
        }
        self
    }

    /// Sends `body` as `text/plain`.
    pub fn text(mut self, body: impl Into<String>) -> Self {
        self.body = Some(Body::Text(body.into()));
        self
    }

    /// Sends a secret as a `text/plain` body (an error then shows no server text).
    pub fn text_secret(mut self, body: impl Into<Secret>) -> Self {
        self.body = Some(Body::Secret(body.into()));
        self
    }
}

impl<T: DeserializeOwned + Send + 'static> Prepare for Custom<T> {
    type Output = T;
    type Error = ();

    fn request(self, client: &Client, options: CallOptions) -> Request {
        // Checked here, not in `Client::custom`, so that a bad method or path is the call's
        // `SdkError::InvalidRequest` before anything is sent, like any other bad input.
        let Some(op) = operation(&self.method, self.repeat) else {
            let op = &CUSTOM[0];
            let method = self.method.clone();
            return client
                .request(op, options)
                .require(false, || format!("the method `{method}` is not supported"));
        };
        let mut request = client.request(op, options).append_path(&self.path);
        if let Some(problem) = self.problem {
            request = request.require(false, || problem);
        }
        for (name, value) in &self.query {
            request = request.query(name, value);
        }
        for (name, value) in &self.secret_query {
            request = request.query_secret(name, value);
        }
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        match self.body {
            Some(Body::Json(value)) => request.json(&value),
            Some(Body::Text(text)) => request.text(text),
            Some(Body::Secret(secret)) => request.text_secret(&secret),
            None => request,
        }
    }

    fn decode(response: Response) -> Result<ResponseValue<T>, SdkError<()>> {
        response.json_or_null()
    }
}

/// The method, path and parameter names; values only by count (a query value may be secret).
impl<T> fmt::Debug for Custom<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Custom")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("repeat", &self.repeat)
            .field(
                "query",
                &self
                    .query
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>(),
            )
            .field("headers", &self.headers.len())
            .field("body", &self.body.is_some())
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A call to an endpoint the document does not list: `method` to `path` (relative to the
    /// base URL; each segment percent-encoded), sent with this client's credentials (a
    /// session's client: its token, renewed on a `401`), its timeouts, deadline, retry policy
    /// and body limit. `repeat` says when it may be sent again after a failure, as for a
    /// documented operation ([`Repeat::Idempotent`] only for what is harmless to repeat); a
    /// refusal that the API documents as "session ended" is sent once more after one new
    /// login whatever the rule, since the server refused it before acting.
    ///
    /// It is the way to reach an endpoint the vendor added after the document; the documented
    /// API types gain no method for it.
    ///
    /// `let me: serde_json::Value = client.custom(Method::GET, "/users/self", Repeat::Idempotent).await?;`
    pub fn custom<T>(&self, method: Method, path: &str, repeat: Repeat) -> Call<Custom<T>>
    where
        T: DeserializeOwned + Send + 'static,
    {
        Call::new(
            self,
            Custom {
                method,
                repeat,
                path: path.to_owned(),
                query: Vec::new(),
                secret_query: Vec::new(),
                headers: Vec::new(),
                body: None,
                problem: None,
                output: PhantomData,
            },
        )
    }
}
