//! The `mock` feature's `MockServer`, driven through the SDK as a user's tests would.

#![cfg(feature = "mock")]
#![allow(clippy::unwrap_used)]

use equisoft_account::apis::session_api::{
    EnableSessionForCrmError, GetSessionError, ImpersonateError,
};
use equisoft_account::mock::{MockServer, PASSWORD, USERNAME};
use equisoft_account::models::{ImpersonatePayload, SessionPayload, SessionState};
use equisoft_account::{Client, SessionApi};

const OTHER: &str = "0b7d4c52-3f1d-4e6b-8c90-5b8e4c1b9a57";

fn api(server: &MockServer) -> SessionApi {
    SessionApi::new(Client::new(server.url()).unwrap())
}

fn payload(user: &str) -> SessionPayload {
    SessionPayload {
        user_uuid: Some(user.into()),
        ..SessionPayload::default()
    }
}

async fn created(api: &SessionApi) -> String {
    let session = api.create_session(payload(USERNAME)).await.unwrap();
    session.session_id.unwrap()
}

#[tokio::test]
async fn a_session_for_a_known_user_is_created_and_an_unknown_uuid_is_refused() {
    let server = MockServer::start().await;
    server.add_user(OTHER, "Grace Hopper");
    let api = api(&server);
    let session = api.create_session(payload(OTHER)).await.unwrap();
    let user = session.user.unwrap();
    assert_eq!(user.display_name.as_deref(), Some("Grace Hopper"));

    let error = api.create_session(payload("nobody")).await.unwrap_err();
    assert_eq!(error.status().unwrap(), 400);
    let error = api.get_session("no-such-session").await.unwrap_err();
    assert!(matches!(
        error.entity(),
        Some(GetSessionError::Status404(_))
    ));
}

#[tokio::test]
async fn requests_are_counted_per_operation() {
    let server = MockServer::start().await;
    let api = api(&server);
    let uuid = created(&api).await;
    api.delete_session(&uuid).await.unwrap();
    assert_eq!(server.requests("create_session"), 1);
    assert_eq!(server.requests("delete_session"), 1);
    assert_eq!(server.requests("get_session"), 0);
    assert_eq!(server.total_requests(), 2);
}

#[tokio::test]
async fn end_sessions_makes_the_next_call_fail_as_documented() {
    let server = MockServer::start().await;
    let api = api(&server);
    let uuid = created(&api).await;
    server.end_sessions();
    let session = api.get_session(&uuid).await.unwrap();
    assert_eq!(session.state, Some(SessionState::Expired));
    let error = api.enable_session_for_crm(&uuid).await.unwrap_err();
    let Some(EnableSessionForCrmError::Status400(body)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(body.message.as_deref(), Some("The session is expired"));
    assert_eq!(
        api.enable_session(&uuid)
            .await
            .unwrap_err()
            .status()
            .unwrap(),
        404
    );
}

#[tokio::test]
async fn fail_next_injects_the_documented_error_once() {
    let server = MockServer::start().await;
    server.add_user(OTHER, "Grace Hopper");
    let api = api(&server);
    let uuid = created(&api).await;
    server.fail_next("impersonate", 400);
    let other = || ImpersonatePayload {
        user_uuid: Some(OTHER.into()),
    };
    let error = api.impersonate(&uuid, other()).await.unwrap_err();
    let Some(ImpersonateError::Status400(body)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(body.message.as_deref(), Some("Injected failure"));
    api.impersonate(&uuid, other()).await.unwrap();
}

#[tokio::test]
async fn every_operation_answers_its_documented_shape() {
    let server = MockServer::start().await;
    server.add_user(OTHER, "Grace Hopper");
    let api = api(&server);
    let new = SessionPayload {
        user_uuid: Some(USERNAME.into()),
        absolute_timeout: Some(3600),
        enable: Some(false),
        ..SessionPayload::default()
    };
    let response = api.create_session(new).send().await.unwrap();
    assert_eq!(response.status(), 201);
    let session = response.into_inner();
    assert_eq!(session.state, Some(SessionState::New));
    assert!(session.created.unwrap().ends_with('Z'));
    assert!(session.expire.is_some());
    let uuid = session.session_id.unwrap();

    let error = api.enable_session_for_crm(&uuid).await.unwrap_err();
    assert_eq!(error.status().unwrap(), 400);
    api.enable_session(&uuid).await.unwrap();
    api.enable_session_for_crm(&uuid)
        .params(|p| p.bump_oldest_session(true))
        .await
        .unwrap();
    let session = api.get_session(&uuid).await.unwrap();
    assert_eq!(session.state, Some(SessionState::Enabled));
    assert_eq!(session.crm.unwrap().enabled, Some(true));
    assert_eq!(
        session.user.unwrap().display_name.as_deref(),
        Some(PASSWORD)
    );

    api.set_session_sso_token(&uuid, "crm", "sso-value")
        .await
        .unwrap();
    let token = api.get_session_sso_token(&uuid, "crm").await.unwrap();
    assert_eq!(token.id.as_deref(), Some("crm"));
    assert_eq!(token.value.unwrap().expose(), "sso-value");

    let other = ImpersonatePayload {
        user_uuid: Some(OTHER.into()),
    };
    let session = api.impersonate(&uuid, other).await.unwrap();
    assert_eq!(session.user.unwrap().uuid.as_deref(), Some(OTHER));
    assert_eq!(session.actor.unwrap().uuid.as_deref(), Some(USERNAME));
    let session = api.revert_identity(&uuid).await.unwrap();
    assert_eq!(session.user.unwrap().uuid.as_deref(), Some(USERNAME));
    assert!(session.actor.is_none());
    assert_eq!(
        api.revert_identity(&uuid)
            .await
            .unwrap_err()
            .status()
            .unwrap(),
        400
    );

    api.delete_session_sso_token(&uuid, "crm").await.unwrap();
    let error = api.get_session_sso_token(&uuid, "crm").await.unwrap_err();
    assert_eq!(error.status().unwrap(), 404);
    api.delete_session(&uuid).await.unwrap();
    assert_eq!(
        api.get_session(&uuid).await.unwrap_err().status().unwrap(),
        404
    );

    let kept = created(&api).await;
    api.delete_all_sessions().await.unwrap();
    assert_eq!(
        api.get_session(&kept).await.unwrap_err().status().unwrap(),
        404
    );
}

#[tokio::test]
async fn a_call_the_service_does_not_have_is_refused_clearly() {
    let server = MockServer::start().await;
    // The SDK's own pool: with `rustls-ring` alone, reqwest has no TLS provider until one is built.
    let sdk = session_sdks_runtime::Client::new(server.url()).unwrap();
    let http = sdk.http_client();
    let not_text = http
        .put(format!("{}/sessions/x/tokens/crm", server.url()))
        .header("content-type", "application/json")
        .body(r#""value""#)
        .send()
        .await
        .unwrap();
    assert_eq!(not_text.status(), 400);
    assert_eq!(
        not_text.text().await.unwrap(),
        "mock equisoft: set_session_sso_token: header content-type is not text/plain"
    );
    let missing = http
        .post(format!("{}/sessions/x/enable/fna", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 501);
}

#[tokio::test]
async fn debug_shows_no_secret() {
    let server = MockServer::start().await;
    let api = api(&server);
    let uuid = created(&api).await;
    api.set_session_sso_token(&uuid, "crm", "sso-value")
        .await
        .unwrap();
    let shown = format!("{server:?}");
    assert!(
        !shown.contains("sso-value") && !shown.contains(&uuid),
        "{shown}"
    );
}
