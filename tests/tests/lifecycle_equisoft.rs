//! Equisoft through the umbrella: create -> SSO token set/get -> impersonate -> revert ->
//! delete, every request checked.

#![allow(clippy::unwrap_used)]

use mockito::{Matcher, Server};
use session_sdks::Client;
use session_sdks::equisoft::SessionApi;
use session_sdks::equisoft::models::{ImpersonatePayload, SessionPayload, SessionState};

const SESSION: &str = r#"{"sessionId":"s 1/2","state":"ENABLED","user":{"id":7,"uuid":"u-1"}}"#;

#[tokio::test]
async fn create_sso_token_impersonate_revert_delete() {
    let mut server = Server::new_async().await;
    let create = server
        .mock("POST", "/sessions")
        .match_header("content-type", "application/json")
        .match_header("accept", "application/json")
        .match_body(Matcher::Exact(
            r#"{"userUuid":"u-1","absoluteTimeout":3600}"#.into(),
        ))
        .with_status(201)
        .with_header("content-type", "application/json")
        .with_body(SESSION)
        .expect(1)
        .create_async()
        .await;
    let set_token = server
        .mock("PUT", "/sessions/s%201%2F2/tokens/crm")
        .match_header("content-type", "text/plain")
        .match_body(Matcher::Exact("sso \"raw\" token".into()))
        .with_status(204)
        .expect(1)
        .create_async()
        .await;
    let get_token = server
        .mock("GET", "/sessions/s%201%2F2/tokens/crm")
        .match_body(Matcher::Exact(String::new()))
        .with_header("content-type", "application/json")
        .with_body(r#"{"id":"crm","value":"sso \"raw\" token"}"#)
        .expect(1)
        .create_async()
        .await;
    let impersonate = server
        .mock("POST", "/sessions/s%201%2F2/impersonate")
        .match_header("content-type", "application/json")
        .match_body(Matcher::Exact(r#"{"userUuid":"u-2"}"#.into()))
        .with_header("content-type", "application/json")
        .with_body(r#"{"sessionId":"s 1/2","user":{"uuid":"u-2"},"actor":{"uuid":"u-1"}}"#)
        .expect(1)
        .create_async()
        .await;
    let revert = server
        .mock("POST", "/sessions/s%201%2F2/revertIdentity")
        .with_header("content-type", "application/json")
        .with_body(SESSION)
        .expect(1)
        .create_async()
        .await;
    let delete = server
        .mock("DELETE", "/sessions/s%201%2F2")
        .with_status(204)
        .expect(1)
        .create_async()
        .await;

    let api = SessionApi::new(Client::new(server.url()).unwrap());
    let payload = SessionPayload {
        user_uuid: Some("u-1".into()),
        absolute_timeout: Some(3600),
        ..SessionPayload::default()
    };
    let created = api.create_session(payload).send().await.unwrap();
    assert_eq!(created.status(), 201);
    assert_eq!(created.state, Some(SessionState::Enabled));
    let uuid = created.into_inner().session_id.unwrap();

    api.set_session_sso_token(&uuid, "crm", "sso \"raw\" token")
        .await
        .unwrap();
    let token = api.get_session_sso_token(&uuid, "crm").await.unwrap();
    assert_eq!(token.value.unwrap().expose(), "sso \"raw\" token");
    let other = ImpersonatePayload {
        user_uuid: Some("u-2".into()),
    };
    let acting = api.impersonate(&uuid, other).await.unwrap();
    assert_eq!(acting.user.unwrap().uuid.as_deref(), Some("u-2"));
    assert_eq!(acting.actor.unwrap().uuid.as_deref(), Some("u-1"));
    let reverted = api.revert_identity(&uuid).await.unwrap();
    assert_eq!(reverted.user.unwrap().id, Some(7));
    api.delete_session(&uuid).await.unwrap();

    for mock in [create, set_token, get_token, impersonate, revert, delete] {
        mock.assert_async().await;
    }
}
