//! Rows for `vzm2m-session`: three operations on the Connectivity Management
//! API, seven models.
//!
//! Every call needs the ThingSpace OAuth token. A [`VzM2mClient`] built with
//! [`VzM2mClientBuilder::oauth_token`] and no client credentials is the API
//! client with that token as `Authorization: Bearer` (no token endpoint is
//! ever called), so the rows run [`SessionController`] on the suite's client
//! directly: the chaos server sees API calls only, and the suites' own bearer
//! token (a secret, or a value with CR/LF) stands for the OAuth token. The
//! token endpoint itself has its own fault group (`tests/tests/faults.rs`,
//! `vzm2m_oauth_token_endpoint_faults`).
//!
//! The session token (`VZ-M2M-Token`) is client-level in this crate
//! ([`VzM2mClient::with_session_token`], i.e. `with_token_header`), not a
//! per-call argument; logout and reset send it and nothing else secret
//! but the body, so their rows add it to the client exactly as
//! `with_session_token` does and count it as the call's secret header.

use session_sdks_runtime::{Client, SdkError, Secret};
use vzm2m_session::apis::operations;
use vzm2m_session::apis::session_controller::{
    LoginUsingPostError, LogoutUsingPostError, ResetUsingPutError,
};
use vzm2m_session::models::{
    LogInRequest, LogInResponse, LogOutRequest, OauthToken, RestErrorResponseException,
    SessionResetPasswordRequest, SessionResetPasswordResponse,
};
use vzm2m_session::{
    ClientCredentials, Environment, SessionController, VZ_M2M_TOKEN, VzM2mClient,
    VzM2mClientBuilder,
};

use super::{ModelRow, OpRow, PathRow, Rendered, render_debug};
use crate::chaos::Reply;
use crate::decode::{self, Decoder};

const KRATE: &str = "vzm2m-session";

/// The client of a call that needs the session token, as
/// `VzM2mClient::with_session_token(token)` makes it.
fn with_session_token(client: &Client, token: String) -> Client {
    client.with_token_header(VZ_M2M_TOKEN, token)
}

/// The three operations.
pub fn operations() -> Vec<OpRow> {
    vec![
        OpRow {
            krate: KRATE,
            op: &operations::LOGIN_USING_POST,
            target: "/session/login",
            text: false,
            empty: false,
            secret_header: false,
            success: || {
                Reply::json(
                    200,
                    r#"{"sessionToken":"bcce3ea6-fe4f-4952-bacf-eadd80718e83"}"#,
                )
            },
            call: |client, secret| {
                Box::pin(async move {
                    SessionController::new(client)
                        .login_using_post(Some(LogInRequest::new("zbeeblebrox", secret)))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::LOGOUT_USING_POST,
            target: "/session/logout",
            text: false,
            empty: false,
            secret_header: true,
            success: || {
                Reply::json(
                    200,
                    r#"{"sessionToken":"bcce3ea6-fe4f-4952-bacf-eadd80718e83"}"#,
                )
            },
            call: |client, secret| {
                Box::pin(async move {
                    SessionController::new(with_session_token(&client, secret))
                        .logout_using_post()
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::RESET_USING_PUT,
            target: "/session/password/actions/reset",
            text: false,
            empty: false,
            secret_header: true,
            success: || Reply::json(200, r#"{"newPassword":"Wh0a1545a84d"}"#),
            call: |client, secret| {
                Box::pin(async move {
                    SessionController::new(with_session_token(&client, secret.clone()))
                        .reset_using_put(SessionResetPasswordRequest::new(secret))
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::map_entity)
                })
            },
        },
    ]
}

/// The API has no path parameters.
pub fn path_params() -> Vec<PathRow> {
    Vec::new()
}

fn models_from(body: &[u8]) {
    decode::model::<LogInRequest>(body);
    decode::model::<LogInResponse>(body);
    decode::model::<LogOutRequest>(body);
    decode::model::<OauthToken>(body);
    decode::model::<RestErrorResponseException>(body);
    decode::model::<SessionResetPasswordRequest>(body);
    decode::model::<SessionResetPasswordResponse>(body);
}

fn entities_from(body: &[u8]) {
    let statuses = [400, 401, 403, 429, 500];
    decode::entity::<LoginUsingPostError>(&statuses, body);
    decode::entity::<LogoutUsingPostError>(&statuses, body);
    decode::entity::<ResetUsingPutError>(&statuses, body);
}

/// Model and error-entity decoders.
pub fn decoders() -> Vec<Decoder> {
    vec![
        Decoder {
            name: "vzm2m_models",
            run: models_from,
        },
        Decoder {
            name: "vzm2m_error_entities",
            run: entities_from,
        },
    ]
}

fn oauth_token(secret: &str) -> OauthToken {
    OauthToken {
        expires_in: Some(3600),
        scope: Some("m2m ts".into()),
        expiry: Some(i64::MAX),
        refresh_token: Some(Secret::new(secret)),
        ..OauthToken::new(secret, "Bearer")
    }
}

/// The seven models, fully set and minimal.
pub fn models() -> Vec<ModelRow> {
    use crate::roundtrip::check;
    vec![
        ModelRow {
            name: "vzm2m LogInRequest",
            check: || {
                check(
                    LogInRequest::new("zbeeblebrox", "IMgr8 \"é\""),
                    LogInRequest::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "vzm2m LogInResponse",
            check: || {
                check(
                    LogInResponse {
                        session_token: Some(Secret::new("bcce3ea6")),
                    },
                    LogInResponse::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "vzm2m LogOutRequest",
            check: || {
                check(
                    LogOutRequest {
                        session_token: Some(Secret::new("bcce3ea6")),
                    },
                    LogOutRequest::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "vzm2m OauthToken",
            check: || {
                check(
                    oauth_token("t"),
                    OauthToken::new("t", "Bearer"),
                    &["access_token", "token_type"],
                )
            },
        },
        ModelRow {
            name: "vzm2m RestErrorResponseException",
            check: || {
                check(
                    RestErrorResponseException {
                        error_code: Some("REQUEST_FAILED.UnexpectedError".into()),
                        error_message: Some("Could not log in".into()),
                    },
                    RestErrorResponseException::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "vzm2m SessionResetPasswordRequest",
            check: || {
                check(
                    SessionResetPasswordRequest::new("old"),
                    SessionResetPasswordRequest::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "vzm2m SessionResetPasswordResponse",
            check: || {
                check(
                    SessionResetPasswordResponse {
                        new_password: Some(Secret::new("Wh0a1545a84d")),
                    },
                    SessionResetPasswordResponse::default(),
                    &[],
                )
            },
        },
    ]
}

const REQUEST_TOKEN: session_sdks_runtime::Operation = session_sdks_runtime::Operation {
    name: "request_token",
    method: session_sdks_runtime::Method::POST,
    path: "/oauth2/token",
    repeat: session_sdks_runtime::Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

fn builder(secret: &str) -> VzM2mClientBuilder {
    VzM2mClient::builder(Environment::Staging)
        .base_url("http://127.0.0.1:9")
        .oauth_base_url("http://127.0.0.1:9")
        .client_credentials("app-id", secret)
        .scope("m2m")
        .oauth_token(oauth_token(secret))
}

/// The models, the OAuth provider, the client and its builder (client
/// secret, a saved token and its refresh token, the session token), the API
/// and its request builders, each holding `secret`.
pub fn secret_holders(secret: &str) -> Vec<Rendered> {
    let with_credentials = builder(secret)
        .build()
        .unwrap_or_else(|err| panic!("{err}"));
    let with_token = VzM2mClient::builder(Environment::Production)
        .oauth_token(oauth_token(secret))
        .build()
        .unwrap_or_else(|err| panic!("{err}"))
        .with_session_token(secret);
    let oauth = Client::new("http://127.0.0.1:9").unwrap_or_else(|err| panic!("{err}"));
    let provider =
        ClientCredentials::new(&oauth, &REQUEST_TOKEN, "app-id", secret).with_token(secret, None);
    let session = with_token.session();
    let managed = vzm2m_session::Session::new(&with_credentials, LogInRequest::new("u", secret));
    vec![
        render_debug("vzm2m Session", &managed),
        render_debug("vzm2m Session::client", managed.client()),
        render_debug("vzm2m VzM2mClientBuilder", &builder(secret)),
        render_debug("vzm2m VzM2mClient (client credentials)", &with_credentials),
        render_debug(
            "vzm2m VzM2mClient (client credentials, session token)",
            &with_credentials.with_session_token(secret),
        ),
        render_debug("vzm2m VzM2mClient (saved token)", &with_token),
        render_debug("vzm2m ClientCredentials", &provider),
        render_debug("vzm2m SessionController", &session),
        render_debug(
            "vzm2m LoginUsingPost",
            &session.login_using_post(Some(LogInRequest::new("u", secret))),
        ),
        render_debug("vzm2m LogoutUsingPost", &session.logout_using_post()),
        render_debug(
            "vzm2m ResetUsingPut",
            &session.reset_using_put(SessionResetPasswordRequest::new(secret)),
        ),
        render_debug("vzm2m OauthToken", &oauth_token(secret)),
        render_debug("vzm2m LogInRequest", &LogInRequest::new("u", secret)),
        render_debug(
            "vzm2m LogInResponse",
            &LogInResponse {
                session_token: Some(Secret::new(secret)),
            },
        ),
        render_debug(
            "vzm2m LogOutRequest",
            &LogOutRequest {
                session_token: Some(Secret::new(secret)),
            },
        ),
        render_debug(
            "vzm2m SessionResetPasswordRequest",
            &SessionResetPasswordRequest::new(secret),
        ),
        render_debug(
            "vzm2m SessionResetPasswordResponse",
            &SessionResetPasswordResponse {
                new_password: Some(Secret::new(secret)),
            },
        ),
    ]
}
