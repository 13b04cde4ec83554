//! Observability with the `tracing` feature: one span per call (`call`: the
//! operation's name, method and path *template*, the attempts, the final
//! status, the duration) and events for a retry, an OAuth token fetch and a
//! session's login, renewal and logout.
//!
//! No field is ever a URL, a query, a header value or a body: only names the
//! SDK defines, numbers and statuses, so no subscriber can see a secret.
//! Without the feature every function here is empty and inlined away; with it
//! but without a subscriber, a call carries one null pointer and no span.

#[cfg(feature = "tracing")]
mod on {
    use std::time::{Duration, Instant};

    use crate::operation::Operation;

    /// The span of one call, allocated only when a subscriber wants it, so a
    /// call's future grows by one pointer.
    pub(crate) struct CallTrace(Option<Box<(tracing::Span, Instant)>>);

    impl CallTrace {
        pub(crate) fn start(op: &'static Operation) -> Self {
            let span = tracing::info_span!(
                "call",
                operation = op.name,
                method = op.method.as_str(),
                path = op.path,
                attempts = tracing::field::Empty,
                status = tracing::field::Empty,
                duration_ms = tracing::field::Empty,
            );
            Self((!span.is_disabled()).then(|| Box::new((span, Instant::now()))))
        }

        /// An attempt failed and another follows after `wait`.
        pub(crate) fn retry(
            &self,
            op: &'static Operation,
            attempt: u32,
            why: &'static str,
            wait: Duration,
        ) {
            if let Some(inner) = &self.0 {
                inner.0.in_scope(|| {
                    tracing::debug!(
                        operation = op.name,
                        attempt,
                        why,
                        wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                        "retrying"
                    );
                });
            }
        }

        /// The call ended after `attempts` with `status` (none: no response).
        pub(crate) fn finish(&self, attempts: u32, status: Option<u16>) {
            if let Some(inner) = &self.0 {
                let (span, started) = &**inner;
                span.record("attempts", attempts);
                if let Some(status) = status {
                    span.record("status", status);
                }
                let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
                span.record("duration_ms", ms);
            }
        }
    }

    /// A token fetch, login, renewal or logout of `op`, and how it ended.
    pub(crate) fn event(op: &'static Operation, what: &'static str, status: Option<u16>, ok: bool) {
        match status {
            Some(status) => tracing::info!(operation = op.name, what, status, ok, "{what}"),
            None => tracing::info!(operation = op.name, what, ok, "{what}"),
        }
    }
}

#[cfg(not(feature = "tracing"))]
mod on {
    use std::time::Duration;

    use crate::operation::Operation;

    /// Nothing: the `tracing` feature is off.
    pub(crate) struct CallTrace;

    impl CallTrace {
        #[inline(always)]
        pub(crate) fn start(_: &'static Operation) -> Self {
            Self
        }

        #[inline(always)]
        pub(crate) fn retry(&self, _: &'static Operation, _: u32, _: &'static str, _: Duration) {}

        #[inline(always)]
        pub(crate) fn finish(&self, _: u32, _: Option<u16>) {}
    }

    #[inline(always)]
    pub(crate) fn event(_: &'static Operation, _: &'static str, _: Option<u16>, _: bool) {}
}

pub(crate) use on::{CallTrace, event};
