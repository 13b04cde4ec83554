//! Runs `xtask codegen` on the real workspace (`--check` must pass) and on temporary copies:
//! a hand-edited model fails `--check` naming the file; deleted models come back byte for
//! byte; a field added to a model document becomes a field that compiles and verifies; each
//! crate's `Operation` constants come from its document and `codegen.ini`.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{Scratch, workspace, xtask};

/// The crates whose `src/models/` the generator writes.
const GENERATED: [&str; 4] = [
    "controlm-session",
    "vzm2m-session",
    "equisoft-account",
    "cyclos-auth",
];

fn codegen(root: &Path, args: &[&str]) -> (bool, String) {
    xtask(&[&["codegen"], args].concat(), root)
}

/// `(file name, bytes)` of every file in a folder, sorted.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .map(|e| {
            let bytes = fs::read(e.path()).expect("read");
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    found.sort();
    found
}

#[test]
fn check_passes_on_the_workspace() {
    let (ok, text) = codegen(&workspace(), &["--check"]);
    assert!(ok, "{text}");
    assert!(text.contains("files up to date"), "{text}");
}

#[test]
fn check_fails_naming_a_hand_edited_model() {
    let copy = Scratch::new("codegen", "hand-edited");
    let (ok, text) = codegen(&copy.0, &["--check"]);
    assert!(ok, "an unedited copy must pass:\n{text}");

    let file = "crates/controlm-session/src/models/error_data.rs";
    copy.edit(file, "pub line: Option<i64>,", "pub line: Option<i32>,");
    let before = fs::read(copy.path(file)).expect("read");
    let (ok, text) = codegen(&copy.0, &["--check"]);
    assert!(!ok, "--check passed on a hand-edited model:\n{text}");
    assert!(
        text.lines()
            .any(|l| l == format!("{file}: differs from what codegen writes")),
        "{text}"
    );
    assert_eq!(
        text.matches("differs").count(),
        1,
        "only the edited file differs:\n{text}"
    );
    assert_eq!(
        fs::read(copy.path(file)).expect("read"),
        before,
        "--check writes nothing"
    );

    // A hand-written file under src/models/ is named too; codegen proper removes it.
    fs::write(
        copy.path("crates/cyclos-auth/src/models/helpers.rs"),
        "// hand-written\n",
    )
    .expect("write");
    let (ok, text) = codegen(&copy.0, &["--check", "cyclos-auth"]);
    assert!(!ok, "{text}");
    assert!(
        text.contains("crates/cyclos-auth/src/models/helpers.rs: is not written by codegen"),
        "{text}"
    );
    assert!(
        !text.contains("controlm-session"),
        "one crate asked: {text}"
    );
    let (ok, text) = codegen(&copy.0, &[]);
    assert!(ok, "{text}");
    let (ok, text) = codegen(&copy.0, &["--check"]);
    assert!(ok, "codegen restores what --check reported:\n{text}");
}

#[test]
fn the_operations_come_from_the_document_and_the_ini() {
    let copy = Scratch::new("codegen", "operations");
    let operations = "crates/controlm-session/src/apis/operations.rs";
    let original = fs::read_to_string(copy.path(operations)).expect("read");
    assert!(original.contains("do not edit"), "{original}");

    // A hand edit is named by --check and undone by codegen.
    copy.edit(
        operations,
        "path: \"/session/logout\"",
        "path: \"/session/signout\"",
    );
    let (ok, text) = codegen(&copy.0, &["--check", "controlm-session"]);
    assert!(!ok, "{text}");
    assert!(
        text.contains(&format!("{operations}: differs from what codegen writes")),
        "{text}"
    );
    let (ok, text) = codegen(&copy.0, &["controlm-session"]);
    assert!(ok, "{text}");
    assert_eq!(
        fs::read_to_string(copy.path(operations)).expect("read"),
        original
    );

    // The rule is the ini's; the method and path the document's.
    let ini = "crates/controlm-session/codegen.ini";
    copy.edit(ini, "repeat = IfUnprocessed", "repeat = Idempotent");
    copy.edit(
        "docs/controlm-session/SessionApi.md",
        "**POST** /session/logout",
        "**PUT** /session/logout",
    );
    let (ok, text) = codegen(&copy.0, &["controlm-session"]);
    assert!(ok, "{text}");
    let written = fs::read_to_string(copy.path(operations)).expect("read");
    let logout = &written[written.find("pub const DO_LOGOUT").expect("DO_LOGOUT")..];
    assert!(logout.contains("method: Method::PUT,"), "{written}");
    assert!(logout.contains("repeat: Repeat::Idempotent,"), "{written}");

    // The error enum follows the section's `errors`: a status dropped there is a variant and
    // an arm gone; a new one needs its variant's doc.
    let errors = "crates/controlm-session/src/apis/errors.rs";
    copy.edit(
        ini,
        "errors = 401 ErrorList, 500 ErrorList",
        "errors = 500 ErrorList",
    );
    let (ok, text) = codegen(&copy.0, &["controlm-session"]);
    assert!(ok, "{text}");
    let written = fs::read_to_string(copy.path(errors)).expect("read");
    let login = &written[written.find("pub enum DoLoginError").expect("DoLoginError")..];
    let login = &login[..login
        .find("impl ErrorEntity for DoLogoutError")
        .expect("next")];
    assert!(!login.contains("Status401"), "{login}");
    assert!(
        login.contains("500 => json_entity(body).map(Self::Status500),"),
        "{login}"
    );
    copy.edit(
        ini,
        "errors = 500 ErrorList",
        "errors = 418 ErrorList, 500 ErrorList",
    );
    let (ok, text) = codegen(&copy.0, &["controlm-session"]);
    assert!(!ok, "{text}");
    assert!(
        text.contains("`do_login`: no doc for its `418` variant"),
        "{text}"
    );
    copy.edit(
        ini,
        "errors = 418 ErrorList, 500 ErrorList",
        "errors = 401 ErrorList, 500 ErrorList",
    );

    // An operation without a rule, or a document without paths and an ini without `http`,
    // is refused naming the line.
    copy.edit(ini, "repeat = Idempotent\n", "");
    let (ok, text) = codegen(&copy.0, &["controlm-session"]);
    assert!(!ok, "{text}");
    assert!(
        text.contains("crates/controlm-session/codegen.ini:")
            && text.contains("`do_logout`: no `repeat`"),
        "{text}"
    );
    let vzm2m = "crates/vzm2m-session/codegen.ini";
    copy.edit(vzm2m, "http = POST /session/logout\n", "");
    let (ok, text) = codegen(&copy.0, &["vzm2m-session"]);
    assert!(!ok, "{text}");
    assert!(
        text.contains("`logout_using_post`: the document gives no method and path"),
        "{text}"
    );
}

#[test]
fn deleted_models_are_restored_byte_for_byte() {
    let copy = Scratch::new("codegen", "deleted");
    for krate in GENERATED {
        let dir = format!("crates/{krate}/src/models");
        let original = files(&workspace().join(&dir));
        assert!(original.len() > 1, "{dir} has models");
        fs::remove_dir_all(copy.path(&dir)).expect("delete models");

        let (ok, text) = codegen(&copy.0, &[krate]);
        assert!(ok, "{text}");
        let restored = files(&copy.path(&dir));
        let names = |f: &[(String, Vec<u8>)]| f.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&restored),
            names(&original),
            "{krate}: the same files"
        );
        for ((name, got), (_, want)) in restored.iter().zip(&original) {
            assert!(
                got == want,
                "{dir}/{name} is not restored byte for byte:\n{}",
                String::from_utf8_lossy(got)
            );
        }
    }
}

#[test]
fn a_documented_field_becomes_a_field_that_compiles_and_verifies() {
    let copy = Scratch::buildable("codegen", "new-field");
    copy.edit(
        "docs/controlm-session/ErrorData.md",
        "**col** | **int** | The number of column in the file this error occurred in. | [optional] \n",
        "**col** | **int** | The number of column in the file this error occurred in. | [optional] \n**severityLevel** | **str** | How bad the error is | [optional] \n",
    );
    let (ok, text) = codegen(&copy.0, &["--check"]);
    assert!(!ok, "the new field is not in the model yet:\n{text}");
    let (ok, text) = codegen(&copy.0, &[]);
    assert!(ok, "{text}");
    assert!(
        text.contains("crates/controlm-session/src/models/error_data.rs: updated"),
        "{text}"
    );
    let model = fs::read_to_string(copy.path("crates/controlm-session/src/models/error_data.rs"))
        .expect("model");
    assert!(
        model.contains(
            "    /// How bad the error is.\n    #[serde(rename = \"severityLevel\", skip_serializing_if = \"Option::is_none\")]\n    pub severity_level: Option<String>,\n}"
        ),
        "{model}"
    );

    // The crate builds against the scratch workspace (a target folder of its own, kept between
    // runs: cargo's lock on the one running these tests is held).
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("codegen-scratch-target");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "check",
            "--quiet",
            "-p",
            "controlm-session",
            "--no-default-features",
        ])
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(&copy.0)
        .output()
        .expect("run cargo");
    assert!(
        output.status.success(),
        "cargo check failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let (ok, text) = xtask(&["verify-docs"], &copy.0);
    assert!(ok, "{text}");
    assert!(
        text.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["controlm-session", "3", "2", "6", "17", "0", "0"]),
        "one more field checked:\n{text}"
    );
}

/// `(type name, [serde renames])` of each struct in a generated model file, in order.
fn renames(text: &str) -> Vec<(String, Vec<String>)> {
    let mut found: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("pub struct ") {
            let name = rest.split([' ', '{']).next().unwrap_or(rest);
            found.push((name.to_string(), Vec::new()));
        } else if let Some(rest) = line.strip_prefix("#[serde(rename = \"") {
            let wire = rest.split('"').next().unwrap_or(rest);
            if let Some((_, wires)) = found.last_mut() {
                wires.push(wire.to_string());
            }
        }
    }
    found
}

/// The crate's operations and the names APIMatic's 2024 Python generation gives them.
const OPERATIONS_RENAMED: [(&str, &str); 3] = [
    ("login_using_post", "start_connectivity_management_session"),
    ("logout_using_post", "end_connectivity_management_session"),
    ("reset_using_put", "reset_connectivity_management_password"),
];

/// Codegen on the crate's documents in the layout and names of APIMatic's 2024 Python
/// generation (`xtask/tests/fixtures/apimatic-2024/`; see `verizon_2024_apimatic_documents` in
/// `verify_docs.rs`): each model gets the checked-in model's `serde(rename)`s, the wire names
/// of the reference (`shared/reference/vzm2m-session.md`), though the documents' tables name
/// Python attributes; Rust names follow the documents (`LogInResult`, `session_token`); the
/// operations' constants are the checked-in ones under the documents' names.
#[test]
fn verizon_2024_documents_generate_the_checked_in_wire_names() {
    let copy = Scratch::new("codegen", "verizon-2024");
    copy.use_verizon_2024_docs();
    // codegen.ini's sections are named after the models and operations, three of each of
    // which that generation renamed; the facts in them are unchanged.
    let ini = "crates/vzm2m-session/codegen.ini";
    let renamed = [
        ("LogInResponse", "LogInResult"),
        (
            "RestErrorResponseException",
            "ConnectivityManagementResultException",
        ),
        ("SessionResetPasswordResponse", "SessionResetPasswordResult"),
    ];
    for (older, newer) in renamed {
        copy.edit(ini, &format!("[{older}]"), &format!("[{newer}]"));
    }
    for (older, newer) in OPERATIONS_RENAMED {
        copy.edit(
            ini,
            &format!("[operation {older}]"),
            &format!("[operation {newer}]"),
        );
    }
    let (ok, text) = codegen(&copy.0, &["vzm2m-session"]);
    assert!(ok, "{text}");

    let dir = "crates/vzm2m-session/src/models";
    let generated = files(&copy.path(dir));
    let checked_in = files(&workspace().join(dir));
    let structs = |files: &[(String, Vec<u8>)]| -> Vec<(String, Vec<String>)> {
        files
            .iter()
            .flat_map(|(_, bytes)| renames(&String::from_utf8_lossy(bytes)))
            .collect()
    };
    let mut expected: Vec<(String, Vec<String>)> = structs(&checked_in)
        .into_iter()
        .map(|(name, wires)| {
            let name = renamed
                .iter()
                .find(|(older, _)| *older == name)
                .map_or(name, |(_, newer)| newer.to_string());
            (name, wires)
        })
        .collect();
    expected.sort();
    let mut got = structs(&generated);
    got.sort();
    assert_eq!(got, expected);
    assert_eq!(got.len(), 7, "{got:?}");

    let result = fs::read_to_string(copy.path(&format!("{dir}/log_in_result.rs"))).expect("read");
    assert!(
        result.contains(
            "    #[serde(rename = \"sessionToken\", skip_serializing_if = \"Option::is_none\")]\n    pub session_token: Option<Secret>,"
        ),
        "{result}"
    );
    // The operations keep their method, path, rule and `Accept` (from codegen.ini) under
    // the documents' names (compared without layout: the longer names wrap `ALL`).
    let operations = "crates/vzm2m-session/src/apis/operations.rs";
    let tokens = |text: &str| -> String {
        text.split_whitespace()
            .collect::<String>()
            .replace(",]", "]")
    };
    let generated = fs::read_to_string(copy.path(operations)).expect("read");
    let mut expected = fs::read_to_string(workspace().join(operations)).expect("read");
    for (older, newer) in OPERATIONS_RENAMED {
        expected = expected
            .replace(older, newer)
            .replace(&older.to_uppercase(), &newer.to_uppercase());
    }
    assert_eq!(tokens(&generated), tokens(&expected), "{generated}");

    // The documents make the request fields required; codegen follows them.
    let request =
        fs::read_to_string(copy.path(&format!("{dir}/session_reset_password_request.rs")))
            .expect("read");
    assert!(
        request.contains("    #[serde(rename = \"oldPassword\")]\n    pub old_password: Secret,"),
        "{request}"
    );
}
