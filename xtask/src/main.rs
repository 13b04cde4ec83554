//! `cargo xtask <task>`: workspace tasks.
//!
//! - `verify-docs [--root <dir>]`: proves each API crate's public surface matches its
//!   documents in `docs/<crate>/`, both ways; exits 1 on any mismatch.
//! - `codegen [--check] [--root <dir>] [<crate>..]`: writes each API crate's `src/models/`
//!   from its model documents and `crates/<crate>/codegen.ini`; `--check` writes nothing and
//!   exits 1 naming each file that differs.
//! - `bench [args..]`: runs the benchmark package (`session-sdks-bench`) in release mode.
//! - `check-links [--root <dir>]`: every relative link in the repository's Markdown resolves,
//!   and none points at docs.rs for an unpublished version (`links.rs`).

mod code;
mod codegen;
mod compare;
mod doc;
mod links;
mod names;
mod registry;
mod report;

use std::env;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use report::Mismatch;

const USAGE: &str = "usage: cargo xtask verify-docs [--root <dir>]
       cargo xtask codegen [--check] [--root <dir>] [<crate>..]
       cargo xtask bench [args..]
       cargo xtask check-links [--root <dir>]";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("verify-docs") => verify_docs(&args[1..]),
        Some("codegen") => codegen(&args[1..]),
        Some("bench") => bench(&args[1..]),
        Some("check-links") => links::run(&args[1..], workspace_root()),
        Some("-h" | "--help" | "help") => {
            eprintln!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The workspace root: the parent of this package's folder (`cargo run` tells where it is;
/// the build-time path is the fallback when the binary is run directly).
fn workspace_root() -> PathBuf {
    let manifest = env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest
        .parent()
        .map_or_else(|| manifest.clone(), Path::to_path_buf)
}

fn verify_docs(args: &[String]) -> ExitCode {
    let root = match args {
        [] => workspace_root(),
        [flag, dir] if flag == "--root" => PathBuf::from(dir),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let reports: Vec<_> = registry::REGISTRY
        .iter()
        .map(|entry| compare::verify(&root, entry))
        .collect();
    let extra = unregistered_docs(&root);
    let mut stdout = io::stdout().lock();
    match report::write(&mut stdout, &reports, &extra) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("verify-docs: cannot write the report: {error}");
            ExitCode::FAILURE
        }
    }
}

fn codegen(args: &[String]) -> ExitCode {
    let mut check = false;
    let mut root = None;
    let mut crates = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--root" => match args.next() {
                Some(dir) => root = Some(PathBuf::from(dir)),
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            flag if flag.starts_with('-') => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
            name => crates.push(name.to_string()),
        }
    }
    let root = root.unwrap_or_else(workspace_root);
    codegen::run(&root, check, &crates)
}

/// A folder under `docs/` that no registry entry checks would drift unnoticed.
fn unregistered_docs(root: &Path) -> Vec<Mismatch> {
    let mut found: Vec<Mismatch> = fs::read_dir(root.join("docs"))
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| !registry::REGISTRY.iter().any(|r| r.krate == name))
                .map(|name| Mismatch {
                    doc: format!("docs/{name}"),
                    line: 1,
                    what: format!("documents of `{name}` are not in the verify-docs registry"),
                    code: "xtask/src/registry.rs".into(),
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort_by(|a, b| a.doc.cmp(&b.doc));
    found
}

/// The package `bench` runs.
const BENCH_PACKAGE: &str = "session-sdks-bench";

fn bench(args: &[String]) -> ExitCode {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let root = workspace_root();
    let metadata = Command::new(&cargo)
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--manifest-path",
        ])
        .arg(root.join("Cargo.toml"))
        .output();
    let present = match metadata {
        Ok(output) if output.status.success() => {
            let text = String::from_utf8_lossy(&output.stdout);
            text.contains(&format!("\"name\":\"{BENCH_PACKAGE}\""))
        }
        Ok(output) => {
            eprintln!(
                "xtask bench: `cargo metadata` failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
            return ExitCode::FAILURE;
        }
        Err(error) => {
            eprintln!("xtask bench: cannot run cargo: {error}");
            return ExitCode::FAILURE;
        }
    };
    if !present {
        eprintln!(
            "xtask bench: the workspace has no `{BENCH_PACKAGE}` package yet; add it as a workspace member, then run `cargo xtask bench` again"
        );
        return ExitCode::from(2);
    }
    let status = Command::new(&cargo)
        .args(["run", "--release", "-p", BENCH_PACKAGE, "--"])
        .args(args)
        .current_dir(&root)
        .status();
    match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(status) => {
            let _ = io::stderr().flush();
            ExitCode::from(u8::try_from(status.code().unwrap_or(1)).unwrap_or(1))
        }
        Err(error) => {
            eprintln!("xtask bench: cannot run cargo: {error}");
            ExitCode::FAILURE
        }
    }
}
