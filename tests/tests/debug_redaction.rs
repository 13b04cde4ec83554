//! `Debug` follows the rule of an error's `Display`: it never prints server
//! text a secret could be echoed in. Every model of every crate, filled with
//! a secret-like text in every place a string goes (fields, list items, map
//! keys and values, enum values, free JSON), and every typed error entity of
//! every operation, by documented status and by an undocumented one, must
//! print neither that text nor its first six characters, with `{:?}` and
//! `{:#?}`. And the builders that hold the caller's `reqwest::ClientBuilder`
//! print none of its headers or proxy credentials.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::fmt::Debug;

use controlm_session::models as controlm;
use cyclos_auth::models as cyclos;
use equisoft_account::models as equisoft;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use session_sdks_runtime::header::{HeaderMap, HeaderValue};
use session_sdks_runtime::{ErrorEntity, Secret, StatusCode, reqwest};
use session_sdks_tests::fill::filled;
use vzm2m_session::models as vzm2m;
use vzm2m_session::{Environment, VzM2mClient};

/// What a server echoed: secret-like, and long enough that a match is no accident.
const MARKER: &str = "Hq4zXw-Secret-Wv8Zt5Lp";

/// The renderings that must hide the marker: `{:?}` and `{:#?}`.
fn renders<T: Debug>(value: &T) -> [String; 2] {
    [format!("{value:?}"), format!("{value:#?}")]
}

/// Fails naming `what` when a rendering shows the marker or its start.
fn assert_hidden(what: &str, renders: &[String]) {
    for render in renders {
        for needle in [MARKER, &MARKER[..6]] {
            assert!(
                !render.contains(needle),
                "{what} shows `{needle}`:\n{render}"
            );
        }
    }
}

/// One model: its crate and name, and its renderings when filled with the
/// marker (`None` for a model with no place for text).
struct Row {
    krate: &'static str,
    name: &'static str,
    render: fn() -> Option<(Value, [String; 2])>,
}

fn render<T: DeserializeOwned + Debug>() -> Option<(Value, [String; 2])> {
    let json = filled::<T>(MARKER);
    if !json.to_string().contains(MARKER) {
        return None;
    }
    let value: T = serde_json::from_value(json.clone()).unwrap_or_else(|err| {
        panic!(
            "{} does not read its filled JSON back ({err}): {json}",
            std::any::type_name::<T>()
        )
    });
    Some((json, renders(&value)))
}

/// The row of model `T`, named from its type (`cyclos_auth::models::account::Account`).
fn row<T: DeserializeOwned + Debug>() -> Row {
    let path = std::any::type_name::<T>();
    let krate = path.split("::").next().unwrap_or(path);
    let name = path.rsplit("::").next().unwrap_or(path);
    Row {
        krate,
        name,
        render: render::<T>,
    }
}

/// Every model of every crate (LetMC has none).
fn models() -> Vec<Row> {
    vec![
        row::<controlm::ErrorData>(),
        row::<controlm::ErrorList>(),
        row::<controlm::LoginCredentials>(),
        row::<controlm::LoginResult>(),
        row::<controlm::PasswordsObject>(),
        row::<controlm::SuccessData>(),
        row::<equisoft::CrmSession>(),
        row::<equisoft::DatabaseState>(),
        row::<equisoft::ErrorPayload>(),
        row::<equisoft::ImpersonatePayload>(),
        row::<equisoft::Session>(),
        row::<equisoft::SessionPayload>(),
        row::<equisoft::SessionState>(),
        row::<equisoft::SsoProvider>(),
        row::<equisoft::SsoToken>(),
        row::<equisoft::User>(),
        row::<equisoft::UserAgreement>(),
        row::<equisoft::UserAgreementState>(),
        row::<equisoft::UserDatabase>(),
        row::<equisoft::UserState>(),
        row::<vzm2m::LogInRequest>(),
        row::<vzm2m::LogInResponse>(),
        row::<vzm2m::LogOutRequest>(),
        row::<vzm2m::OauthToken>(),
        row::<vzm2m::RestErrorResponseException>(),
        row::<vzm2m::SessionResetPasswordRequest>(),
        row::<vzm2m::SessionResetPasswordResponse>(),
        row::<cyclos::Account>(),
        row::<cyclos::AccountKind>(),
        row::<cyclos::AccountPermissions>(),
        row::<cyclos::AccountWithCurrency>(),
        row::<cyclos::AccountWithOwner>(),
        row::<cyclos::Ad>(),
        row::<cyclos::AdKind>(),
        row::<cyclos::Auth>(),
        row::<cyclos::AvailabilityEnum>(),
        row::<cyclos::BankingPermissions>(),
        row::<cyclos::BaseAuth>(),
        row::<cyclos::CaptchaProviderEnum>(),
        row::<cyclos::CaptchaResponse>(),
        row::<cyclos::ChangeForgottenPassword>(),
        row::<cyclos::ConflictError>(),
        row::<cyclos::ConflictErrorCode>(),
        row::<cyclos::ContactsPermissions>(),
        row::<cyclos::Currency>(),
        row::<cyclos::CustomField>(),
        row::<cyclos::CustomFieldControlEnum>(),
        row::<cyclos::CustomFieldDetailed>(),
        row::<cyclos::CustomFieldDynamicValue>(),
        row::<cyclos::CustomFieldKind>(),
        row::<cyclos::CustomFieldPossibleValue>(),
        row::<cyclos::CustomFieldSizeEnum>(),
        row::<cyclos::CustomFieldTypeEnum>(),
        row::<cyclos::DataForChangeForgottenPassword>(),
        row::<cyclos::DataForLogin>(),
        row::<cyclos::Entity>(),
        row::<cyclos::EntityReference>(),
        row::<cyclos::Error>(),
        row::<cyclos::ErrorKind>(),
        row::<cyclos::ExternalPaymentsPermissions>(),
        row::<cyclos::FileMimeTypeEnum>(),
        row::<cyclos::ForbiddenError>(),
        row::<cyclos::ForbiddenErrorCode>(),
        row::<cyclos::ForgottenPasswordError>(),
        row::<cyclos::ForgottenPasswordErrorCode>(),
        row::<cyclos::ForgottenPasswordRequest>(),
        row::<cyclos::Image>(),
        row::<cyclos::InputError>(),
        row::<cyclos::InputErrorCode>(),
        row::<cyclos::InternalNamedEntity>(),
        row::<cyclos::LinkedEntityTypeEnum>(),
        row::<cyclos::MarketplacePermissions>(),
        row::<cyclos::NamedEntity>(),
        row::<cyclos::NfcTokenPermissions>(),
        row::<cyclos::NotFoundError>(),
        row::<cyclos::NotificationsPermissions>(),
        row::<cyclos::Operation>(),
        row::<cyclos::OperationPermissions>(),
        row::<cyclos::OperationResultTypeEnum>(),
        row::<cyclos::OperationScopeEnum>(),
        row::<cyclos::OperationsPermissions>(),
        row::<cyclos::OtpError>(),
        row::<cyclos::OtpErrorCode>(),
        row::<cyclos::OutboundSmsStatusEnum>(),
        row::<cyclos::PasswordInput>(),
        row::<cyclos::PasswordInputMethodEnum>(),
        row::<cyclos::PasswordModeEnum>(),
        row::<cyclos::PasswordPermissions>(),
        row::<cyclos::PasswordStatusEnum>(),
        row::<cyclos::PasswordType>(),
        row::<cyclos::PasswordsPermissions>(),
        row::<cyclos::PaymentRequestPermissions>(),
        row::<cyclos::PaymentRequestsPermissions>(),
        row::<cyclos::PaymentsPermissions>(),
        row::<cyclos::Permissions>(),
        row::<cyclos::PrincipalType>(),
        row::<cyclos::PrincipalTypeInput>(),
        row::<cyclos::PrincipalTypeKind>(),
        row::<cyclos::Record>(),
        row::<cyclos::RecordKind>(),
        row::<cyclos::RecordLayoutEnum>(),
        row::<cyclos::RecordPermissions>(),
        row::<cyclos::RecordType>(),
        row::<cyclos::RecordsPermissions>(),
        row::<cyclos::RecurringPaymentPermissions>(),
        row::<cyclos::RecurringPaymentsPermissions>(),
        row::<cyclos::RelatedTransferType>(),
        row::<cyclos::RoleEnum>(),
        row::<cyclos::ScheduledPaymentPermissions>(),
        row::<cyclos::ScheduledPaymentsPermissions>(),
        row::<cyclos::SendMediumEnum>(),
        row::<cyclos::StoredFile>(),
        row::<cyclos::TicketsPermissions>(),
        row::<cyclos::TokenTypeEnum>(),
        row::<cyclos::TokensPermissions>(),
        row::<cyclos::Transaction>(),
        row::<cyclos::TransactionAuthorizationPermissions>(),
        row::<cyclos::TransactionAuthorizationStatusEnum>(),
        row::<cyclos::TransactionAuthorizationsPermissions>(),
        row::<cyclos::TransactionKind>(),
        row::<cyclos::Transfer>(),
        row::<cyclos::TransferStatus>(),
        row::<cyclos::TransferType>(),
        row::<cyclos::UnauthorizedError>(),
        row::<cyclos::UnauthorizedErrorCode>(),
        row::<cyclos::User>(),
        row::<cyclos::UserProfilePermissions>(),
        row::<cyclos::UserStatusEnum>(),
        row::<cyclos::UsersPermissions>(),
        row::<cyclos::VersionedEntity>(),
    ]
}

#[test]
fn debug_of_every_model_hides_its_text() {
    let mut checked = 0;
    for row in models() {
        let Some((json, renders)) = (row.render)() else {
            continue;
        };
        let what = format!("{} {} filled as {json}", row.krate, row.name);
        assert_hidden(&what, &renders);
        // Still useful: a struct names itself and its fields, an enum its variant.
        if json.is_object() {
            assert!(renders[0].starts_with(row.name), "{what}:\n{}", renders[0]);
        } else {
            assert!(
                renders[0].starts_with("Unknown("),
                "{what}:\n{}",
                renders[0]
            );
        }
        checked += 1;
    }
    // Not vacuous: the models with text are most of them.
    assert!(checked >= 100, "only {checked} models hold text");
}

#[test]
fn the_table_lists_every_model() {
    let listed: BTreeSet<(String, String)> = models()
        .iter()
        .map(|row| (row.krate.replace('_', "-"), row.name.to_owned()))
        .collect();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../crates");
    let mut found = BTreeSet::new();
    for krate in [
        "controlm-session",
        "cyclos-auth",
        "equisoft-account",
        "vzm2m-session",
    ] {
        let text = std::fs::read_to_string(format!("{root}/{krate}/src/models/mod.rs")).unwrap();
        for line in text.lines().filter(|l| l.starts_with("pub use ")) {
            let name = line.trim_end_matches(';').rsplit("::").next().unwrap();
            found.insert((krate.to_owned(), name.to_owned()));
        }
    }
    assert_eq!(listed, found);
}

/// One operation's typed error entity: its documented statuses, and the
/// renderings of what it decodes from `body` for a status.
struct EntityRow {
    name: &'static str,
    statuses: &'static [u16],
    body: fn() -> Value,
    render: fn(u16, &[u8]) -> Option<[String; 2]>,
}

fn entity_render<E: ErrorEntity + Debug>(status: u16, body: &[u8]) -> Option<[String; 2]> {
    E::from_response(StatusCode::from_u16(status).unwrap(), body).map(|entity| renders(&entity))
}

fn entity<E: ErrorEntity + Debug>(statuses: &'static [u16], body: fn() -> Value) -> EntityRow {
    EntityRow {
        name: std::any::type_name::<E>(),
        statuses,
        body,
        render: entity_render::<E>,
    }
}

/// Every error model of a crate filled with the marker, in one object.
fn merged(parts: &[Value]) -> Value {
    let mut out = serde_json::Map::new();
    for part in parts {
        for (key, value) in part.as_object().unwrap() {
            out.insert(key.clone(), value.clone());
        }
    }
    Value::Object(out)
}

fn controlm_body() -> Value {
    filled::<controlm::ErrorList>(MARKER)
}

fn letmc_body() -> Value {
    json!({"Message": MARKER, "ExceptionMessage": [MARKER, 7]})
}

fn equisoft_body() -> Value {
    filled::<equisoft::ErrorPayload>(MARKER)
}

fn vzm2m_body() -> Value {
    filled::<vzm2m::RestErrorResponseException>(MARKER)
}

fn cyclos_body() -> Value {
    merged(&[
        filled::<cyclos::UnauthorizedError>(MARKER),
        filled::<cyclos::ForbiddenError>(MARKER),
        filled::<cyclos::NotFoundError>(MARKER),
        filled::<cyclos::ConflictError>(MARKER),
        filled::<cyclos::InputError>(MARKER),
        filled::<cyclos::OtpError>(MARKER),
        filled::<cyclos::ForgottenPasswordError>(MARKER),
        filled::<cyclos::Error>(MARKER),
    ])
}

/// Every operation's error entity.
fn entities() -> Vec<EntityRow> {
    use controlm_session::apis::session_api as ctm;
    use cyclos_auth::apis::auth_api as cyc;
    use equisoft_account::apis::session_api as eq;
    use letmc_session::apis::session_controller_api as lm;
    use vzm2m_session::apis::session_controller as vz;
    vec![
        entity::<ctm::DoLoginError>(&[401, 500], controlm_body),
        entity::<ctm::DoLogoutError>(&[500], controlm_body),
        entity::<ctm::UpdateMyPasswordError>(&[400, 404, 500], controlm_body),
        entity::<lm::SessionControllerChangePasswordError>(&[], letmc_body),
        entity::<lm::SessionControllerCreateLandlordLoginError>(&[], letmc_body),
        entity::<lm::SessionControllerGetSessionInfoError>(&[], letmc_body),
        entity::<lm::SessionControllerLoginError>(&[], letmc_body),
        entity::<lm::SessionControllerLogoutError>(&[], letmc_body),
        entity::<lm::SessionControllerResetPasswordError>(&[], letmc_body),
        entity::<eq::CreateSessionError>(&[], equisoft_body),
        entity::<eq::DeleteAllSessionsError>(&[], equisoft_body),
        entity::<eq::DeleteSessionError>(&[404], equisoft_body),
        entity::<eq::DeleteSessionSsoTokenError>(&[404], equisoft_body),
        entity::<eq::EnableSessionError>(&[404], equisoft_body),
        entity::<eq::EnableSessionForCrmError>(&[400, 404], equisoft_body),
        entity::<eq::GetSessionError>(&[404], equisoft_body),
        entity::<eq::GetSessionSsoTokenError>(&[404], equisoft_body),
        entity::<eq::ImpersonateError>(&[400, 404], equisoft_body),
        entity::<eq::RevertIdentityError>(&[400, 404], equisoft_body),
        entity::<eq::SetSessionSsoTokenError>(&[404], equisoft_body),
        entity::<vz::LoginUsingPostError>(&[400], vzm2m_body),
        entity::<vz::LogoutUsingPostError>(&[400], vzm2m_body),
        entity::<vz::ResetUsingPutError>(&[400], vzm2m_body),
        entity::<cyc::ChangeForgottenPasswordError>(&[401, 403, 404, 500], cyclos_body),
        entity::<cyc::DisconnectCurrentClientError>(&[401, 403, 404, 409, 500], cyclos_body),
        entity::<cyc::ForgottenPasswordRequestError>(&[401, 403, 404, 500], cyclos_body),
        entity::<cyc::GetCurrentAuthError>(&[401, 403, 404, 500], cyclos_body),
        entity::<cyc::GetDataForChangeForgottenPasswordError>(&[401, 403, 404, 500], cyclos_body),
        entity::<cyc::GetDataForLoginError>(&[401, 403, 404, 500], cyclos_body),
        entity::<cyc::GetSecondaryPasswordInputError>(&[401, 403, 404, 500], cyclos_body),
        entity::<cyc::LoginError>(&[401, 403, 404, 500], cyclos_body),
        entity::<cyc::LogoutError>(&[401, 403, 404, 409, 500], cyclos_body),
        entity::<cyc::NewOtpError>(&[401, 403, 404, 422, 500], cyclos_body),
        entity::<cyc::ValidateSecondaryPasswordError>(&[401, 403, 404, 500], cyclos_body),
    ]
}

#[test]
fn debug_of_every_error_entity_hides_the_server_text() {
    let mut checked = 0;
    for row in entities() {
        let body = (row.body)();
        let object = serde_json::to_vec(&body).unwrap();
        // A documented status decodes to its model; any other to `Unknown`,
        // whatever JSON it holds.
        let mut cases: Vec<(u16, Vec<u8>, String)> = row
            .statuses
            .iter()
            .map(|&status| (status, object.clone(), format!("Status{status}(")))
            .collect();
        for unknown in [
            body.clone(),
            json!(MARKER),
            json!([MARKER, {"message": MARKER}]),
            json!(918_273_645),
        ] {
            let bytes = serde_json::to_vec(&unknown).unwrap();
            cases.push((418, bytes, "Unknown(".to_owned()));
        }
        for (status, bytes, variant) in cases {
            let what = format!(
                "{} for {status} {}",
                row.name,
                String::from_utf8_lossy(&bytes)
            );
            let renders =
                (row.render)(status, &bytes).unwrap_or_else(|| panic!("{what}: does not decode"));
            assert!(renders[0].starts_with(&variant), "{what}:\n{}", renders[0]);
            assert_hidden(&what, &renders);
            checked += 1;
        }
    }
    assert!(checked > 150, "{checked}");
}

#[test]
fn debug_of_the_vzm2m_client_builder_shows_no_secret_of_its_http_client() {
    let mut headers = HeaderMap::new();
    headers.insert("x-gateway-key", HeaderValue::from_static("SECRET-GW"));
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .proxy(reqwest::Proxy::all("http://user:PROXYPASS@127.0.0.1:9").unwrap());
    let builder = VzM2mClient::builder(Environment::Staging)
        .oauth_base_url("https://oauth-user:OAUTHPASS@oauth.example/ts?key=QUERYKEY")
        .client_credentials("app-id", "CLIENT-SECRET")
        .oauth_token(vzm2m::OauthToken::new(Secret::new("TOKEN-VALUE"), "bearer"))
        .scope("m2m")
        .timeout(std::time::Duration::from_secs(7))
        .http_client(http);
    for text in renders(&builder) {
        for secret in [
            "SECRET-GW",
            "PROXYPASS",
            "OAUTHPASS",
            "QUERYKEY",
            "CLIENT-SECRET",
            "TOKEN-VALUE",
        ] {
            assert!(!text.contains(secret), "shows {secret}:\n{text}");
        }
        // What is not secret still shows.
        for shown in [
            "https://staging.thingspace.verizon.com/api/m2m/v1",
            "oauth.example/ts",
            "app-id",
            "7s",
        ] {
            assert!(text.contains(shown), "hides {shown}:\n{text}");
        }
    }
}
