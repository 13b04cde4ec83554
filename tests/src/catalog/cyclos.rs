//! Rows for `cyclos-auth`: eleven operations on `/auth`, 103 models (rows
//! generated in `cyclos_models.rs`), eleven error enums.
//!
//! The login authenticates with the client's credentials (basic auth or an
//! access-client token), and every other call with the client's
//! `Session-Token`: both are client-level, so the rows use the suites' client
//! as is (its bearer token, API key or bad header value stands for them). The
//! secrets a call itself sends: the `confirmationPassword` header of
//! `disconnect_current_client`, the body of `validate_secondary_password`,
//! the key and passwords of `change_forgotten_password` and the `key` query
//! parameter of `get_data_for_change_forgotten_password`.

use cyclos_auth::apis::auth_api::{
    ChangeForgottenPasswordError, DisconnectCurrentClientError, ForgottenPasswordRequestError,
    GetCurrentAuthError, GetDataForChangeForgottenPasswordError, GetDataForLoginError,
    GetSecondaryPasswordInputError, LoginError, LogoutError, NewOtpError,
    ValidateSecondaryPasswordError,
};
use cyclos_auth::apis::operations;
use cyclos_auth::models::{
    Auth, CaptchaResponse, ChangeForgottenPassword, ForgottenPasswordRequest, SendMediumEnum,
};
use cyclos_auth::{AuthApi, CyclosClientExt, FieldsFormat};
use serde::Serialize;
use serde::de::DeserializeOwned;
use session_sdks_runtime::{Client, SdkError, Secret};

use super::{ModelRow, OpRow, PathRow, Rendered, cyclos_models, render_debug};
use crate::chaos::Reply;
use crate::decode::{self, Decoder};

const KRATE: &str = "cyclos-auth";

const AUTH: &str =
    r#"{"sessionToken":"st","role":"member","global":false,"user":{"id":"1","display":"Jo"}}"#;

fn change_forgotten_password(secret: &str) -> ChangeForgottenPassword {
    ChangeForgottenPassword {
        key: Some(Secret::new(secret)),
        security_answer: Some(Secret::new(secret)),
        new_password: Some(Secret::new(secret)),
        check_confirmation: Some(true),
        new_password_confirmation: Some(Secret::new(secret)),
    }
}

/// The eleven operations.
#[allow(clippy::too_many_lines)]
pub fn operations() -> Vec<OpRow> {
    vec![
        OpRow {
            krate: KRATE,
            op: &operations::CHANGE_FORGOTTEN_PASSWORD,
            target: "/auth/forgotten-password",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, secret| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .change_forgotten_password(change_forgotten_password(&secret))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<ChangeForgottenPasswordError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::DISCONNECT_CURRENT_CLIENT,
            target: "/auth/access-client",
            text: false,
            empty: true,
            secret_header: true,
            success: || Reply::status(204),
            call: |client, secret| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .disconnect_current_client()
                        .params(|p| p.confirmation_password(secret))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<DisconnectCurrentClientError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::FORGOTTEN_PASSWORD_REQUEST,
            target: "/auth/forgotten-password/request",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| {
                Box::pin(async move {
                    let request = ForgottenPasswordRequest {
                        user: Some("jo".into()),
                        captcha: Some(CaptchaResponse {
                            challenge: Some("c1".into()),
                            response: Some("r1".into()),
                        }),
                    };
                    AuthApi::new(client)
                        .forgotten_password_request(request)
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<ForgottenPasswordRequestError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::GET_CURRENT_AUTH,
            target: "/auth?fields=user&fields=role",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, AUTH),
            call: |client, _| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .get_current_auth()
                        .params(|p| p.fields(["user", "role"]))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<GetCurrentAuthError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::GET_DATA_FOR_CHANGE_FORGOTTEN_PASSWORD,
            target: "/auth/forgotten-password/data-for-change?fields=user%2CpasswordType&key=pw",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#"{"user":{"id":"1"},"passwordType":{"id":"p"}}"#),
            call: |client, secret| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .with_fields_format(FieldsFormat::Csv)
                        .get_data_for_change_forgotten_password(secret)
                        .params(|p| p.fields(["user", "passwordType"]))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<GetDataForChangeForgottenPasswordError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::GET_DATA_FOR_LOGIN,
            target: "/auth/data-for-login",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#"{"extraForgotPasswordMessage":"hi"}"#),
            call: |client, _| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .get_data_for_login()
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<GetDataForLoginError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::GET_SECONDARY_PASSWORD_INPUT,
            target: "/auth/session/secondary-password",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#"{"name":"PIN","hasActivePassword":true}"#),
            call: |client, _| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .get_secondary_password_input()
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<GetSecondaryPasswordInputError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::LOGIN,
            target: "/auth/session?fields=sessionToken&cookie=false&timeoutInSeconds=600",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, AUTH),
            call: |client, _| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .login()
                        .params(|p| p.fields(["sessionToken"]))
                        .params(|p| p.cookie(false))
                        .params(|p| p.timeout_in_seconds(600))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<LoginError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::LOGOUT,
            target: "/auth/session?cookie=true",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .logout()
                        .params(|p| p.cookie(true))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<LogoutError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::NEW_OTP,
            target: "/auth/otp?medium=sms",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#"["+55 48 9999-9999"]"#),
            call: |client, _| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .new_otp(SendMediumEnum::Sms)
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<NewOtpError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::VALIDATE_SECONDARY_PASSWORD,
            target: "/auth/session/secondary-password",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, secret| {
                Box::pin(async move {
                    AuthApi::new(client)
                        .validate_secondary_password(secret)
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<ValidateSecondaryPasswordError>::map_entity)
                })
            },
        },
    ]
}

/// The API has no path parameters.
pub fn path_params() -> Vec<PathRow> {
    Vec::new()
}

fn entities_from(body: &[u8]) {
    let statuses = [401, 403, 404, 409, 422, 500, 418];
    decode::entity::<ChangeForgottenPasswordError>(&statuses, body);
    decode::entity::<DisconnectCurrentClientError>(&statuses, body);
    decode::entity::<ForgottenPasswordRequestError>(&statuses, body);
    decode::entity::<GetCurrentAuthError>(&statuses, body);
    decode::entity::<GetDataForChangeForgottenPasswordError>(&statuses, body);
    decode::entity::<GetDataForLoginError>(&statuses, body);
    decode::entity::<GetSecondaryPasswordInputError>(&statuses, body);
    decode::entity::<LoginError>(&statuses, body);
    decode::entity::<LogoutError>(&statuses, body);
    decode::entity::<NewOtpError>(&statuses, body);
    decode::entity::<ValidateSecondaryPasswordError>(&statuses, body);
}

/// Model (all 103) and error-entity decoders.
pub fn decoders() -> Vec<Decoder> {
    vec![
        Decoder {
            name: "cyclos_models",
            run: cyclos_models::models_from,
        },
        Decoder {
            name: "cyclos_error_entities",
            run: entities_from,
        },
    ]
}

/// All 103 models.
pub fn models() -> Vec<ModelRow> {
    cyclos_models::models()
}

/// A model row from JSON: `full` (every field set) must serialize back to
/// the same document, and both it and `minimal` pass [`crate::roundtrip::check`].
pub fn from_json<T>(full: &str, minimal: &str, required: &[&str]) -> Result<(), String>
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let document: serde_json::Value =
        serde_json::from_str(full).map_err(|err| format!("fixture: {err}"))?;
    let value: T = serde_json::from_value(document.clone()).map_err(|err| format!("{err}"))?;
    let again = serde_json::to_value(&value).map_err(|err| format!("{err}"))?;
    if again != document {
        return Err(format!("{document} serialized back as {again}"));
    }
    let minimal: T = serde_json::from_str(minimal).map_err(|err| format!("minimal: {err}"))?;
    // A `null` inside an array is data (`InputError.indexedErrors`: "the positions with no
    // errors will contain `null`"), kept above; `check` refuses any `null` as an unset field.
    let value: T =
        serde_json::from_value(without_array_nulls(document)).map_err(|err| format!("{err}"))?;
    crate::roundtrip::check(value, minimal, required)
}

fn without_array_nulls(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .filter(|item| !item.is_null())
                .map(without_array_nulls)
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(key, item)| (key, without_array_nulls(item)))
                .collect(),
        ),
        other => other,
    }
}

/// An enum row: each documented value decodes, serializes back to itself and
/// round-trips, and so does a value the document does not know yet.
pub fn enum_values<T>(values: &[&str]) -> Result<(), String>
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let unknown: T = serde_json::from_str(r#""notKnownYet""#).map_err(|err| format!("{err}"))?;
    for value in values {
        let json = serde_json::Value::String((*value).to_owned());
        let decoded: T = serde_json::from_value(json.clone()).map_err(|err| format!("{err}"))?;
        if serde_json::to_value(&decoded).map_err(|err| format!("{err}"))? != json {
            return Err(format!("{value} does not serialize back"));
        }
        if decoded == unknown {
            return Err(format!("{value} decodes as the unknown value"));
        }
        let unknown: T =
            serde_json::from_str(r#""notKnownYet""#).map_err(|err| format!("{err}"))?;
        crate::roundtrip::check(decoded, unknown, &[])?;
    }
    Ok(())
}

/// The client with each credential (session token, access-client token,
/// basic auth), the API, the request builders and the models holding `secret`.
pub fn secret_holders(secret: &str) -> Vec<Rendered> {
    let base = Client::new("http://127.0.0.1:9").unwrap_or_else(|err| panic!("{err}"));
    let session = base.with_session_token(secret).with_principal_type("email");
    let access = base.with_access_client_token(secret);
    let api = AuthApi::new(session.clone());
    let auth = Auth {
        session_token: Some(Secret::new(secret)),
        ..serde_json::from_str(AUTH).unwrap_or_default()
    };
    let mut credentials = cyclos_auth::SessionCredentials::new("alice", secret);
    credentials.principal_type = Some("email".into());
    let managed = cyclos_auth::Session::new(&base, credentials.clone());
    vec![
        render_debug("cyclos Session", &managed),
        render_debug("cyclos Session::api", &managed.api()),
        render_debug("cyclos SessionCredentials", &credentials),
        render_debug("cyclos client with_session_token", &session),
        render_debug("cyclos client with_access_client_token", &access),
        render_debug(
            "cyclos client with_basic_auth",
            &base.with_basic_auth("jo", secret),
        ),
        render_debug("cyclos AuthApi", &api),
        render_debug(
            "cyclos DisconnectCurrentClient",
            &api.disconnect_current_client()
                .params(|p| p.confirmation_password(secret)),
        ),
        render_debug(
            "cyclos ValidateSecondaryPassword",
            &api.validate_secondary_password(secret),
        ),
        render_debug(
            "cyclos ChangeForgottenPassword request",
            &api.change_forgotten_password(change_forgotten_password(secret)),
        ),
        render_debug(
            "cyclos GetDataForChangeForgottenPassword",
            &api.get_data_for_change_forgotten_password(secret),
        ),
        render_debug("cyclos Login", &api.login()),
        render_debug("cyclos Logout", &api.logout()),
        render_debug(
            "cyclos ChangeForgottenPassword",
            &change_forgotten_password(secret),
        ),
        render_debug("cyclos Auth", &auth),
    ]
}
