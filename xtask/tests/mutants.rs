//! The verifier tests itself: for each drift class and each crate, a scratch copy with that one
//! drift (in the code, the document or `codegen.ini`) must make `verify-docs` fail, naming the
//! drifted item. A class is left out only for a crate without that shape (a comment in the
//! table says which and why). Prints the kill rate per class; every mutant must be killed.

mod common;

use std::collections::BTreeMap;
use std::fs;

use common::Scratch;

/// One drift: in `file` (from the workspace root), `from` becomes `to` (a new file when `from`
/// is empty); `names` must appear in the failure.
struct Mutant {
    krate: &'static str,
    class: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    names: &'static str,
}

const CONTROLM: &str = "crates/controlm-session/src/apis/session_api.rs";
const CYCLOS: &str = "crates/cyclos-auth/src/apis/auth_api.rs";
const EQUISOFT: &str = "crates/equisoft-account/src/apis/session_api.rs";
const LETMC: &str = "crates/letmc-session/src/apis/session_controller_api.rs";
const VZM2M: &str = "crates/vzm2m-session/src/apis/session_controller.rs";
const CONTROLM_OPS: &str = "crates/controlm-session/src/apis/operations.rs";
const CYCLOS_OPS: &str = "crates/cyclos-auth/src/apis/operations.rs";
const EQUISOFT_OPS: &str = "crates/equisoft-account/src/apis/operations.rs";
const LETMC_OPS: &str = "crates/letmc-session/src/apis/operations.rs";
const CONTROLM_ERRORS: &str = "crates/controlm-session/src/apis/errors.rs";
const CYCLOS_ERRORS: &str = "crates/cyclos-auth/src/apis/errors.rs";
const EQUISOFT_ERRORS: &str = "crates/equisoft-account/src/apis/errors.rs";
const LETMC_ERRORS: &str = "crates/letmc-session/src/apis/errors.rs";
const VZM2M_ERRORS: &str = "crates/vzm2m-session/src/apis/errors.rs";
const VZM2M_OPS: &str = "crates/vzm2m-session/src/apis/operations.rs";

const fn m(
    krate: &'static str,
    class: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    names: &'static str,
) -> Mutant {
    Mutant {
        krate,
        class,
        file,
        from,
        to,
        names,
    }
}

#[rustfmt::skip]
const MUTANTS: &[Mutant] = &[
    // Where a parameter goes, moved in the code.
    m("controlm-session", "location in code", CONTROLM, ".json(&self.body)", ".form([(\"body\", \"x\")]).query(\"body\", &self.body)", "`body`"),
    m("cyclos-auth", "location in code", CYCLOS, ".query_bool(\"cookie\", self.cookie)", ".header(\"cookie\", self.cookie)", "`cookie`"),
    m("equisoft-account", "location in code", EQUISOFT, ".path_param(\"uuid\", &self.uuid)", ".query(\"uuid\", &self.uuid)", "`uuid`"),
    m("letmc-session", "location in code", LETMC, ".query(\"email\", &self.email)", ".header(\"email\", &self.email)", "`email`"),
    m("vzm2m-session", "location in code", VZM2M, ".json(&self.body)", ".query(\"body\", &self.body)", "`body`"),
    // cyclos sends `fields` through its helper `add_fields`: a drift in one branch of the helper.
    m("cyclos-auth", "location in code", CYCLOS, "FieldsFormat::Csv => request.query_csv(\"fields\", fields)", "FieldsFormat::Csv => request.header(\"fields\", fields)", "parameter `fields` goes in the header"),
    // Where a parameter goes, moved in the stated facts.
    m("controlm-session", "location in codegen.ini", "crates/controlm-session/codegen.ini", "body.in = body", "body.in = query", "`body`"),
    m("cyclos-auth", "location in codegen.ini", "crates/cyclos-auth/codegen.ini", "key.in = query", "key.in = header", "`key`"),
    m("equisoft-account", "location in codegen.ini", "crates/equisoft-account/codegen.ini", "uuid.in = path", "uuid.in = query", "`uuid`"),
    m("letmc-session", "location in codegen.ini", "crates/letmc-session/codegen.ini", "username.in = query", "username.in = body", "`username`"),
    m("vzm2m-session", "location in codegen.ini", "crates/vzm2m-session/codegen.ini", "body.in = body", "body.in = form", "`body`"),
    // A path placeholder renamed in the document.
    // Not controlm or cyclos (their documented paths have no placeholders), nor vzm2m (its document has no paths).
    m("equisoft-account", "location in the document", "docs/equisoft-account/Api/SessionApi.md", "**DELETE** /sessions/{uuid} |", "**DELETE** /sessions/{id} |", "`uuid`"),
    m("letmc-session", "location in the document", "docs/letmc-session/SessionControllerApi.md", "**DELETE** /v2/customer/{shortName}/session |", "**DELETE** /v2/customer/{short}/session |", "shortName"),
    // A documented status removed from the error enum, or one added, or its decoding arm changed.
    // Not letmc for removed or arm changed: no operation of its document has an error status (`errors = none`).
    m("controlm-session", "status removed in code", CONTROLM_ERRORS, "    Status401(models::ErrorList),\n", "", "Status401"),
    m("cyclos-auth", "status removed in code", CYCLOS_ERRORS, "    Status409(models::ConflictError),\n", "", "Status409"),
    m("equisoft-account", "status removed in code", EQUISOFT_ERRORS, "    Status404(models::ErrorPayload),\n", "", "Status404"),
    m("vzm2m-session", "status removed in code", VZM2M_ERRORS, "    Status400(models::RestErrorResponseException),\n", "", "Status400"),
    m("controlm-session", "status added in code", CONTROLM_ERRORS, "    Status401(models::ErrorList),\n", "    Status401(models::ErrorList),\n    Status403(models::ErrorList),\n", "Status403"),
    m("cyclos-auth", "status added in code", CYCLOS_ERRORS, "    Status409(models::ConflictError),\n", "    Status409(models::ConflictError),\n    Status422(models::InputError),\n", "Status422"),
    m("equisoft-account", "status added in code", EQUISOFT_ERRORS, "    Status404(models::ErrorPayload),\n", "    Status404(models::ErrorPayload),\n    Status409(models::ErrorPayload),\n", "Status409"),
    m("letmc-session", "status added in code", LETMC_ERRORS, "    Unknown(UnknownBody),\n", "    Status401(UnknownBody),\n    Unknown(UnknownBody),\n", "Status401"),
    m("vzm2m-session", "status added in code", VZM2M_ERRORS, "    Status400(models::RestErrorResponseException),\n", "    Status400(models::RestErrorResponseException),\n    Status404(models::RestErrorResponseException),\n", "Status404"),
    m("controlm-session", "status arm changed", CONTROLM_ERRORS, "401 => json_entity(body).map(Self::Status401)", "403 => json_entity(body).map(Self::Status401)", "401"),
    m("cyclos-auth", "status arm changed", CYCLOS_ERRORS, "409 => json_entity(body).map(Self::Status409)", "410 => json_entity(body).map(Self::Status409)", "does not decode status 409"),
    m("equisoft-account", "status arm changed", EQUISOFT_ERRORS, "404 => json_entity(body).map(Self::Status404)", "410 => json_entity(body).map(Self::Status404)", "404"),
    m("vzm2m-session", "status arm changed", VZM2M_ERRORS, "400 => json_entity(body).map(Self::Status400)", "400 => json_entity(body).map(Self::Unknown)", "does not decode status 400"),
    // A documented status dropped from the stated facts, or from the document.
    // From the document: not controlm, cyclos, equisoft or letmc, whose documents list no error statuses (codegen.ini's `errors` alone state them).
    m("controlm-session", "status dropped from facts", "crates/controlm-session/codegen.ini", "errors = 401 ErrorList, 500 ErrorList", "errors = 500 ErrorList", "Status401"),
    m("cyclos-auth", "status dropped from facts", "crates/cyclos-auth/codegen.ini", ", 409 ConflictError", "", "Status409"),
    m("equisoft-account", "status dropped from facts", "crates/equisoft-account/codegen.ini", "errors = 404 ErrorPayload", "errors = none", "Status404"),
    m("vzm2m-session", "status dropped from facts", "crates/vzm2m-session/codegen.ini", "errors = 400 RestErrorResponseException", "errors = none", "Status400"),
    m("letmc-session", "status dropped from facts", "crates/letmc-session/codegen.ini", "errors = none", "", "errors"),
    m("vzm2m-session", "status dropped from the document", "docs/vzm2m-session/controllers/session.md", "| 400 | Error Response | [`RestErrorResponseException`](../../doc/models/rest-error-response-exception.md) |\n", "", "400"),
    // What `.await` returns.
    m("controlm-session", "await output", CONTROLM, "impl Prepare for DoLogin {\n    type Output = LoginResult;", "impl Prepare for DoLogin {\n    type Output = SuccessData;", "DoLogin"),
    m("cyclos-auth", "await output", CYCLOS, "impl Prepare for ChangeForgottenPassword {\n    type Output = ();", "impl Prepare for ChangeForgottenPassword {\n    type Output = String;", "ChangeForgottenPassword"),
    m("equisoft-account", "await output", EQUISOFT, "impl Prepare for CreateSession {\n    type Output = Session;", "impl Prepare for CreateSession {\n    type Output = ();", "CreateSession"),
    m("letmc-session", "await output", LETMC, "impl Prepare for SessionControllerChangePassword {\n    type Output = ();", "impl Prepare for SessionControllerChangePassword {\n    type Output = String;", "SessionControllerChangePassword"),
    m("vzm2m-session", "await output", VZM2M, "impl Prepare for LoginUsingPost {\n    type Output = LogInResponse;", "impl Prepare for LoginUsingPost {\n    type Output = LogOutRequest;", "LoginUsingPost"),
    // Another operation's `Operation` constant.
    m("controlm-session", "wrong Operation", CONTROLM, "request(&DO_LOGIN,", "request(&UPDATE_MY_PASSWORD,", "DoLogin"),
    m("cyclos-auth", "wrong Operation", CYCLOS, "request(&DISCONNECT_CURRENT_CLIENT,", "request(&LOGOUT,", "DisconnectCurrentClient"),
    m("equisoft-account", "wrong Operation", EQUISOFT, "request(&DELETE_SESSION,", "request(&GET_SESSION,", "DeleteSession"),
    m("letmc-session", "wrong Operation", LETMC, "request(&SESSION_CONTROLLER_LOGOUT,", "request(&SESSION_CONTROLLER_GET_SESSION_INFO,", "SessionControllerLogout"),
    m("vzm2m-session", "wrong Operation", VZM2M, "request(&LOGOUT_USING_POST,", "request(&LOGIN_USING_POST,", "LogoutUsingPost"),
    // A value filled from the wrong argument, or two swapped.
    // Not controlm or vzm2m: none of their operations has two parameters.
    m("equisoft-account", "value from another parameter", EQUISOFT, ".path_param(\"tokenId\", &self.token_id)", ".path_param(\"tokenId\", &self.uuid)", "tokenId"),
    m("equisoft-account", "values swapped", EQUISOFT, "                uuid: uuid.into(),\n                token_id: token_id.into(),", "                uuid: token_id.into(),\n                token_id: uuid.into(),", "token_id"),
    m("letmc-session", "value from another parameter", LETMC, ".query(\"title\", &self.title)", ".query(\"title\", &self.surname)", "title"),
    m("letmc-session", "values swapped", LETMC, "                title: title.into(),\n                forename: forename.into(),", "                title: forename.into(),\n                forename: title.into(),", "SessionControllerCreateLandlordLogin::title"),
    m("cyclos-auth", "value from another parameter", CYCLOS, ".query_secret(\"key\", &self.key)", ".query_secret(\"key\", &self.fields_format)", "key"),
    m("cyclos-auth", "values swapped", CYCLOS, ".query_bool(\"cookie\", self.cookie)\n        .query_int(\"timeoutInSeconds\", self.timeout_in_seconds.map(i64::from))", ".query_bool(\"cookie\", self.timeout_in_seconds)\n        .query_int(\"timeoutInSeconds\", self.cookie.map(i64::from))", "parameter `cookie` is sent as `timeoutInSeconds`"),
    // A parameter's or header's wire name.
    // Not controlm or vzm2m: their only parameters are bodies, which have no wire name. Header name: not controlm, equisoft, letmc or vzm2m, which document no header parameter.
    m("letmc-session", "wire name", LETMC, ".query(\"forename\",", ".query(\"firstName\",", "forename"),
    m("cyclos-auth", "wire name", CYCLOS, "(\"timeoutInSeconds\",", "(\"timeout_in_seconds\",", "timeoutInSeconds"),
    m("equisoft-account", "wire name", EQUISOFT, ".query_bool(\"bumpOldestSession\",", ".query_bool(\"bump_oldest_session\",", "bumpOldestSession"),
    m("cyclos-auth", "wire name", CYCLOS, "request.query_multi(\"fields\", fields)", "request.query_multi(\"field\", fields)", "parameter `fields` is sent as `field`"),
    m("cyclos-auth", "header name", CYCLOS, "(\"confirmationPassword\",", "(\"Confirmation-Password\",", "confirmationPassword"),
    // The body's `Content-Type`, against the document or codegen.ini (none stated: no body).
    // Not letmc: no operation of its document has a body.
    m("controlm-session", "Content-Type", CONTROLM, "client.request(&DO_LOGIN, options).json(&self.body)", "client.request(&DO_LOGIN, options).text(&self.body)", "Content-Type"),
    m("cyclos-auth", "Content-Type", CYCLOS, ".text_secret(&self.password)", ".json(&self.password)", "Content-Type"),
    m("equisoft-account", "Content-Type", EQUISOFT, ".text_secret(&self.body)", ".json(&self.body)", "Content-Type"),
    m("vzm2m-session", "Content-Type", VZM2M, "client.request(&RESET_USING_PUT, options).json(&self.body)", "client.request(&RESET_USING_PUT, options).text(&self.body)", "Content-Type"),
    m("vzm2m-session", "Content-Type", "crates/vzm2m-session/codegen.ini", "content-type = application/json", "content-type = text/plain", "Content-Type"),
    // The `Accept` header.
    m("controlm-session", "Accept", CONTROLM_OPS, "accept: Some(\"application/json\"),", "accept: Some(\"application/xml\"),", "Accept"),
    m("cyclos-auth", "Accept", CYCLOS_OPS, "accept: Some(\"application/json\"),", "accept: None,", "Accept"),
    m("equisoft-account", "Accept", EQUISOFT_OPS, "accept: Some(\"application/json\"),", "accept: Some(\"text/plain\"),", "Accept"),
    m("letmc-session", "Accept", LETMC_OPS, "    accept: None,\n", "    accept: Some(\"application/json\"),\n", "Accept"),
    m("vzm2m-session", "Accept", "crates/vzm2m-session/codegen.ini", "accept = application/json", "accept = text/plain", "Accept"),
    // A new document file nothing would check.
    m("controlm-session", "new document file", "docs/controlm-session/extra/RunApi.md", "", "# RunApi\n", "extra/RunApi.md"),
    m("cyclos-auth", "new document file", "docs/cyclos-auth/images/notes.txt", "", "notes\n", "images/notes.txt"),
    m("equisoft-account", "new document file", "docs/equisoft-account/Api/UserApi.md", "", "# Equisoft\\SDK\\AccountService\\UserApi\n", "Api/UserApi.md"),
    m("letmc-session", "new document file", "docs/letmc-session/docs/LettingsApi.md", "", "# LettingsApi\n", "docs/LettingsApi.md"),
    m("vzm2m-session", "new document file", "docs/vzm2m-session/controllers/devices.md", "", "# Devices\n", "controllers/devices.md"),
    // A document in a layout the parser does not know parses to nothing: refused, not passed.
    m("equisoft-account", "unknown dialect", "docs/equisoft-account/Api/SessionApi.md", "## createSession\n", "### `createSession()`\n", "createSession"),
    m("controlm-session", "unknown dialect", "docs/controlm-session/SessionApi.md", "# **do_login**\n", "## do_login()\n", "do_login"),
    m("letmc-session", "unknown dialect", "docs/letmc-session/SessionControllerApi.md", "## sessionControllerLogin\n", "### sessionControllerLogin\n", "sessionControllerLogin"),
    m("cyclos-auth", "unknown dialect", "docs/cyclos-auth/AuthApi.md", "# **login**\n", "## login()\n", "`login`"),
    m("vzm2m-session", "unknown dialect", "docs/vzm2m-session/controllers/session.md", "# Logout Using POST\n", "## Logout Using POST\n", "logout_using_post"),
    // The operation's rustdoc against its facts.
    // A status left out: not letmc, whose operations have no documented status to name.
    m("controlm-session", "doc: a status left out", CONTROLM, "`401` [`DoLoginError::Status401`]", "`401`", "Status401"),
    m("cyclos-auth", "doc: a status left out", CYCLOS, "    ///   [`DisconnectCurrentClientError::Status409`]\n", "", "DisconnectCurrentClientError::Status409"),
    m("equisoft-account", "doc: a status left out", EQUISOFT, "`404` [`DeleteSessionError::Status404`]", "`404`", "DeleteSessionError::Status404"),
    m("vzm2m-session", "doc: a status left out", VZM2M, "`400` [`LoginUsingPostError::Status400`]", "`400`", "LoginUsingPostError::Status400"),
    m("controlm-session", "doc: a status not documented", CONTROLM, "(`401` for an ended session)", "(`401` [`DoLogoutError::Status401`] for an ended session)", "DoLogoutError::Status401"),
    m("cyclos-auth", "doc: a status not documented", CYCLOS, "[`ChangeForgottenPasswordError::Unknown`]", "[`ChangeForgottenPasswordError::Status422`]", "ChangeForgottenPasswordError::Status422"),
    m("equisoft-account", "doc: a status not documented", EQUISOFT, "[`GetSessionError::Status404`]", "[`GetSessionError::Status410`]", "Status410"),
    m("letmc-session", "doc: a status not documented", LETMC, "[`SessionControllerLoginError::Unknown`]", "[`SessionControllerLoginError::Status401`]", "SessionControllerLoginError::Status401"),
    m("vzm2m-session", "doc: a status not documented", VZM2M, "[`ResetUsingPutError::Unknown`]", "[`ResetUsingPutError::Status401`]", "ResetUsingPutError::Status401"),
    m("controlm-session", "doc: another repeat rule", CONTROLM, "([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed))", "([`Repeat::Idempotent`](crate::Repeat::Idempotent))", "SessionApi::do_logout"),
    m("cyclos-auth", "doc: another repeat rule", CYCLOS, "([`Repeat::Once`](crate::Repeat::Once))", "([`Repeat::Idempotent`](crate::Repeat::Idempotent))", "Repeat::Once"),
    m("equisoft-account", "doc: another repeat rule", EQUISOFT, "([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed))", "([`Repeat::Once`](crate::Repeat::Once))", "SessionApi::create_session"),
    m("letmc-session", "doc: another repeat rule", LETMC, "([`Repeat::Once`](crate::Repeat::Once))", "([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed))", "SessionControllerApi::session_controller_change_password"),
    m("vzm2m-session", "doc: another repeat rule", VZM2M, "([`Repeat::Once`](crate::Repeat::Once))", "([`Repeat::Idempotent`](crate::Repeat::Idempotent))", "SessionController::login_using_post"),
    // The `Repeat` rule: stated in codegen.ini, sent by the constant.
    m("controlm-session", "repeat in codegen.ini", "crates/controlm-session/codegen.ini", "repeat = IfUnprocessed", "repeat = Idempotent", "DO_LOGOUT"),
    m("cyclos-auth", "repeat in codegen.ini", "crates/cyclos-auth/codegen.ini", "repeat = Once", "repeat = Idempotent", "CHANGE_FORGOTTEN_PASSWORD"),
    m("equisoft-account", "repeat in codegen.ini", "crates/equisoft-account/codegen.ini", "repeat = IfUnprocessed", "repeat = Once", "CREATE_SESSION"),
    m("letmc-session", "repeat in codegen.ini", "crates/letmc-session/codegen.ini", "repeat = Once", "repeat = IfUnprocessed", "SESSION_CONTROLLER_CHANGE_PASSWORD"),
    m("vzm2m-session", "repeat in codegen.ini", "crates/vzm2m-session/codegen.ini", "repeat = Once", "repeat = Idempotent", "LOGIN_USING_POST"),
    m("controlm-session", "repeat in code", CONTROLM_OPS, "    repeat: Repeat::Once,\n", "    repeat: Repeat::IfUnprocessed,\n", "DO_LOGIN"),
    m("cyclos-auth", "repeat in code", CYCLOS_OPS, "    repeat: Repeat::Once,\n", "    repeat: Repeat::Idempotent,\n", "CHANGE_FORGOTTEN_PASSWORD"),
    m("equisoft-account", "repeat in code", EQUISOFT_OPS, "    repeat: Repeat::IfUnprocessed,\n", "    repeat: Repeat::Idempotent,\n", "CREATE_SESSION"),
    m("letmc-session", "repeat in code", LETMC_OPS, "    repeat: Repeat::Idempotent,\n", "    repeat: Repeat::Once,\n", "SESSION_CONTROLLER_GET_SESSION_INFO"),
    m("vzm2m-session", "repeat in code", VZM2M_OPS, "    repeat: Repeat::IfUnprocessed,\n", "    repeat: Repeat::Once,\n", "LOGOUT_USING_POST"),
    // The method and path a document without them (APIMatic) leaves to codegen.ini.
    // Not controlm, cyclos, equisoft or letmc: their documents state method and path (an `http` key beside them is refused).
    m("vzm2m-session", "path in codegen.ini", "crates/vzm2m-session/codegen.ini", "http = POST /session/logout", "http = POST /session/signout", "logout_using_post"),
    // The places that use an operation: the mock's routes, the tests' catalog.
    m("controlm-session", "mock route", "crates/controlm-session/src/mock.rs", "&operations::DO_LOGOUT,", "&operations::DO_LOGIN,", "do_logout"),
    m("cyclos-auth", "mock route", "crates/cyclos-auth/src/mock.rs", "&operations::LOGOUT, logout)", "&operations::LOGIN, logout)", "operation `logout`"),
    m("equisoft-account", "mock route", "crates/equisoft-account/src/mock.rs", "Route::of(Self::BASE_PATH, &operations::CREATE_SESSION,", "Route::new(\"create_session\", Method::POST, \"/sessions\",", "create_session"),
    m("letmc-session", "mock route", "crates/letmc-session/src/mock.rs", "            Route::of(\n                Self::BASE_PATH,\n                &operations::SESSION_CONTROLLER_RESET_PASSWORD,\n                reset_password,\n            ),\n", "", "session_controller_reset_password"),
    m("vzm2m-session", "mock route", "crates/vzm2m-session/src/mock.rs", "Route::of(\n                Self::BASE_PATH,\n                &operations::RESET_USING_PUT,", "Route::new(\n                \"reset_using_put\",\n                Method::PUT,\n                \"/api/m2m/v1/session/password/actions/reset\",", "reset_using_put"),
    m("controlm-session", "test catalog", "tests/src/catalog/controlm.rs", "target: \"/session/logout\",", "target: \"/session/signout\",", "do_logout"),
    m("cyclos-auth", "test catalog", "tests/src/catalog/cyclos.rs", "target: \"/auth/data-for-login\",", "target: \"/auth/data-for-logout\",", "get_data_for_login"),
    m("equisoft-account", "test catalog", "tests/src/catalog/equisoft.rs", "op: &operations::GET_SESSION,", "op: &operations::DELETE_SESSION,", "`get_session`"),
    m("letmc-session", "test catalog", "tests/src/catalog/letmc.rs", "op: &operations::SESSION_CONTROLLER_LOGIN,", "op: &operations::SESSION_CONTROLLER_LOGOUT,", "session_controller_login"),
    m("vzm2m-session", "test catalog", "tests/src/catalog/vzm2m.rs", "op: &operations::RESET_USING_PUT,", "op: &REQUEST_TOKEN,", "reset_using_put"),
    // An empty properties table.
    // Not letmc: its document has no models (its operations take and return strings).
    m("controlm-session", "empty model", "docs/controlm-session/LoginResult.md", "**username** | **str** | The logged-in user. | [optional] \n**token** | **str** | The session token, to send as `Authorization: Bearer <token>`. | [optional] \n**version** | **str** | The Automation API server version, e.g. `9.0.21`. | [optional] \n", "", "LoginResult"),
    m("cyclos-auth", "empty model", "docs/cyclos-auth/CaptchaResponse.md", "**challenge** | **str** | The captcha challenge identifier | [optional]\n**response** | **str** | The captcha response, as informed by the user | [optional]\n", "", "`CaptchaResponse`: no property"),
    m("equisoft-account", "empty model", "docs/equisoft-account/Model/ErrorPayload.md", "**message** | **string** |  | [optional]\n**description** | **string** |  | [optional]\n", "", "`ErrorPayload`: no property"),
    m("vzm2m-session", "empty model", "docs/vzm2m-session/models/log-out-request.md", "| `sessionToken` | `String` | Optional | The session token is returned to confirm that it was invalidated. |\n", "", "`LogOutRequest`: no property"),
];

#[test]
fn every_drift_fails_verify_docs_naming_it() {
    let mut by_class: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut survivors = Vec::new();
    for (index, mutant) in MUTANTS.iter().enumerate() {
        let scratch = Scratch::new("mutants", &index.to_string());
        if mutant.file.starts_with("tests/") {
            let catalog = "tests/src/catalog";
            common::copy_dir(&common::workspace().join(catalog), &scratch.path(catalog));
        }
        if mutant.from.is_empty() {
            let path = scratch.path(mutant.file);
            fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            fs::write(path, mutant.to).expect("write");
        } else {
            scratch.edit(mutant.file, mutant.from, mutant.to);
        }
        let (ok, output) = common::xtask(&["verify-docs"], &scratch.0);
        let named = output
            .lines()
            .any(|l| l.starts_with("docs/") && l.contains(mutant.names));
        let counts = by_class.entry(mutant.class).or_default();
        counts.1 += 1;
        if !ok && named {
            counts.0 += 1;
        } else {
            survivors.push(format!(
                "{} / {}: {}\n{output}",
                mutant.krate, mutant.class, mutant.names
            ));
        }
    }
    let (killed, total) = by_class
        .values()
        .fold((0, 0), |(k, t), (ck, ct)| (k + ck, t + ct));
    eprintln!("{:<32} killed / mutants", "drift class");
    for (class, (k, t)) in &by_class {
        eprintln!("{class:<32} {k} / {t}");
    }
    eprintln!("kill rate: {killed} / {total}");
    assert!(survivors.is_empty(), "survivors:\n{}", survivors.join("\n"));
}
