//! Observability with the `tracing` feature: a span per call, named after its
//! operation, a span per session login, renewal and logout and per OAuth
//! token fetch, and events for a retry and for how each of those ended.
//!
//! **Target.** Every span and event has the target of the crate that
//! declared the operation ([`Operation::target`], `env!("CARGO_CRATE_NAME")`),
//! so `RUST_LOG=controlm_session=debug` (an `EnvFilter` of the crate's name)
//! shows that crate's calls. A tracing callsite's target is fixed in its
//! `'static` metadata, and a `tracing` macro in the runtime would give every
//! crate the runtime's. So the callsites are built here at run time, once per
//! (target, name, kind), leaked (a bounded set: one per operation), and
//! registered with `tracing` like a macro's.
//!
//! **Fields** follow OpenTelemetry's HTTP client conventions where one
//! exists (`http.request.method`, `url.path` = the path *template*,
//! `server.address`, `server.port`, `http.response.status_code`,
//! `http.request.resend_count`, `error.type`), plus the SDK's own under
//! `sdk.` (`sdk.operation`, `sdk.attempts`, `sdk.deadline_fired`). No field
//! is ever a URL, a query, a header value or a body: only names the SDK
//! defines, the base URL's host and port, numbers and statuses, so no
//! subscriber can see a secret.
//!
//! **Cost.** Without the feature every function here is empty and inlined
//! away. With it and no subscriber, a call checks `tracing`'s global level (one
//! atomic load) and carries one null pointer: the span is boxed only when a
//! subscriber wants it.

#[cfg(feature = "tracing")]
mod on {
    use std::collections::HashMap;
    use std::future::Future;
    use std::sync::atomic::{AtomicU8, Ordering};
    use std::sync::{OnceLock, PoisonError, RwLock};
    use std::time::{Duration, Instant};

    use tracing::callsite::{Callsite, Identifier};
    use tracing::field::{Field, FieldSet, Value, display};
    use tracing::metadata::Kind;
    use tracing::subscriber::Interest;
    use tracing::{Event, Instrument, Level, Metadata, Span};

    use crate::error::SdkError;
    use crate::operation::Operation;

    /// The call span's fields, in the order `call_values` fills them.
    const CALL_FIELDS: &[&str] = &[
        "sdk.operation",
        "http.request.method",
        "url.path",
        "server.address",
        "server.port",
        "sdk.attempts",
        "http.request.resend_count",
        "http.response.status_code",
        "error.type",
        "sdk.deadline_fired",
        "sdk.duration_ms",
    ];
    /// A retry event's fields.
    const RETRY_FIELDS: &[&str] = &[
        "message",
        "sdk.operation",
        "sdk.attempt",
        "sdk.retry.reason",
        "sdk.retry.wait_ms",
    ];
    /// A login, renewal, logout or token fetch span's fields.
    const LIFECYCLE_FIELDS: &[&str] = &["sdk.operation", "http.request.method", "url.path"];
    /// How a login, renewal, logout or token fetch ended.
    const OUTCOME_FIELDS: &[&str] = &[
        "message",
        "sdk.operation",
        "http.response.status_code",
        "sdk.ok",
    ];

    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    enum Shape {
        Call,
        Retry,
        Lifecycle,
        Outcome,
    }

    impl Shape {
        fn fields(self) -> &'static [&'static str] {
            match self {
                Shape::Call => CALL_FIELDS,
                Shape::Retry => RETRY_FIELDS,
                Shape::Lifecycle => LIFECYCLE_FIELDS,
                Shape::Outcome => OUTCOME_FIELDS,
            }
        }

        fn level(self) -> Level {
            match self {
                Shape::Retry => Level::DEBUG,
                _ => Level::INFO,
            }
        }

        fn kind(self) -> Kind {
            match self {
                Shape::Call | Shape::Lifecycle => Kind::SPAN,
                Shape::Retry | Shape::Outcome => Kind::EVENT,
            }
        }
    }

    const UNKNOWN: u8 = 0;
    const NEVER: u8 = 1;
    const SOMETIMES: u8 = 2;
    const ALWAYS: u8 = 3;

    /// A callsite built at run time: what a `tracing` macro writes as a
    /// static, for a target known only when the operation arrives.
    struct Site {
        meta: OnceLock<Metadata<'static>>,
        interest: AtomicU8,
    }

    impl Callsite for Site {
        fn set_interest(&self, interest: Interest) {
            let value = if interest.is_never() {
                NEVER
            } else if interest.is_always() {
                ALWAYS
            } else {
                SOMETIMES
            };
            self.interest.store(value, Ordering::Relaxed);
        }

        #[allow(clippy::expect_used)]
        fn metadata(&self) -> &Metadata<'_> {
            // Set before the site is registered or handed out.
            self.meta.get().expect("a callsite's metadata is set first")
        }
    }

    impl Site {
        /// The site of `shape` named `name` with `target`, built once. Looked up
        /// only while a subscriber wants the level: a read lock and one hash.
        fn get(shape: Shape, target: &'static str, name: &'static str) -> &'static Site {
            type Sites = HashMap<(Shape, &'static str, &'static str), &'static Site>;
            static SITES: OnceLock<RwLock<Sites>> = OnceLock::new();
            let sites = SITES.get_or_init(Default::default);
            let key = (shape, target, name);
            if let Some(site) = sites
                .read()
                .unwrap_or_else(PoisonError::into_inner)
                .get(&key)
            {
                return site;
            }
            let mut sites = sites.write().unwrap_or_else(PoisonError::into_inner);
            sites.entry(key).or_insert_with(|| {
                let site: &'static Site = Box::leak(Box::new(Site {
                    meta: OnceLock::new(),
                    interest: AtomicU8::new(UNKNOWN),
                }));
                let _ = site.meta.set(Metadata::new(
                    name,
                    target,
                    shape.level(),
                    Some(file!()),
                    None,
                    Some(module_path!()),
                    FieldSet::new(shape.fields(), Identifier(site)),
                    shape.kind(),
                ));
                // Registered before anyone can use it, as a macro's callsite is.
                tracing::callsite::register(site);
                site
            })
        }

        fn meta(&'static self) -> &'static Metadata<'static> {
            #[allow(clippy::expect_used)]
            self.meta.get().expect("a callsite's metadata is set first")
        }

        /// Whether the current subscriber wants what this site makes.
        ///
        /// A cached "never" is not trusted: while exactly one scoped subscriber exists,
        /// `tracing-core` computes a new site's interest from the registering thread's
        /// subscriber alone, so a site first built on a thread without one is "never" for
        /// the thread that has it (seen with `set_default` in parallel tests). Asking the
        /// current subscriber costs a lookup only when some subscriber wants this level at
        /// all (`may_want` comes first).
        fn enabled(&'static self) -> bool {
            match self.interest.load(Ordering::Relaxed) {
                ALWAYS => true,
                _ => tracing::dispatcher::get_default(|d| d.enabled(self.meta())),
            }
        }

        /// The site's fields, in declaration order.
        #[allow(clippy::expect_used)]
        fn fields<const N: usize>(&'static self) -> [Field; N] {
            let mut fields = self.meta().fields().iter();
            std::array::from_fn(|_| fields.next().expect("the shape's field count"))
        }
    }

    /// Whether a subscriber may want `level` at all: `tracing`'s global
    /// maximum, one atomic load, so a process without a subscriber builds no
    /// callsite and looks nothing up.
    fn may_want(level: Level) -> bool {
        level <= tracing::level_filters::STATIC_MAX_LEVEL
            && level <= tracing::level_filters::LevelFilter::current()
    }

    /// The kind of an error, for `error.type`: [`STATUS`] for an API error
    /// (its span then shows the status code, as OpenTelemetry asks), else a
    /// fixed name.
    pub(crate) fn error_type<E>(err: &SdkError<E>) -> &'static str {
        match err {
            SdkError::Api(_) => STATUS,
            SdkError::InvalidRequest(_) => "invalid_request",
            SdkError::Transport(_) if err.is_timeout() => "timeout",
            SdkError::Transport(_) => "transport",
            SdkError::Decode(_) => "decode",
            SdkError::ResponseTooLarge(_) => "response_too_large",
            SdkError::DeadlineExceeded(_) => "deadline_exceeded",
            SdkError::Login(_) => "login",
        }
    }

    /// `error.type` of an API error: replaced by its status code.
    const STATUS: &str = "status";

    /// How a call ended, for its span.
    pub(crate) struct Ended {
        pub(crate) attempts: u32,
        pub(crate) status: Option<u16>,
        pub(crate) error_type: Option<&'static str>,
        pub(crate) deadline_fired: bool,
    }

    /// The span of one call, allocated only when a subscriber wants it, so a
    /// call's future grows by one pointer.
    pub(crate) struct CallTrace(Option<Box<(Span, Instant)>>);

    impl CallTrace {
        pub(crate) fn start(op: &'static Operation, base: &url::Url) -> Self {
            if !may_want(Level::INFO) {
                return Self(None);
            }
            let site = Site::get(Shape::Call, op.target, op.name);
            if !site.enabled() {
                return Self(None);
            }
            let [operation, method, path, address, port, ..] = site.fields::<11>();
            let host = base.host_str().unwrap_or("");
            let port_number = base.port_or_known_default();
            let values = [
                (&operation, Some(&op.name as &dyn Value)),
                (&method, Some(&op.method.as_str() as &dyn Value)),
                (&path, Some(&op.path as &dyn Value)),
                (&address, Some(&host as &dyn Value)),
                (&port, port_number.as_ref().map(|port| port as &dyn Value)),
            ];
            let span = Span::new(site.meta(), &site.meta().fields().value_set(&values));
            Self(Some(Box::new((span, Instant::now()))))
        }

        /// An attempt failed and another follows after `wait`.
        pub(crate) fn retry(
            &self,
            op: &'static Operation,
            attempt: u32,
            why: &'static str,
            wait: Duration,
        ) {
            let Some(inner) = &self.0 else { return };
            let site = Site::get(Shape::Retry, op.target, "retrying");
            if !site.enabled() {
                return;
            }
            let [message, operation, number, reason, wait_field] = site.fields::<5>();
            let wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
            inner.0.in_scope(|| {
                let values = [
                    (&message, Some(&display("retrying") as &dyn Value)),
                    (&operation, Some(&op.name as &dyn Value)),
                    (&number, Some(&attempt as &dyn Value)),
                    (&reason, Some(&why as &dyn Value)),
                    (&wait_field, Some(&wait_ms as &dyn Value)),
                ];
                Event::dispatch(site.meta(), &site.meta().fields().value_set(&values));
            });
        }

        /// The call ended.
        pub(crate) fn finish(&self, ended: Ended) {
            let Some(inner) = &self.0 else { return };
            let (span, started) = &**inner;
            span.record("sdk.attempts", ended.attempts);
            span.record(
                "http.request.resend_count",
                ended.attempts.saturating_sub(1),
            );
            if let Some(status) = ended.status {
                span.record("http.response.status_code", status);
            }
            match (ended.error_type, ended.status) {
                (Some(STATUS), Some(status)) => {
                    let code = status.to_string();
                    span.record("error.type", code.as_str());
                }
                (Some(kind), _) => {
                    span.record("error.type", kind);
                }
                (None, _) => {}
            }
            if ended.deadline_fired {
                span.record("sdk.deadline_fired", true);
            }
            let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
            span.record("sdk.duration_ms", ms);
        }
    }

    /// `work` (a login, renewal, logout or token fetch of `op`) inside a span
    /// named `what`, when a subscriber wants it.
    pub(crate) fn in_span<F: Future>(
        op: &'static Operation,
        what: &'static str,
        work: F,
    ) -> impl Future<Output = F::Output> {
        let mut span = Span::none();
        if may_want(Level::INFO) {
            let site = Site::get(Shape::Lifecycle, op.target, what);
            if site.enabled() {
                let [operation, method, path] = site.fields::<3>();
                let values = [
                    (&operation, Some(&op.name as &dyn Value)),
                    (&method, Some(&op.method.as_str() as &dyn Value)),
                    (&path, Some(&op.path as &dyn Value)),
                ];
                span = Span::new(site.meta(), &site.meta().fields().value_set(&values));
            }
        }
        work.instrument(span)
    }

    /// A token fetch, login, renewal or logout of `op`, and how it ended.
    pub(crate) fn event(op: &'static Operation, what: &'static str, status: Option<u16>, ok: bool) {
        if !may_want(Level::INFO) {
            return;
        }
        let site = Site::get(Shape::Outcome, op.target, what);
        if !site.enabled() {
            return;
        }
        let [message, operation, status_code, ok_field] = site.fields::<4>();
        let values = [
            (&message, Some(&display(what) as &dyn Value)),
            (&operation, Some(&op.name as &dyn Value)),
            (
                &status_code,
                status.as_ref().map(|status| status as &dyn Value),
            ),
            (&ok_field, Some(&ok as &dyn Value)),
        ];
        Event::dispatch(site.meta(), &site.meta().fields().value_set(&values));
    }
}

#[cfg(not(feature = "tracing"))]
mod on {
    use std::future::Future;
    use std::time::Duration;

    use crate::error::SdkError;
    use crate::operation::Operation;

    /// Nothing: the `tracing` feature is off.
    pub(crate) struct CallTrace;

    /// How a call ended (read only with the feature).
    #[allow(dead_code)]
    pub(crate) struct Ended {
        pub(crate) attempts: u32,
        pub(crate) status: Option<u16>,
        pub(crate) error_type: Option<&'static str>,
        pub(crate) deadline_fired: bool,
    }

    impl CallTrace {
        #[inline(always)]
        pub(crate) fn start(_: &'static Operation, _: &url::Url) -> Self {
            Self
        }

        #[inline(always)]
        pub(crate) fn retry(&self, _: &'static Operation, _: u32, _: &'static str, _: Duration) {}

        #[inline(always)]
        pub(crate) fn finish(&self, _: Ended) {}
    }

    #[inline(always)]
    pub(crate) fn error_type<E>(_: &SdkError<E>) -> &'static str {
        ""
    }

    #[inline(always)]
    pub(crate) fn in_span<F: Future>(
        _: &'static Operation,
        _: &'static str,
        work: F,
    ) -> impl Future<Output = F::Output> {
        work
    }

    #[inline(always)]
    pub(crate) fn event(_: &'static Operation, _: &'static str, _: Option<u16>, _: bool) {}
}

pub(crate) use on::{CallTrace, Ended, error_type, event, in_span};
