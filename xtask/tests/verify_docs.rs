//! Runs `xtask verify-docs` on the real workspace (it must pass) and on temporary copies of
//! `docs/` and `crates/*/src` with one thing broken (it must fail, naming the place).

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Scratch, workspace};

const API: &str = "crates/controlm-session/src/apis/session_api.rs";
const MODELS: &str = "crates/controlm-session/src/models";
const DOCS: &str = "docs/controlm-session";

fn run(root: &Path) -> (bool, String) {
    common::xtask(&["verify-docs"], root)
}

/// A copy of the workspace's `docs/` and every crate's `src/` (+ `Cargo.toml`).
struct Copy(Scratch);

impl Copy {
    fn new(name: &str) -> Self {
        Copy(Scratch::new("verify-docs", name))
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.0.path(relative)
    }

    fn edit(&self, relative: &str, from: &str, to: &str) {
        self.0.edit(relative, from, to);
    }

    /// Runs the verifier, requires a failure and returns its output.
    fn fails(&self) -> String {
        let (ok, text) = run(&self.0.0);
        assert!(!ok, "verify-docs passed on a broken copy:\n{text}");
        assert!(text.contains("mismatches"), "{text}");
        text
    }
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle")
        + 1
}

/// The summary table's numbers for one crate: operations, params, models, fields, values,
/// mismatches.
fn row(output: &str, krate: &str) -> Vec<usize> {
    output
        .lines()
        .find(|l| l.split_whitespace().next() == Some(krate))
        .map(|l| {
            l.split_whitespace()
                .skip(1)
                .filter_map(|n| n.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// A mismatch line without the line number of its source file:
/// `.. (controlm-session/src/models/status.rs:10)` -> `.. (controlm-session/src/models/status.rs)`.
fn without_source_line(line: &str) -> String {
    match line.rsplit_once(':') {
        Some((head, tail))
            if tail.ends_with(')')
                && tail.len() > 1
                && tail[..tail.len() - 1].bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("{head})")
        }
        _ => line.to_string(),
    }
}

/// `expected` is a whole line, except that a source file named without a line stands for
/// that file at any line: the line numbers of the real sources move with every edit (the
/// unit tests check them).
fn assert_line(output: &str, expected: &str) {
    assert!(
        output
            .lines()
            .any(|l| l == expected || without_source_line(l) == expected),
        "missing line\n  {expected}\nin\n{output}"
    );
}

#[test]
fn the_workspace_matches_its_documents() {
    let (ok, text) = run(&workspace());
    assert!(ok, "{text}");
    assert!(text.contains("verify-docs: ok ("), "{text}");
    assert_eq!(
        row(&text, "controlm-session"),
        [3, 2, 6, 16, 0, 0],
        "{text}"
    );
}

#[test]
fn an_unbroken_copy_passes() {
    let copy = Copy::new("unbroken");
    let (ok, text) = run(&copy.0.0);
    assert!(ok, "{text}");
}

#[test]
fn a_removed_operation_method() {
    let copy = Copy::new("removed-method");
    let path = copy.path(API);
    let text = fs::read_to_string(&path).expect("read");
    let start = text
        .find("    /// Sends a `POST` request to `/session/logout`.")
        .expect("logout");
    let end = text
        .find("    /// Sends a `POST` request to `/session/user/password/update`.")
        .expect("update");
    fs::write(&path, format!("{}{}", &text[..start], &text[end..])).expect("write");
    let out = copy.fails();
    let seed = fs::read_to_string(copy.path("docs/controlm-session/SessionApi.md")).expect("seed");
    assert_line(
        &out,
        &format!(
            "docs/controlm-session/SessionApi.md:{}: operation `do_logout` has no public method `SessionApi::do_logout` (controlm-session/src/apis/session_api.rs)",
            line_of(&seed, "# **do_logout**")
        ),
    );
}

#[test]
fn a_renamed_model_field() {
    let copy = Copy::new("renamed-field");
    copy.edit(
        &format!("{MODELS}/login_result.rs"),
        "rename = \"token\"",
        "rename = \"accessToken\"",
    );
    let out = copy.fails();
    let doc = fs::read_to_string(copy.path("docs/controlm-session/LoginResult.md")).expect("doc");
    assert_line(
        &out,
        &format!(
            "docs/controlm-session/LoginResult.md:{}: field `token` of `LoginResult` is missing (no field renamed \"token\") (controlm-session/src/models/login_result.rs)",
            line_of(&doc, "**token**")
        ),
    );
    assert!(
        out.contains("undocumented field `accessToken` of `LoginResult`"),
        "{out}"
    );
}

#[test]
fn an_undocumented_public_method() {
    let copy = Copy::new("extra-method");
    copy.edit(
        API,
        "        Self { client }\n    }\n",
        "        Self { client }\n    }\n\n    /// Extra.\n    pub fn extra(&self) {}\n",
    );
    let out = copy.fails();
    assert_line(
        &out,
        "docs/controlm-session/SessionApi.md:1: undocumented public method `SessionApi::extra` (controlm-session/src/apis/session_api.rs)",
    );
}

#[test]
fn an_undocumented_public_model() {
    let copy = Copy::new("extra-model");
    fs::write(
        copy.path(&format!("{MODELS}/extra.rs")),
        "/// Extra.\npub struct Extra {\n    /// A.\n    #[serde(rename = \"a\")]\n    pub a: String,\n}\n",
    )
    .expect("write");
    let out = copy.fails();
    assert_line(
        &out,
        "docs/controlm-session/Extra.md:1: public model `Extra` has no document (controlm-session/src/models/extra.rs)",
    );
}

#[test]
fn a_changed_enum_value() {
    let copy = Copy::new("enum-value");
    fs::write(
        copy.path(&format!("{DOCS}/Status.md")),
        "# Status\n\n## Enum\n\n* `ACTIVE` (value: `\"active\"`)\n* `EXPIRED` (value: `\"expired\"`)\n",
    )
    .expect("write doc");
    fs::write(
        copy.path(&format!("{MODELS}/status.rs")),
        "/// A status.\npub enum Status {\n    /// Active.\n    #[serde(rename = \"active\")]\n    Active,\n    /// Expired.\n    #[serde(rename = \"expired\")]\n    Expired,\n    /// Unknown.\n    #[serde(untagged)]\n    Unknown(String),\n}\n",
    )
    .expect("write code");
    let (ok, text) = run(&copy.0.0);
    assert!(ok, "the enum as documented passes:\n{text}");
    assert_eq!(
        row(&text, "controlm-session"),
        [3, 2, 7, 16, 2, 0],
        "the enum is counted as a model with two values:\n{text}"
    );

    copy.edit(
        &format!("{MODELS}/status.rs"),
        "rename = \"expired\"",
        "rename = \"lapsed\"",
    );
    let out = copy.fails();
    assert_line(
        &out,
        "docs/controlm-session/Status.md:6: value \"expired\" of `Status` has no variant (controlm-session/src/models/status.rs)",
    );
    assert!(
        out.contains("undocumented value \"lapsed\" of `Status`"),
        "{out}"
    );

    copy.edit(
        &format!("{MODELS}/status.rs"),
        "    /// Unknown.\n    #[serde(untagged)]\n    Unknown(String),\n",
        "",
    );
    assert!(
        copy.fails()
            .contains("enum `Status` has no `#[serde(untagged)] Unknown(String)` variant")
    );
}

#[test]
fn a_changed_path_in_a_doc_line() {
    let copy = Copy::new("doc-line-path");
    copy.edit(
        API,
        "/// Sends a `POST` request to `/session/logout`.",
        "/// Sends a `POST` request to `/session/signout`.",
    );
    let out = copy.fails();
    let seed = fs::read_to_string(copy.path("docs/controlm-session/SessionApi.md")).expect("seed");
    assert_line(
        &out,
        &format!(
            "docs/controlm-session/SessionApi.md:{}: `SessionApi::do_logout` first doc line is \"Sends a `POST` request to `/session/signout`.\", documented \"Sends a `POST` request to `/session/logout`.\" (controlm-session/src/apis/session_api.rs)",
            line_of(&seed, "# **do_logout**")
        ),
    );
}

#[test]
fn a_changed_path_in_an_operation_constant() {
    let copy = Copy::new("const-path");
    copy.edit(
        "crates/controlm-session/src/apis/operations.rs",
        "path: \"/session/logout\"",
        "path: \"/session/log-out\"",
    );
    let out = copy.fails();
    // The line names the constant's own line in the source.
    let source = fs::read_to_string(copy.path("crates/controlm-session/src/apis/operations.rs"))
        .expect("read");
    let line = 1 + source
        .lines()
        .position(|l| l.starts_with("pub const DO_LOGOUT"))
        .expect("DO_LOGOUT");
    assert!(out.contains(&format!("`Operation` `do_logout` sends `POST /session/log-out`, documented `POST /session/logout` (controlm-session/src/apis/operations.rs:{line})")), "{out}");
}

#[test]
fn a_removed_model_document() {
    let copy = Copy::new("removed-model-doc");
    fs::remove_file(copy.path(&format!("{DOCS}/ErrorData.md"))).expect("remove");
    let out = copy.fails();
    assert_line(
        &out,
        "docs/controlm-session/ErrorData.md:1: public model `ErrorData` has no document (controlm-session/src/models/error_data.rs)",
    );
    assert_line(
        &out,
        "docs/controlm-session/ErrorList.md:6: refers to model `ErrorData`, which has no model document (controlm-session/src/models)",
    );
}

#[test]
fn a_changed_parameter_type() {
    let copy = Copy::new("param-type");
    copy.edit(
        API,
        "pub fn update_my_password(&self, body: PasswordsObject)",
        "pub fn update_my_password(&self, body: String)",
    );
    let out = copy.fails();
    assert!(
        out.contains("parameter `body` of `SessionApi::update_my_password` is string, documented `PasswordsObject`"),
        "{out}"
    );
}

#[test]
fn a_changed_field_type_and_optionality() {
    let copy = Copy::new("field-type");
    copy.edit(
        &format!("{MODELS}/error_data.rs"),
        "pub line: Option<i64>",
        "pub line: Option<String>",
    );
    copy.edit(
        &format!("{MODELS}/login_credentials.rs"),
        "pub username: String",
        "pub username: Option<String>",
    );
    let out = copy.fails();
    assert!(
        out.contains("field `line` of `ErrorData` is string, documented integer"),
        "{out}"
    );
    assert!(
        out.contains(
            "field `username` of `LoginCredentials` is documented required but is `Option<_>`"
        ),
        "{out}"
    );
}

#[test]
fn a_changed_return_type() {
    let copy = Copy::new("return-type");
    copy.edit(
        API,
        "impl Prepare for DoLogout {\n    type Output = SuccessData;",
        "impl Prepare for DoLogout {\n    type Output = LoginResult;",
    );
    let out = copy.fails();
    assert!(
        out.contains("`DoLogout.await` gives `LoginResult`, documented `SuccessData`"),
        "{out}"
    );
}

#[test]
fn an_unregistered_docs_folder() {
    let copy = Copy::new("unregistered");
    fs::create_dir_all(copy.path("docs/other-session")).expect("mkdir");
    let out = copy.fails();
    assert_line(
        &out,
        "docs/other-session:1: documents of `other-session` are not in the verify-docs registry (xtask/src/registry.rs)",
    );
}

#[test]
fn usage_errors_exit_2() {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("nonsense")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["verify-docs", "--root"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
}

/// The crates written in the other three dialects fail the same way (JavaScript, APIMatic,
/// and a deep model of the 103 in Cyclos's Python documents).
#[test]
fn each_dialect_names_what_broke() {
    let copy = Copy::new("dialects");
    copy.edit(
        "crates/letmc-session/src/apis/session_controller_api.rs",
        "    pub fn session_controller_logout(",
        "    fn session_controller_logout(",
    );
    copy.edit(
        "crates/vzm2m-session/src/models/log_in_request.rs",
        "rename = \"username\"",
        "rename = \"userName\"",
    );
    copy.edit(
        "crates/cyclos-auth/src/models/operation_permissions.rs",
        "rename = \"run\"",
        "rename = \"execute\"",
    );
    let out = copy.fails();
    for expected in [
        "operation `sessionControllerLogout` has no public method `SessionControllerApi::session_controller_logout`",
        "field `username` of `LogInRequest` is missing",
        "undocumented field `userName` of `LogInRequest`",
        "field `run` of `OperationPermissions` is missing",
        "undocumented field `execute` of `OperationPermissions`",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    assert_eq!(row(&out, "letmc-session").last(), Some(&1), "{out}");
    assert_eq!(row(&out, "vzm2m-session").last(), Some(&2), "{out}");
    assert_eq!(row(&out, "cyclos-auth").last(), Some(&2), "{out}");
}

/// The crate's API documents in the layout and names of APIMatic's 2024 Python generation
/// (`xtask/tests/fixtures/apimatic-2024/`, hand-written) in place of the crate's. The verifier
/// reads that layout: wire names from the JSON examples where the tables name Python attributes
/// (`session_token` is `sessionToken`), `long\|int`, and the `ApiResponse` sentence of
/// `## Response Type`. What it still reports is what that generation truly changed, which the
/// crate (written from the older documents) does not have: renames and three required fields.
///
/// Names aside, the operations' parameters, return types and error statuses, and every field's
/// wire name and type, read as the older documents' do (unit tests in
/// `xtask/src/doc/apimatic.rs`); no other difference is reported.
#[test]
fn verizon_2024_apimatic_documents() {
    let copy = Copy::new("verizon-2024");
    copy.0.use_verizon_2024_docs();
    let (ok, text) = run(&copy.0.0);
    assert!(!ok, "{text}");
    // Source lines aside (they move with every edit of the crate; unit tests check them).
    let got: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with("docs/vzm2m-session/"))
        .map(without_source_line)
        .collect();
    let controller = "docs/vzm2m-session/controllers/session.md";
    let api = "(vzm2m-session/src/apis/session_controller.rs)";
    let ini = "(vzm2m-session/codegen.ini)";
    let models = "docs/vzm2m-session/models";
    let ini_text =
        fs::read_to_string(copy.0.path("crates/vzm2m-session/codegen.ini")).expect("read ini");
    let section_line = |name: &str| {
        let header = format!("[operation {name}]");
        1 + ini_text
            .lines()
            .position(|l| l.trim() == header)
            .unwrap_or_else(|| panic!("no {header}"))
    };
    // The controller is renamed: the crate's `SessionController` is not the documented class.
    let mut expected = vec![format!(
        "{controller}:9: the document describes `SessionManagementController`, the registry names `SessionController` (vzm2m-session/src)"
    )];
    // Each renamed operation: the document gives no method and path (an APIMatic document
    // never does), and the crate's codegen.ini has no `[operation ..]` section under the new
    // name to give them; nor has the crate a method of that name.
    for (line, name) in [
        (18, "start_connectivity_management_session"),
        (65, "end_connectivity_management_session"),
        (98, "reset_connectivity_management_password"),
    ] {
        expected.push(format!(
            "{controller}:{line}: operation `{name}`: the document gives no method and path, and its `[operation]` section no `http` {ini}"
        ));
        expected.push(format!(
            "{controller}:{line}: operation `{name}` has no public method `SessionController::{name}` {api}"
        ));
    }
    // The older names: codegen.ini's sections and the crate's methods describe operations the
    // document no longer names.
    let older = ["login_using_post", "logout_using_post", "reset_using_put"];
    for name in older {
        expected.push(format!(
            "{controller}:9: codegen.ini line {}: `[operation {name}]` names no documented operation {ini}",
            section_line(name)
        ));
    }
    for name in older {
        expected.push(format!(
            "{controller}:9: undocumented public method `SessionController::{name}` {api}"
        ));
    }
    // The models: three renamed (a documented model the crate lacks, and the crate's model
    // without a document, for each), and `username`, `password` and `oldPassword` made
    // `Required` (the crate keeps them optional, as the older documents do; the reference says
    // the newest SDK made them required too).
    expected.extend([
        format!("{models}/connectivity-management-result-exception.md:8: model `ConnectivityManagementResultException` is not a public struct or enum in src/models (vzm2m-session/src/models)"),
        format!("{models}/log-in-request.md:14: field `username` of `LogInRequest` is documented required but is `Option<_>` (vzm2m-session/src/models/log_in_request.rs)"),
        format!("{models}/log-in-request.md:15: field `password` of `LogInRequest` is documented required but is `Option<_>` (vzm2m-session/src/models/log_in_request.rs)"),
        format!("{models}/log-in-result.md:8: model `LogInResult` is not a public struct or enum in src/models (vzm2m-session/src/models)"),
        format!("{models}/session-reset-password-request.md:14: field `oldPassword` of `SessionResetPasswordRequest` is documented required but is `Option<_>` (vzm2m-session/src/models/session_reset_password_request.rs)"),
        format!("{models}/session-reset-password-result.md:8: model `SessionResetPasswordResult` is not a public struct or enum in src/models (vzm2m-session/src/models)"),
        format!("{models}/log-in-response.md:1: public model `LogInResponse` has no document (vzm2m-session/src/models/log_in_response.rs)"),
        format!("{models}/rest-error-response-exception.md:1: public model `RestErrorResponseException` has no document (vzm2m-session/src/models/rest_error_response_exception.rs)"),
        format!("{models}/session-reset-password-response.md:1: public model `SessionResetPasswordResponse` has no document (vzm2m-session/src/models/session_reset_password_response.rs)"),
    ]);
    assert_eq!(got, expected, "\n{text}");
    assert_eq!(
        row(&text, "vzm2m-session"),
        [3, 2, 7, 10, 0, 22],
        "every model document read, no other crate affected:\n{text}"
    );
    assert!(text.contains("\nverify-docs: 22 mismatches"), "{text}");
}
