//! How an attempt failed, as far as sending it again is concerned: one classification, which
//! the attempts loop uses to decide on a retry and [`SdkError::is_retryable`](crate::SdkError::is_retryable)
//! to answer, so that the two can never disagree. The rule per operation is
//! [`Repeat::allows`](crate::Repeat).

use reqwest::StatusCode;

/// How an attempt failed, as far as repeating it is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The connection could not be made: nothing was sent.
    NotSent,
    /// `429`: the server refused to process it.
    Throttled,
    /// `401`, and the token provider replaced the refused token.
    TokenRenewed,
    /// `502`, `503`, `504`: a gateway or an overloaded server.
    Unavailable,
    /// A timeout or a broken connection after the request may have arrived.
    AfterSending,
}

impl Failure {
    /// A status that says the server did not act on the request (`429`) or may not have been
    /// reached (`502`, `503`, `504`); any other status is an answer, not a failure to retry.
    pub(crate) fn of_status(status: StatusCode) -> Option<Self> {
        match status.as_u16() {
            429 => Some(Self::Throttled),
            502..=504 => Some(Self::Unavailable),
            _ => None,
        }
    }

    /// A transport failure: a connection never made sent nothing; anything else (a timeout, a
    /// broken connection, a broken body) may have reached the server.
    pub(crate) fn of_transport(connect: bool) -> Self {
        if connect {
            Self::NotSent
        } else {
            Self::AfterSending
        }
    }
}
