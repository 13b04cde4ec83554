//! [`Operation`]: the static description of one documented API call, and
//! [`Repeat`]: when it may be sent again.

use reqwest::Method;

use crate::classify::Failure;

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
    /// When a failed attempt may be sent again.
    pub repeat: Repeat,
    /// The `Accept` header to send, if the document declares one.
    pub accept: Option<&'static str>,
    /// The `tracing` target of its spans and events: the declaring crate's
    /// name, `env!("CARGO_CRATE_NAME")`, so that `RUST_LOG=<crate>=debug`
    /// (an `EnvFilter` of the crate's name) shows that crate's calls.
    pub target: &'static str,
}

/// When an operation may be sent again after an attempt failed.
///
/// The runtime retries exactly the failures its operation's rule allows (while
/// the retry policy has attempts and the deadline has time left), and
/// [`SdkError::is_retryable`](crate::SdkError::is_retryable) answers the same question
/// with the same rule.
///
/// | failure of an attempt | `Idempotent` | `IfUnprocessed` | `Once` |
/// |---|---|---|---|
/// | no connection could be made (nothing was sent) | again | again | again |
/// | `429 Too Many Requests` (not processed) | again | again | returned |
/// | `401` from the API, and the token provider renewed the refused token | again, once | again, once | returned (the token is renewed for the next call) |
/// | timeout or broken connection after sending | again | returned | returned |
/// | `502`, `503`, `504` | again | returned | returned |
/// | any other status | returned | returned | returned |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Repeat {
    /// Repeating it is harmless (`GET`, `HEAD`, a documented-idempotent
    /// `PUT` or `DELETE`): sent again after any transient failure.
    Idempotent,
    /// It acts once per request (a logout, a create): sent again only when
    /// the server cannot have acted on it.
    IfUnprocessed,
    /// It presents or changes a credential (a login, a password change,
    /// reset or check): sent again only when nothing was sent. Servers count
    /// refused logins toward a lock-out (Verizon locks an account after five)
    /// and throttle them with 429, so a credential is never sent twice by the
    /// SDK on its own once it may have reached the server.
    Once,
}

impl Repeat {
    /// Whether an attempt that failed this way may be sent again.
    pub(crate) fn allows(self, failure: Failure) -> bool {
        match failure {
            Failure::NotSent => true,
            Failure::Throttled | Failure::TokenRenewed => self != Repeat::Once,
            Failure::Unavailable | Failure::AfterSending => self == Repeat::Idempotent,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_table() {
        use Failure::*;
        let failures = [NotSent, Throttled, TokenRenewed, Unavailable, AfterSending];
        let expect = |repeat: Repeat| failures.map(|f| repeat.allows(f));
        assert_eq!(expect(Repeat::Idempotent), [true; 5]);
        assert_eq!(
            expect(Repeat::IfUnprocessed),
            [true, true, true, false, false]
        );
        assert_eq!(expect(Repeat::Once), [true, false, false, false, false]);
    }
}
