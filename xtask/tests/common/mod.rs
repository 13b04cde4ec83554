//! Scratch copies of the workspace for the xtask's tests, removed on drop.

#![allow(
    dead_code,
    reason = "each test file uses the part of these helpers it needs"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root.
pub(crate) fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Copies `from` into `to`, recursively.
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Runs the xtask binary with `args`: whether it succeeded, and stdout then stderr.
pub(crate) fn xtask(args: &[&str], root: &Path) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .arg("--root")
        .arg(root)
        .output()
        .expect("run xtask");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

/// A temporary copy of parts of the workspace.
pub(crate) struct Scratch(pub(crate) PathBuf);

impl Scratch {
    /// `docs/` and each crate's `src/`, `Cargo.toml` and `codegen.ini`: what verify-docs and
    /// codegen read.
    pub(crate) fn new(task: &str, name: &str) -> Self {
        let root = std::env::temp_dir().join(format!("xtask-{task}-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let source = workspace();
        copy_dir(&source.join("docs"), &root.join("docs"));
        for entry in fs::read_dir(source.join("crates"))
            .expect("crates")
            .flatten()
        {
            let target = root.join("crates").join(entry.file_name());
            copy_dir(&entry.path().join("src"), &target.join("src"));
            for file in ["Cargo.toml", "codegen.ini"] {
                if entry.path().join(file).is_file() {
                    fs::copy(entry.path().join(file), target.join(file)).expect("copy");
                }
            }
        }
        Scratch(root)
    }

    /// `docs/` and every crate whole, with the workspace's `Cargo.toml` (members: the crates)
    /// and `Cargo.lock`: enough for `cargo check -p <crate>`.
    pub(crate) fn buildable(task: &str, name: &str) -> Self {
        let scratch = Scratch::new(task, name);
        let source = workspace();
        copy_dir(&source.join("crates"), &scratch.path("crates"));
        fs::copy(source.join("Cargo.lock"), scratch.path("Cargo.lock")).expect("lock");
        let manifest = fs::read_to_string(source.join("Cargo.toml")).expect("manifest");
        let members = manifest
            .lines()
            .find(|l| l.starts_with("members = "))
            .expect("members");
        fs::write(
            scratch.path("Cargo.toml"),
            manifest.replacen(members, "members = [\"crates/*\"]", 1),
        )
        .expect("write manifest");
        scratch
    }

    /// Puts the crate's API documents in the layout and names of APIMatic's 2024 Python
    /// generation (`xtask/tests/fixtures/apimatic-2024/`, hand-written) in place of
    /// `docs/vzm2m-session/`. The controller document is named after the controller, which that
    /// generation renamed (`session-management.md`); it goes where the registry looks for the
    /// crate's API document, `controllers/session.md`, its text unchanged.
    pub(crate) fn use_verizon_2024_docs(&self) {
        let fixtures = workspace().join("xtask/tests/fixtures/apimatic-2024");
        let docs = self.path("docs/vzm2m-session");
        fs::remove_dir_all(&docs).expect("remove docs");
        copy_dir(&fixtures.join("models"), &docs.join("models"));
        fs::create_dir_all(docs.join("controllers")).expect("mkdir");
        fs::copy(
            fixtures.join("controllers/session-management.md"),
            docs.join("controllers/session.md"),
        )
        .expect("copy controller");
    }

    /// A path inside the copy.
    pub(crate) fn path(&self, relative: &str) -> PathBuf {
        self.0.join(relative)
    }

    /// Replaces `from` (which must occur) by `to` in a copied file.
    pub(crate) fn edit(&self, relative: &str, from: &str, to: &str) {
        let path = self.path(relative);
        let text = fs::read_to_string(&path).expect("read");
        assert!(text.contains(from), "{relative} lacks {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).expect("write");
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}
