//! Running a request: the checks before anything is sent, the deadline, the attempts the
//! retry policy and the operation's repeat rule allow, reading the body within its limit.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{HeaderName, HeaderValue};

use crate::auth::{AuthProvider, Refusal};
use crate::classify::Failure;
use crate::error::{
    Deadline, DeadlineExceeded, ErrorEntity, ResponseTooLarge, SdkError, TransportError,
};
use crate::operation::Operation;
use crate::response::Response;
use crate::trace::{CallTrace, Ended, error_type};

use super::Request;

/// The most of a response body reserved ahead of the bytes read, whatever
/// length the server declares.
const MAX_RESERVE: usize = 256 * 1024;

impl Request {
    /// Sends the request, retrying as the policy allows, and reads the body.
    /// A non-2xx status becomes [`SdkError::Api`] with the body decoded as `E`.
    pub fn send<E: ErrorEntity>(
        self,
    ) -> impl Future<Output = Result<Response, SdkError<E>>> + Send {
        self.send_then(Ok)
    }

    /// [`Request::send`], then `decode` of the 2xx response, in one future.
    // What the API crates' builders call: every `.await` of a builder boxes
    // its future, so its size is paid per call. Awaiting `send()` inside
    // another async block would keep that future twice (as captured and as
    // awaited), and an `async fn` keeps its `self` twice; this keeps the
    // request once and borrows it.
    #[allow(clippy::manual_async_fn)] // deliberately not `async fn`: see above
    pub fn send_then<T, E, D>(
        self,
        decode: D,
    ) -> impl Future<Output = Result<T, SdkError<E>>> + Send
    where
        E: ErrorEntity,
        D: FnOnce(Response) -> Result<T, SdkError<E>> + Send,
    {
        async move { decode(self.exchange().await?) }
    }

    pub(super) async fn exchange<E: ErrorEntity>(&self) -> Result<Response, SdkError<E>> {
        let op = self.op;
        let refuse = |problem: String| SdkError::InvalidRequest(format!("{}: {problem}", op.name));
        // Everything checked before anything is sent, a token request included.
        if let Some(problem) = self.problem.clone().or_else(|| self.unset_path_param()) {
            return Err(refuse(problem));
        }
        let inner = &self.client.inner;
        if let Some(problem) = inner
            .credentials
            .iter()
            .find_map(|c| c.header.as_ref().err())
        {
            return Err(refuse(problem.clone()));
        }
        if inner.plain_remote && self.carries_credential() {
            return Err(refuse(format!(
                "this request carries a credential and the base URL is plain http to {}: \
                 use an https URL, or ClientBuilder::allow_insecure_http(true) to send it anyway",
                inner.base_url.host_str().unwrap_or("a remote host")
            )));
        }
        if self.attempt_timeout() < Duration::from_millis(1) {
            return Err(refuse(
                "the per-attempt timeout is zero or under a millisecond".into(),
            ));
        }
        // Locals kept across an await take room in every call's future: the
        // limits are read again where they are needed rather than kept.
        let progress = Progress {
            attempts: AtomicU32::new(0),
            waiting: AtomicBool::new(false),
            trace: CallTrace::start(op, &inner.base_url),
        };
        let outcome = match self.deadline() {
            None => self.attempts(&progress).await,
            Some(limit) if limit < Duration::from_millis(1) => Err(refuse(
                "the operation deadline is zero or under a millisecond".into(),
            )),
            // Boxed: a call without a deadline does not carry a timer in its future.
            Some(limit) => {
                match Box::pin(tokio::time::timeout(limit, self.attempts(&progress))).await {
                    Ok(outcome) => outcome,
                    Err(_) => Err(SdkError::DeadlineExceeded(DeadlineExceeded {
                        operation: op,
                        deadline: Deadline::Operation,
                        limit: self.deadline().unwrap_or(Duration::ZERO),
                        attempts: progress.attempts.load(Ordering::Relaxed),
                        retryable: progress.waiting.load(Ordering::Relaxed)
                            || op.repeat.allows(Failure::AfterSending),
                    })),
                }
            }
        };
        let status = match &outcome {
            Ok(response) => Some(response.status.as_u16()),
            Err(err) => err.status().map(|status| status.as_u16()),
        };
        progress.trace.finish(Ended {
            attempts: progress.attempts.load(Ordering::Relaxed),
            status,
            error_type: outcome.as_ref().err().map(error_type),
            deadline_fired: matches!(outcome, Err(SdkError::DeadlineExceeded(_))),
        });
        outcome
    }

    /// Whether anything secret would be sent: a credential or provider of the
    /// client, a default header (possibly an API key), or a secret value of
    /// the request itself.
    pub(super) fn carries_credential(&self) -> bool {
        let inner = &self.client.inner;
        !inner.credentials.is_empty()
            || !inner.providers.is_empty()
            || !inner.default_values.is_empty()
            || !self.secrets.is_empty()
            || self.secret_pairs != 0
    }

    /// The per-attempt timeout: the call's, else the client's.
    pub(super) fn attempt_timeout(&self) -> Duration {
        self.options.timeout.unwrap_or(self.client.inner.timeout)
    }

    /// The operation deadline: the call's, else the client's.
    pub(super) fn deadline(&self) -> Option<Duration> {
        self.options.deadline.or(self.client.inner.deadline)
    }

    /// The attempts of one call, as the retry policy and the operation's
    /// [`Repeat`](crate::Repeat) rule allow.
    async fn attempts<E: ErrorEntity>(&self, progress: &Progress) -> Result<Response, SdkError<E>> {
        let op = self.op;
        let inner = &self.client.inner;
        let policy = self.options.retry.as_ref().unwrap_or(&inner.retry);
        let mut attempt = 0u32;
        let mut reauthorized = false;
        // The providers' headers of the last attempt (no allocation without a provider).
        let mut sent: Vec<(HeaderName, HeaderValue)> = Vec::new();
        loop {
            attempt += 1;
            progress.start(attempt);
            let last = attempt >= policy.max_attempts();
            // Built per attempt, not cloned from a template: the first attempt
            // never copies a request. Scoped so that no request or credential
            // takes room in the future past this point.
            let pending = {
                // The providers' headers first: no request is kept across their await.
                sent.clear();
                for provider in &inner.providers {
                    sent.push(provider.credential().await.map_err(SdkError::map_entity)?);
                }
                let mut request = self.build(self.url(), self.attempt_timeout());
                for (name, value) in &sent {
                    request.headers_mut().insert(name.clone(), value.clone());
                }
                inner.http.execute(request)
            };
            let mut response = match pending.await {
                Ok(response) => response,
                Err(err) => {
                    // A failed connect sent nothing; anything else may have reached the server.
                    let failure = Failure::of_transport(err.is_connect());
                    if !last && op.repeat.allows(failure) {
                        let wait = policy.backoff(attempt);
                        let why = if err.is_connect() {
                            "no connection"
                        } else {
                            "timeout or broken connection"
                        };
                        progress.retry(op, attempt, why, wait);
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    return Err(self.transport_error(attempt, err));
                }
            };
            let status = response.status();
            if !last && Failure::of_status(status).is_some_and(|failure| op.repeat.allows(failure))
            {
                if let Ok(delay) = policy.retry_after(response.headers()) {
                    let wait = delay.unwrap_or_else(|| policy.backoff(attempt));
                    let why = if status == StatusCode::TOO_MANY_REQUESTS {
                        "429"
                    } else {
                        "502, 503 or 504"
                    };
                    progress.retry(op, attempt, why, wait);
                    tokio::time::sleep(wait).await;
                    continue;
                }
            }
            // Moved out, not copied: the body is read through the response's body alone.
            let headers = std::mem::take(response.headers_mut());
            let body = match read_body(&mut response, inner.max_response_bytes).await {
                Ok(body) => body,
                Err(BodyError::TooLarge(limit)) => {
                    return Err(SdkError::ResponseTooLarge(ResponseTooLarge {
                        operation: op,
                        status,
                        limit,
                    }));
                }
                Err(BodyError::Transport(err)) => {
                    if !last && op.repeat.allows(Failure::AfterSending) {
                        let wait = policy.backoff(attempt);
                        progress.retry(op, attempt, "broken response body", wait);
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    return Err(self.transport_error(attempt, err));
                }
            };
            if status.is_success() {
                return Ok(Response {
                    operation: op,
                    status,
                    headers,
                    body,
                });
            }
            // A refused credential is dropped either way, so the next call gets
            // a fresh one; this call is repeated only as the refusal and its rule allow.
            if !reauthorized && refused_again(op, &inner.providers, &sent, status, &body) {
                progress.retry(
                    op,
                    attempt,
                    "credential refused and renewed",
                    Duration::ZERO,
                );
                reauthorized = true;
                attempt -= 1;
                continue;
            }
            return Err(self.api_error(status, headers, body, &sent));
        }
    }

    pub(super) fn transport_error<E>(&self, attempt: u32, err: reqwest::Error) -> SdkError<E> {
        SdkError::Transport(TransportError::new(
            self.op,
            attempt,
            self.attempt_timeout(),
            err,
        ))
    }
}

/// Tells every provider of a refused call, and whether the call goes again:
/// after a session end (the API's own signal) always, after a renewed token
/// if the operation's rule allows.
fn refused_again(
    op: &Operation,
    providers: &[std::sync::Arc<dyn AuthProvider>],
    sent: &[(HeaderName, HeaderValue)],
    status: StatusCode,
    body: &[u8],
) -> bool {
    // The last provider first (a session on top of an OAuth client): when it
    // says its session ended, the refusal was about it, and the OAuth token
    // underneath is kept.
    let mut again = false;
    for (provider, (_, value)) in providers.iter().zip(sent).rev() {
        match provider.refused(value, status, body) {
            Refusal::SessionEnded => return true,
            Refusal::Renewed => again |= op.repeat.allows(Failure::TokenRenewed),
            Refusal::Kept => {}
        }
    }
    again
}

/// How far a call got, for the error its deadline gives and its trace.
struct Progress {
    attempts: AtomicU32,
    /// Waiting to retry: the last failure was one the rule allows repeating.
    waiting: AtomicBool,
    trace: CallTrace,
}

impl Progress {
    fn start(&self, attempt: u32) {
        self.attempts.store(attempt, Ordering::Relaxed);
        self.waiting.store(false, Ordering::Relaxed);
    }

    /// Attempt `attempt` failed for `why`; the next follows after `wait`.
    fn retry(&self, op: &'static Operation, attempt: u32, why: &'static str, wait: Duration) {
        self.waiting.store(true, Ordering::Relaxed);
        self.trace.retry(op, attempt, why, wait);
    }
}

enum BodyError {
    TooLarge(usize),
    Transport(reqwest::Error),
}

/// Reads the body, refusing it as soon as it is known to exceed `limit`.
async fn read_body(response: &mut reqwest::Response, limit: usize) -> Result<Bytes, BodyError> {
    let declared = response.content_length();
    if declared.is_some_and(|len| len > limit as u64) {
        return Err(BodyError::TooLarge(limit));
    }
    // Chunk by chunk (a small future, unlike `Response::bytes`): a body that
    // arrives in one chunk is kept as is, more are joined.
    let mut first: Option<Bytes> = None;
    let mut joined = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        let so_far = first.as_ref().map_or(joined.len(), Bytes::len);
        if so_far + chunk.len() > limit {
            return Err(BodyError::TooLarge(limit));
        }
        match first.take() {
            None if joined.is_empty() => first = Some(chunk),
            held => {
                if let Some(held) = held {
                    // What the server declares is a hint, not a promise: never
                    // more than a bounded chunk ahead of what has arrived.
                    let arrived = held.len() + chunk.len();
                    let hint = declared.map_or(0, |len| usize::try_from(len).unwrap_or(usize::MAX));
                    joined.reserve(hint.min(arrived.saturating_add(MAX_RESERVE)).max(arrived));
                    joined.extend_from_slice(&held);
                }
                joined.extend_from_slice(&chunk);
            }
        }
    }
    Ok(first.unwrap_or_else(|| Bytes::from(joined)))
}
