//! `--compile-times`: a clean `cargo build --release -p <crate>` of each API
//! crate and of `session-sdks-bench-baseline` (the same reqwest/serde
//! dependencies and features, no SDK code), each in a fresh target directory.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

const BASELINE: &str = "session-sdks-bench-baseline";
/// Packages under `crates/` that are not API crates.
const NOT_API: [&str; 2] = ["session-sdks-runtime", "session-sdks"];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The API crates present: every folder under `crates/` but the runtime and umbrella.
fn api_crates(root: &Path) -> Vec<String> {
    let mut crates: Vec<String> = std::fs::read_dir(root.join("crates"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.path().join("Cargo.toml").is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| !NOT_API.contains(&name.as_str()))
        .collect();
    crates.sort();
    crates
}

/// Seconds for a clean release build of `package`, or why it failed.
fn clean_build(root: &Path, package: &str) -> Result<f64, String> {
    let target = root.join("target").join("compile-times").join(package);
    let _ = std::fs::remove_dir_all(&target);
    let started = Instant::now();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args([
            "build",
            "--release",
            "--quiet",
            "-p",
            package,
            "--target-dir",
        ])
        .arg(&target)
        .status()
        .map_err(|err| format!("cannot run cargo: {err}"))?;
    let seconds = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_dir_all(&target);
    if status.success() {
        Ok(seconds)
    } else {
        Err(format!("cargo build -p {package} failed ({status})"))
    }
}

/// Builds the baseline, then each API crate, and prints the table.
pub(crate) fn run(only: &str) -> ExitCode {
    let root = workspace_root();
    let crates: Vec<String> = api_crates(&root)
        .into_iter()
        .filter(|name| only.is_empty() || name.contains(only))
        .collect();
    println!(
        "clean `cargo build --release -p <package>`, fresh target dir each, {} logical CPUs",
        std::thread::available_parallelism().map_or(0, usize::from)
    );
    let baseline = match clean_build(&root, BASELINE) {
        Ok(seconds) => seconds,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    println!("{:<30} {:>9} {:>7}", "package", "seconds", "ratio");
    println!("{BASELINE:<30} {baseline:>9.1} {:>7.2}", 1.0);
    let mut failed = false;
    for name in &crates {
        match clean_build(&root, name) {
            Ok(seconds) => println!("{name:<30} {seconds:>9.1} {:>7.2}", seconds / baseline),
            Err(err) => {
                eprintln!("{err}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
