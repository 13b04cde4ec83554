//! Rows for `equisoft-account`: eleven operations on `/sessions`, nine with a
//! `{uuid}` and three of those with a `{tokenId}`; the SSO token travels as a
//! `text/plain` body ([`Secret`]) and comes back in [`SsoToken`]; fourteen models.

use equisoft_account::SessionApi;
use equisoft_account::apis::operations;
use equisoft_account::apis::session_api::{
    CreateSessionError, DeleteAllSessionsError, DeleteSessionError, DeleteSessionSsoTokenError,
    EnableSessionError, EnableSessionForCrmError, GetSessionError, GetSessionSsoTokenError,
    ImpersonateError, RevertIdentityError, SetSessionSsoTokenError,
};
use equisoft_account::models::{
    CrmSession, DatabaseState, ErrorPayload, ImpersonatePayload, Session, SessionPayload,
    SessionState, SsoProvider, SsoToken, User, UserAgreement, UserAgreementState, UserDatabase,
    UserState,
};
use session_sdks_runtime::{Client, SdkError, Secret};

use super::{ModelRow, OpRow, Outcome, PathRow, Rendered, render_debug};
use crate::chaos::Reply;
use crate::decode::{self, Decoder};

const KRATE: &str = "equisoft-account";

const SESSION: &str =
    r#"{"sessionId":"s1","state":"ENABLED","user":{"uuid":"u1","state":"ENABLED"}}"#;

fn api(client: Client) -> SessionApi {
    SessionApi::new(client)
}

async fn delete_session(client: Client, uuid: String) -> Outcome {
    api(client)
        .delete_session(uuid)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn delete_session_sso_token(client: Client, uuid: String, token_id: String) -> Outcome {
    api(client)
        .delete_session_sso_token(uuid, token_id)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn enable_session(client: Client, uuid: String) -> Outcome {
    api(client)
        .enable_session(uuid)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn enable_session_for_crm(client: Client, uuid: String) -> Outcome {
    api(client)
        .enable_session_for_crm(uuid)
        .params(|p| p.bump_oldest_session(true))
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn get_session(client: Client, uuid: String) -> Outcome {
    api(client)
        .get_session(uuid)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn get_session_sso_token(client: Client, uuid: String, token_id: String) -> Outcome {
    api(client)
        .get_session_sso_token(uuid, token_id)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn impersonate(client: Client, uuid: String) -> Outcome {
    let payload = ImpersonatePayload {
        user_uuid: Some("u2".into()),
    };
    api(client)
        .impersonate(uuid, payload)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn revert_identity(client: Client, uuid: String) -> Outcome {
    api(client)
        .revert_identity(uuid)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn set_session_sso_token(
    client: Client,
    uuid: String,
    token_id: String,
    secret: String,
) -> Outcome {
    api(client)
        .set_session_sso_token(uuid, token_id, secret)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

/// The eleven operations, with session `s1` and token `t1`.
pub fn operations() -> Vec<OpRow> {
    vec![
        OpRow {
            krate: KRATE,
            op: &operations::CREATE_SESSION,
            target: "/sessions",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(201, SESSION),
            call: |client, _| {
                Box::pin(async move {
                    let payload = SessionPayload {
                        user_uuid: Some("u1".into()),
                        absolute_timeout: Some(3600),
                        enable: Some(true),
                        ..SessionPayload::default()
                    };
                    api(client)
                        .create_session(payload)
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::DELETE_ALL_SESSIONS,
            target: "/sessions",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| {
                Box::pin(async move {
                    api(client)
                        .delete_all_sessions()
                        .send()
                        .await
                        .map(|value| format!("{value:?}"))
                        .map_err(SdkError::<DeleteAllSessionsError>::map_entity)
                })
            },
        },
        OpRow {
            krate: KRATE,
            op: &operations::DELETE_SESSION,
            target: "/sessions/s1",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| Box::pin(delete_session(client, "s1".into())),
        },
        OpRow {
            krate: KRATE,
            op: &operations::DELETE_SESSION_SSO_TOKEN,
            target: "/sessions/s1/tokens/t1",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| Box::pin(delete_session_sso_token(client, "s1".into(), "t1".into())),
        },
        OpRow {
            krate: KRATE,
            op: &operations::ENABLE_SESSION,
            target: "/sessions/s1/enable",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| Box::pin(enable_session(client, "s1".into())),
        },
        OpRow {
            krate: KRATE,
            op: &operations::ENABLE_SESSION_FOR_CRM,
            target: "/sessions/s1/enable/crm?bumpOldestSession=true",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| Box::pin(enable_session_for_crm(client, "s1".into())),
        },
        OpRow {
            krate: KRATE,
            op: &operations::GET_SESSION,
            target: "/sessions/s1",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, SESSION),
            call: |client, _| Box::pin(get_session(client, "s1".into())),
        },
        OpRow {
            krate: KRATE,
            op: &operations::GET_SESSION_SSO_TOKEN,
            target: "/sessions/s1/tokens/t1",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#"{"id":"t1","value":"sso"}"#),
            call: |client, _| Box::pin(get_session_sso_token(client, "s1".into(), "t1".into())),
        },
        OpRow {
            krate: KRATE,
            op: &operations::IMPERSONATE,
            target: "/sessions/s1/impersonate",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, SESSION),
            call: |client, _| Box::pin(impersonate(client, "s1".into())),
        },
        OpRow {
            krate: KRATE,
            op: &operations::REVERT_IDENTITY,
            target: "/sessions/s1/revertIdentity",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, SESSION),
            call: |client, _| Box::pin(revert_identity(client, "s1".into())),
        },
        OpRow {
            krate: KRATE,
            op: &operations::SET_SESSION_SSO_TOKEN,
            target: "/sessions/s1/tokens/t1",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, secret| {
                Box::pin(set_session_sso_token(
                    client,
                    "s1".into(),
                    "t1".into(),
                    secret,
                ))
            },
        },
    ]
}

/// `{uuid}` of the nine operations that have one, `{tokenId}` of the three.
pub fn path_params() -> Vec<PathRow> {
    vec![
        PathRow {
            name: "equisoft delete_session {uuid}",
            call: |client, value| Box::pin(delete_session(client, value)),
            target: |encoded| format!("/sessions/{encoded}"),
        },
        PathRow {
            name: "equisoft delete_session_sso_token {uuid}",
            call: |client, value| Box::pin(delete_session_sso_token(client, value, "t1".into())),
            target: |encoded| format!("/sessions/{encoded}/tokens/t1"),
        },
        PathRow {
            name: "equisoft delete_session_sso_token {tokenId}",
            call: |client, value| Box::pin(delete_session_sso_token(client, "s1".into(), value)),
            target: |encoded| format!("/sessions/s1/tokens/{encoded}"),
        },
        PathRow {
            name: "equisoft enable_session {uuid}",
            call: |client, value| Box::pin(enable_session(client, value)),
            target: |encoded| format!("/sessions/{encoded}/enable"),
        },
        PathRow {
            name: "equisoft enable_session_for_crm {uuid}",
            call: |client, value| Box::pin(enable_session_for_crm(client, value)),
            target: |encoded| format!("/sessions/{encoded}/enable/crm?bumpOldestSession=true"),
        },
        PathRow {
            name: "equisoft get_session {uuid}",
            call: |client, value| Box::pin(get_session(client, value)),
            target: |encoded| format!("/sessions/{encoded}"),
        },
        PathRow {
            name: "equisoft get_session_sso_token {uuid}",
            call: |client, value| Box::pin(get_session_sso_token(client, value, "t1".into())),
            target: |encoded| format!("/sessions/{encoded}/tokens/t1"),
        },
        PathRow {
            name: "equisoft get_session_sso_token {tokenId}",
            call: |client, value| Box::pin(get_session_sso_token(client, "s1".into(), value)),
            target: |encoded| format!("/sessions/s1/tokens/{encoded}"),
        },
        PathRow {
            name: "equisoft impersonate {uuid}",
            call: |client, value| Box::pin(impersonate(client, value)),
            target: |encoded| format!("/sessions/{encoded}/impersonate"),
        },
        PathRow {
            name: "equisoft revert_identity {uuid}",
            call: |client, value| Box::pin(revert_identity(client, value)),
            target: |encoded| format!("/sessions/{encoded}/revertIdentity"),
        },
        PathRow {
            name: "equisoft set_session_sso_token {uuid}",
            call: |client, value| {
                Box::pin(set_session_sso_token(
                    client,
                    value,
                    "t1".into(),
                    "pw".into(),
                ))
            },
            target: |encoded| format!("/sessions/{encoded}/tokens/t1"),
        },
        PathRow {
            name: "equisoft set_session_sso_token {tokenId}",
            call: |client, value| {
                Box::pin(set_session_sso_token(
                    client,
                    "s1".into(),
                    value,
                    "pw".into(),
                ))
            },
            target: |encoded| format!("/sessions/s1/tokens/{encoded}"),
        },
    ]
}

fn models_from(body: &[u8]) {
    decode::model::<CrmSession>(body);
    decode::model::<DatabaseState>(body);
    decode::model::<ErrorPayload>(body);
    decode::model::<ImpersonatePayload>(body);
    decode::model::<Session>(body);
    decode::model::<SessionPayload>(body);
    decode::model::<SessionState>(body);
    decode::model::<SsoProvider>(body);
    decode::model::<SsoToken>(body);
    decode::model::<User>(body);
    decode::model::<UserAgreement>(body);
    decode::model::<UserAgreementState>(body);
    decode::model::<UserDatabase>(body);
    decode::model::<UserState>(body);
}

fn entities_from(body: &[u8]) {
    let statuses = [400, 401, 404, 409, 500, 503];
    decode::entity::<CreateSessionError>(&statuses, body);
    decode::entity::<DeleteAllSessionsError>(&statuses, body);
    decode::entity::<DeleteSessionError>(&statuses, body);
    decode::entity::<DeleteSessionSsoTokenError>(&statuses, body);
    decode::entity::<EnableSessionError>(&statuses, body);
    decode::entity::<EnableSessionForCrmError>(&statuses, body);
    decode::entity::<GetSessionError>(&statuses, body);
    decode::entity::<GetSessionSsoTokenError>(&statuses, body);
    decode::entity::<ImpersonateError>(&statuses, body);
    decode::entity::<RevertIdentityError>(&statuses, body);
    decode::entity::<SetSessionSsoTokenError>(&statuses, body);
}

/// Model and error-entity decoders.
pub fn decoders() -> Vec<Decoder> {
    vec![
        Decoder {
            name: "equisoft_models",
            run: models_from,
        },
        Decoder {
            name: "equisoft_error_entities",
            run: entities_from,
        },
    ]
}

fn user_database() -> UserDatabase {
    UserDatabase {
        database_id: Some(i64::MAX),
        database_name: Some("crm \"prod\"".into()),
        database_state: Some(DatabaseState::Maintenance),
        user_id: Some(-1),
        max_concurrent_access: Some(i32::MIN),
    }
}

fn user() -> User {
    User {
        id: Some(7),
        uuid: Some("u1".into()),
        display_name: Some("Zoë \"Z\"".into()),
        email: Some("z@x.io".into()),
        mobile_phone: Some("+1 555".into()),
        locale: Some("fr_CA".into()),
        state: Some(UserState::Unknown("LOCKED".into())),
        roles: Some(vec!["admin".into(), String::new()]),
        deletable: Some(false),
        billable: Some(true),
        agreement: Some(UserAgreement {
            state: Some(UserAgreementState::Requested),
        }),
        created: Some("2024-01-01T00:00:00Z".into()),
        crm: Some(user_database()),
        fna: Some(UserDatabase::default()),
    }
}

fn sso_provider() -> SsoProvider {
    SsoProvider {
        provider: Some("okta".into()),
        identifier: Some("id-1".into()),
    }
}

/// The fourteen models (ten objects, four enums), fully set and minimal.
pub fn models() -> Vec<ModelRow> {
    use crate::roundtrip::check;
    vec![
        ModelRow {
            name: "equisoft CrmSession",
            check: || {
                check(
                    CrmSession {
                        enabled: Some(true),
                    },
                    CrmSession::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "equisoft DatabaseState",
            check: || {
                check(
                    DatabaseState::Deleted,
                    DatabaseState::Unknown("ARCHIVED".into()),
                    &[],
                )
            },
        },
        ModelRow {
            name: "equisoft ErrorPayload",
            check: || {
                check(
                    ErrorPayload {
                        message: Some("not found".into()),
                        description: Some("session s1".into()),
                    },
                    ErrorPayload::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "equisoft ImpersonatePayload",
            check: || {
                check(
                    ImpersonatePayload {
                        user_uuid: Some("u2".into()),
                    },
                    ImpersonatePayload::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "equisoft Session",
            check: || {
                check(
                    Session {
                        session_id: Some("s1".into()),
                        state: Some(SessionState::Suspended),
                        created: Some("2024-01-01T00:00:00Z".into()),
                        expire: Some("2024-01-02T00:00:00Z".into()),
                        user: Some(user()),
                        actor: Some(User::default()),
                        sso: Some(sso_provider()),
                        crm: Some(CrmSession::default()),
                        mobile: Some(false),
                    },
                    Session::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "equisoft SessionPayload",
            check: || {
                check(
                    SessionPayload {
                        user_uuid: Some("u1".into()),
                        absolute_timeout: Some(1),
                        enable: Some(false),
                        sso: Some(sso_provider()),
                        mobile: Some(true),
                    },
                    SessionPayload::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "equisoft SessionState",
            check: || check(SessionState::New, SessionState::Unknown("X".into()), &[]),
        },
        ModelRow {
            name: "equisoft SsoProvider",
            check: || check(sso_provider(), SsoProvider::default(), &[]),
        },
        ModelRow {
            name: "equisoft SsoToken",
            check: || {
                check(
                    SsoToken {
                        id: Some("t1".into()),
                        value: Some(Secret::new("a \"b\" é")),
                    },
                    SsoToken::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "equisoft User",
            check: || check(user(), User::default(), &[]),
        },
        ModelRow {
            name: "equisoft UserAgreement",
            check: || {
                check(
                    UserAgreement {
                        state: Some(UserAgreementState::Accepted),
                    },
                    UserAgreement::default(),
                    &[],
                )
            },
        },
        ModelRow {
            name: "equisoft UserAgreementState",
            check: || {
                check(
                    UserAgreementState::Accepted,
                    UserAgreementState::Unknown(String::new()),
                    &[],
                )
            },
        },
        ModelRow {
            name: "equisoft UserDatabase",
            check: || check(user_database(), UserDatabase::default(), &[]),
        },
        ModelRow {
            name: "equisoft UserState",
            check: || check(UserState::Disabled, UserState::Unknown("é".into()), &[]),
        },
    ]
}

/// The SSO token model and the request builder carrying it as a body, the
/// API over a client holding `secret`.
pub fn secret_holders(secret: &str) -> Vec<Rendered> {
    let client = Client::new("http://127.0.0.1:9")
        .unwrap_or_else(|err| panic!("{err}"))
        .with_bearer_token(secret);
    let api = SessionApi::new(client);
    let token = SsoToken {
        id: Some("t1".into()),
        value: Some(Secret::new(secret)),
    };
    vec![
        render_debug("equisoft SsoToken", &token),
        render_debug("equisoft Session API", &api),
        render_debug(
            "equisoft SetSessionSsoToken",
            &api.set_session_sso_token("s1", "t1", secret),
        ),
        render_debug(
            "equisoft GetSessionSsoToken",
            &api.get_session_sso_token("s1", "t1"),
        ),
        render_debug("equisoft DeleteAllSessions", &api.delete_all_sessions()),
    ]
}
