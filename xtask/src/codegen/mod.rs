//! `cargo xtask codegen [--check] [--root <dir>] [<crate>..]`: writes each API crate's
//! `src/models/` from its model documents in `docs/<crate>/` and its `src/apis/operations.rs`
//! from its API document (both read by the same parsers as verify-docs), each with its
//! `crates/<crate>/codegen.ini` (what the documents cannot say, see [`facts`]). `--check`
//! writes nothing and fails naming every file that differs.

pub(crate) mod errors;
pub(crate) mod facts;
pub(crate) mod operations;
pub(crate) mod plan;
pub(crate) mod render;

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::doc;
use crate::registry::{self, Entry};

/// The data file beside each crate.
pub(crate) const FACTS_FILE: &str = "codegen.ini";

/// What the generator would write for one crate: paths from the workspace root, and text.
type Files = BTreeMap<String, String>;

/// Runs codegen on the named crates (all registered ones with models when empty).
pub(crate) fn run(root: &Path, check: bool, only: &[String]) -> ExitCode {
    for name in only {
        if !registry::REGISTRY.iter().any(|e| e.krate == name) {
            eprintln!("codegen: `{name}` is not a registered crate (xtask/src/registry.rs)");
            return ExitCode::from(2);
        }
    }
    let mut stdout = io::stdout().lock();
    let mut failed = false;
    let mut files = 0;
    for entry in registry::REGISTRY
        .iter()
        .filter(|e| only.is_empty() || only.iter().any(|n| n == e.krate))
    {
        let expected = match generate(root, entry) {
            Ok(Some(expected)) => expected,
            Ok(None) => continue,
            Err(errors) => {
                for error in errors {
                    eprintln!("{error}");
                }
                failed = true;
                continue;
            }
        };
        files += expected.len();
        let dir = models_dir(entry);
        let changes = differences(root, &dir, &expected);
        for (path, change) in &changes {
            let _ = if check {
                writeln!(stdout, "{path}: {}", change.checked())
            } else {
                writeln!(stdout, "{path}: {}", change.done())
            };
        }
        if check {
            failed |= !changes.is_empty();
        } else if let Err(error) = apply(root, &changes, &expected) {
            eprintln!("codegen: {error}");
            failed = true;
        }
    }
    if failed {
        if check {
            let _ = writeln!(
                stdout,
                "codegen --check: the models or operations differ from what `cargo xtask codegen` writes"
            );
        }
        return ExitCode::FAILURE;
    }
    let _ = writeln!(stdout, "codegen: {files} files up to date");
    ExitCode::SUCCESS
}

/// `crates/<crate>/src/models`, from the workspace root.
fn models_dir(entry: &Entry) -> String {
    format!("crates/{}/src/models", entry.krate)
}

/// `crates/<crate>/src/apis/<name>.rs`, from the workspace root.
fn apis_file(entry: &Entry, name: &str) -> String {
    format!("crates/{}/src/apis/{name}.rs", entry.krate)
}

/// Everything the generator writes for one crate, formatted; `None` for a crate without
/// documents or facts. Errors are `path:line: what` lines.
pub(crate) fn generate(root: &Path, entry: &Entry) -> Result<Option<Files>, Vec<String>> {
    let docs = root.join("docs").join(entry.krate);
    let facts_path = format!("crates/{}/{FACTS_FILE}", entry.krate);
    let mut errors = Vec::new();
    let api = fs::read_to_string(docs.join(entry.seed))
        .ok()
        .map(|text| doc::parse_api(entry.dialect, &text));
    let mut models = Vec::new();
    for file in doc::read_models(&docs, entry) {
        match file.parsed {
            Ok(model) => models.push(model),
            Err((line, what)) => errors.push(format!(
                "docs/{}/{}:{line}: {what}",
                entry.krate, file.relative
            )),
        }
    }
    let facts = match fs::read_to_string(root.join(&facts_path)) {
        Ok(text) => match facts::parse(&text) {
            Ok(facts) => facts,
            Err((line, what)) => {
                errors.push(format!("{facts_path}:{line}: {what}"));
                return Err(errors);
            }
        },
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            if models.is_empty() && api.is_none() {
                return Ok(None);
            }
            facts::Facts::default()
        }
        Err(error) => {
            errors.push(format!("{facts_path}: cannot read: {error}"));
            return Err(errors);
        }
    };
    let mut files = Files::new();
    if let Some(api) = api.filter(|api| !api.operations.is_empty()) {
        let at = |(at, what): (operations::At, String)| match at {
            operations::At::Doc(line) => {
                format!("docs/{}/{}:{line}: {what}", entry.krate, entry.seed)
            }
            operations::At::Ini(line) => format!("{facts_path}:{line}: {what}"),
        };
        match operations::describe(&api, &facts) {
            Ok(described) => {
                files.insert(
                    apis_file(entry, "operations"),
                    operations::render(entry, &described),
                );
            }
            Err(problems) => errors.extend(problems.into_iter().map(at)),
        }
        match errors::render(entry, &api, &facts) {
            Ok(text) => {
                files.insert(apis_file(entry, "errors"), text);
            }
            Err(problems) => errors.extend(problems.into_iter().map(at)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if !models.is_empty() {
        let planned = plan::plan(&models, &facts).map_err(|errors| {
            errors
                .into_iter()
                .map(|(line, what)| match line {
                    0 => format!("{facts_path}: {what}"),
                    line => format!("{facts_path}:{line}: {what}"),
                })
                .collect::<Vec<_>>()
        })?;
        let dir = models_dir(entry);
        for model in &planned {
            files.insert(
                format!("{dir}/{}.rs", model.module),
                render::model_file(model, &planned, &facts.krate),
            );
        }
        files.insert(
            format!("{dir}/mod.rs"),
            render::module(&planned, &facts.krate),
        );
    }
    if files.is_empty() {
        return Ok(None);
    }
    rustfmt(root, entry.krate, &mut files).map_err(|error| vec![format!("codegen: {error}")])?;
    Ok(Some(files))
}

/// Formats every file as `cargo fmt` would (edition 2024, the workspace's `rustfmt.toml` if
/// any), with one `rustfmt` run over a scratch copy.
fn rustfmt(root: &Path, krate: &str, files: &mut Files) -> Result<(), String> {
    let scratch = env::temp_dir().join(format!("xtask-codegen-{}-{krate}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    fs::create_dir_all(&scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    // Under their own names: rustfmt follows `mod` items from `mod.rs` to the files.
    let mut paths: Vec<(String, PathBuf)> = Vec::new();
    for (name, text) in files.iter() {
        let path = scratch.join(name.rsplit('/').next().unwrap_or(name));
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        paths.push((name.clone(), path));
    }
    let mut command = Command::new(env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()));
    command.args(["--edition", "2024"]);
    if let Some(config) = ["rustfmt.toml", ".rustfmt.toml"]
        .iter()
        .map(|name| root.join(name))
        .find(|path| path.is_file())
    {
        command.arg("--config-path").arg(config);
    }
    let output = command.args(paths.iter().map(|(_, path)| path)).output();
    let result = match output {
        Ok(output) if output.status.success() => paths.iter().try_for_each(|(name, path)| {
            let text =
                fs::read_to_string(path).map_err(|e| format!("cannot read back {name}: {e}"))?;
            files.insert(name.clone(), text);
            Ok(())
        }),
        Ok(output) => Err(format!(
            "rustfmt refused the generated models of `{krate}` (a bad `.type` in {FACTS_FILE}?):\n{}",
            String::from_utf8_lossy(&output.stderr)
        )),
        Err(error) => Err(format!(
            "cannot run rustfmt ({error}); install it with `rustup component add rustfmt`"
        )),
    };
    let _ = fs::remove_dir_all(&scratch);
    result
}

/// How a file on disk differs from what the generator writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    /// Its text differs.
    Differs,
    /// It does not exist.
    Missing,
    /// A `.rs` file under `src/models/` that the generator does not write.
    Extra,
}

impl Change {
    fn checked(self) -> &'static str {
        match self {
            Change::Differs => "differs from what codegen writes",
            Change::Missing => "is missing (codegen writes it)",
            Change::Extra => "is not written by codegen (everything under src/models/ is)",
        }
    }

    fn done(self) -> &'static str {
        match self {
            Change::Differs => "updated",
            Change::Missing => "created",
            Change::Extra => "removed (everything under src/models/ is generated)",
        }
    }
}

/// The files under `dir` (from `root`) that differ from `expected`, by path.
fn differences(root: &Path, dir: &str, expected: &Files) -> BTreeMap<String, Change> {
    let mut changes = BTreeMap::new();
    for (path, text) in expected {
        match fs::read_to_string(root.join(path)) {
            Ok(current) if current == *text => {}
            Ok(_) => {
                changes.insert(path.clone(), Change::Differs);
            }
            Err(_) => {
                changes.insert(path.clone(), Change::Missing);
            }
        }
    }
    if let Ok(entries) = fs::read_dir(root.join(dir)) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = format!("{dir}/{name}");
            if entry.path().is_file() && name.ends_with(".rs") && !expected.contains_key(&path) {
                changes.insert(path, Change::Extra);
            }
        }
    }
    changes
}

/// Writes the changed files and removes the extra ones.
fn apply(root: &Path, changes: &BTreeMap<String, Change>, expected: &Files) -> io::Result<()> {
    for (path, change) in changes {
        let full = root.join(path);
        match change {
            Change::Differs | Change::Missing => {
                if let Some(parent) = full.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::write(&full, &expected[path])?;
            }
            Change::Extra => fs::remove_file(&full)?,
        }
    }
    Ok(())
}
