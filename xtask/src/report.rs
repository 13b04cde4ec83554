//! Mismatch lines and the per-crate summary table.

use std::fmt;
use std::io::{self, Write};

/// One difference between a document and the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mismatch {
    /// The document, from the workspace root (`docs/<crate>/<file>`).
    pub(crate) doc: String,
    /// The line in it.
    pub(crate) line: usize,
    /// What differs.
    pub(crate) what: String,
    /// The source file or folder, from `crates/` (`<crate>/src/<file>`).
    pub(crate) code: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {} ({})",
            self.doc, self.line, self.what, self.code
        )
    }
}

/// What was checked in one crate, and what differed.
#[derive(Debug, Clone, Default)]
pub(crate) struct CrateReport {
    /// The crate.
    pub(crate) krate: String,
    /// Documented operations compared.
    pub(crate) operations: usize,
    /// Documented parameters compared.
    pub(crate) params: usize,
    /// Documented models compared.
    pub(crate) models: usize,
    /// Documented model fields compared.
    pub(crate) fields: usize,
    /// Documented enum values compared.
    pub(crate) values: usize,
    /// The differences.
    pub(crate) mismatches: Vec<Mismatch>,
}

/// Writes every mismatch, the summary table and the verdict; returns whether all matched.
pub(crate) fn write(
    out: &mut impl Write,
    reports: &[CrateReport],
    extra: &[Mismatch],
) -> io::Result<bool> {
    let mut total = 0;
    for mismatch in extra
        .iter()
        .chain(reports.iter().flat_map(|r| &r.mismatches))
    {
        writeln!(out, "{mismatch}")?;
        total += 1;
    }
    if total > 0 {
        writeln!(out)?;
    }
    let width = reports
        .iter()
        .map(|r| r.krate.len())
        .max()
        .unwrap_or(0)
        .max("crate".len());
    writeln!(
        out,
        "{:<width$}  operations  params  models  fields  values  mismatches",
        "crate"
    )?;
    for r in reports {
        writeln!(
            out,
            "{:<width$}  {:>10}  {:>6}  {:>6}  {:>6}  {:>6}  {:>10}",
            r.krate,
            r.operations,
            r.params,
            r.models,
            r.fields,
            r.values,
            r.mismatches.len()
        )?;
    }
    let operations: usize = reports.iter().map(|r| r.operations).sum();
    let models: usize = reports.iter().map(|r| r.models).sum();
    if total == 0 {
        writeln!(
            out,
            "verify-docs: ok ({} crates, {operations} operations, {models} models)",
            reports.len()
        )?;
    } else {
        writeln!(out, "verify-docs: {total} mismatches")?;
    }
    Ok(total == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_and_failing_output() {
        let mut report = CrateReport {
            krate: "controlm-session".into(),
            operations: 3,
            params: 2,
            models: 6,
            fields: 15,
            values: 0,
            mismatches: Vec::new(),
        };
        let mut out = Vec::new();
        assert!(write(&mut out, std::slice::from_ref(&report), &[]).expect("write"));
        let text = String::from_utf8(out).expect("utf8");
        assert!(
            text.ends_with("verify-docs: ok (1 crates, 3 operations, 6 models)\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "controlm-session           3       2       6      15       0           0"
            ),
            "{text}"
        );

        report.mismatches.push(Mismatch {
            doc: "docs/controlm-session/SessionApi.md".into(),
            line: 12,
            what: "operation `do_login`: no public method `SessionApi::do_login`".into(),
            code: "controlm-session/src/apis/session_api.rs".into(),
        });
        let mut out = Vec::new();
        assert!(!write(&mut out, &[report], &[]).expect("write"));
        let text = String::from_utf8(out).expect("utf8");
        assert!(text.starts_with("docs/controlm-session/SessionApi.md:12: operation `do_login`: no public method `SessionApi::do_login` (controlm-session/src/apis/session_api.rs)\n"), "{text}");
        assert!(text.ends_with("verify-docs: 1 mismatches\n"));
    }
}
