//! [`Call`]: the request builder of every operation of every API crate. What is the same for
//! all of them (the per-call timeout, deadline and retry policy, `send()`, `.await`) is here
//! once; an operation states only its own part, its parameters, as a [`Prepare`] type.

use std::fmt;
use std::future::IntoFuture;
use std::time::Duration;

use crate::auth::BoxFuture;
use crate::client::Client;
use crate::error::{ErrorEntity, SdkError};
use crate::options::CallOptions;
use crate::request::Request;
use crate::response::{Response, ResponseValue};
use crate::retry::RetryPolicy;

/// One operation's parameters, and how they become a request and its answer a value.
///
/// API crates implement it for each operation's parameter type (in their `builders` module);
/// users meet it only as the `P` of [`Call<P>`].
pub trait Prepare: Send + Sized + 'static {
    /// What `.await` gives on success (the decoded 2xx body).
    type Output: Send + 'static;
    /// The operation's typed error bodies, by status.
    type Error: ErrorEntity + Send + 'static;

    /// The request for these parameters: `client.request(&OPERATION, options)` and the
    /// parameters put where the operation sends them.
    fn request(self, client: &Client, options: CallOptions) -> Request;

    /// Decodes a 2xx response.
    fn decode(response: Response) -> Result<ResponseValue<Self::Output>, SdkError<Self::Error>>;
}

/// A request builder: `.await` it for the decoded value, or [`send`](Call::send) it for the
/// value with its status and headers; set per-call limits before.
///
/// `api.do_logout().deadline(Duration::from_secs(5)).await?` in Control-M's crate, for one.
#[must_use = "a request does nothing until awaited or sent"]
pub struct Call<P> {
    client: Client,
    options: CallOptions,
    params: P,
}

impl<P: Prepare> Call<P> {
    /// A call of the operation `params` describe, through `client`.
    pub fn new(client: &Client, params: P) -> Self {
        Self {
            client: client.clone(),
            options: CallOptions::default(),
            params,
        }
    }

    /// Sets the operation's optional parameters: `call.params(|p| p.fields(["id"]))`.
    pub fn params(mut self, set: impl FnOnce(P) -> P) -> Self {
        self.params = set(self.params);
        self
    }

    /// Overrides the per-attempt timeout for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the operation deadline for this call: every attempt, backoff, token fetch
    /// and session re-login (`SdkError::DeadlineExceeded` when it passes).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Overrides the retry policy for this call.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Sends the request; the decoded body comes with status and headers.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<ResponseValue<P::Output>, SdkError<P::Error>>> + Send {
        self.params
            .request(&self.client, self.options)
            .send_then(P::decode)
    }
}

impl<P: Prepare> IntoFuture for Call<P> {
    type Output = Result<P::Output, SdkError<P::Error>>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(
            self.params
                .request(&self.client, self.options)
                .send_then(|response| P::decode(response).map(ResponseValue::into_inner)),
        )
    }
}

/// The parameters' `Debug` (which withholds secrets) and the per-call settings.
impl<P: fmt::Debug> fmt::Debug for Call<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("params", &self.params)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}
