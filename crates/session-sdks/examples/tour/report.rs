//! Prints one line per call and the closing summary.

use std::fmt::Debug;
use std::process::ExitCode;

use session_sdks::{ResponseValue, SdkError};

/// Counts calls and prints each one: API, operation, method and path, status, decoded result.
#[derive(Default)]
pub(crate) struct Tour {
    ok: usize,
    failed: usize,
    skipped: usize,
}

impl Tour {
    /// Awaits one SDK call and reports it; the decoded body is returned for the next step.
    pub(crate) async fn call<T: Debug, E: Debug>(
        &mut self,
        api: &str,
        operation: &str,
        route: &str,
        call: impl Future<Output = Result<ResponseValue<T>, SdkError<E>>>,
    ) -> Option<T> {
        match call.await {
            Ok(value) => {
                self.ok += 1;
                println!(
                    "{api:<9} {operation:<40} {route:<58} {} {}",
                    value.status().as_u16(),
                    compact(&format!("{:?}", *value))
                );
                Some(value.into_inner())
            }
            Err(error) => {
                self.failed += 1;
                let status = error
                    .status()
                    .map_or("---".to_owned(), |s| s.as_u16().to_string());
                println!("{api:<9} {operation:<40} {route:<58} {status} FAILED: {error}");
                None
            }
        }
    }

    /// Reports a call the tour did not make (against a real server, without what it needs).
    pub(crate) fn skip(&mut self, api: &str, operation: &str, route: &str, why: &str) {
        self.skipped += 1;
        println!("{api:<9} {operation:<40} {route:<58} --- skipped: {why}");
    }

    /// Prints `N operations, N ok` (and failures, skips) and turns failures into the exit code.
    pub(crate) fn finish(self) -> ExitCode {
        let total = self.ok + self.failed + self.skipped;
        let mut line = format!("{total} operations, {} ok", self.ok);
        if self.failed > 0 {
            line.push_str(&format!(", {} failed", self.failed));
        }
        if self.skipped > 0 {
            line.push_str(&format!(", {} skipped", self.skipped));
        }
        println!("{line}");
        if self.failed == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
}

/// `Debug` output without the unset fields (`name: None`), so a line shows what came back.
fn compact(debug: &str) -> String {
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug;
    while let Some(at) = rest.find(": None") {
        let start = rest[..at]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        out.push_str(&rest[..start]);
        rest = &rest[at + ": None".len()..];
        match rest.strip_prefix(", ") {
            Some(next) => rest = next,
            None => {
                let kept = out.trim_end_matches(", ").len();
                out.truncate(kept);
            }
        }
    }
    out.push_str(rest);
    out.replace("{  }", "{}")
}
