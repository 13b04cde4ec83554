//! Rows for `controlm-session`: three POST operations, none idempotent, six models.

use controlm_session::SessionApi;
use controlm_session::apis::operations;
use controlm_session::apis::session_api::{DoLoginError, DoLogoutError, UpdateMyPasswordError};
use controlm_session::models::{
    ErrorData, ErrorList, LoginCredentials, LoginResult, PasswordsObject, SuccessData,
};
use session_sdks_runtime::{Client, SdkError, Secret};

use super::{ModelRow, OpRow, PathRow, Rendered, render_debug};
use crate::chaos::Reply;
use crate::decode::{self, Decoder};

const KRATE: &str = "controlm-session";

/// The three operations.
pub fn operations() -> Vec<OpRow> {
    vec![
        OpRow {
            krate: KRATE,
            op: &operations::DO_LOGIN,
            target: "/session/login",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#"{"username":"u","token":"t","version":"9.0.21"}"#),
            call: |client, secret| {
                Box::pin(async move {
                    SessionApi::new(client)
                        .do_login(LoginCredentials::new("u", secret))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::DO_LOGOUT,
            target: "/session/logout",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#"{"message":"bye"}"#),
            call: |client, _| {
                Box::pin(async move {
                    SessionApi::new(client)
                        .do_logout()
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::UPDATE_MY_PASSWORD,
            target: "/session/user/password/update",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#"{"message":"changed"}"#),
            call: |client, secret| {
                Box::pin(async move {
                    SessionApi::new(client)
                        .update_my_password(PasswordsObject::new(secret.clone(), secret))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::map_entity)
                })
            },
        },
    ]
}

/// Control-M has no path parameters.
pub fn path_params() -> Vec<PathRow> {
    Vec::new()
}

fn models_from(body: &[u8]) {
    decode::model::<LoginCredentials>(body);
    decode::model::<LoginResult>(body);
    decode::model::<PasswordsObject>(body);
    decode::model::<SuccessData>(body);
    decode::model::<ErrorList>(body);
    decode::model::<ErrorData>(body);
}

fn entities_from(body: &[u8]) {
    decode::entity::<DoLoginError>(&[401, 500, 418], body);
    decode::entity::<DoLogoutError>(&[500, 503], body);
    decode::entity::<UpdateMyPasswordError>(&[400, 404, 500, 429], body);
}

/// Model and error-entity decoders.
pub fn decoders() -> Vec<Decoder> {
    vec![
        Decoder {
            name: "controlm_models",
            run: models_from,
        },
        Decoder {
            name: "controlm_error_entities",
            run: entities_from,
        },
    ]
}

fn error_data() -> ErrorData {
    ErrorData {
        message: Some("bad \"pw\" é".into()),
        id: Some("CTM-1".into()),
        item: Some("job".into()),
        file: Some("a.json".into()),
        line: Some(i64::MAX),
        col: Some(-1),
    }
}

/// The six models, fully set and minimal.
pub fn models() -> Vec<ModelRow> {
    use crate::roundtrip::check;
    vec![
        ModelRow {
            name: "controlm LoginCredentials",
            check: || {
                check(
                    LoginCredentials::new("u", "p\"w"),
                    LoginCredentials::new("", "p"),
                    &["username", "password"],
                )
            },
        },
        ModelRow {
            name: "controlm LoginResult",
            check: || {
                check(
                    LoginResult {
                        username: Some("u".into()),
                        token: Some(Secret::new("t")),
                        version: Some("9.0.21".into()),
                    },
                    LoginResult::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "controlm PasswordsObject",
            check: || {
                check(
                    PasswordsObject {
                        user: Some("u".into()),
                        ..PasswordsObject::new("old", "new")
                    },
                    PasswordsObject::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "controlm SuccessData",
            check: || {
                check(
                    SuccessData {
                        message: Some("ok".into()),
                    },
                    SuccessData::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "controlm ErrorList",
            check: || {
                check(
                    ErrorList {
                        errors: Some(vec![error_data(), ErrorData::default()]),
                    },
                    ErrorList::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "controlm ErrorData",
            check: || check(error_data(), ErrorData::default(), &[]),
        },
    ]
}

/// Models and request builders holding `secret`.
pub fn secret_holders(secret: &str) -> Vec<Rendered> {
    let client = Client::new("http://127.0.0.1:9")
        .unwrap_or_else(|err| panic!("{err}"))
        .with_bearer_token(secret);
    let api = SessionApi::new(client.clone());
    let credentials = LoginCredentials::new("u", secret);
    let passwords = PasswordsObject::new(secret, secret);
    let result = LoginResult {
        token: Some(Secret::new(secret)),
        ..LoginResult::default()
    };
    let session = controlm_session::Session::new(&client, credentials.clone());
    vec![
        render_debug("controlm Session", &session),
        render_debug("controlm Session::api", &session.api()),
        render_debug("controlm LoginCredentials", &credentials),
        render_debug("controlm PasswordsObject", &passwords),
        render_debug("controlm LoginResult", &result),
        render_debug("controlm SessionApi", &api),
        render_debug("controlm DoLogin", &api.do_login(credentials.clone())),
        render_debug("controlm DoLogout", &api.do_logout()),
        render_debug(
            "controlm UpdateMyPassword",
            &api.update_my_password(passwords.clone()),
        ),
    ]
}
