//! A `tracing` subscriber that writes every span, field and event it is given,
//! at every level, to one string: what any subscriber could see.

use std::fmt::{Debug, Write as _};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::subscriber::Subscriber;
use tracing::{Event, Metadata};

/// Captures everything; clones share the text.
#[derive(Clone, Default)]
pub struct Capture {
    text: Arc<Mutex<String>>,
    next: Arc<AtomicU64>,
}

impl Capture {
    /// Everything captured so far.
    pub fn text(&self) -> String {
        self.text.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn write(&self, head: &str, record: impl FnOnce(&mut dyn Visit)) {
        let mut line = String::from(head);
        record(&mut Line(&mut line));
        line.push('\n');
        self.text
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_str(&line);
    }
}

struct Line<'a>(&'a mut String);

impl Visit for Line<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        let _ = write!(self.0, " {}={value}", field.name());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }

    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let id = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        self.write(&format!("span {} {id}", span.metadata().name()), |v| {
            span.record(v);
        });
        Id::from_u64(id)
    }

    fn record(&self, span: &Id, values: &Record<'_>) {
        self.write(&format!("record {}", span.into_u64()), |v| values.record(v));
    }

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        self.write(&format!("event {}", event.metadata().level()), |v| {
            event.record(v);
        });
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}
